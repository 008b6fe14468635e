"""Donation widgets: the amounts, progress bars and appeals of "support us" boxes.

Why: sites that live on reader money put a donation form around or inside the article.
Scraped as text it leaves lines such as ``0 $``, ``2,500 $``, ``Raised: 3,516 $`` and
``Do you like this content? Consider helping us!``, none of which is article text.

How: each line is first read on its own (an appeal, a progress line, a line of amounts,
a form label, a bare number); then adjacent lines of these kinds are judged together as
one box, which goes only when the box as a whole shows that it asks for money.

Removes:
    * donation appeals in English, German, French, Spanish, Italian, Portuguese and
      Russian that make up (nearly) the whole line: "Support our journalism", "Donate
      now", "Become a patron", "Jetzt spenden", "Faites un don", "Apóyanos";
    * friendlier lines ("Do you like this content? Consider helping us!", "Help us keep
      going", "Thank you for your support") when two stand together or when they stand
      in or beside a box that other lines prove;
    * fundraising progress lines (``Raised: $3,516 of $5,000``, ``75% funded``,
      ``Собрано 12 000 ₽``);
    * lines that hold nothing but amounts of money (``0 $``, ``€10``, ``5.000 ₽``,
      ``$5 $10 $25 Other``), with the bare numbers and form labels ("Monthly", "Other
      amount") among them, when an appeal, a progress line or a donation label stands
      in the box or within two lines of it, or when two or more whole amounts open the
      page before any text (the raised/goal figures of a box scraped above the headline);
    * a row of three or more amounts that rise in round steps beside a donation word
      ("Spenden: 5 € 10 € 25 €"), even alone.

Keeps:
    * a body sentence that reports a sum ("The campaign raised $2,500 in a week."): a
      line of amounts holds nothing but amounts and form words;
    * prices: one amount alone on its line, the two prices of a product ("19,90 €" over
      "9,90 €"), a row or a column of a price or statistics table ("260 € 268 € 276 €",
      "€50" "€100" "€250" under "Standard", "Premium", "VIP"), a line such as "Monthly
      $9.99": amounts without an appeal or a donation word near them are kept;
    * sentences that merely contain "donate" or "support" ("How to donate", "Donations
      can be made at the office."): an appeal must cover nearly the whole line;
    * a lone friendly line ("Help us grow this work" as a subheading), a lone goal line
      ("Inflation target: 2%"), and bare numbers (years, scores) outside a box of amounts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import islice, pairwise

import regex

from .._document import Document, Segment, Verdict, lower
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.donation import APPEALS, SOFT_APPEALS, TRIGGERS
from ..vocab.money import (
    AMOUNT_WORDS,
    CURRENCIES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    DONATION_LABELS,
    FORM_LABELS,
    GOAL_LABELS,
    NUMBER,
    PROGRESS_CONNECTORS,
    RAISED_LABELS,
    ROW_CONNECTORS,
)
from ._phrase_line import quote, trie

# Longer lines are never looked at: cheap, and it protects body paragraphs.
_MAX_CHARS = 300
_MAX_ROW_CHARS = 150
# Appeal stems are looked for in lines up to this long (a lone appeal is short).
_MAX_TRIGGER_CHARS = 120
_MAX_APPEAL_WORDS = 40
_MAX_PROGRESS_WORDS = 12
_MAX_LABEL_WORDS = 6
_MAX_AMOUNT_WORD_LINE = 4
# A box without proof of its own goes when a proven box stands this many lines away or
# nearer (a heading or a line of fine print often sits between the two).
_NEAR = 2
# A row of amounts beside a donation word proves a box alone when it offers this many.
_MIN_ROW = 3
# Characters that separate the amounts and labels of a row: anything but a letter, a
# digit or a currency symbol.
_SEPARATOR = rf"[^\w{re.escape(CURRENCY_SYMBOLS)}]*"
_DIGIT = re.compile(r"\d")
# The whole part and the decimals of a NUMBER: one or two digits (or a Swiss dash) after
# the last "." or ","; three digits there are thousands.
_PARTS = re.compile(r"(?P<whole>.+?)(?:[.,](?P<cents>\d{1,2}|[-–—]{1,2}))?")


class _Kind(Enum):
    APPEAL = "appeal"
    SOFT_APPEAL = "soft appeal"
    PROGRESS = "progress"
    AMOUNTS = "amounts"  # a line of two or more amounts
    AMOUNT = "amount"  # a line of one amount
    NUMBER = "number"
    LABEL = "label"


# A trie of characters; the key "" marks the end of a word.
_MONEY = frozenset({_Kind.PROGRESS, _Kind.AMOUNTS, _Kind.AMOUNT})
_AMOUNT_LINES = frozenset({_Kind.AMOUNTS, _Kind.AMOUNT})


@dataclass(frozen=True, slots=True)
class _Line:
    """What one line looks like on its own.

    ``weight`` is how much the line proves a donation box: 2 proves it alone, 1 proves it
    together with an amount or with another line of weight 1, 0 proves nothing.
    """

    kind: _Kind
    weight: int
    phrase: str = ""  # the deciding words, quoted in the reason
    values: tuple[float, ...] = ()  # the amounts of a line of amounts

    @property
    def money(self) -> bool:
        return self.kind in _MONEY


@dataclass(slots=True)
class _Box:
    """Adjacent read lines, judged as one; ``first``/``last`` are kept positions."""

    first: int
    last: int
    lines: list[tuple[Segment, _Line]]
    proof: str | None = None  # why this is a donation box, for the reasons; None: unproven
    witness: Segment | None = None  # the line of the box that ``proof`` quotes

    @property
    def weight(self) -> int:
        return sum(line.weight for _, line in self.lines)

    @property
    def money(self) -> bool:
        return any(line.money for _, line in self.lines)

    @property
    def heaviest(self) -> tuple[Segment, _Line]:
        return max(self.lines, key=lambda entry: entry[1].weight)


class DonationWidget(Rule):
    name = "donation_widget"
    summary = "Donation boxes: suggested amounts, fundraising progress and 'support us' appeals."
    tags = ("donation", "widget", "multilingual")

    def __init__(self) -> None:
        _check_triggers()
        # Two cheap passes over the lower-cased text pick the lines worth reading: one for
        # the stems of appeals and the currency codes (a trie, so that the engine tries
        # few branches per character), one for currency symbols and per cent signs.
        self._stem_trigger = re.compile(trie([*TRIGGERS, *CURRENCY_CODES]))
        self._symbol_trigger = re.compile(f"[{re.escape(CURRENCY_SYMBOLS)}]")
        currency = alternation(CURRENCIES)
        # Amounts are found from their digits, with the currency before or after.
        amount = (
            rf"(?=\d)(?<![\d.,])(?:(?<={currency}\s?)(?P<a>{NUMBER})"
            rf"|(?P<b>{NUMBER})\s?{currency})(?!\w)"
        )
        labels = alternation([*fragments(DONATION_LABELS), *fragments(FORM_LABELS)])
        raised = alternation(fragments(RAISED_LABELS))
        goal = alternation(fragments(GOAL_LABELS))
        connectors = alternation(fragments(PROGRESS_CONNECTORS))
        # Appeals are matched by ``re`` in the lower-cased line: three times faster than a
        # case-insensitive ``regex``, and the phrases are written in lower case.
        # One alternation of both kinds, longest first, so that the longer phrase wins
        # ("unterstützen über" over "unterstützen"); a match is strong if a strong phrase
        # matches all of it.
        self._appeal = re.compile(
            rf"(?<!\w){alternation([*fragments(APPEALS), *fragments(SOFT_APPEALS)])}(?!\w)"
        )
        self._strong = re.compile(alternation(fragments(APPEALS)))
        self._amount = regex.compile(amount, FLAGS)
        self._row = regex.compile(
            rf"{_SEPARATOR}(?:(?:(?:{currency})\s?(?:{NUMBER})|(?:{NUMBER})\s?(?:{currency})"
            rf"|{labels}|{alternation(fragments(ROW_CONNECTORS))})(?!\w){_SEPARATOR})+",
            FLAGS,
        )
        self._percent = regex.compile(rf"(?<![\w.,])(?:{NUMBER})\s?%", FLAGS)
        self._donation_label = regex.compile(
            rf"(?<!\w){alternation(fragments(DONATION_LABELS))}(?!\w)", FLAGS
        )
        self._label_line = regex.compile(
            rf"{labels}(?:(?:\s*[/|·•,:;–—-]\s*|\s+){labels})*\s*[.!:]?", FLAGS
        )
        self._amount_word = regex.compile(rf"(?<!\w){alternation(AMOUNT_WORDS)}(?!\w)", FLAGS)
        self._number = regex.compile(rf"[+~≈]?\s*(?:{NUMBER})\s?%?", FLAGS)
        self._progress_label = regex.compile(
            rf"(?<!\w)(?:(?P<raised>{raised})|(?P<goal>{goal}))(?!\w)", FLAGS
        )
        self._progress_residue = regex.compile(
            rf"{amount}|{self._percent.pattern}|(?:{NUMBER})"
            rf"|(?<!\w)(?:{raised}|{goal}|{connectors})(?!\w)",
            FLAGS,
        )
        self._word = regex.compile(r"\w+")

    def judge(self, doc: Document) -> Iterator[Verdict]:
        kept = list(doc.kept())
        found: dict[int, _Line] = {}
        for pos, stem in self._candidates(doc, kept):
            line = self._read(kept[pos].text, appeal=stem)
            if line is not None:
                found[pos] = line
        if not found:
            return
        self._grow(kept, found)
        boxes = _boxes(kept, found)
        for box in boxes:
            box.proof = self._proof(box)
        _prove_by_neighbours(boxes)
        for box in boxes:
            if box.proof is not None:
                yield from self._verdicts(box)

    def _candidates(self, doc: Document, kept: Sequence[Segment]) -> list[tuple[int, bool]]:
        """Kept positions of the lines worth reading, and whether an appeal stem is in them.

        Stems of appeals and currency codes are looked for only in short lines: an appeal
        that decides alone is short, and a longer one is read when it stands next to a
        box (see ``_grow``). Lines with a currency symbol or a per cent sign come from one
        pass over the whole text.
        """
        stems = self._stem_trigger.search
        lowered = doc.lowered
        picked = {
            pos: True
            for pos, seg in enumerate(kept)
            if len(seg.text) <= _MAX_TRIGGER_CHARS and stems(lowered, seg.start, seg.end)
        }
        for seg in doc.matching(self._symbol_trigger):
            if len(seg.text) <= _MAX_CHARS:
                picked.setdefault(doc.kept_position(seg), False)
        return sorted(picked.items())

    # -- reading one line ---------------------------------------------------------------

    def _read(self, text: str, *, appeal: bool = True) -> _Line | None:
        line = self._read_appeal(text) if appeal else None
        if line is None and _DIGIT.search(text):
            line = self._read_money(text)
        return line if line is not None else self._read_minor(text)

    def _words(self, text: str) -> int:
        return len(self._word.findall(text))

    def _read_appeal(self, text: str) -> _Line | None:
        """Appeal phrases that cover the line but for at most one word in five."""
        total = self._words(text)
        if total == 0 or total > _MAX_APPEAL_WORDS:
            return None
        # Cheap test first: an appeal must begin within the words the line may spare.
        starts = islice(self._word.finditer(text), total // 5 + 1)
        lowered = lower(text)
        if not any(self._appeal.match(lowered, word.start()) for word in starts):
            return None
        matches = list(self._appeal.finditer(lowered))
        rest = [text[a.end() : b.start()] for a, b in pairwise(matches)]
        rest += [text[: matches[0].start()], text[matches[-1].end() :]]
        if self._words(" ".join(rest)) > total // 5:
            return None
        strong = [match for match in matches if self._strong.fullmatch(match.group())]
        if strong:
            return _Line(_Kind.APPEAL, 2, text[strong[0].start() : strong[0].end()])
        phrase = text[matches[0].start() : matches[-1].end()]
        return _Line(_Kind.SOFT_APPEAL, min(len(matches), 2), phrase)

    def _read_money(self, text: str) -> _Line | None:
        if len(text) <= _MAX_ROW_CHARS and self._row.fullmatch(text):
            values = tuple(_value(m["a"] or m["b"]) for m in self._amount.finditer(text))
            if values:
                return self._amount_line(text, values)
        return self._read_progress(text)

    def _amount_line(self, text: str, values: tuple[float, ...]) -> _Line:
        if len(values) == 1:
            return _Line(_Kind.AMOUNT, 0, values=values)
        # A row weighs when a donation word stands with amounts that rise like a form's
        # choices ("Spenden: 5 € 10 € 25 €"); the rows of price and statistics tables
        # ("139,99 € 131,55 €", "Betrag 1.000 € 2.000 € 3.000 €") do not.
        if len(values) >= _MIN_ROW and _is_ladder(values) and self._donation_label.search(text):
            return _Line(_Kind.AMOUNTS, 1, values=values)
        return _Line(_Kind.AMOUNTS, 0, values=values)

    def _read_progress(self, text: str) -> _Line | None:
        if text.endswith(".") or self._words(text) > _MAX_PROGRESS_WORDS:
            return None
        labels = list(self._progress_label.finditer(text))
        if not labels or self._words(self._progress_residue.sub(" ", text)) > 1:
            return None
        money = len(self._amount.findall(text)) + len(self._percent.findall(text))
        if not money:
            return None
        raised = [m.group() for m in labels if m.group("raised")]
        # "Goal: €10,000" alone may be a sales target; with a second figure or label
        # ("$3,516 of $5,000 goal", "0 % vom Ziel erreicht") it is a progress bar.
        strong = bool(raised) or money >= 2 or len(labels) >= 2
        # A lone goal line is money, but no proof: it needs an appeal or a form beside it.
        return _Line(_Kind.PROGRESS, 2 if strong else 0, (raised or [labels[0].group()])[0])

    def _read_minor(self, text: str) -> _Line | None:
        """A bare number, or a label of a payment form ("Other amount", "Monthly")."""
        if len(text) > _MAX_ROW_CHARS:
            return None
        if self._number.fullmatch(text):
            return _Line(_Kind.NUMBER, 0)
        words = self._words(text)
        if words > _MAX_LABEL_WORDS:
            return None
        if self._label_line.fullmatch(text):
            weight = 1 if self._donation_label.search(text) else 0
            return _Line(_Kind.LABEL, weight, text)
        if words <= _MAX_AMOUNT_WORD_LINE and self._amount_word.search(text):
            return _Line(_Kind.LABEL, 0, text)
        return None

    # -- judging boxes ------------------------------------------------------------------

    def _grow(self, kept: Sequence[Segment], found: dict[int, _Line]) -> None:
        """Add the lines right before and after a read line that belong to a box.

        The triggers miss form labels and amounts written with a rarer currency code
        ("Monthly", "10 EUR"); they are read here, where a box has already begun.
        """
        checked = set(found)
        for pos in sorted(found):
            for step in (-1, 1):
                at = pos + step
                while 0 <= at < len(kept) and at not in checked:
                    checked.add(at)
                    text = kept[at].text
                    line = self._read(text) if len(text) <= _MAX_CHARS else None
                    if line is None:
                        break
                    found[at] = line
                    at += step

    def _proof(self, box: _Box) -> str | None:
        """Why ``box`` is a donation box, in words for the reasons; None if unproven."""
        if box.weight >= 2 or (box.money and box.weight >= 1):
            box.witness = box.heaviest[0]
            return f"beside {_describe(*box.heaviest)}"
        if not box.money:
            return None
        amounts = [line for _, line in box.lines if line.kind in _AMOUNT_LINES]
        whole = all(v == int(v) for line in amounts for v in line.values)
        if box.first == 0 and len(amounts) >= 2 and whole:
            return (
                f"one of {len(amounts)} lines of bare amounts that open the page before any"
                " text: the figures of a donation box"
            )
        return None

    def _verdicts(self, box: _Box) -> Iterator[Verdict]:
        for seg, line in box.lines:
            if line.kind is _Kind.NUMBER and not box.money:
                continue  # a year or a count beside an appeal is not part of a form
            proof = box.proof or ""
            if seg is box.witness:  # the line that proves the box: say what stands beside it
                proof = "beside amounts of money" if box.money else "in a donation box"
            yield self.remove(seg, _reason(seg, line, proof))


def _boxes(kept: Sequence[Segment], found: dict[int, _Line]) -> list[_Box]:
    boxes: list[_Box] = []
    for pos in sorted(found):
        entry = (kept[pos], found[pos])
        if boxes and boxes[-1].last == pos - 1:
            boxes[-1].last = pos
            boxes[-1].lines.append(entry)
        else:
            boxes.append(_Box(pos, pos, [entry]))
    return boxes


def _prove_by_neighbours(boxes: list[_Box]) -> None:
    """An unproven box with money or an appeal goes when a proven box stands near."""
    proven = [box for box in boxes if box.proof is not None]
    for box in boxes:
        if box.proof is not None or not (box.money or box.weight):
            continue
        for other in proven:
            if other.last + _NEAR + 1 >= box.first and other.first - _NEAR - 1 <= box.last:
                box.proof = f"near {_describe(*other.heaviest)}"
                break


def _reason(seg: Segment, line: _Line, proof: str) -> str:
    if line.kind is _Kind.APPEAL or (line.kind is _Kind.SOFT_APPEAL and line.weight >= 2):
        return f"a donation appeal ({quote(line.phrase)}), not article text"
    if line.kind is _Kind.SOFT_APPEAL:
        return f"an appeal to readers ({quote(line.phrase)}) in a donation box, {proof}"
    if line.kind is _Kind.PROGRESS:
        return f"fundraising progress ({quote(line.phrase)}), part of a donation box"
    if line.kind is _Kind.AMOUNTS and line.weight:
        return "a row of suggested donation amounts beside a donation word, in rising steps"
    if line.kind is _Kind.AMOUNTS:
        return f"a row of suggested donation amounts, {proof}"
    if line.kind is _Kind.AMOUNT:
        return f"an amount of money alone on its line, {proof}"
    if line.kind is _Kind.NUMBER:
        return f"a bare number among the amounts of a donation box, {proof}"
    return f"a label of a donation form ({quote(seg.text)}), {proof}"


def _describe(seg: Segment, line: _Line) -> str:
    """The line that proves a box, as the reasons of the other lines name it."""
    if line.kind is _Kind.AMOUNTS:
        return f"the rising amounts {quote(seg.text)}"
    return quote(line.phrase or seg.text)


def _value(number: str) -> float:
    """The value of a NUMBER match: "2,500" is 2500, "2,50" is 2.5, "27.–" is 27."""
    parts = _PARTS.fullmatch(number)
    if parts is None:  # not a NUMBER match: no value
        return 0.0
    whole = int("".join(c for c in parts["whole"] if c.isdigit()) or "0")
    cents = parts["cents"] or ""
    return whole + (int(cents) / 10 ** len(cents) if cents.isdigit() else 0.0)


def _is_ladder(values: Sequence[float]) -> bool:
    """Rising round amounts (3, 5, 10, 25, 50; 2.50): the choices of a donation form."""
    rising = all(a < b for a, b in pairwise(values))
    return rising and all(v * 2 == int(v * 2) and (v < 10 or v % 5 == 0) for v in values)


def _check_triggers() -> None:
    """Every appeal phrase must hold a trigger stem, or the rule would never read it.

    Phrases are matched in lower-cased text, so they must be written in lower case.
    """
    for phrase in [*fragments(APPEALS), *fragments(SOFT_APPEALS)]:
        if phrase != phrase.lower():
            raise ValueError(f"donation appeal {phrase!r} must be written in lower case")
        if not any(stem in phrase for stem in TRIGGERS):
            raise ValueError(f"donation appeal {phrase!r} holds none of the trigger stems")
