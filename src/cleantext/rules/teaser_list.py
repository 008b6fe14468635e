"""Lists of teasers after the article: the same small unit of lines, again and again.

Why: under an article, news sites list other articles, each as the same few lines: a
headline, often a one-sentence standfirst, and a date ("5H ago", "2 days ago", "vor 3
Stunden", "19.11.2019"), an author's name or a section label ("Company Town", "World").
Such a list often has no marker line above it, and its standfirsts are full sentences,
so that a judgement of single lines cannot tell it from the article. The repetition is
the evidence: an article does not repeat a unit of headline, sentence and date three
times or more.

Chinese and Japanese lines count by characters where other languages count words: four
such characters make a headline, forty a line of body text.

Each line gets a coarse shape: a date, a count ("2"), a short name or label (one to four
capitalised words), a long paragraph, or text. A run in which the shapes repeat with a
period of two to six lines, three units or more, is a teaser list when every unit holds
a headline (a line that does not end like a sentence) beside a date, a count, or a name
or label, and no long paragraph.

A list may also come without any date or label: headline, standfirst, headline,
standfirst. Then the units themselves must show the template: three or more (four
unless the standfirsts were cut short with "..." or are all of one length) of distinct
headlines of at most 16 words, each shorter than the standfirsts, and standfirsts of
one or two sentences under 400 characters whose lengths differ by less than a factor
of 2.5; and the article above must be longer than the list (half as long for cut
standfirsts) and three times longer than any text after it.

Removes:
    * such a run after the article: there is more body text before the run than after
      it (runs at the top of the page, before the article, are left to other rules);
    * the lines of the run that earlier rules left (a date line may already be gone).

Keeps:
    * subheadings followed by their paragraphs (no date, count or name in the unit, and
      no headline beside the paragraph; without a date, paragraphs of varied length,
      a third sentence, or an article no longer than the list);
    * numbered steps, lists of features or of sources: their units hold no headline
      beside a date, count or name, or they stand where the article goes on after them;
    * runs of fewer than three units, and units with a paragraph of more than
      500 characters (that is body text, not a standfirst);
    * the title and everything above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from statistics import median

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ._dates import DateGrammar, Level

# A standfirst stays under this; a longer line is a paragraph of the article.
_BLURB_MAX_CHARS = 500
# A line at either end of a run that is twice as long as its fellows (and this much
# more) does not belong to the run.
_SLACK_CHARS = 40
# Units of two to six lines: headline and date; label, headline, standfirst, author, date.
_MIN_PERIOD, _MAX_PERIOD = 2, 6
_MIN_UNITS = 3
# A date line may carry a few words after the date ("16 hours ago on iOS Blog").
_DATE_MAX_WORDS = 10
_DATE_TAIL_WORDS = 3
# A name or label: "World", "Company Town", "Sen. David Perdue", "AUTO NEWS".
_NAME_MAX_WORDS = 4
_BODY_MIN_CJK_CHARS = 40
# A standfirst is a sentence of at least this many words.
_STANDFIRST_MIN_WORDS = 5
# Body text, for the question "is this after the article?": lines of this many words.
_BODY_MIN_WORDS = 8
# Most units must hold their headline, date and name; one unit in three may lack one.
_SHARE = 2 / 3

DATE, COUNT, NAME, TEXT, LONG = "d", "c", "n", "t", "p"
_ANCHORS = frozenset({DATE, COUNT, NAME})
# Classes of a list without dates: headline, label or name, standfirst.
HEAD, NAME_, BLURB = "H", "N", "B"
# Without a date, a unit's standfirst is one or two sentences (a third may be cut
# short) of at most 400 characters, median 350, all within a factor of 2.5 of each
# other in length; its headline has at most 16 words.
_BARE_BLURB_MAX_CHARS = 400
_BARE_MEDIAN_MAX = 350
_BARE_MAX_STOPS = 3
_BARE_SPREAD = 2.5
# Units at the ends of a list whose standfirst is 1.6 times longer or shorter than the
# median are no part of it.
_BARE_TRIM = 1.6
# Standfirsts within 15 % of each other's length were cut by a template.
_BARE_SAME = 1.15
# Without such a cut, a list needs four units, and the article must be longer than the
# list (with it, half as long).
_BARE_MIN_UNITS = 4
_BARE_HEAD_MAX_WORDS = 16


class TeaserList(Rule):
    name = "teaser_list"
    summary = "Repeated units of headline, standfirst and date or author after the article."
    tags = ("related", "footer", "links", "structure")
    context = False  # the shapes are read from the text; only the body count looks at kept

    def __init__(self) -> None:
        self._dates = DateGrammar()
        self._count = re.compile(r"[(\[]?\d{1,3}[)\]]?")
        # Every word capitalised (or a joiner such as "&", "of", "de"), no digits.
        self._name_word = re.compile(r"(?:[^\W\d_][\w.'’-]*|&|\+|and|of|de|la|von|van)")
        self._sentence_end = re.compile(r"[.!?…。！？][\"'”’»)」』]*$")
        self._digit = re.compile(r"\d")
        self._year = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
        self._cjk = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{4}")
        self._word = re.compile(r"[^\W\d_]{2,}")
        self._bare_unit = re.compile(r"((?:[HN]B){3,})|(?:N[HN]B|HNB){3,}")
        # A standfirst cut short: "... and the" + "..." and perhaps a link's words.
        self._cut_short = re.compile(r"\S\s*(?:\.\.\.|…)(?:\s+\S+){0,2}$")
        self._sentence_stop = re.compile(r"[.!?。！？](?:\s|$)")
        self._headline_end = re.compile(r"(?:[.:;,。：；，]|[^.]\.[\"'”’»)]?)$")

    def judge(self, doc: Document) -> Iterator[Verdict]:
        segments = doc.segments
        if len(segments) < _MIN_PERIOD * _MIN_UNITS:
            return
        shapes = [self._shape(seg.text) for seg in segments]
        runs = self._runs(shapes, segments)
        weights = self._body_weights(doc, runs)
        first = doc.title.index + 1 if doc.title is not None else 0
        taken: set[int] = set()
        for run in runs:
            after = max(2 * sum(weights[run.end :]), run.chars(segments) // 2)
            if run.start < first or sum(weights[: run.start]) <= after:
                continue  # in the page header, or the article goes on after the list
            if self._introduced(doc, segments[run.start]):
                continue
            reason = (
                f"a teaser in a list of {run.units} other articles after the text"
                f" (each a headline with {run.anchor})"
            )
            taken.update(range(run.start, run.end))
            for seg in segments[run.start : run.end]:
                if doc.is_kept(seg):
                    yield self.remove(seg, reason)
        for seg, reason in self._bare_lists(doc, weights):
            if seg.index >= first and seg.index not in taken:
                yield self.remove(seg, reason)

    def _bare_lists(self, doc: Document, weights: Sequence[int]) -> Iterator[tuple[Segment, str]]:
        """Lists of headline and standfirst (perhaps with a label or an author) with no
        date: the units must be alike, short, and stand well after the article."""
        kept = [seg for seg in doc.segments if doc.is_kept(seg)]
        classes = {seg.index: self._bare_class(seg.text) for seg in kept}
        line = "".join(classes.values())
        for match in self._bare_unit.finditer(line):
            period = 2 if match.group(1) else 3
            units = self._bare_units(kept[match.start() : match.end()], period)
            if units is None:
                continue
            run = [seg for unit in units for seg in unit]
            heads = [seg.text for seg in run if classes[seg.index] == HEAD]
            blurbs = [unit[-1].text for unit in units]
            strong = self._bare_strong(blurbs)
            if not self._bare_alike(heads, blurbs, strong):
                continue
            chars = sum(len(seg.text) for seg in run)
            before = sum(weights[: run[0].index])
            after = sum(weights[run[-1].index + 1 :])
            if before < max(chars // (2 if strong else 1), 3 * after):
                continue  # the article is not much longer than the list: keep it
            if self._introduced(doc, run[0]):
                continue
            reason = (
                f"a teaser in a list of {len(blurbs)} other articles after the text"
                " (each a headline and a short standfirst, all alike)"
            )
            for seg in run:
                yield seg, reason

    @staticmethod
    def _bare_units(run: Sequence[Segment], period: int) -> list[Sequence[Segment]] | None:
        """The run's units, less those at either end whose standfirst is much longer or
        shorter than the others' (the article's last paragraph, a caption)."""
        units = [run[pos : pos + period] for pos in range(0, len(run) - period + 1, period)]
        middle = median(len(unit[-1].text) for unit in units)

        def odd(unit: Sequence[Segment]) -> bool:
            size = len(unit[-1].text)
            return not middle / _BARE_TRIM <= size <= middle * _BARE_TRIM

        while units and odd(units[0]):
            units.pop(0)
        while units and odd(units[-1]):
            units.pop()
        return units if len(units) >= _MIN_UNITS else None

    def _bare_strong(self, blurbs: Sequence[str]) -> bool:
        """Most standfirsts cut short ("..."), or all of one length: a site's template
        cut them, no writer."""
        cut = sum(1 for b in blurbs if self._cut_short.search(b) is not None)
        sizes = [len(b) for b in blurbs]
        return cut >= _SHARE * len(blurbs) or max(sizes) <= _BARE_SAME * min(sizes)

    def _bare_class(self, text: str) -> str:
        """H: a headline, N: a label or a name, B: a short standfirst, else x."""
        words = text.split()
        if not words or len(text) > _BARE_BLURB_MAX_CHARS:
            return "x"
        if len(words) <= _NAME_MAX_WORDS and self._is_name(words):
            return NAME_
        short = len(words) <= _BARE_HEAD_MAX_WORDS or self._cjk.search(text) is not None
        if short and self._is_headline(text) and not text.endswith(("?", "？")):
            return HEAD
        if len(self._sentence_stop.findall(text)) > _BARE_MAX_STOPS:
            return "x"
        if self._is_standfirst(text) or self._cut_short.search(text) is not None:
            return BLURB
        return "x"

    def _bare_alike(self, heads: Sequence[str], blurbs: Sequence[str], strong: bool) -> bool:
        """Distinct headlines, each shorter than the standfirsts, which are alike in length;
        four units or more unless the standfirsts were cut by a template."""
        if len(blurbs) < (_MIN_UNITS if strong else _BARE_MIN_UNITS):
            return False
        if len(set(heads)) < len(blurbs) or len(set(blurbs)) < len(blurbs):
            return False
        sizes = [len(b) for b in blurbs]
        if max(sizes) > _BARE_SPREAD * min(sizes) or median(sizes) > _BARE_MEDIAN_MAX:
            return False
        return max(len(h) for h in heads) < median(sizes)

    def _introduced(self, doc: Document, first: Segment) -> bool:
        """The line before the list leads into it ("Here are the places:"): the list is
        part of the article."""
        pos = first.index - 1
        while pos >= 0 and not doc.is_kept(doc.segments[pos]):
            pos -= 1
        return pos >= 0 and doc.segments[pos].text.endswith((":", "："))

    def _shape(self, text: str) -> str:
        """The coarse shape of one line: date, count, name, long paragraph or text."""
        if len(text) > _BLURB_MAX_CHARS:
            return LONG
        words = text.split()
        # Teasers' dates hold a digit ("5H ago", "Nov 18", "vor 3 Stunden"): a cheap test.
        if (
            len(words) <= _DATE_MAX_WORDS
            and self._digit.search(text)
            and self._is_date(text, words)
        ):
            return DATE
        if self._count.fullmatch(text):
            return COUNT
        if len(words) <= _NAME_MAX_WORDS and self._is_name(words):
            return NAME
        return TEXT

    def _is_date(self, text: str, words: Sequence[str]) -> bool:
        """A date, perhaps after one word ("updated 16M ago", "Posted 2 days ago")."""
        level, end = self._dates.prefix(text)
        if level == Level.NONE and len(words) > 1 and self._dates.is_date_word(words[1]):
            text = text[len(words[0]) :].lstrip()
            level, end = self._dates.prefix(text)
        if level == Level.PART and self._year.search(text[:end]) is not None:
            return False  # "March 2014": a month of a CV or a timeline, not a teaser's date
        return level >= Level.PART and len(text[end:].split()) <= _DATE_TAIL_WORDS

    def _is_name(self, words: Sequence[str]) -> bool:
        """Capitalised words without digits and without a sentence's end."""
        if words[-1].endswith((".", ":", "!", "?", ",")) and not words[-1][:-1].isupper():
            return False
        capitals = 0
        for word in words:
            if self._name_word.fullmatch(word) is None:
                return False
            capitals += word[:1].isupper()
        return capitals > 0 and capitals >= len(words) - 1 and words[0][:1].isupper()

    def _runs(self, shapes: Sequence[str], segments: Sequence[Segment]) -> list[_Run]:
        """Teaser lists: stretches whose shapes repeat with a period of two to six lines,
        shortest period first, that hold teasers and overlap no list found before."""
        taken = [False] * len(shapes)
        runs: list[_Run] = []
        for period in range(_MIN_PERIOD, _MAX_PERIOD + 1):
            start = 0
            while start + period < len(shapes):
                end = start
                while end + period < len(shapes) and shapes[end] == shapes[end + period]:
                    end += 1
                stop = end + period
                if end - start >= period * (_MIN_UNITS - 1) and not any(taken[start:stop]):
                    unit = tuple(shapes[start : start + period])
                    found = None
                    if _ANCHORS & set(unit) and TEXT in unit and LONG not in unit:
                        found = self._teasers(_Run(start, stop, period, unit), segments)
                    if found is not None:
                        taken[found.start : found.end] = [True] * (found.end - found.start)
                        runs.append(found)
                start = end + 1 if end > start else start + 1
        return runs

    def _teasers(self, run: _Run, segments: Sequence[Segment]) -> _Run | None:
        """The run's longest stretch of whole units that fit its pattern, if it holds
        three units or more with a headline and a date, count or name each."""
        heads = [self._is_headline(seg.text) for seg in segments[run.start : run.end]]
        period = run.period
        majority: dict[int, bool] = {}
        for slot, shape in enumerate(run.unit):
            column = heads[slot::period]
            share = sum(column) / len(column)
            if shape == TEXT and (share >= _SHARE or share <= 1 - _SHARE):
                majority[slot] = share >= _SHARE
        if True not in majority.values():
            return None  # no headline in the unit: subheadings and their paragraphs

        sizes = [len(seg.text) for seg in segments[run.start : run.end]]
        limits = [2 * median(sizes[slot::period]) + _SLACK_CHARS for slot in range(period)]

        def fits_line(pos: int) -> bool:
            # A headline where the others have one, and no text much longer than theirs
            # (the article's last paragraph under its subheading is no standfirst).
            head = majority.get(pos % period, heads[pos]) == heads[pos]
            return head and sizes[pos] <= limits[pos % period]

        def fits(pos: int) -> bool:
            return all(fits_line(pos + k) for k in range(period))

        best: tuple[int, int, int, int] | None = None  # units, rank, -start, end
        for first in range(period):
            # A unit opens with its headline or its label, not with a date or standfirst.
            rank = 0 if majority.get(first) or run.unit[first] == NAME else -1
            start, count = first, (len(heads) - first) // period
            while count and not fits(start):
                start, count = start + period, count - 1
            while count and not fits(start + (count - 1) * period):
                count -= 1
            end = start + count * period
            while count and end < len(heads) and fits_line(end):
                end += 1  # the lines of a last, partial unit
            if best is None or (count, rank, -start) > best[:3]:
                best = (count, rank, -start, end)
        assert best is not None
        count, _, start, end = best
        unit = run.unit[-start % period :] + run.unit[: -start % period]
        trimmed = _Run(run.start - start, run.start + end, period, unit)
        if count < _MIN_UNITS:
            return None
        return trimmed if self._anchored(trimmed, segments) else None

    def _anchored(self, run: _Run, segments: Sequence[Segment]) -> bool:
        """Distinct headlines, each beside a date or count, the same label again, or a
        line given twice (a teaser's label and headline stand once over its picture and
        once beside it)."""
        units = run.units  # whole units only: a last, partial unit has no say
        columns = [
            [seg.text for seg in segments[run.start + slot : run.end : run.period]][:units]
            for slot in range(run.period)
        ]
        heads = [
            col
            for slot, col in enumerate(columns)
            if run.unit[slot] == TEXT and _share(col, self._is_headline) >= _SHARE
        ]
        if not any(len(set(col)) >= _SHARE * units for col in heads):
            return False  # the same line again and again is a widget, not a teaser list
        if DATE in run.unit or COUNT in run.unit:
            return True
        if not any(
            run.unit[slot] == TEXT and _share(col, self._is_standfirst) >= _SHARE
            for slot, col in enumerate(columns)
        ):
            return False  # labels need a standfirst too: a shop box has labels and prices
        if any(
            run.unit[slot] == NAME and len(set(col)) < units for slot, col in enumerate(columns)
        ):
            return True
        return any(
            sum(a == b for a, b in zip(columns[i], columns[j], strict=False)) >= _SHARE * units
            for i in range(run.period)
            for j in range(i + 1, run.period)
        )

    def _is_standfirst(self, text: str) -> bool:
        """A sentence of some words ("2008" or "Prize, 2015" is no standfirst)."""
        words = len(text.split()) >= _STANDFIRST_MIN_WORDS or self._cjk.search(text) is not None
        return words and self._sentence_end.search(text) is not None

    def _is_sentence(self, seg: Segment) -> bool:
        """A line of body text: a sentence of eight words, or of 40 characters in Chinese or
        Japanese, which put no spaces between words."""
        long = seg.words >= _BODY_MIN_WORDS or (
            len(seg.text) >= _BODY_MIN_CJK_CHARS and self._cjk.search(seg.text) is not None
        )
        return long and self._sentence_end.search(seg.text) is not None

    def _is_headline(self, text: str) -> bool:
        """Two words or more that do not end like a sentence or a lead-in ("299 Euro" is
        a price, not a headline)."""
        if self._headline_end.search(text) is not None and not text.endswith("..."):
            return False
        return len(self._word.findall(text)) >= 2 or self._cjk.search(text) is not None

    def _body_weights(self, doc: Document, runs: Sequence[_Run]) -> list[int]:
        """Per segment: its length if it is a kept paragraph outside every run, else 0.

        A paragraph is a sentence of some words beside another one: the standfirst of a
        teaser stands between its headline and its date, so it never counts.
        """
        inside = [False] * len(doc.segments)
        for run in runs:
            for pos in range(run.start, run.end):
                inside[pos] = True
        sentences = [self._is_sentence(seg) for seg in doc.segments]
        weights = [0] * len(doc.segments)
        for pos, seg in enumerate(doc.segments):
            paired = (pos > 0 and sentences[pos - 1]) or (
                pos + 1 < len(sentences) and sentences[pos + 1]
            )
            if sentences[pos] and paired and not inside[pos] and doc.is_kept(seg):
                weights[pos] = len(seg.text)
        return weights


def _share(texts: Sequence[str], test: Callable[[str], bool]) -> float:
    return sum(1 for t in texts if test(t)) / len(texts)


@dataclass(frozen=True, slots=True)
class _Run:
    """A stretch of segments ``[start, end)`` whose shapes repeat every ``period`` lines."""

    start: int
    end: int
    period: int
    unit: tuple[str, ...]

    @property
    def units(self) -> int:
        return (self.end - self.start) // self.period

    def chars(self, segments: Sequence[Segment]) -> int:
        """The length of the run's text lines: a list twice as long as the text before
        it is no footer under an article (a live blog, a page of entries)."""
        return sum(
            len(seg.text)
            for pos, seg in enumerate(segments[self.start : self.end])
            if self.unit[pos % self.period] == TEXT
        )

    @property
    def anchor(self) -> str:
        if DATE in self.unit:
            return "a date"
        if COUNT in self.unit:
            return "a count"
        return "a name or label"
