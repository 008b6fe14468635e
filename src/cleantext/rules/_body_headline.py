"""The headline printed deep in a whole page, for the ``title`` rule.

On a whole scraped page the first line is the page's ``<title>`` ("Headline | Site"),
and the ``<h1>`` copy of the headline stands after the navigation, often dozens of lines
down, just above the first paragraph (perhaps with a byline or a date between). That
copy is the better title: no site name stands beside it, and the ``<title>`` may word
the headline a little differently or shorten it. Two signals find it together:

    * position: a short headline-like line that a paragraph follows within a few lines,
      above the place where the body begins (two paragraphs in a row, or more than a
      few paragraphs); below that place stand subheadings;
    * echo: the first line holds most of its words, in the part of the first line that
      is not the site name ("Headline | Site", "Site - Headline").

Neither signal alone is enough: many lines stand above a paragraph (menu items, teasers,
captions) and many lines share words with the ``<title>`` (menus, related links). The
text must open with a headline-like line, so that text that opens with its body (the
output of an article extractor) never looks for a headline further down. Lines that
only echo the site name, lines that open with a date, breadcrumb trails and the rest of
a sentence (a line that opens in lower case) are no candidates.

A weaker echo, one shared word, is enough only where the structure says "whole page"
firmly: the line stands right above the first paragraph of all, after a menu (most of
the lines above it are short).

``after_kicker`` finds the headline in a line that joins a kicker to it without a
separator, using the ``<title>`` line, which parts the two.
"""

from __future__ import annotations

import re
from itertools import islice

from .._document import Document, Segment
from ._headline import MAX_HEADLINE_WORDS, Key, headline_like, key, runs, shape, split, tokens

Score = tuple[int, int, float]  # shared less other words, longest echoed piece, share

BODY_WORDS = 8  # a paragraph has at least this many words
LONG_SENTENCE = 20  # an exclamation or question this long is a sentence, not a headline
DEEP_LINES = 1000  # how many kept lines from the top may hold the headline
BODY_NEAR = 6  # a headline stands at most this many lines above a paragraph
PARAGRAPHS_ABOVE = 2  # header blurbs above a headline; more paragraphs make a body...
LINES_PER_PARAGRAPH = 8  # ...unless navigation lines far outnumber them
PAIRS = 2  # the body has begun at the second pair of paragraphs in a row
BREADCRUMB_SEPARATORS = 5  # a line cut by this many name separators is a breadcrumb
STEM = 5  # words that share this many first letters count as one ("Leasing", "leasen")
ECHO_SHARE = 0.5  # the share of a line's words that the first line must hold...
ECHO_SHARE_FEW = 0.6  # ...or this share, when the two share fewer than ECHO_WORDS words
ECHO_WORDS = 3
WEAK = (-MAX_HEADLINE_WORDS, 0, 0.0)  # a weak echo: below every echo by the score
# A weak echo shares one word of WEAK_WORD letters (its stem) with the first line; its
# line stands at most WEAK_NEAR lines above the first paragraph of all and below at
# least WEAK_AFTER lines, of which half are short (of MENU_WORDS words at most): a menu.
WEAK_WORD = 4
WEAK_NEAR = 3
WEAK_AFTER = 5
MENU_WORDS = 3
KICKER_WORDS = 4  # the most words of a kicker joined to a headline
KICKER_HEADLINE = 3  # the fewest words of a headline after a kicker
KICKER_CHARS = 4  # the fewest characters of a kicker of one word ("The" is no kicker)
# A line that opens with a date ("1. Februar 2022", "[ 27.01.2020 ]", "March 5, 2024")
# is a dateline or a list of posts, not a headline.
_DATE = re.compile(
    r"\W{0,3}(?:\d{1,2}[./]\s?(?:\d{1,2}[./]|[^\W\d_]{3,}\.?\s)\s?\d{2,4}"
    r"|[^\W\d_]{3,}\.?\s\d{1,2},\s?\d{4}|\d{4}-\d{2}-\d{2})\b"
)
_WORD = re.compile(r"[^\W_]")
_OPENING = "\"'“„‘‚«»‹›「『（("  # may open a headline right after a kicker


