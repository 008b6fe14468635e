"""What the ``title`` and ``duplicate_headline`` rules share: how to compare headlines."""

from __future__ import annotations

import regex
from rapidfuzz import fuzz

# Separators between a headline and a site or section name: "Title | Site",
# "Title - Site", "Site » Title", "Title :: Site".
SEPARATOR = regex.compile(r"\s*[|•·»›]\s*|\s+(?:[-–—:/]{1,2}|::)\s+")
# The separators that always mean "site name here": a headline has no pipe in it.
SITE_SEPARATOR = regex.compile(r"\s*[|•·]\s*|\s+::\s+")
_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}
)
_EDGE = regex.compile(r"^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$")
_SPACE = regex.compile(r"\s+")
_LETTER = regex.compile(r"\p{L}")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")

SIMILAR = 90.0  # rapidfuzz ratio (0-100) from which two headlines count as the same
SITE_NAME_WORDS = 6  # the most words a site or section name beside a headline has
MAX_HEADLINE_CHARS = 250
MAX_PIECES = 8  # a line cut into more pieces is a menu, not a headline with a site name


def normalise(text: str) -> str:
    """Case-folded, straight quotes, single spaces, no punctuation at the edges."""
    return _EDGE.sub("", _SPACE.sub(" ", text.translate(_QUOTES).casefold()))


def same(a: str, b: str) -> bool:
    """True if two normalised headlines are the same up to small differences."""
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < 0.8 * max(len(a), len(b)):
        return False
    return fuzz.ratio(a, b) >= SIMILAR


def parts(text: str, separator: regex.Pattern[str] = SEPARATOR) -> list[tuple[int, int]]:
    """Offsets (relative to ``text``) of the pieces between site-name separators."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in separator.finditer(text):
        if match.start() > pos:
            spans.append((pos, match.start()))
        pos = match.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def words(text: str) -> int:
    """Words, counting each CJK character as one (CJK text has no spaces)."""
    cjk = len(_CJK.findall(text))
    return len(text.split()) + cjk


def core_in(line: str, title: str) -> tuple[int, int] | None:
    """Where ``title`` stands in ``line`` beside at most a site name, or None.

    Tries every run of consecutive separator-delimited pieces of ``line``; the pieces
    left over must be short enough to be a site or section name.
    """
    pieces = parts(line)
    target = normalise(title)
    if not 2 <= len(pieces) <= MAX_PIECES or not target:
        return None
    for first in range(len(pieces)):
        for last in range(first, len(pieces)):
            start, end = pieces[first][0], pieces[last][1]
            rest = line[: pieces[first][0]] + " " + line[pieces[last][1] :]
            if words(rest) <= SITE_NAME_WORDS * (len(pieces) - 1 - last + first) and same(
                normalise(line[start:end]), target
            ):
                return start, end
    return None


def headline_like(text: str) -> bool:
    """Short, mostly letters, and not a sentence that ends in a full stop or comma."""
    if not 3 <= len(text) <= MAX_HEADLINE_CHARS:
        return False
    count = words(text)
    if count < 2 or count > 30:
        return False
    if text[-1] in ".,;:。，；：" and not text.endswith(("...", "…")):
        return False
    letters = len(_LETTER.findall(text))
    return letters >= 0.5 * len(text.replace(" ", ""))
