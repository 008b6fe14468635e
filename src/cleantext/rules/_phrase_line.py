"""Lines that a family's phrases cover whole: the shared reader of the phrase rules.

The consent, subscribe and social rules remove short lines such as "Accept all",
"Subscribe now" or "Share on Facebook" only when their phrases account for every word
of the line: "Share on Facebook" goes, "She shared the prize on Facebook" stays, because
"she", "the prize" are no share phrase. Punctuation, symbols and emoji between phrases
are allowed ("Share this:", "Facebook | Twitter", "× Close").

Phrases come in three strengths:

* strong phrases decide alone ("Subscribe now", "Accept all cookies"), and take the
  weak lines next to them; "lone" strong phrases decide alone but take nothing (a
  "Cookie policy" link in a footer says nothing about the links beside it);
* weak phrases are labels that are boilerplate only beside a strong line ("OK",
  "Email", "Facebook" alone on a line);
* glue words ("and", "or", "our") may fill a line but never make one.

Phrases are regular-expression fragments written in lower case (see ``cleantext.vocab``)
and matched against the lower-cased line, one phrase after the other from the start of
the line (the longest phrase at each place), so a line that does not begin with a
phrase is given up at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

import regex

from .._document import Document, Segment
from ..vocab import alternation

_Trie = dict[str, "_Trie"]
_Match = re.Match[str] | regex.Match[str]
# A weak label is a button or a field name: a longer line is not read as one.
_WEAK_MAX_CHARS = 120
# Reasons quote a short line whole, and only the deciding phrase of a longer one.
_QUOTE_CHARS = 60


@dataclass(frozen=True, slots=True)
class Reading:
    """What a covered line is: the deciding phrase, what kind it is, and its strength."""

    kind: str  # the words for reasons, e.g. "a share button"
    phrase: str  # the deciding phrase, as written in the line
    strong: bool
    spreads: bool = True  # a strong line takes the weak lines next to it


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    pattern: re.Pattern[str]
    strong: bool
    spreads: bool


@dataclass(frozen=True, slots=True)
class Found:
    """A line to remove: how it reads, and the strong line it stands beside if weak."""

    seg: Segment
    reading: Reading
    beside: Reading | None = None
    link: str = "beside"  # how the line stands to ``beside``, in the reason

    def reason(self) -> str:
        """The reason for the verdict, quoting the deciding phrase."""
        text = self.seg.text if len(self.seg.text) <= _QUOTE_CHARS else self.reading.phrase
        said = f"{self.reading.kind} ({quote(text)})"
        if self.beside is None:
            return said
        return f"{said} {self.link} {self.beside.kind} ({quote(self.beside.phrase)})"


class PhraseLines:
    """Reads a line as a sequence of phrases of one family, or not at all.

    ``strong``, ``lone`` and ``weak`` map a kind (the words used in reasons: "a share
    button") to its phrases; ``glue`` lists words that may fill a line. ``triggers`` are
    lower-case literal stems; every strong phrase must hold one, written out in its
    source (checked here), so that ``candidates`` need read only the short lines where
    a stem occurs. Weak lines are read only as the neighbours of strong ones.
    """

    def __init__(
        self,
        strong: Mapping[str, Iterable[str]],
        weak: Mapping[str, Iterable[str]],
        glue: Iterable[str],
        triggers: Iterable[str],
        lone: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self._strong = {kind: list(phrases) for kind, phrases in strong.items()}
        self._lone = {kind: list(phrases) for kind, phrases in (lone or {}).items()}
        self._weak = {kind: list(phrases) for kind, phrases in weak.items()}
        glue = list(glue)
        groups = (*self._strong.values(), *self._lone.values(), *self._weak.values())
        everything = [p for group in groups for p in group]
        phrases = rf"(?:{alternation([*everything, *glue])})(?!\w)"
        # ``re`` stops at the first alternative that matches; it says quickly whether a
        # phrase begins here. The POSIX (leftmost-longest) match of ``regex`` then takes
        # the longest phrase, so that "share options" is read as one phrase and not as
        # "share" followed by an unexplained word.
        self._any = re.compile(phrases)
        self._longest = regex.compile(phrases, regex.POSIX)
        # Which kind a matched phrase is of, tried in this order: strong, lone, weak.
        self._kinds = [
            _Kind(kind, re.compile(alternation(phrases)), strong, spreads)
            for table, strong, spreads in (
                (self._strong, True, True),
                (self._lone, True, False),
                (self._weak, False, False),
            )
            for kind, phrases in table.items()
        ]
        stems = sorted(set(triggers))
        check_triggers([*self._strong.values(), *self._lone.values()], stems)
        self.trigger = re.compile(trie(stems))

    def candidates(self, doc: Document, max_chars: int) -> Iterator[Segment]:
        """Kept segments of at most ``max_chars`` in which a trigger stem occurs.

        Only short lines can be prompts, and most of a page's text stands in long ones:
        looking for the stems line by line in the short lines alone is several times
        faster than one search through the whole text.
        """
        search = self.trigger.search
        lowered = doc.lowered
        for seg in doc.kept():
            if seg.end - seg.start <= max_chars and search(lowered, seg.start, seg.end):
                yield seg

    def read(self, text: str, lowered: str) -> Reading | None:
        """The reading of a line its phrases cover whole; None if a word is left over.

        ``lowered`` is ``text`` in lower case, offset for offset. The first strong
        phrase decides the reading; a line of weak phrases and glue reads as weak; a
        line of glue alone is no reading.
        """
        # The quick first-match reading decides most lines. It leaves a line uncovered
        # that the longest phrases would cover only if, at one of its matches, a longer
        # phrase begins ("share options" read as "share" + "options"); only then is the
        # line read again with the longest phrase at each place.
        matches, whole = _cover(lowered, self._any.match)
        if not whole and any(self._longer(lowered, match) for match in matches):
            matches, whole = _cover(lowered, self._longest_match)
        if not whole:
            return None
        first: Reading | None = None
        for match in matches:
            reading = self._classify(match.group(), text[match.start() : match.end()])
            if reading is not None and (first is None or (reading.strong and not first.strong)):
                first = reading
                if first.strong:
                    break
        return first

    def scan(self, doc: Document, max_chars: int) -> list[Found]:
        """Every candidate line the phrases cover, strong or weak, in input order."""
        found = []
        for seg in self.candidates(doc, max_chars):
            reading = self.read(seg.text, doc.lowered[seg.start : seg.end])
            if reading is not None:
                found.append(Found(seg, reading))
        return found

    def grow(
        self,
        doc: Document,
        strong: Iterable[Found],
        extra: Callable[[Segment], Reading | None] | None = None,
    ) -> list[Found]:
        """The ``strong`` lines and the weak lines next to them, in input order.

        A walk away from a strong line goes on while each next kept line reads as weak
        or strong; ``extra`` reads a neighbour that the phrases do not cover (it may
        return a weak reading).
        """
        found = {f.seg.index: f for f in strong}
        for start in list(found.values()):
            if not start.reading.spreads:
                continue
            for step in (-1, 1):
                self._walk(doc, start, step, found, extra)
        return sorted(found.values(), key=lambda f: f.seg.index)

    def find(self, doc: Document, max_chars: int) -> list[Found]:
        """The strong candidate lines and the weak lines next to them."""
        return self.grow(doc, [f for f in self.scan(doc, max_chars) if f.reading.strong])

    def _walk(
        self,
        doc: Document,
        start: Found,
        step: int,
        found: dict[int, Found],
        extra: Callable[[Segment], Reading | None] | None,
    ) -> None:
        seg = doc.neighbour(start.seg, step)
        while seg is not None and seg.index not in found:
            reading = None
            if len(seg.text) <= _WEAK_MAX_CHARS:
                reading = self.read(seg.text, doc.lowered[seg.start : seg.end])
            if reading is None and extra is not None:
                reading = extra(seg)
            if reading is None:
                return
            found[seg.index] = Found(seg, reading, None if reading.strong else start.reading)
            seg = doc.neighbour(seg, step)

    def _longer(self, lowered: str, match: _Match) -> bool:
        longest = self._longest.match(lowered, match.start())
        return longest is not None and longest.end() > match.end()

    def _longest_match(self, lowered: str, pos: int) -> _Match | None:
        # ``re`` says quickly where no phrase begins; the slower POSIX match runs only
        # where one does.
        if self._any.match(lowered, pos) is None:
            return None
        return self._longest.match(lowered, pos)

    def _classify(self, matched: str, original: str) -> Reading | None:
        for kind in self._kinds:
            if kind.pattern.fullmatch(matched):
                return Reading(kind.name, original, kind.strong, kind.spreads)
        return None  # glue


def _cover(lowered: str, match: Callable[[str, int], _Match | None]) -> tuple[list[_Match], bool]:
    """The phrase matches from the start of ``lowered``, and whether they cover it all.

    Only characters that are not letters or digits may stand between phrases; the
    matches stop at the first word that no phrase explains.
    """
    matches: list[_Match] = []
    pos = 0
    end = len(lowered)
    while pos < end:
        found = match(lowered, pos)
        if found is not None and found.end() > pos:
            matches.append(found)
            pos = found.end()
        elif lowered[pos].isalnum() or lowered[pos] == "_":
            return matches, False  # a word no phrase explains
        else:
            pos += 1
    return matches, True


def check_triggers(groups: Iterable[Iterable[str]], stems: Iterable[str]) -> None:
    """Every phrase must be lower case and hold a trigger stem, or no line is read for it."""
    stems = tuple(stems)
    for phrases in groups:
        for phrase in phrases:
            if phrase != phrase.lower():
                raise ValueError(f"phrase {phrase!r} must be written in lower case")
            if not any(stem in phrase for stem in stems):
                raise ValueError(f"phrase {phrase!r} holds none of the trigger stems")


def trie(words: Iterable[str]) -> str:
    """A ``re`` pattern matching any of ``words``, with shared prefixes merged.

    Python's ``re`` tries the alternatives of a group one by one; merged prefixes let
    it reject most positions of the text after a single character.
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(root)


def _trie_pattern(node: _Trie) -> str:
    if "" in node:  # a stem ends here: the trigger has matched, whatever follows
        return ""
    branches = [re.escape(char) + _trie_pattern(node[char]) for char in sorted(node)]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def quote(text: str, limit: int = _QUOTE_CHARS) -> str:
    """``text`` in quotes for a reason, shortened to ``limit`` characters."""
    text = " ".join(text.split())
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'
