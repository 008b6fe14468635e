"""Accuracy of cleantext beside its peers on the real pages of ../shared/eval.

    python benchmarks/accuracy.py                      # the table, all systems
    python benchmarks/accuracy.py --systems cleantext  # only cleantext (fast)
    python benchmarks/accuracy.py --residue            # after each article extractor
    python benchmarks/accuracy.py --mistakes related_footer   # what a rule got wrong

Metrics are those of ../shared/eval/README.md (see benchmarks/metrics.py). Nothing from
the pages is written anywhere; examples are printed for reading only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baselines import c4_line_filter, justext_lines
from metrics import Score, SnippetCounts, shingle_score, title_match
from rule_audit import norm, verdict

from cleantext import Cleaner, Config

DEFAULT_EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
Prediction = tuple[str | None, str]  # title, body
System = Callable[[str], Prediction]


def pages(root: Path, name: str) -> Iterator[dict[str, Any]]:
    with gzip.open(root / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def systems(cleaner: Cleaner) -> dict[str, System]:
    def ours(text: str) -> Prediction:
        article = cleaner.clean(text)
        return article.title, article.body

    return {
        "no cleaning": lambda text: (None, text),
        "C4 line filter": lambda text: (None, c4_line_filter(text)),
        "jusText (lines)": lambda text: (None, justext_lines(text)),
        "cleantext": ours,
    }


def _prediction_text(title: str | None, body: str) -> str:
    return f"{title}\n{body}" if title else body


def run_table(root: Path, chosen: dict[str, System]) -> dict[str, dict[str, Any]]:
    aeb = list(pages(root, "scrapinghub_aeb"))
    traf = list(pages(root, "trafilatura_eval"))
    results: dict[str, dict[str, Any]] = {}
    for name, system in chosen.items():
        start = time.perf_counter()
        aeb_pairs = [(system(p["text"])[1], p["gold_body"]) for p in aeb]
        counts = SnippetCounts()
        titled = matched = 0
        for page in traf:
            title, body = system(page["text"])
            counts.add(_prediction_text(title, body), page["with"], page["without"])
            if page.get("gold_title"):
                titled += 1
                matched += title_match(title, page["gold_title"])
        seconds = time.perf_counter() - start
        size = sum(len(p["text"].encode()) for p in aeb + traf) / 1e6
        results[name] = {
            "scrapinghub_aeb": shingle_score(aeb_pairs),
            "trafilatura_eval": counts.score,
            "title": matched / titled if titled else 0.0,
            "mb_per_s": size / seconds if seconds else 0.0,
        }
    return results


def _row(score: Score) -> str:
    return f"{score.precision:.3f} / {score.recall:.3f} / {score.f1:.3f}"


def print_table(results: dict[str, dict[str, Any]]) -> None:
    print(
        f"{'system':18} {'scrapinghub_aeb P / R / F1':>27} {'trafilatura_eval P / R / F1':>28}"
        f" {'title':>6} {'MB/s':>7}"
    )
    for name, r in results.items():
        print(
            f"{name:18} {_row(r['scrapinghub_aeb']):>27} {_row(r['trafilatura_eval']):>28}"
            f" {r['title']:6.3f} {r['mb_per_s']:7.2f}"
        )


def rule_mistakes(root: Path, cleaner: Cleaner, show: str | None, limit: int) -> None:
    """For each rule: how much of what it removed was gold content."""
    counts: Counter[tuple[str, str]] = Counter()
    shown = 0
    for name in ("scrapinghub_aeb", "trafilatura_eval"):
        for page in pages(root, name):
            article = cleaner.clean(page["text"])
            output = norm(str(article) if "with" in page else article.body)
            for item in article.removed:
                kind = verdict(page, item, output)
                counts[(item.rule, kind)] += 1
                if kind == "mistake" and item.rule == show and shown < limit:
                    shown += 1
                    print(f"  [{name} {page['id'][:16]}] {item.text[:150]!r}\n    {item.reason}")
    print(f"\n{'rule':22} {'removed':>8} {'confirmed':>10} {'mistakes':>9} {'mistake %':>10}")
    for rule in sorted({r for r, _ in counts}):
        total = sum(counts[(rule, k)] for k in ("hit", "mistake", "unknown"))
        bad = counts[(rule, "mistake")]
        print(f"{rule:22} {total:8} {counts[(rule, 'hit')]:10} {bad:9} {100 * bad / total:9.1f}%")


def residue(root: Path, cleaner: Cleaner) -> None:
    """Each extractor's output alone, and after cleantext."""
    data = list(pages(root, "scrapinghub_aeb"))
    extractors = sorted(data[0]["extractor_outputs"])
    print(f"{'extractor':16} {'alone P / R / F1':>24} {'+ cleantext P / R / F1':>26}")
    for name in extractors:
        alone = [(p["extractor_outputs"][name] or "", p["gold_body"]) for p in data]
        cleaned = [(cleaner.clean(text).body, gold) for text, gold in alone]
        print(f"{name:16} {_row(shingle_score(alone)):>24} {_row(shingle_score(cleaned)):>26}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the eval folder")
    parser.add_argument("--preset", default="default")
    parser.add_argument("--systems", nargs="*", help="only these systems (default: all)")
    parser.add_argument("--residue", action="store_true", help="extractor outputs as input")
    parser.add_argument("--mistakes", metavar="RULE", help="print this rule's mistakes")
    parser.add_argument("--limit", type=int, default=30)
    args = parser.parse_args(argv)
    if not (args.eval / "scrapinghub_aeb.jsonl.gz").exists():
        print(f"no eval data at {args.eval}", file=sys.stderr)
        return 2
    cleaner = Cleaner(Config(preset=args.preset))
    if args.residue:
        residue(args.eval, cleaner)
        return 0
    chosen = systems(cleaner)
    if args.systems:
        chosen = {k: v for k, v in chosen.items() if k in args.systems}
    print_table(run_table(args.eval, chosen))
    print()
    rule_mistakes(args.eval, cleaner, args.mistakes, args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