def paragraph(text: str) -> bool:
    """A line of body text: long enough, and a sentence rather than a headline."""
    return _body(text, shape(text))


def _body(text: str, shape: tuple[int, bool]) -> bool:
    count, headline = shape
    if count >= LONG_SENTENCE and text[-1] in "!?！？":
        return True  # a long exclamation or question is a sentence of the body
    return count >= BODY_WORDS and not headline


def stems(found: Key) -> frozenset[str]:
    """The words cut to their first letters, so that endings do not matter."""
    return frozenset(w[:STEM] for w in found)


class FirstLine:
    """The first line of the text, as an echo of the headline: its words, by piece.

    The pieces are the parts between site-name separators ("Headline | Site" has two).
    """

    __slots__ = ("key", "pieces", "segment")

    def __init__(self, segment: Segment) -> None:
        self.segment = segment
        self.key = key(segment.text)
        self.pieces = [stems(key(segment.text[a:b])) for a, b in split(segment.text)[0]]

    @classmethod
    def of(cls, doc: Document) -> FirstLine | None:
        """The first line of ``doc``, if it can be a page's <title>: headline-like."""
        if not doc.segments or not headline_like(doc.segments[0].text):
            return None
        text = doc.segments[0].text
        if paragraph(text) and all(kind == "weak" for kind in split(text)[1]):
            return None  # a long exclamation or question, no "| Site": the body begins
        first = cls(doc.segments[0])
        return first if len(set(first.key)) >= 2 else None

    def touches(self, found: Key) -> bool:
        """True if the headline words ``found`` share a longer word with this line's
        headline part (not with the site name after it)."""
        pieces = self.pieces
        if len(pieces) > 1 and len(pieces[-1]) < max(map(len, pieces)):
            pieces = pieces[:-1]
        shared = stems(found).intersection(frozenset().union(*pieces))
        return any(len(w) >= WEAK_WORD for w in shared)

    def echo(self, found: Key) -> Score | None:
        """How well this line echoes a headline with the words ``found``, or None.

        The score counts the shared words less the headline's other words; a tie goes
        to the headline that echoes the longer piece of this line, then to the one of
        which this line holds the greater share.
        """
        if len(found) < 2:
            return None
        held = stems(found)
        echoed = [p for p in self.pieces if len(p & held) >= 0.5 * len(p)]
        longest = max((len(p) for p in echoed), default=0)
        site = len(self.pieces) > 1 and echoed == self.pieces[-1:]
        if site and longest < max(map(len, self.pieces)):
            return None  # only the site name after the headline ("Headline | Site")
        if self.key[: len(found)] == found or self.key[-len(found) :] == found:
            return 2 * len(held), longest, 1.0  # "Headline - Site", "Site: Headline"
        shared = held.intersection(frozenset().union(*echoed))
        enough = ECHO_SHARE if len(shared) >= ECHO_WORDS else ECHO_SHARE_FEW
        if len(shared) < 2 or len(shared) < enough * len(held):
            return None
        return 2 * len(shared) - len(held), longest, len(shared) / len(held)


def above_body(doc: Document, first: FirstLine) -> tuple[Segment, Score] | None:
    """The line above the body that ``first`` echoes best, with its score."""
    lines = _Lines(doc)
    best: tuple[Score, int] | None = None
    paragraphs = pairs = short = 0
    for pos, seg in enumerate(lines.kept):
        short += pos > 0 and lines.menu(pos)
        if lines.body(pos):
            paragraphs += 1
            pairs += pos > 0 and lines.body(pos - 1)
            if pairs >= PAIRS or (
                paragraphs > PARAGRAPHS_ABOVE and paragraphs * LINES_PER_PARAGRAPH > pos
            ):
                break  # the body has begun: lines further down are subheadings
            continue
        if not lines.headline(pos) or seg.index == first.segment.index:
            continue
        if lines.next_body(pos) - pos > BODY_NEAR:
            continue
        if not _candidate(seg.text):
            continue
        found = key(seg.text)
        score = first.echo(found)
        if score is None and paragraphs == 0 and first.touches(found):
            # the last headline above the first paragraph, after a menu, that shares a
            # word with the <title>: the page words its headline twice, differently
            menu = pos >= WEAK_AFTER and 2 * short >= pos
            score = WEAK if menu and lines.next_body(pos) - pos <= WEAK_NEAR else None
        if score is not None and (best is None or (score, pos) > best):
            best = score, pos  # on a tie, the lower line: a kicker stands above
    return None if best is None else (lines.kept[best[1]], best[0])


