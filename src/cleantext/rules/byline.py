"""Bylines, datelines and reading-time lines.

Why: above (and sometimes below) an article stand its metadata: who wrote it, when it
was published or updated, how long it takes to read ("By Jane Doe | 12 March 2024, 10:31
| 5 min read"). They are not part of the article's text, and benchmarks of article
bodies leave them out.

A line is cut into fields at separators ("|", "•", "·", a spaced dash or slash), and
every field must be one of:
    * a byline: "by" in nine languages ("By", "Von", "Par", "Por", "Di", "Door", "Posted
      by") and names ("Jane Doe", "Jean de La Fontaine", "JANE DOE and JOHN ROE", "Eva
      Roe, Example Times") or a news agency ("By Reuters"), or a label and a colon
      ("Author: ...", "Autor: ...", "Автор: ...", "作者：..."), optionally with a date
      after the names (the names are read by ``cleantext.rules._names``);
    * a date with a date marker ("Published 12 March 2024, 10:31", "Updated: 3 hours ago",
      "Veröffentlicht am 12.03.2024", "Publié le 12 mars 2024", "Pubblicato il ...",
      "发布时间：2024-03-12"), maybe with a byline ("Posted on 12 March 2024 by admin");
    * a date on its own, with a day in a month ("Tuesday, 12 March 2024", "12.03.2024",
      "2024年3月12日"); dates are read by a grammar, not by phrases
      (``cleantext.rules._dates``);
    * a reading time ("5 min read", "Lesezeit: 3 Minuten", "Temps de lecture : 4 min",
      "Время чтения: 5 минут", "阅读时间：3分钟");
    * beside one of these: a comment count ("12 Comments"); after a byline, a short note
      without a full stop ("Staff Writer", "Special to the Example Post"); after a dated
      field, a source of up to four words ("Updated 12 March 2024 / CBS News").

Removes such lines, up to 200 characters, and a byline split over two lines: "By" or
"Author:" alone on its line and a full name on the next.

Keeps:
    * sentences and headlines that begin like a byline ("By the end of the year, ...",
      "By Monday, the team ...", "Di Maio said ...", "Door to door ...", "Von Menschen
      und Mäusen"): after "by" must come names, each of two words or more, or one name and
      a date; a name is capitalised and is no date word nor a word such as "The";
    * dates inside sentences and a dateline that opens a paragraph ("LONDON (Reuters) -
      The ..."): every field must be metadata, so a line with prose in it stays;
    * "Updated Police Identify Man ..." (a headline after a marker word: no date follows);
    * a line of two dates ("12 March 2024 | 20 January 2025": an event's dates, not the
      article's), and a date in brackets ("(Published Monday, March 18)"), which stands
      inside an article's text;
    * a Chinese or Japanese label without a colon before a line ("编辑" is also an "edit"
      button over a section heading);
    * a date under a generic label ("Date:", "Datum:", "Fecha:") next to other "Label:
      value" lines: a field of a table in the article (a photo's details), not its date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.byline import (
    AUTHOR_LABELS,
    BYLINE_MARKERS,
    DATE_MARKERS,
    FIELD_LABELS,
    READING_TIME,
)
from ..vocab.caption import NEWS_AGENCIES
from ._dates import DateGrammar, Level
from ._names import NameGrammar
from ._openers import Openers

# Fields of a metadata line: "By Jane Doe | 12 March 2024 • 5 min read".
_FIELDS = regex.compile(r"\s*[|•·／]\s*|\s+[-–—/]{1,2}\s+|\s*[–—]\s+")
# "12 Comments", "Kommentare: 3": a companion of a date or a byline, never alone.
_COMMENTS = (
    r"comments?|kommentare?|commentaires?|comentarios?|commenti|commento|comentários?"
    r"|комментари\w*|reacties?|komentarz\w*|评论|コメント"
)
_NUMBER = (
    r"(?:ca\.?\s*|~\s*|about\s*|environ\s*|circa\s*|около\s*|约)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
)
# "Label: value", a field of a table: "Ort: Kasberg", "Exposure time: 3 minutes".
_FIELD_LINE = regex.compile(r"[\p{L}][\p{L} .'-]{1,30}\s*:\s*\S")
_MAX_CHARS = 200
_MAX_NOTE_WORDS = 8  # "Special to the Example Post"
_MAX_SOURCE_WORDS = 4  # "CBS News" after a dated field
_LABELLED_MAX_WORDS = 6  # names after "Author:"
_NAME_MAX_CHARS = 60  # a name on its own line, after "By" on the line before


@dataclass(frozen=True, slots=True)
class _Field:
    """What one field of a line is."""

    kind: str  # "byline", "date", "dated", "reading", "comments", "note"
    strong: bool  # enough on its own to call the line metadata


class Byline(Rule):
    name = "byline"
    summary = "Bylines, datelines and reading-time lines."
    tags = ("byline", "dateline", "metadata", "multilingual")
    context = False

    def __init__(self) -> None:
        self._dates = DateGrammar()
        self._names = NameGrammar(self._dates)
        by = alternation(fragments(BYLINE_MARKERS))
        label = alternation(fragments(AUTHOR_LABELS))
        dated = alternation(fragments(DATE_MARKERS))
        self._by = regex.compile(rf"(?:{by})\s+(?=\S)", FLAGS)
        self._label = regex.compile(rf"(?:{label})\s*[:：]\s*(?=\S)", FLAGS)
        # "by" inside a dated field: "Posted on 12 March 2024 by Jane Doe".
        self._inner_by = regex.compile(rf"\s(?={by}\s)", FLAGS)
        self._field_label = regex.compile(rf"(?:{alternation(FIELD_LABELS)})\s*[:：]", FLAGS)
        # "By" or "Author:" alone on its line, the name on the next one.
        self._lone = regex.compile(rf"(?:{by}|{label})\s*[:：]?", FLAGS)
        self._dated = regex.compile(rf"(?:{dated})(?:\s*[:：]\s*|\s+|(?=\d))", FLAGS)
        agency = alternation(NEWS_AGENCIES)
        self._agencies = regex.compile(
            rf"{agency}(?:\s*(?:,|/|&|\band\b|\bund\b|\bet\b|\by\b)\s*{agency})*(?: staff)?",
            FLAGS,
        )
        reading = [f.replace("{n}", _NUMBER) for f in fragments(READING_TIME)]
        self._reading = regex.compile(rf"{alternation(reading)}[.!]?", FLAGS)
        self._reading_in = regex.compile(rf"(?<![\p{{L}}\p{{N}}.,]){alternation(reading)}", FLAGS)
        self._comments = regex.compile(
            rf"\d+\s+(?:{_COMMENTS})|(?:{_COMMENTS})\s*[:(]?\s*\d+\)?", FLAGS
        )
        # A cheap look at each line: it must start like a metadata line (a digit, a
        # marker, a month or weekday name).
        self._openers = Openers(
            [
                *fragments(BYLINE_MARKERS),
                *fragments(AUTHOR_LABELS),
                *fragments(DATE_MARKERS),
                *reading,
                *(re.escape(w) for w in self._dates.openers),
            ],
            digits=True,
        )

    def judge(self, doc: Document) -> Iterator[Verdict]:
        for seg in doc.kept():
            text = seg.text
            # "(Published Monday, March 18)" in brackets stands inside an article's text.
            if len(text) > _MAX_CHARS or text[0] == "(":
                continue
            if not self._openers.may_open(text) and not self._lead_date(text):
                continue
            reason = self._line(text)
            if reason is not None and self._field_of_table(seg, doc):
                continue  # "Datum: 31/08/2019" among "Ort: ...", "Uhrzeit: ..." fields
            if reason is not None:
                yield self.remove(seg, reason)
            elif self._lone.fullmatch(text):
                yield from self._split_byline(seg, doc)

    def _split_byline(self, seg: Segment, doc: Document) -> Iterator[Verdict]:
        """ "By" on one line and the author's name on the next."""
        marker = seg.text.rstrip(" :：")
        if not marker[0].isupper() and not marker[0].islower() and marker == seg.text:
            return  # "编辑" without a colon is an "edit" button as often as a label
        # The very next line (not the next kept one): the verdict stays this line's own.
        after = doc.segments[seg.index + 1] if seg.index + 1 < len(doc.segments) else None
        if after is None or not doc.is_kept(after) or len(after.text) > _NAME_MAX_CHARS:
            return
        names = self._names.read(after.text, labelled=False)
        named = names is not None and not names.dated and (names.full or names.staff)
        if not named and not self._agencies.fullmatch(after.text):
            return
        yield self.remove(seg, f"a byline marker {marker!r} before the author's name")
        yield self.remove(after, f"the author's name after {marker!r}")

    def _field_of_table(self, seg: Segment, doc: Document) -> bool:
        """True for "Date: ..." (a generic label) between "Label: value" lines: a field of
        a table in the article (a photo's details), not the article's date."""
        label = self._field_label.match(seg.text)
        if label is None:
            return False
        for step in (-1, 1):
            index = seg.index + step
            if 0 <= index < len(doc.segments):
                other = doc.segments[index].text
                # "Autor: Jane Doe" beside "Datum: ..." is metadata too, not a table.
                if _FIELD_LINE.match(other) and self._line(other) is None:
                    return True
        return False

    def _lead_date(self, text: str) -> bool:
        """ "am 12. März", "on March 12": a small word, then a date word or a number."""
        words = text.split(None, 2)
        if len(words) < 2 or words[0].lower() not in self._dates.leads:
            return False
        return self._dates.is_date_word(words[1])

    def _line(self, text: str) -> str | None:
        """The reason to remove a metadata line, or None."""
        judged: list[_Field] = []
        for part in self._parts(text):
            field = self._field(part) or self._note(part, judged)
            if field is None:
                return None
            judged.append(field)
        return self._verdict(judged, text) if judged else None

    def _parts(self, text: str) -> Iterator[str]:
        """The fields of a line; a reading time is a field of its own even without a
        separator ("By Jane Doe Feb 8, 2020 5 min read")."""
        for part in _FIELDS.split(text):
            if not part or part.isspace():
                continue
            lowered = part.lower()
            # Every reading time names its minutes: a cheap test before the search.
            maybe = "min" in lowered or "мин" in lowered or "分" in lowered
            found = self._reading_in.search(part) if maybe else None
            if found is None or found.group() == part:
                yield part
                continue
            for piece in (part[: found.start()], found.group(), part[found.end() :]):
                if piece.strip():
                    yield piece.strip()

    def _verdict(self, fields: Sequence[_Field], text: str) -> str | None:
        kinds = {f.kind for f in fields}
        # A weak byline ("By Pamela") counts beside a date: "By Pamela | 12 May 2019".
        if not any(f.strong for f in fields) and not (
            "byline" in kinds and kinds & {"date", "dated"}
        ):
            return None
        if kinds == {"date"} and sum(f.strong for f in fields) > 1:
            return None  # "12 March 2024 | 20 January 2025": an event's dates
        quoted = repr(text if len(text) <= 60 else text[:57] + "...")
        if "byline" in kinds:
            return f"a byline: {quoted}"
        if "dated" in kinds:
            return f"a publication date line: {quoted}"
        if "reading" in kinds and "date" not in kinds:
            return f"a reading-time note: {quoted}"
        return f"a date on a line of its own: {quoted}"

    def _field(self, text: str) -> _Field | None:
        """The field ``text`` as metadata, or None when it is something else."""
        if not text[0].isdigit():
            dated = self._dated.match(text)
            if dated is not None and (field := self._dated_field(text[dated.end() :])):
                return field
        level = self._dates.level(text)
        if level:
            return _Field("date", strong=level == Level.FULL)
        if self._reading.fullmatch(text):
            return _Field("reading", strong=True)
        if self._comments.fullmatch(text):
            return _Field("comments", strong=False)
        return None if text[0].isdigit() else self._byline(text)

    def _dated_field(self, rest: str) -> _Field | None:
        """After a date marker: a date, maybe with a byline after it or before it
        ("Posted on 12 March 2024 by Jane Doe", "Veröffentlicht von Jane Doe 12.03.2024")."""
        if self._dates.level(rest):
            return _Field("dated", strong=True)
        if self._by.match(rest) is not None:
            byline = self._byline(rest)
            return byline if byline is not None and byline.strong else None
        inner = self._inner_by.search(rest)
        if inner is None or not self._dates.level(rest[: inner.start()]):
            return None
        if self._byline(rest[inner.end() :], dated=True) is None:
            return None
        return _Field("byline", strong=True)

    def _byline(self, text: str, *, dated: bool = False) -> _Field | None:
        """ "By" and names (and maybe a date), or a label, a colon and names."""
        label = self._label.match(text)
        match = label or self._by.match(text)
        if match is None:
            return None
        if self._agencies.fullmatch(text, match.end()):
            return _Field("byline", strong=True)  # "By Reuters", "Von dpa", "By AP and AFP"
        names = self._names.read(text[match.end() :], labelled=label is not None)
        if names is None:
            return None
        dated = dated or names.dated
        if names.lower_case and not dated and label is None:
            return None  # "by subject", "von anderen": a sort order or a phrase
        labelled = label is not None and names.words <= _LABELLED_MAX_WORDS
        strong = names.full or names.staff or labelled or dated
        return _Field("byline", strong=strong)

    @staticmethod
    def _note(text: str, before: Sequence[_Field]) -> _Field | None:
        """A short note after a byline ("Staff Writer", "Special to the Example Post") or
        after a date with its marker ("Updated 12 March 2024 / CBS News")."""
        kinds = {f.kind for f in before}
        if "byline" in kinds:
            most = _MAX_NOTE_WORDS
        elif "dated" in kinds:
            most = _MAX_SOURCE_WORDS
        else:
            return None
        if len(text.split()) > most or text[-1] in ".!?" or not text[0].isupper():
            return None
        return _Field("note", strong=False)
