"""Donation widgets: the amounts, progress bars and appeals of "support us" boxes.

Why: sites that live on reader money put a donation form around or inside the article.
Scraped as text it leaves lines such as ``0 $``, ``2,500 $``, ``Raised: 3,516 $`` and
``Do you like this content? Consider helping us!``, none of which is article text.

Removes:
    * runs of lines that hold nothing but amounts of money (``0 $``, ``€10``,
      ``5.000 ₽``, ``$5 $10 $25 Other``), with the bare numbers and form labels
      ("Monthly", "Other amount") that stand among them;
    * fundraising progress lines (``Raised: $3,516 of $5,000``, ``75% funded``);
    * donation appeals in English, German, French, Spanish, Italian, Portuguese and
      Russian ("Support our journalism", "Jetzt spenden", "Faites un don").

Keeps:
    * a body sentence that reports a sum ("The campaign raised $2,500 in a week.");
    * a single amount line standing alone (a price in a table, a figure in a list):
      one amount is not enough evidence of a widget;
    * sentences that merely contain "donate" or "support": an appeal must make up
      nearly the whole line.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.donation import APPEALS
from ..vocab.money import CURRENCIES, NUMBER, PROGRESS_LABELS, WIDGET_WORDS

_MAX_CHARS = 300
# Words allowed between the amounts and labels of a progress line ("$5 of $10").
_CONNECTORS = (
    r"of|out of|from|to|so far|already|our|the|von|bereits|unser(?:e|em)?|de|sur|déjà|notre|"
    r"ya|nuestra|nuestro|di|su|già|já|da|nossa|nosso|из|уже|наша|наш|and|und|et|y|e|и"
)


class _Kind(Enum):
    APPEAL = "appeal"
    PROGRESS = "progress"
    AMOUNTS = "amounts"  # a line of two or more amounts
    AMOUNT = "amount"  # a line of one amount
    NUMBER = "number"
    LABEL = "label"


_REASONS = {
    _Kind.APPEAL: "a donation appeal asking readers for money, not article text",
    _Kind.PROGRESS: "fundraising progress (money raised or the goal), part of a donation box",
    _Kind.AMOUNTS: "a row of suggested donation amounts",
    _Kind.AMOUNT: "an amount of money alone on its line, one of {n} lines of a donation box",
    _Kind.NUMBER: "a bare number among the amounts of a donation box",
    _Kind.LABEL: "a label of a donation form ({text!r})",
}


class DonationWidget(Rule):
    name = "donation_widget"
    summary = "Donation boxes: suggested amounts, fundraising progress and 'support us' appeals."
    tags = ("donation", "widget", "multilingual")

    def __init__(self) -> None:
        currency = alternation(CURRENCIES)
        amount = rf"(?<![\w$€£¥₽])(?:{currency}\s?(?:{NUMBER})|(?:{NUMBER})\s?{currency})(?!\w)"
        percent = rf"(?<!\w)(?:{NUMBER})\s?%"
        labels = alternation(fragments(WIDGET_WORDS))
        progress = alternation(fragments(PROGRESS_LABELS))
        self._amount = regex.compile(amount, FLAGS)
        self._widget_residue = regex.compile(rf"{amount}|(?<!\w){labels}(?!\w)", FLAGS)
        self._number = regex.compile(rf"[+~≈]?\s*(?:{NUMBER})", FLAGS)
        self._label = regex.compile(rf"{labels}[.!]?", FLAGS)
        self._progress_label = regex.compile(rf"(?<!\w){progress}(?!\w)", FLAGS)
        self._progress_residue = regex.compile(
            rf"{amount}|{percent}|(?:{NUMBER})|(?<!\w)(?:{progress}|{_CONNECTORS})(?!\w)", FLAGS
        )
        self._appeal = regex.compile(rf"(?<!\w){alternation(fragments(APPEALS))}(?!\w)", FLAGS)
        self._has_money = regex.compile(rf"{amount}|{percent}", FLAGS)
        self._word = regex.compile(r"\w+")

    def judge(self, doc: Document) -> Iterator[Verdict]:
        run: list[tuple[Segment, _Kind]] = []
        for seg in doc.kept():
            kind = self._classify(seg.text) if len(seg.text) <= _MAX_CHARS else None
            if kind is None:
                yield from self._close(run)
                run = []
            else:
                run.append((seg, kind))
        yield from self._close(run)

    def _classify(self, text: str) -> _Kind | None:
        if self._is_appeal(text):
            return _Kind.APPEAL
        amounts = len(self._amount.findall(text))
        if amounts and not self._words(self._widget_residue.sub(" ", text)):
            return _Kind.AMOUNTS if amounts > 1 else _Kind.AMOUNT
        if self._number.fullmatch(text):
            return _Kind.NUMBER
        if self._label.fullmatch(text):
            return _Kind.LABEL
        if self._is_progress(text):
            return _Kind.PROGRESS
        return None

    def _words(self, text: str) -> int:
        return len(self._word.findall(text))

    def _is_appeal(self, text: str) -> bool:
        """Appeal phrases cover the line but for at most one word in five."""
        total = self._words(text)
        if total == 0 or total > 40:
            return False
        residue = self._appeal.sub(" ", text)
        left = self._words(residue)
        return left < total and left <= total // 5

    def _is_progress(self, text: str) -> bool:
        total = self._words(text)
        if total > 12 or text.endswith(".") or not self._has_money.search(text):
            return False
        if not self._progress_label.search(text):
            return False
        return self._words(self._progress_residue.sub(" ", text)) <= 1

    def _close(self, run: list[tuple[Segment, _Kind]]) -> Iterator[Verdict]:
        """Decide a run of adjacent donation-like lines as a whole."""
        kinds = [kind for _, kind in run]
        strong = sum(2 if k in (_Kind.APPEAL, _Kind.PROGRESS, _Kind.AMOUNTS) else 0 for k in kinds)
        score = strong + kinds.count(_Kind.AMOUNT)
        if score < 2:
            return
        money = any(k in (_Kind.AMOUNT, _Kind.AMOUNTS, _Kind.PROGRESS) for k in kinds)
        for seg, kind in run:
            if kind is _Kind.NUMBER and not money:
                continue
            reason = _REASONS[kind].format(n=kinds.count(_Kind.AMOUNT), text=seg.text)
            yield self.remove(seg, reason)
