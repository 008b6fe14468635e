"""Audit what each rule removes on the real pages of ../shared/eval.

For every removal it asks the gold whether the text was in fact content:
on ``scrapinghub_aeb`` a removed line whose words stand in ``gold_body`` is a mistake;
on ``trafilatura_eval`` a removed line that overlaps a must-keep (``with``) snippet is a
mistake and one that holds a must-drop (``without``) snippet is a confirmed hit.

    python benchmarks/rule_audit.py --rule donation_widget --show mistakes
    python benchmarks/rule_audit.py --show all --limit 50

Prints nothing from the pages into the project: the output is for reading only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

from cleantext import Cleaner, Removed

_SPACE = regex.compile(r"\s+")
DEFAULT_EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def pages(root: Path, name: str) -> Iterator[dict[str, Any]]:
    with gzip.open(root / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def verdict(page: dict[str, Any], removed: Removed, output: str) -> str:
    """'mistake', 'hit' or 'unknown' for one removed fragment.

    A removal is a mistake only when the content it took is missing from the output:
    removing the second copy of a headline that the title keeps is no loss.
    """
    text = norm(removed.text)
    if "gold_body" in page:
        gold = norm(page["gold_body"])
        words = text.split()
        if len(words) >= 3 and text in gold and text not in output:
            return "mistake"
        return "hit" if len(words) >= 3 else "unknown"
    for snippet in page.get("with", []):
        s = norm(snippet)
        if s and (s in text or (len(text) >= 12 and text in s)) and s not in output:
            return "mistake"
    for snippet in page.get("without", []):
        s = norm(snippet)
        if s and (s in text or (len(text) >= 12 and text in s)):
            return "hit"
    return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the eval folder")
    parser.add_argument("--rule", help="only this rule")
    parser.add_argument("--show", choices=["none", "mistakes", "all"], default="mistakes")
    parser.add_argument("--limit", type=int, default=40, help="examples to print")
    args = parser.parse_args(argv)
    cleaner = Cleaner()
    counts: Counter[tuple[str, str]] = Counter()
    shown = 0
    for name in ("scrapinghub_aeb", "trafilatura_eval", "fakenews_sample"):
        for page in pages(args.eval, name):
            article = cleaner.clean(page["text"])
            output = norm(str(article) if "with" in page else article.body)
            for item in article.removed:
                if args.rule and item.rule != args.rule:
                    continue
                kind = verdict(page, item, output)
                counts[(item.rule, kind)] += 1
                if shown < args.limit and (args.show == "all" or kind == "mistake"):
                    shown += 1
                    print(f"[{name} {page['id'][:12]}] {item.rule} {kind}: {item.text[:160]!r}")
                    print(f"    reason: {item.reason}")
    print("\nrule                  hit  mistake  unknown", file=sys.stderr)
    for rule in sorted({r for r, _ in counts}):
        row = [counts[(rule, k)] for k in ("hit", "mistake", "unknown")]
        print(f"{rule:20} {row[0]:5} {row[1]:8} {row[2]:8}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