class _Lines:
    """The kept lines from the top, each measured once and only when asked."""

    __slots__ = ("_next", "_shapes", "kept")

    def __init__(self, doc: Document) -> None:
        self.kept = list(islice(doc.kept(), DEEP_LINES))
        self._shapes: list[tuple[int, bool] | None] = [None] * len(self.kept)
        self._next = -1  # the next paragraph after the line last asked about

    def next_body(self, pos: int) -> int:
        """The position of the first paragraph below ``pos`` (past the end if none)."""
        if self._next <= pos:
            self._next = pos + 1
            while self._next < len(self.kept) and not self.body(self._next):
                self._next += 1
        return self._next

    def _shape(self, pos: int) -> tuple[int, bool]:
        found = self._shapes[pos]
        if found is None:
            found = self._shapes[pos] = shape(self.kept[pos].text)
        return found

    def body(self, pos: int) -> bool:
        """True if the line at ``pos`` is a paragraph (False past the end)."""
        if pos >= len(self.kept):
            return False
        return _body(self.kept[pos].text, self._shape(pos))

    def menu(self, pos: int) -> bool:
        """True if the line at ``pos`` is short enough for a menu item, and no mere
        mark (a line of symbols or an invisible character is no menu)."""
        return self._shape(pos)[0] <= MENU_WORDS and _WORD.search(self.kept[pos].text) is not None

    def headline(self, pos: int) -> bool:
        """True if the line at ``pos`` is headline-like."""
        return self._shape(pos)[1]


def _candidate(text: str) -> bool:
    """Not the rest of a sentence, no dateline, and no breadcrumb trail."""
    if text[0].islower() or _DATE.match(text):
        return False
    return sum(kind != "weak" for kind in split(text)[1]) < BREADCRUMB_SEPARATORS


def after_kicker(text: str, top: str) -> int:
    """Where the headline starts in ``text`` after a kicker joined to it; 0 if none.

    A page's heading often holds a kicker and the headline in two inline elements, which
    scraping joins into one line ("Inside the Archive How a Map Was Saved"), while the
    ``<title>`` line ``top`` parts them ("Inside the Archive: How a Map Was Saved |
    Site"). When ``text`` ends with a part of ``top`` and only a few words come before
    it, with no separator between, the headline is that part. The part must be the
    headline of ``top``, not the site name beside it: no other piece of ``top`` is
    longer; and where ``top`` parts it, ``text`` must part it too.
    """
    spans = tokens(text)
    found = tuple(text[a:b].lower() for a, b in spans)
    pieces = split(top)[0]
    best = 0
    for a, b in runs(top, first_line=True):
        part = key(top[a:b])
        extra = len(found) - len(part)
        if len(part) < KICKER_HEADLINE or not 1 <= extra <= KICKER_WORDS:
            continue
        if found[extra:] != part or (best and best <= spans[extra][0]):
            continue
        if extra == 1 and spans[0][1] - spans[0][0] < KICKER_CHARS:
            continue
        if any(len(key(top[c:d])) > len(part) for c, d in pieces if d <= a or c >= b):
            continue
        gap = text[spans[extra - 1][1] : spans[extra][0]]
        if gap.strip(_OPENING + " ") or (gap.rstrip() != gap and gap.strip()):
            continue  # a separator stands there: a site or section name, judged elsewhere
        inner = [len(key(top[a:c])) for c, _ in pieces if a < c < b]
        if any(not text[spans[extra + j - 1][1] : spans[extra + j][0]].strip() for j in inner):
            continue  # the line joins two parts of the first line: a kicker within
        best = spans[extra - 1][1] + len(gap) - len(gap.lstrip())
    return best
