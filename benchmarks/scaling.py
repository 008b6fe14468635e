"""Does cleaning time grow linearly with the size of the input?

Cleans synthetic documents of two sizes (many lines, and one huge line) built from the
shipped example page, and prints time per MB at each size. Linear means the time per MB
stays about the same when the size grows.

    python benchmarks/scaling.py            # 1x and 4x
    python benchmarks/scaling.py --base 2   # larger base size, in MB
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from cleantext import Cleaner

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "example.txt"


def _best_of(cleaner: Cleaner, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        cleaner.clean(text)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=float, default=1.0, help="base size in MB")
    parser.add_argument("--factor", type=int, default=4, help="size of the larger input")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    cleaner = Cleaner()
    page = EXAMPLE.read_text(encoding="utf-8")
    print(f"{'input':28} {'MB':>7} {'lines':>8} {'seconds':>8} {'s/MB':>7}")
    for kind in ("many lines", "one long line"):
        for scale in (1, args.factor):
            size = int(args.base * scale * 1_000_000)
            if kind == "many lines":
                text = (page * (size // len(page) + 1))[:size]
            else:
                text = ("word " * (size // 5 + 1))[:size]
            seconds = _best_of(cleaner, text, args.repeat)
            mb = len(text.encode()) / 1e6
            lines = text.count("\n") + 1
            print(
                f"{kind + f' x{scale}':28} {mb:7.2f} {lines:8} {seconds:8.3f} {seconds / mb:7.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
