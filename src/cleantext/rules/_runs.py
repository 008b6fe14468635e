"""What the run-judging rules share: the shape of a line and where the body lies.

``shape`` measures a line once: how long it is, how many words it holds (each two CJK
characters count as one word), whether it reads as a sentence, as a short link-like
item ("Home", "Wirtschaft", "国际新闻") or as a paragraph. ``main_region`` finds the
stretch of lines that holds the article's paragraphs; what lies before it is the page
header, what lies after it the page footer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A link-like item is short: menus hold one to five words ("Place an Open House").
NAV_MAX_CHARS = 50
NAV_MAX_WORDS = 5
# A short line (a heading, a list item, a teaser) may be longer than a menu item.
SHORT_MAX_CHARS = 80
SHORT_MAX_WORDS = 8
# A paragraph: this many words, or this many characters.
PROSE_MIN_WORDS = 10
PROSE_MIN_CHARS = 100

# The body is the stretch where paragraphs outweigh the short lines between them: a
# subheading or two between paragraphs cost little, a menu of dozens of links a lot.
_MAX_SCORE = 400  # one huge paragraph does not outweigh everything else
_LINK_PENALTY = 40
_LINE_PENALTY = 10
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "…")
_ABBREVIATION_CHARS = 4  # "Inc.", "Co.", "Dr."
_CLOSERS = "\"'”’»)]）」』"
# Inner punctuation that items of a menu do not hold: a clause or a list inside a line.
_INNER_PUNCT = re.compile(r"[,;:]\s|[、，。；！？：]|[.!?]\s")
_SPACED_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff] +[\u3040-\u30ff\u3400-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_CURRENCY = re.compile("[$€£¥₽₹₩₺₴₪¢]")
_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0002fa1f]"
)


@dataclass(frozen=True, slots=True)
class LineShape:
    """What ``shape`` measured of one line."""

    chars: int
    words: int  # whitespace-separated words; two CJK characters count as one word
    sentence: bool  # ends in a full stop, "!" or "?" (not a one-word abbreviation)
    short: bool  # short and not a sentence: a heading, an item, a link
    nav: bool  # short, bare and capitalised like a menu item: "Home", "Real Estate"
    prose: bool  # a paragraph

    @property
    def score(self) -> int:
        """What the line adds to a stretch of body text (see ``main_region``)."""
        if self.prose:
            return min(self.chars, _MAX_SCORE)
        return -_LINK_PENALTY if self.nav else -_LINE_PENALTY


def shape(text: str) -> LineShape:
    """Measure one stripped line."""
    chars = len(text)
    if chars >= PROSE_MIN_CHARS:
        # A paragraph; its words are only estimated, which is all a paragraph needs.
        return LineShape(chars, chars // 6, _is_sentence(text, 2), False, False, True)
    tokens = text.split()
    words = len(tokens)
    if not text.isascii():
        cjk = len(_CJK.findall(text))
        if cjk:
            words = words - 1 + (cjk + 1) // 2
    sentence = _is_sentence(text, words)
    prose = words >= PROSE_MIN_WORDS
    short = not sentence and not prose and chars <= SHORT_MAX_CHARS and words <= SHORT_MAX_WORDS
    nav = short and chars <= NAV_MAX_CHARS and words <= NAV_MAX_WORDS and _bare(text, tokens)
    return LineShape(chars, max(words, 1), sentence, short, nav, prose)


def _is_sentence(text: str, words: int) -> bool:
    end = text.rstrip(_CLOSERS)
    if not end.endswith(_SENTENCE_END):
        return False
    if words >= 2 or not end.endswith("."):
        return True
    # One word and a full stop: "U.S.", "Inc." and "e.V." are items, "Walter." is not.
    return "." not in end[:-1] and len(end) > _ABBREVIATION_CHARS


def _bare(text: str, tokens: Sequence[str]) -> bool:
    """No clause punctuation, no lead-in colon, capitalised like a name, few digits."""
    if text.endswith((":", "：")) or text.startswith("|") or _INNER_PUNCT.search(text):
        return False
    if not text.isascii() and _SPACED_CJK.search(text):
        return False  # "想念你 想念你": verse is set in spaced phrases, menu items are not
    first = _LETTER.search(text)
    if first is None or first.group().islower() or text[0].isdigit():
        return False  # "and the rest of it" continues a sentence or a verse
    lower = 0
    for token in tokens[1:]:
        if token[0].islower():
            lower += 1
            if lower > 1:
                return False  # "Show more sharing options", "Erhöht die Lebensdauer"
    if _DIGIT.search(text) is None:
        return True
    if _CURRENCY.search(text):
        return False  # "Monthly $9.99": a price, not a link
    return len(_DIGIT.findall(text)) * 2 <= len(_LETTER.findall(text))


def main_region(shapes: Sequence[LineShape]) -> tuple[int, int]:
    """First and last position of the stretch of lines richest in paragraphs.

    The best-scoring stretch (paragraphs count their length, short lines a penalty) is
    where the article lies. Without a paragraph anywhere, the whole text is the body.
    """
    best = 0
    best_range = (0, len(shapes) - 1)
    total = 0
    start = 0
    for pos, sh in enumerate(shapes):
        if total <= 0:
            total, start = 0, pos
        total += sh.score
        if total > best:
            best, best_range = total, (start, pos)
    return best_range


def is_lead_in(text: str) -> bool:
    """A line that announces what follows: "Ingredients:", "Die Vorteile:"."""
    return text.endswith((":", "："))
