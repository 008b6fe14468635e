"""The title: which line is the headline.

Why: scraped text starts with the headline, often printed twice (the page's ``<title>``
and the article's ``<h1>``), sometimes with the site name beside it. Users want it once,
as ``Article.title``, and not as the first paragraph of the body.

Picks, looking at the first few lines that are still kept (on a whole scraped page the
first line is the ``<title>``; the ``<h1>`` copy may come after the navigation):
    * a headline-like line that is printed again anywhere in the text (the surest
      sign), exactly or nearly (one word apart, see ``_headline.same``);
    * or the part of such a line beside site or section names ("Headline | Site",
      "Site - Headline", "Site » Headline", "Section: Headline", and on the first line
      "Headline: Site") that stands on a line of its own: then that clean copy is the
      title. The longest such part wins, unless it is a site name printed in the page
      header: then the shorter part that opens the line wins ("Herbst am See |
      Notizen aus dem Hinterhof"). A part after a longer piece is never chosen: it is
      the site name. On the top line, a part of one word ("Impressum | Site") counts;
    * otherwise the first line, if it is headline-like (short, no full stop at the end)
      and a body paragraph follows it.
A site or section name beside the chosen headline after a pipe or bullet
("Headline | Site"), or a separator left dangling at its end, is removed and explained.
The other copies of the headline are left to ``duplicate_headline``.

Keeps (reports no title):
    * text that opens with a sentence ending in a full stop, or with a long paragraph;
    * a lone short line with nothing after it;
    * lines below the first paragraph (subheadings), even when printed twice;
    * a short line printed twice below the first line without a paragraph close below
      it (a menu printed twice), and breadcrumb trails;
    * the rest of a title line cut only by dashes or colons ("Artist · Work",
      "Headline: Subtitle"), which stays part of the title.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ._headline import (
    SEPARATOR_CHARS,
    SITE_NAME_WORDS,
    Copies,
    Span,
    copy_lengths,
    headline_like,
    key,
    probes,
    runs,
    same,
    site_copy,
    split,
    words,
)

_CANDIDATES = 6  # how many kept lines from the top may hold the headline
_BODY_WORDS = 8  # a paragraph after the headline has at least this many words
_MENU_WORDS = 4  # below the first line, a shorter line printed twice may be a menu item
_NEAR = 3  # how many lines below a headline its first paragraph may start
_ANCHOR_PIECES = 5  # a top line cut into this many pieces is a breadcrumb or a menu
_HEADER_LINES = 12  # a site name printed in the page header stands among these lines
_ONE_WORD_CHARS = 4  # a one-word headline beside a site name has at least this many chars


@dataclass(frozen=True, slots=True)
class _Choice:
    seg: Segment
    reason: str
    copy: Segment  # the other copy that backs the choice
    size: int  # the length of the headline part
    start: int = 0  # where the headline part starts in the top line
    clean: bool = False  # True if ``seg`` is a clean copy of a part of the top line


class Title(Rule):
    name = "title"
    summary = "Reports the headline as Article.title, once; removes a site name beside it."
    tags = ("title", "headline")

    def judge(self, doc: Document) -> Iterator[Verdict]:
        if doc.title is not None:
            return  # chosen in an earlier round; a second choice would cut another line
        top = list(islice(doc.kept(), _CANDIDATES + 1))
        choice = self._repeated(top[:_CANDIDATES], doc) or self._leading(top)
        if choice is None:
            return
        seg = choice.seg
        head = _headline_span(seg.text)
        for a, b in ((0, head[0]), (head[1], len(seg.text))):
            part = seg.text[a:b]
            if not part.strip():
                continue
            a += len(part) - len(part.lstrip())
            b = a + len(part.strip())
            name = part.strip(SEPARATOR_CHARS)
            reason = (
                f"the site or section name {name!r} printed beside the headline"
                if name
                else "a separator left beside the headline"
            )
            yield Verdict(seg.index, self.name, reason, start=seg.start + a, end=seg.start + b)
        start, end = seg.start + head[0], seg.start + head[1]
        yield Verdict(seg.index, self.name, choice.reason, action="title", start=start, end=end)

    def _repeated(self, top: list[Segment], doc: Document) -> _Choice | None:
        """The first top line printed again; the best-backed part of it."""
        copies = Copies(doc)
        for position, anchor in enumerate(top):
            if position and any(_paragraph(seg) for seg in top[:position]):
                return None  # below the first paragraph stand subheadings, not the headline
            pieces, kinds = split(anchor.text)
            names = sum(kind != "weak" for kind in kinds)  # a colon is no menu
            if not _anchor_like(anchor.text, pieces) or names >= _ANCHOR_PIECES:
                continue
            size = max((b - a for a, b in pieces), default=0)
            spans = _parts(anchor, pieces)
            found = [_copy(anchor, span, span == spans[0], size, copies) for span in spans]
            choices = [c for c in found if c is not None]
            if position:
                # below the first line, a line printed twice is often a menu printed
                # twice: a headline is longer and has a paragraph close below a copy
                choices = [
                    c
                    for c in choices
                    if words(c.seg.text) >= _MENU_WORDS and _paragraph_near(c.copy, doc)
                ]
            if choices:
                return _best(choices, doc)
        return None

    def _leading(self, top: list[Segment]) -> _Choice | None:
        """The first line, when it is headline-like and a paragraph follows it."""
        if len(top) < 2 or not headline_like(top[0].text):
            return None
        head, following = words(top[0].text), words(top[1].text)
        if following >= _BODY_WORDS and following > 1.5 * head:
            reason = "the headline: a short first line before the first paragraph"
            return _Choice(top[0], reason, top[1], 0)
        return None


def _parts(anchor: Segment, pieces: list[Span]) -> list[Span]:
    """The whole line, then the parts of it that may be the headline beside names.

    A part after a longer piece is a name ("Headline | Site", where only the site name
    may be printed again, in the page header): the headline part starts the line or
    is at least as long as every piece beside it.
    """
    spans = list(runs(anchor.text, first_line=anchor.index == 0))
    kept = spans[:1]
    for start, end in spans[1:]:
        beside = [b - a for a, b in pieces if b <= start or a >= end]
        if start == pieces[0][0] or end - start >= max(beside, default=0):
            kept.append((start, end))
    return kept


def _copy(anchor: Segment, span: Span, whole: bool, size: int, copies: Copies) -> _Choice | None:
    """The headline if ``anchor.text[span]`` is printed again, else None.

    ``whole`` says the span is the whole line; then the line itself is the headline.
    A part beside a site name that stands on a line of its own makes that line the
    headline: the clean copy.
    """
    text = anchor.text[span[0] : span[1]]
    target = key(text)
    if len(target) < 2 and (whole or len(text) < _ONE_WORD_CHARS):
        return None  # one word printed twice is a menu item, unless a <title> holds it
    for other in copies.holding(probes(text), *copy_lengths(text, with_names=whole)):
        if other.index == anchor.index or other.text.endswith(":"):
            continue  # a line ending in a colon introduces what follows
        if same(copies.key(other), target):
            if whole:
                return _Choice(anchor, "the headline: it is printed twice", other, size)
            reason = f"the headline: the line {anchor.text!r} holds it beside a site name"
            return _Choice(other, reason, other, span[1] - span[0], span[0], clean=True)
        longer = len(other.text) > len(anchor.text)
        if whole and longer and site_copy(other.text, copies.key(other), target, other.index == 0):
            reason = "the headline: printed again with the site name"
            return _Choice(anchor, reason, other, size)
    return None


def _best(choices: list[_Choice], doc: Document) -> _Choice:
    """The longest headline part; but a site name can be the longer part.

    In "Headline | Site" the site name is printed in the page header, before the
    article: a shorter part that comes first in the top line wins over a longer one
    whose copy stands among the first lines of the text, before the shorter one's.
    """
    best = max(choices, key=lambda c: (c.size, c.clean))
    for choice in sorted(choices, key=lambda c: c.start):
        in_header = doc.kept_position(best.copy) < _HEADER_LINES
        if choice.start < best.start and in_header and best.copy.start < choice.copy.start:
            return choice
    return best


def _anchor_like(text: str, pieces: list[Span]) -> bool:
    """Headline-like, perhaps but for a site name at the end ("Headline - Club e. V.")."""
    if headline_like(text):
        return True
    return len(pieces) > 1 and headline_like(text[: pieces[-2][1]])


def _paragraph(seg: Segment) -> bool:
    """A line of body text: long enough, and a sentence rather than a headline."""
    return words(seg.text) >= _BODY_WORDS and not headline_like(seg.text)


def _paragraph_near(seg: Segment, doc: Document) -> bool:
    """True if one of the next few kept lines after ``seg`` is a paragraph."""
    for step in range(1, _NEAR + 1):
        following = doc.neighbour(seg, step)
        if following is None:
            return False
        if words(following.text) >= _BODY_WORDS:
            return True
    return False


def _headline_span(text: str) -> Span:
    """The headline in its line: the longest part between pipes, if the others are
    short enough to be names, and never a separator dangling at either end."""
    groups = _strong_groups(text)
    if not groups:
        return 0, len(text)
    if len(groups) > 1:
        longest = max(groups, key=lambda g: g[1] - g[0])
        if all(words(text[a:b]) <= SITE_NAME_WORDS for a, b in groups if (a, b) != longest):
            return longest
    return groups[0][0], groups[-1][1]


def _strong_groups(text: str) -> list[Span]:
    """The parts of ``text`` between pipes and bullets (the sure site-name separators)."""
    pieces, kinds = split(text)
    groups: list[Span] = []
    for i, piece in enumerate(pieces):
        if i and kinds[i - 1] != "strong":
            groups[-1] = (groups[-1][0], piece[1])
        else:
            groups.append(piece)
    return groups
