"""The accuracy metrics of ../shared/eval/README.md, implemented from its definitions.

* shingle F1 (scrapinghub_aeb): 4-token shingles of ``\\w+`` tokens as multisets; per
  page precision and recall, averaged over pages, F1 of the two means;
* snippet F1 (trafilatura_eval): must-keep and must-drop snippets found in the
  whitespace-normalised prediction, counts pooled over pages;
* title accuracy: exact match after case folding and whitespace normalisation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import regex

_TOKEN = regex.compile(r"\w+")
_SPACE = regex.compile(r"\s+")
SHINGLE = 4


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def tokens(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text``."""
    return _TOKEN.findall(text)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def shingle_page(prediction: str, gold: str) -> tuple[float | None, float | None]:
    """Per-page precision and recall; None where the page does not count."""
    pred, want = shingles(prediction), shingles(gold)
    tp = sum((pred & want).values())
    fp = sum(pred.values()) - tp
    fn = sum(want.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def shingle_score(pairs: Iterable[tuple[str, str]]) -> Score:
    """Mean per-page precision and recall over (prediction, gold) pairs."""
    precisions: list[float] = []
    recalls: list[float] = []
    for prediction, gold in pairs:
        p, r = shingle_page(prediction, gold)
        if p is not None:
            precisions.append(p)
        if r is not None:
            recalls.append(r)
    return Score(_mean(precisions), _mean(recalls))


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class SnippetCounts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, prediction: str, keep: Iterable[str], drop: Iterable[str]) -> None:
        text = normalise(prediction)
        for snippet in keep:
            if normalise(snippet) in text:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in drop:
            if normalise(snippet) in text:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def score(self) -> Score:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return Score(precision, recall)


def title_match(predicted: str | None, gold: str) -> bool:
    if predicted is None:
        return False
    return normalise(predicted).casefold() == normalise(gold).casefold()


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0
