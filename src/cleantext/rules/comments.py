"""Comment sections: their markers, forms and the thread of comments after them.

Why: blog posts and news articles end with the readers' comments: a heading ("Leave a
reply", "23 Comments", "Kommentare", "Laisser un commentaire"), a form ("Your email
address will not be published"), and a thread of comments, each with an author and date
line, a body and a "Reply" button. None of it is the article.

Removes:
    * marker lines ("Leave a reply", "Leave a comment", "23 Comments", "Show comments",
      "Kommentar schreiben", "Laisser un commentaire", "Deja un comentario", "Lascia un
      commento", "Deixe um comentário", "Reacties", "Komentarze", "Комментарии"), "3
      thoughts on “Title”" lines, and headings of comment boxes ("Recent comments");
    * lines saying there is no thread ("Comments are closed", "No comments yet");
    * the lines of a comment form ("Your email address will not be published.",
      "Required fields are marked *", "Cancel reply", "Post comment");
    * reply buttons ("Reply", "Antworten", "Répondre", "Ответить"), alone or ending an
      author and date line ("Ben 19. Juni 2018 um 15:28 Uhr - Antworten");
    * the thread after a marker: every line from the marker to the last line that shows
      a comment (a reply button, an author line "Anna says:", a date line, a form line),
      as long as such lines follow one another closely; when each comment opens with its
      author line, the paragraphs of the last comment go too.

Keeps:
    * the article before a marker: a thread only runs forward from its marker;
    * what follows a marker that no comment follows (a link "Comments (4)" in the byline
      above the article): only the marker line goes;
    * a marker near the top of the page, before the article's paragraphs (a comment
      count beside the byline), never opens a thread;
    * a one-word marker ("Comments", "Kommentare") between two paragraphs, which may be a
      subheading, unless a thread follows it;
    * sentences that use the words ("Readers left 300 comments on the post.", "She says:
      the plan works."): a phrase must fill its line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.comments import (
    CLOSED,
    FORM,
    MARKERS,
    REPLY,
    REPLY_STEMS,
    SAYS,
    TRIGGER_STEMS,
    WIDGETS,
)
from ._dates import DateGrammar, Level
from ._phrase_line import check_triggers, trie
from ._runs import PROSE_MIN_CHARS, PROSE_MIN_WORDS

Kind = Literal["marker", "widget", "closed", "form", "button", "reply", "says", "date"]
# The kinds of line that open a comment: its author and date.
_OPENERS = frozenset({"reply", "says", "date"})
# The kinds of line that show a comment (or its form) is here; a marker shows nothing.
_SIGNS = _OPENERS | {"button", "form"}

_MAX_CHARS = 250  # no comment phrase line is longer than this
_DATE_MAX_CHARS = 60  # a date line of a comment
_REPLY_LINE_WORDS = 15  # an author and date line that ends with a reply button
_NAME_WORDS = 5  # the author's name before "says:"
# A thread: comments follow one another closely. After the marker, the first sign of a
# comment stands within _FIRST_GAP lines; later, a comment body (and what stands
# between two comments) is at most _GAP lines long.
_FIRST_GAP = 6
_GAP = 12
# A marker opens a thread only after the article: this many characters of paragraphs
# must come before it (a comment count beside the byline stands above the article).
_ARTICLE_CHARS = 250
_TAIL = r"[\s:：.…!*»›>→()\[\]|↓↑-]*"
_EXTRA_BUTTONS = r"(?:like|report|delete|edit|share|löschen|melden|bearbeiten|teilen)"


@dataclass(frozen=True, slots=True)
class _Line:
    """A kept line and what kind of comment line it is (None: none)."""

    seg: Segment
    kind: Kind | None
    prose: bool


class Comments(Rule):
    name = "comments"
    summary = "Comment sections: markers (Leave a reply) and the thread after them."
    tags = ("comments", "multilingual")

    def __init__(self) -> None:
        def whole(by_language: dict[str, tuple[str, ...]]) -> regex.Pattern[str]:
            return regex.compile(rf"{alternation(fragments(by_language))}{_TAIL}", FLAGS)

        self._marker = whole(MARKERS)
        self._widget = whole(WIDGETS)
        self._closed = whole(CLOSED)
        self._form = whole(FORM)
        phrases = [fragments(group) for group in (MARKERS, WIDGETS, CLOSED, FORM)]
        check_triggers(phrases, TRIGGER_STEMS)
        check_triggers([fragments(REPLY)], REPLY_STEMS)
        self._trigger = re.compile("|".join(TRIGGER_STEMS))  # "e-?mail" is a pattern
        self._reply_stem = re.compile(trie(REPLY_STEMS))
        reply = alternation(fragments(REPLY))
        buttons = rf"(?:{_EXTRA_BUTTONS}|{reply})"
        self._reply = regex.compile(rf"(?:{buttons}\s+)*{reply}(?:\s+{buttons})*{_TAIL}", FLAGS)
        # An author and date line that ends with the reply button: "Ben, 19 June 2018 -
        # Reply". Without a separator before the button, the line must hold a date (a
        # digit): "Wir wollen Antworten" is a headline.
        self._reply_end = regex.compile(
            rf"\S.*(?:\s[-–—|•·\[(]\s*{reply}|\d.*\s{reply}){_TAIL}", FLAGS
        )
        says = alternation(fragments(SAYS))
        self._says = regex.compile(rf"(?P<name>\S.{{0,60}}?)\s{says}\s*:(?:\s.*)?", FLAGS)
        self._dates = DateGrammar()

    def judge(self, doc: Document) -> Iterator[Verdict]:
        kept = list(doc.kept())
        if not kept:
            return
        lines = [self._line(seg) for seg in kept]
        taken = {p: r for p in range(len(lines)) if (r := self._alone(lines, p)) is not None}
        for start, end, marker in self._threads(doc, kept, lines):
            for pos in range(start, end):
                taken.setdefault(pos, f"part of the comment thread after {marker!r}")
        for pos in sorted(taken):
            yield self.remove(kept[pos], taken[pos])

    def _line(self, seg: Segment) -> _Line:
        text = seg.text
        if len(text) > _MAX_CHARS:
            return _Line(seg, None, True)
        prose = len(text) >= PROSE_MIN_CHARS or len(text.split()) >= PROSE_MIN_WORDS
        return _Line(seg, self._kind(text), prose)

    def _kind(self, text: str) -> Kind | None:
        """The kind of comment line, bar dates (see ``_is_date``); cheap tests first."""
        lowered = text.lower()
        if self._trigger.search(lowered) is not None:
            for kind, pattern in (
                ("form", self._form),
                ("closed", self._closed),
                ("widget", self._widget),
                ("marker", self._marker),
            ):
                if pattern.fullmatch(text):
                    return kind  # type: ignore[return-value]  # the loop's literals
        if self._reply_stem.search(lowered) is not None:
            if self._reply.fullmatch(text):
                return "button"
            if len(text.split()) <= _REPLY_LINE_WORDS and self._reply_end.fullmatch(text):
                return "reply"
        if ":" in text:
            says = self._says.fullmatch(text)
            if says is not None and len(says.group("name").split()) <= _NAME_WORDS:
                return "says"
        return None

    def _is_date(self, line: _Line) -> bool:
        """A date line ("March 3, 2021 at 10:12 am"): asked only inside a thread."""
        text = line.seg.text
        return len(text) <= _DATE_MAX_CHARS and self._dates.level(text) == Level.FULL

    def _alone(self, lines: Sequence[_Line], pos: int) -> str | None:
        """The reason to remove a comment line wherever it stands, or None."""
        line = lines[pos]
        text = line.seg.text
        if line.kind == "form":
            return f"a line of the comment form, {text!r}"
        if line.kind == "closed":
            return f"a note that there are no comments, {text!r}"
        if line.kind == "widget":
            return f"the heading of a box of comments, {text!r}"
        if line.kind == "button":
            return f"a comment's reply button, {text!r}"
        if line.kind == "reply":
            return f"a comment's author line with its reply button, {text!r}"
        if line.kind == "marker":
            if len(text.split()) == 1 and _between_paragraphs(lines, pos):
                return None  # "Comments" between two paragraphs may be a subheading
            return f"the comment section's marker {text!r}"
        return None

    def _threads(
        self, doc: Document, kept: Sequence[Segment], lines: Sequence[_Line]
    ) -> Iterator[tuple[int, int, str]]:
        """``(start, end, marker)``: the kept lines of each comment thread."""
        article = _prose_before(lines)
        resume = 0
        for start, after, marker in self._anchors(doc, kept, lines):
            if start < resume or article[start] < _ARTICLE_CHARS:
                continue
            end = self._thread_end(lines, after)
            if end is None:
                continue
            yield start, end, marker
            resume = end

    def _anchors(
        self, doc: Document, kept: Sequence[Segment], lines: Sequence[_Line]
    ) -> Iterator[tuple[int, int, str]]:
        """Each marker: where its thread starts and where its comments may start.

        A marker that an earlier rule removed (a comment count) still marks the place.
        """
        positions = [seg.index for seg in kept]
        title = doc.title.index if doc.title is not None else -1
        for seg in doc.segments:
            if len(seg.text) > _MAX_CHARS or seg.index == title:
                continue
            pos = bisect_left(positions, seg.index)
            if doc.is_kept(seg):
                if lines[pos].kind == "marker":
                    yield pos, pos + 1, seg.text
            elif self._trigger.search(seg.text.lower()) and self._marker.fullmatch(seg.text):
                yield pos, pos, seg.text

    def _thread_end(self, lines: Sequence[_Line], start: int) -> int | None:
        """Where the thread that starts at ``start`` ends, or None if no comment follows."""
        first: tuple[int, Kind] | None = None
        last: tuple[int, Kind] | None = None
        gap = 0
        pos = start
        while pos < len(lines) and gap <= (_GAP if last is not None else _FIRST_GAP):
            sign = self._sign(lines[pos])
            if sign is not None:
                last = (pos, sign)
                first = first or last
                gap = 0
            else:
                gap += 1
            pos += 1
        if first is None or last is None:
            return None
        end = last[0] + 1
        # Each comment opens with its author line: the last comment's paragraphs follow it.
        opens = not any(line.prose for line in lines[start : first[0]])
        if opens and first[1] in _OPENERS and last[1] in _OPENERS:
            while end < len(lines) and end - last[0] <= _GAP and lines[end].prose:
                end += 1
        return end

    def _sign(self, line: _Line) -> Kind | None:
        """The kind of a line that shows a comment is here, or None."""
        if line.kind in _SIGNS:
            return line.kind
        if line.kind is None and self._is_date(line):
            return "date"
        return None


def _between_paragraphs(lines: Sequence[_Line], pos: int) -> bool:
    before = pos > 0 and lines[pos - 1].prose
    after = pos + 1 < len(lines) and lines[pos + 1].prose
    return before and after


def _prose_before(lines: Sequence[_Line]) -> list[int]:
    """For each position, the characters of paragraphs before it."""
    total = [0] * (len(lines) + 1)
    for pos, line in enumerate(lines):
        total[pos + 1] = total[pos] + (len(line.seg.text) if line.prose else 0)
    return total
