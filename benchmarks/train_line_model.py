"""Fit the line model (``cleantext.rules.line_model``) and write its trees as Python data.

    pip install -e '.[dev,train]'
    python benchmarks/train_line_model.py            # cross-validate, fit, write the data
    python benchmarks/train_line_model.py --cv-only  # only the cross-validated figures

Each page of ``../shared/eval`` (path with ``--eval``) is cleaned by the default preset
without the line model; every kept line gets the features of
``cleantext.rules._line_features`` (the same code the rule runs) and a label where the
gold says one:

* scrapinghub_aeb: furniture when most of the line's 4-token shingles are not in the
  gold body (a line of fewer than four tokens: when its tokens do not occur in the gold
  in that order), article otherwise;
* trafilatura_eval: article when the line holds a ``with`` snippet (or lies inside one),
  furniture when it holds a ``without`` snippet, no label otherwise.

Figures: 5-fold cross-validation by page over both sets (each page's lines are scored by
trees that never saw that page, and the lines the rule protects are never removed),
shingle F1 and snippet F1 computed as in accuracy.py, at several thresholds. The texts
stay where they are; only the trees are written out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metrics import normalise, shingle_page, shingles, tokens

from cleantext import Article, Cleaner, Config
from cleantext._document import Document, segment
from cleantext.rules._line_features import FEATURES, line_features
from cleantext.rules.line_model import LineModel, protected

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "cleantext" / "rules" / "_line_model_data.py"
TREES, DEPTH, RATE, LEAF = 120, 4, 0.1, 40
FOLDS = 5
THRESHOLDS = (0.7, 0.6, 0.55, 0.5)
MIN_LINES = LineModel.Options().min_lines


@dataclass
class Page:
    dataset: str
    title: str | None
    kept: list[str]  # the kept text of each line the model judges
    kept_count: int
    rows: list[list[float]]
    labels: list[int | None]  # 1 furniture, 0 article, None unknown
    gold: str = ""
    keep: list[str] = field(default_factory=list)
    drop: list[str] = field(default_factory=list)


def read(root: Path, name: str) -> Iterator[dict[str, Any]]:
    with gzip.open(root / f"{name}.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def finished_page(text: str, article: Article) -> tuple[Document, dict[int, str]]:
    """The document as the line model would see it, rebuilt from the article; and the
    kept text of each kept segment."""
    segments = segment(text)
    title = article.title_span
    pieces: dict[int, list[str]] = {}
    for span in article.kept:
        for seg in segments:
            if seg.start < span.end and span.start < seg.end:
                piece = text[max(span.start, seg.start) : min(span.end, seg.end)].strip()
                pieces.setdefault(seg.index, []).append(piece)
    owner = None
    if title is not None:
        owner = next(s for s in segments if s.start <= title.start < s.end)
    removed: dict[int, tuple[str, str]] = {}
    for item in article.removed:
        for seg in segments:
            if seg.start < item.end and item.start < seg.end and seg.index not in pieces:
                removed.setdefault(seg.index, (item.rule, item.reason))
    kept = [s.index for s in segments if s.index in pieces and s is not owner]
    title_triple = (owner, title.start, title.end) if owner is not None and title else None
    doc = Document(text, segments, kept, title_triple, url=None, removed=removed)
    return doc, {i: " ".join(p) for i, p in pieces.items()}


def aeb_label(kept: str, gold: Any, gold_tokens: str) -> int | None:
    found = tokens(kept)
    if not found:
        return None
    if len(found) < 4:
        return 0 if f" {' '.join(found)} " in gold_tokens else 1
    mine = shingles(kept)
    shared = sum(count for gram, count in mine.items() if gram in gold)
    return 0 if 2 * shared >= sum(mine.values()) else 1


def traf_label(kept: str, keep: list[str], drop: list[str]) -> int | None:
    line = normalise(kept)
    if not line:
        return None
    inside = [s for s in keep if s in line or (len(line) > 15 and line in s)]
    outside = [s for s in drop if s in line or (len(line) > 15 and line in s)]
    if inside and not outside:
        return 0
    if outside and not inside:
        return 1
    return None


def load(root: Path) -> list[Page]:
    cleaner = Cleaner(Config(disable=["line_model"]))
    pages: list[Page] = []
    for name in ("scrapinghub_aeb", "trafilatura_eval"):
        for raw in read(root, name):
            article = cleaner.clean(raw["text"])
            doc, texts = finished_page(raw["text"], article)
            segs, rows = line_features(doc)
            kept = [texts[s.index] for s in segs]
            page = Page(name, article.title, kept, len(kept), rows, [])
            if name == "scrapinghub_aeb":
                page.gold = raw["gold_body"]
                gold, gold_tokens = shingles(page.gold), f" {' '.join(tokens(page.gold))} "
                page.labels = [aeb_label(k, gold, gold_tokens) for k in kept]
            else:
                page.keep = [normalise(s) for s in raw.get("with") or []]
                page.drop = [normalise(s) for s in raw.get("without") or []]
                page.labels = [traf_label(k, page.keep, page.drop) for k in kept]
            pages.append(page)
    return pages


def fit(pages: list[Page]) -> HistGradientBoostingClassifier:
    rows = [r for p in pages for r, y in zip(p.rows, p.labels, strict=True) if y is not None]
    labels = [y for p in pages for y in p.labels if y is not None]
    model = HistGradientBoostingClassifier(
        max_iter=TREES, max_depth=DEPTH, learning_rate=RATE, min_samples_leaf=LEAF, random_state=0
    )
    return model.fit(np.array(rows), np.array(labels))


def cross_validate(pages: list[Page]) -> dict[int, np.ndarray]:
    """Each page's furniture scores from trees fitted without it."""
    order = list(range(len(pages)))
    random.Random(1).shuffle(order)
    fold = {page: position % FOLDS for position, page in enumerate(order)}
    scores: dict[int, np.ndarray] = {}
    for k in range(FOLDS):
        model = fit([p for i, p in enumerate(pages) if fold[i] != k])
        for i, page in enumerate(pages):
            if fold[i] == k and page.rows:
                score = model.predict_proba(np.array(page.rows))[:, 1]
                kept = [not protected(row) for row in page.rows]
                scores[i] = score * np.array(kept) if page.kept_count >= MIN_LINES else 0 * score
    return scores


