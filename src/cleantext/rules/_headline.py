"""What the ``title`` and ``duplicate_headline`` rules share: how to compare headlines.

Two lines are compared by their *keys*: the lower-case words (each CJK character one
word), so that quote marks, dashes and other punctuation do not matter. A line may
also hold a headline beside a site or section name ("Headline | Site", "Site » Headline",
"Section: Headline"); ``split`` cuts a line at such separators and ``site_copy`` says
where a headline stands in a line beside nothing but names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .._document import Document, Segment, lower

Key = tuple[str, ...]
Span = tuple[int, int]

_CJK_CHARS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_TOKEN = regex.compile(rf"[{_CJK_CHARS}]|[^\W{_CJK_CHARS}]+")
_NUMBER = re.compile(r"\d|^[ivxlc]{1,4}$")  # a word with a digit, or a roman numeral
_PLAIN_TOKEN = re.compile(r"\w+")  # enough where there is no CJK character
# A fast first test with ``re`` for lines that may hold CJK: the ranges cover every
# character of _CJK_CHARS (and some punctuation beside them).
_ANY_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\uff00-\uffef\U00016fe0-\U00016fff\U0001aff0-\U0001b2ff"
    "\U0001f200\U00020000-\U0003ffff]"
)
_CJK = regex.compile(rf"[{_CJK_CHARS}]")
_NON_LETTERS = re.compile(r"[\W\d_]+")  # what is left are letters (faster than \p{L})
# Separators between a headline and a site or section name, by how sure they are:
# a pipe or bullet always means "a name here" ("strong"); a spaced dash, slash or
# guillemet nearly always ("medium"); a colon also ends a kicker ("Politics: Headline")
# or starts a subtitle ("weak"). Found as runs of these characters, then judged by the
# spaces around them, which is much faster than one rich pattern.
_SEPARATOR_RUN = re.compile(r"[|│¦｜•·»›«‹/:\-–—]+")
_PIPES = frozenset("|│¦｜•")
_GUILLEMETS = frozenset("»›«‹")
_DASHES = frozenset("-–—/")
_CJK_BEFORE_DASH = regex.compile(rf"[{_CJK_CHARS}！？」』”）]")
SEPARATOR_CHARS = " \t|│¦｜•·»›«‹:/-–—"  # stripped from a name beside a headline
_SENTENCE_END = ".!?;,。！？"
_CLOSING = "\"'”’»)]」』）"  # closing quotes and brackets after a sentence end
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])(?:\w|[A-Z]\w{1,2})\.$")  # "Club e. V.", "Acme Inc."

SIMILAR_WORD = 75  # rapidfuzz ratio (0-100) from which a changed word is a typo
NEAR_TOKENS = 6  # headlines shorter than this (in words) must match exactly
SITE_NAME_WORDS = 6  # the most words a site or section name beside a headline has
KICKER_WORDS = 3  # the most words of a kicker before a colon ("Politics: Headline")
MAX_HEADLINE_CHARS = 250
MAX_HEADLINE_WORDS = 30
MAX_COPY_CHARS = 3 * MAX_HEADLINE_CHARS  # a longer line is never a copy of the headline
MAX_NAME_WORDS = 8  # the most words of all the names beside a headline together
MAX_PIECES = 8  # a line cut into more pieces is a menu, not a headline with a site name


def key(text: str) -> Key:
    """The lower-case words of ``text``, each CJK character one word; no punctuation."""
    lowered = text.lower()
    if lowered.isascii() or not _ANY_CJK.search(lowered):
        return tuple(_PLAIN_TOKEN.findall(lowered))
    return tuple(_TOKEN.findall(lowered))


def tokens(text: str) -> list[Span]:
    """Where each word of ``key(text)`` stands in ``text``, in order."""
    lowered = lower(text)
    if lowered.isascii() or not _ANY_CJK.search(lowered):
        return [m.span() for m in _PLAIN_TOKEN.finditer(lowered)]
    return [m.span() for m in _TOKEN.finditer(lowered)]


def words(text: str) -> int:
    """Words, counting each CJK character as one (CJK text has no spaces)."""
    if text.isascii() or not _ANY_CJK.search(text):
        return len(text.split())
    return len(text.split()) + len(_CJK.findall(text))


def same(a: Key, b: Key) -> bool:
    """True if two keys are the same headline: equal, or one word apart in a long one.

    One word apart means one word dropped, added or changed (rapidfuzz's Levenshtein
    distance over words), allowed from ``NEAR_TOKENS`` words on. Two words apart is a
    different line: a teaser that shortens the headline is content of its own. A
    changed number is a different line too ("Part 1" and "Part 2", "2019" and "2020"),
    and so is a changed word unless it is spelled nearly the same (a typo, an ending).
    """
    if a == b:
        return bool(a)
    if min(len(a), len(b)) < NEAR_TOKENS or abs(len(a) - len(b)) > 1:
        return False
    if Levenshtein.distance(a, b, score_cutoff=1) > 1:
        return False
    changed = set(a).symmetric_difference(b)
    if any(_NUMBER.search(word) for word in changed):
        return False
    if len(a) == len(b) and len(changed) == 2:
        # a word changed: a typo or another ending, not another name ("Interview
        # with Anna: ..." and "Interview with Boris: ..." are two articles)
        first, second = changed
        return fuzz.ratio(first, second) >= SIMILAR_WORD
    return True


def probes(text: str) -> tuple[str, ...]:
    """Lower-case strings of which every copy of ``text`` (``same`` key) holds one.

    A copy differs in at most one word, so it still holds one of the two longest
    words; a headline of one long word (CJK text) is probed by its two halves.
    """
    found = sorted(set(_PLAIN_TOKEN.findall(lower(text))), key=len, reverse=True)
    if len(found) >= 2:
        return found[0], found[1]
    if found and len(found[0]) >= 4:
        half = len(found[0]) // 2
        return found[0][:half], found[0][half:]
    return tuple(found)


def split(text: str) -> tuple[list[Span], list[str]]:
    """The pieces of ``text`` between separators, and the kind of each separator.

    ``kinds[i]`` ("strong", "medium" or "weak") stands between ``pieces[i]`` and
    ``pieces[i + 1]``; offsets are relative to ``text``.
    """
    pieces: list[Span] = []
    kinds: list[str] = []
    pending = "weak"
    pos = 0
    for match in _SEPARATOR_RUN.finditer(text):
        start, end = match.span()
        kind = _kind(text, start, end)
        if kind is None:
            continue
        while start > pos and text[start - 1].isspace():
            start -= 1
        while end < len(text) and text[end].isspace():
            end += 1
        if start > pos:
            if pieces:
                kinds.append(pending)
            pieces.append((pos, start))
            pending = kind
        elif _STRENGTH[kind] > _STRENGTH[pending]:
            pending = kind  # two separators in a row count as the stronger one
        pos = end
    if pos < len(text):
        if pieces:
            kinds.append(pending)
        pieces.append((pos, len(text)))
    return pieces, kinds


_STRENGTH = {"weak": 0, "medium": 1, "strong": 2}


def _kind(text: str, start: int, end: int) -> str | None:
    """What kind of separator ``text[start:end]`` is, from the spaces around it."""
    run = text[start:end]
    before = start == 0 or text[start - 1].isspace()
    after = end == len(text) or text[end].isspace()
    spaced = before and after and start > 0 and end < len(text)
    if any(c in _PIPES for c in run) or (spaced and run == "::"):
        return "strong"
    if spaced and (run == "·" or all(c in _GUILLEMETS for c in run)):
        return "medium"  # "Artist · Work" is a headline too
    if len(run) <= 2 and all(c in _DASHES for c in run):
        if before and after:  # spaced, or spaced and at an end of the line
            return "medium"
        if start and not after and _CJK_BEFORE_DASH.match(text, start - 1):
            return "medium"  # CJK titles: "标题-网站"
        return None
    if run == ":" and after and end < len(text) and (before or text[start - 1].isalnum()):
        return "weak"
    return None


def runs(text: str, first_line: bool) -> Iterable[Span]:
    """Spans of consecutive pieces of ``text`` beside which only names stand.

    The whole line comes first. ``first_line`` allows a name after a colon: the first
    line of a scraped page is its ``<title>`` ("Headline: Site"); in the body the words
    after a colon are a subtitle.
    """
    pieces, kinds = split(text)
    if not pieces or len(pieces) > MAX_PIECES:
        return
    yield pieces[0][0], pieces[-1][1]
    counts = [words(text[a:b]) for a, b in pieces]
    for first in range(len(pieces)):
        for last in range(first, len(pieces)):
            if _beside_names(text, pieces, kinds, counts, (first, last), first_line):
                yield pieces[first][0], pieces[last][1]


def _beside_names(
    text: str,
    pieces: list[Span],
    kinds: list[str],
    counts: list[int],
    run: tuple[int, int],
    first_line: bool,
) -> bool:
    """True if the pieces ``run`` (first, last) stand beside names only, and some do."""
    first, last = run
    if (first == 0 and last == len(pieces) - 1) or sum(counts) - sum(
        counts[first : last + 1]
    ) > MAX_NAME_WORDS:
        return False
    left = kinds[first - 1] if first else ""
    right = kinds[last] if last < len(kinds) else ""
    return _names(text, pieces[:first], left, "left", first_line) and _names(
        text, pieces[last + 1 :], right, "right", first_line
    )


def _names(text: str, side: list[Span], kind: str, where: str, first_line: bool) -> bool:
    """True if every piece on one side of a headline can be a site or section name."""
    if not side:
        return True
    if kind == "weak" and (len(side) > 1 or (where == "right" and not first_line)):
        return False
    limit = KICKER_WORDS if kind == "weak" and not first_line else SITE_NAME_WORDS
    # the first line of a page is its <title>: there any short piece is a name, also
    # one in lower case ("pv magazine"); below it, a lower-case phrase is a clause
    return all(_name_like(text[a:b], kind, limit, first_line) for a, b in side)


def _name_like(piece: str, kind: str, limit: int, first_line: bool) -> bool:
    """A short piece that is not a clause: no sentence end, no lower-case phrase."""
    if not 1 <= words(piece) <= limit:
        return False
    if kind == "strong":
        return True
    if piece[-1] in _SENTENCE_END and not _ABBREVIATION_END.search(piece):
        return False
    return first_line or not (piece[0].islower() and " " in piece)


def site_copy(line: str, line_key: Key, target: Key, first_line: bool) -> Span | None:
    """Where the headline with key ``target`` stands in ``line`` beside names, or None.

    The headline must stand there as ``same`` says (exactly, or one word apart in a long
    headline). ``line_key`` is ``key(line)``: a line that lacks two of the headline's
    words, or one of a short headline's, is turned down before it is cut into pieces.
    """
    if len(line_key) <= len(target) - 1:
        return None
    exact = joined(target) in joined(line_key)
    if not exact and (len(target) < NEAR_TOKENS or len(set(target).difference(line_key)) > 1):
        return None
    pieces, kinds = split(line)
    if len(pieces) > MAX_PIECES:
        return None
    keys = [key(line[a:b]) for a, b in pieces]  # separators hold no words
    counts = [words(line[a:b]) for a, b in pieces]
    for first in range(len(pieces)):
        for last in range(first, len(pieces)):
            found = sum(keys[first : last + 1], ())
            if (found == target if exact else same(found, target)) and _beside_names(
                line, pieces, kinds, counts, (first, last), first_line
            ):
                return pieces[first][0], pieces[last][1]
    return None


def joined(tokens: Key) -> str:
    """The words as one string, for a fast test of one key standing in another:
    ``joined(a) in joined(b)`` when the words of ``a`` stand together in ``b``."""
    return "\0" + "\0".join(tokens) + "\0"


def copy_lengths(text: str, with_names: bool) -> tuple[int, int]:
    """The shortest and longest line that can be a copy of ``text``.

    A near copy lacks a word at most; names beside it add up to ``MAX_PIECES`` short
    pieces, which a generous bound of characters covers.
    """
    longest = 2 * len(text) + 10
    if with_names:
        longest += MAX_PIECES * SITE_NAME_WORDS * 12
    return len(text) // 2, longest


def headline_like(text: str) -> bool:
    """Short, mostly letters, and not a sentence that ends in a full stop or comma."""
    return 3 <= len(text) <= MAX_HEADLINE_CHARS and shape(text)[1]


def shape(text: str) -> tuple[int, bool]:
    """``words(text)`` and ``headline_like(text)``, the words counted once."""
    count = words(text)
    if not 3 <= len(text) <= MAX_HEADLINE_CHARS or count < 2 or count > MAX_HEADLINE_WORDS:
        return count, False
    end = text.rstrip(_CLOSING) or text  # 'He said: "No."' ends in a full stop
    if end[-1] in ".,;:。，；：" and not end.endswith(("...", "…")):
        return count, False
    letters = len(_NON_LETTERS.sub("", text))
    return count, letters >= 0.5 * len(text.replace(" ", ""))


class Copies:
    """Finds, in one document, the kept lines that may be copies of a headline.

    Each probe is one fast substring search over the lower-cased text; keys are made
    once per line and only for the lines a probe hits, so the cost stays linear.
    """

    def __init__(self, doc: Document) -> None:
        self._lowered = doc.lowered
        self._kept = [s for s in doc.kept() if len(s.text) <= MAX_COPY_CHARS]
        self._starts = [s.start for s in self._kept]
        self._keys: dict[int, Key] = {}

    def key(self, seg: Segment) -> Key:
        """``key(seg.text)``, made once."""
        found = self._keys.get(seg.index)
        if found is None:
            found = self._keys[seg.index] = key(seg.text)
        return found

    def holding(self, needles: Iterable[str], shortest: int, longest: int) -> list[Segment]:
        """Kept lines that hold one of ``needles``, of ``shortest`` to ``longest`` chars.

        The lines come in input order; none is longer than ``MAX_COPY_CHARS``.
        """
        hits: dict[int, Segment] = {}
        for needle in needles:
            pos = self._lowered.find(needle)
            while pos >= 0:
                at = bisect_right(self._starts, pos) - 1
                if at >= 0 and pos + len(needle) <= self._kept[at].end:
                    if shortest <= len(self._kept[at].text) <= longest:
                        hits[at] = self._kept[at]
                    pos = self._lowered.find(needle, self._kept[at].end)
                else:
                    pos = self._lowered.find(needle, pos + 1)
        return [hits[at] for at in sorted(hits)]
