"""Segments, the read-only document view that rules see, and the verdicts they return.

The data flow is one way: text -> segments -> verdicts -> Article. Rules never change
a segment or the view; they return ``Verdict`` objects and only the pipeline applies them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

Action = Literal["remove", "title"]


@dataclass(frozen=True, slots=True)
class Segment:
    """One non-blank line of the input, stripped of surrounding whitespace.

    ``start`` and ``end`` are offsets into the input: ``input[start:end] == text``.
    ``block`` numbers the blank-line separated blocks: two segments with the same
    ``block`` stood on adjacent lines (or with only removed lines between them).
    """

    index: int
    start: int
    end: int
    text: str
    block: int

    @property
    def words(self) -> int:
        """Number of whitespace-separated tokens."""
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Verdict:
    """A rule's decision about one segment, or about a span inside it.

    ``start``/``end`` are absolute input offsets of the span the verdict is about; when
    both are None the verdict covers the whole segment. ``action`` is ``"remove"`` for
    boilerplate and ``"title"`` for the segment (or span) that is the headline.
    """

    segment: int
    rule: str
    reason: str
    action: Action = "remove"
    start: int | None = None
    end: int | None = None


def segment(text: str) -> tuple[Segment, ...]:
    """Split ``text`` into non-blank lines with their offsets, in one pass.

    Line ends are those of ``str.splitlines`` (``\\n``, ``\\r\\n``, ``\\r`` and the Unicode
    separators); whitespace is what ``str.isspace`` says, the same definition the
    nothing-is-lost guarantee uses.
    """
    segments: list[Segment] = []
    offset = 0
    block = 0
    blank_seen = False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            if blank_seen and segments:
                block += 1
            blank_seen = False
            start = offset + len(line) - len(line.lstrip())
            segments.append(Segment(len(segments), start, start + len(stripped), stripped, block))
        else:
            blank_seen = True
        offset += len(line)
    return tuple(segments)


class Document:
    """The read-only view of a document that a rule receives.

    It offers the input text, every segment, which segments are still kept (not yet
    removed by an earlier rule and not the title), the title, and the neighbours of a
    segment among the kept ones. A new view is made for each rule.
    """

    __slots__ = (
        "_kept",
        "_position",
        "_removed",
        "_starts",
        "lowered",
        "segments",
        "text",
        "title",
        "title_text",
        "url",
    )

    def __init__(
        self,
        text: str,
        segments: Sequence[Segment],
        kept: Sequence[int],
        title: tuple[Segment, int, int] | None = None,
        lowered: str | None = None,
        url: str | None = None,
        removed: Mapping[int, tuple[str, str]] | None = None,
    ) -> None:
        self.text = text
        #: Where the document comes from, when the caller says (``clean(text, url=...)``).
        self.url = url
        #: ``text`` in lower case, offset for offset the same as ``text``.
        self.lowered = lowered if lowered is not None else lower(text)
        self.segments = tuple(segments)
        self._starts = [s.start for s in self.segments]
        #: The segment that holds the title, and the title itself (a segment may hold
        #: the headline beside a site name: "Headline | Site").
        self.title = title[0] if title else None
        self.title_text = text[title[1] : title[2]] if title else None
        self._kept = tuple(kept)
        # The whole segments that are gone: index -> (rule, reason), as the pipeline has it.
        self._removed = removed if removed is not None else {}
        self._position = {index: pos for pos, index in enumerate(self._kept)}

    def kept(self) -> Iterator[Segment]:
        """The kept segments, in input order."""
        return (self.segments[i] for i in self._kept)

    @property
    def kept_count(self) -> int:
        """How many segments are still kept."""
        return len(self._kept)

    def is_kept(self, seg: Segment) -> bool:
        """True if ``seg`` is neither removed nor the title."""
        return seg.index in self._position

    def kept_position(self, seg: Segment) -> int:
        """Position of ``seg`` among the kept segments (0 = first); -1 if not kept."""
        return self._position.get(seg.index, -1)

    def removed_by(self, index: int) -> str | None:
        """The name of the rule that removed the whole segment ``index``, or None."""
        removed = self._removed.get(index)
        return removed[0] if removed is not None else None

    def matching(self, trigger: re.Pattern[str]) -> Iterator[Segment]:
        """Kept segments in which ``trigger`` matches ``lowered``, in one pass over the text.

        Use a cheap trigger (a few lower-case literal words) to pick the few lines worth
        a closer look; this is much faster than running a rich pattern on every line.
        """
        pos = 0
        while (match := trigger.search(self.lowered, pos)) is not None:
            at = bisect_right(self._starts, match.start()) - 1
            if at < 0 or match.start() >= self.segments[at].end:
                pos = match.end() if match.end() > match.start() else match.start() + 1
                continue
            seg = self.segments[at]
            if seg.index in self._position:
                yield seg
            pos = seg.end

    def neighbour(self, seg: Segment, step: int) -> Segment | None:
        """The kept segment ``step`` places after (or, negative, before) ``seg``."""
        pos = self._position.get(seg.index)
        if pos is None or not 0 <= pos + step < len(self._kept):
            return None
        return self.segments[self._kept[pos + step]]


def lower(text: str) -> str:
    """``text.lower()``, keeping every character at its offset.

    A few characters grow when lowered ("İ" becomes two); those are left as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