def body(page: Page, score: np.ndarray | None, threshold: float) -> str:
    if score is None:
        return "\n".join(page.kept)
    return "\n".join(k for k, s in zip(page.kept, score, strict=True) if s <= threshold)


def figures(pages: list[Page], scores: dict[int, np.ndarray], threshold: float) -> str:
    out = []
    for name in ("scrapinghub_aeb", "trafilatura_eval"):
        chosen = [(i, p) for i, p in enumerate(pages) if p.dataset == name]
        if name == "scrapinghub_aeb":
            prec, rec = [], []
            for i, p in chosen:
                a, r = shingle_page(body(p, scores.get(i), threshold), p.gold)
                prec += [a] if a is not None else []
                rec += [r] if r is not None else []
            precision, recall = float(np.mean(prec)), float(np.mean(rec))
        else:
            tp = fp = fn = 0
            for i, p in chosen:
                text = normalise((p.title or "") + "\n" + body(p, scores.get(i), threshold))
                found = sum(s in text for s in p.keep)
                tp, fn, fp = (
                    tp + found,
                    fn + len(p.keep) - found,
                    fp + sum(s in text for s in p.drop),
                )
            precision, recall = tp / (tp + fp), tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
        out.append(f"{precision:.3f} / {recall:.3f} / {f1:.3f}")
    return "   ".join(out)


def node_values(nodes: np.ndarray, index: int) -> float:
    """The count-weighted mean of the leaves under ``index`` (a leaf: its value)."""
    node = nodes[index]
    if node["is_leaf"]:
        return float(node["value"])
    left, right = int(node["left"]), int(node["right"])
    total = int(nodes[left]["count"]) + int(nodes[right]["count"])
    return (
        node_values(nodes, left) * int(nodes[left]["count"])
        + node_values(nodes, right) * int(nodes[right]["count"])
    ) / total


def write(model: HistGradientBoostingClassifier, summary: str) -> None:
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        flat = []
        for i, node in enumerate(nodes):
            value = round(node_values(nodes, i), 6)
            if node["is_leaf"]:
                flat.append(f"(-1, 0.0, 0, 0, {value!r})")
            else:
                threshold = round(float(node["num_threshold"]), 6)
                flat.append(
                    f"({int(node['feature_idx'])}, {threshold!r}, "
                    f"{int(node['left'])}, {int(node['right'])}, {value!r})"
                )
        trees.append("    (\n" + "".join(f"        {n},\n" for n in flat) + "    ),\n")
    base = round(float(np.ravel(model._baseline_prediction)[0]), 6)
    names = "".join(f"    {name!r},\n" for name in FEATURES)
    OUT.write_text(
        '"""The line model\'s trees. Generated by benchmarks/train_line_model.py: do not edit.\n\n'
        f"{TREES} trees of depth {DEPTH} (learning rate {RATE}, at least {LEAF} lines a leaf),\n"
        "fitted on labelled lines of scrapinghub_aeb (MIT) and trafilatura_eval (Apache-2.0).\n"
        "Cross-validated by page (5 folds, with the rule's protections), P / R / F1, aeb then\n"
        "traf, by threshold:\n\n"
        f"{summary}\n"
        '"""\n\n'
        "# fmt: off\n"
        f"FEATURES: tuple[str, ...] = (\n{names})\n"
        f"BASE = {base!r}\n"
        "TREES: tuple[tuple[tuple[int, float, int, int, float], ...], ...] = (\n"
        + "".join(trees)
        + ")\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--cv-only", action="store_true", help="do not write the trees")
    args = parser.parse_args(argv)
    pages = load(args.eval)
    labelled = sum(y is not None for p in pages for y in p.labels)
    print(f"{len(pages)} pages, {labelled} labelled lines, {len(FEATURES)} features")
    scores = cross_validate(pages)
    lines = [f"    no model:  {figures(pages, {}, 1.0)}"]
    lines += [f"    {t:.2f}:      {figures(pages, scores, t)}" for t in THRESHOLDS]
    summary = "\n".join(lines)
    print(summary)
    if not args.cv_only:
        write(fit(pages), summary)
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
