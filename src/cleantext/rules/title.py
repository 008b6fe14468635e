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
Then, on a whole page, the headline printed deep, after the navigation: the line above
the first paragraph that the first line (the page's ``<title>``) echoes, though it may
word it a little differently (see ``_body_headline``). It replaces the choice when
there was none; when the choice is the ``<title>`` line or a copy of it and the deep
line is the same headline without what stands beside it ("Headline: Subtitle | Site",
"Kicker: Headline") or with typeset quote marks and dashes where the ``<title>`` has
plain ones; and when the choice is another line that the first line does not echo (a
menu item printed twice, a section name of one word). Of two copies with the same
words, the typeset one wins. A kicker joined to the headline without a separator
("Inside the Archive How a Map Was Saved", where the first line reads "Inside the
Archive: How a Map Was Saved") stays in the body; the title is the part the first line
holds.
Last, when nothing else was found: the line right above a byline that the byline rule
removed, when the first paragraph follows within a few lines and none stands above (a
menu, the headline, "By NAME", the body: text without a <title> line).
A site or section name beside the chosen headline after a pipe or bullet
("Headline | Site"), or a separator left dangling at its end, is removed and explained.
The other copies of the headline are left to ``duplicate_headline``.

Keeps (reports no title):
    * text that opens with a sentence ending in a full stop, or with a long paragraph;
    * a lone short line with nothing after it;
    * lines below the first paragraph (subheadings), even when printed twice;
    * a short line printed twice below the first line without a paragraph close below
      it (a menu printed twice), and breadcrumb trails;
    * a deep line that shares words with the first line only by its site name
      ("Headline | Site" and a line "About Site"), that no paragraph follows, that
      opens with a date, or that stands below the place where the body begins;
    * any deep line when the text opens with its body (an article extractor's output);
    * the rest of a title line cut only by dashes or colons ("Artist · Work",
      "Headline: Subtitle"), which stays part of the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ._body_headline import BODY_WORDS, WEAK, FirstLine, above_body, after_kicker, paragraph
from ._headline import (
    SEPARATOR_CHARS,
    SITE_NAME_WORDS,
    Copies,
    Span,
    copy_lengths,
    headline_like,
    joined,
    key,
    probes,
    runs,
    same,
    site_copy,
    split,
    words,
)

_CANDIDATES = 6  # how many kept lines from the top may hold the headline
_MENU_WORDS = 4  # below the first line, a shorter line printed twice may be a menu item
_NEAR = 3  # how many lines below a headline its first paragraph may start
_ANCHOR_PIECES = 5  # a top line cut into this many pieces is a breadcrumb or a menu
_HEADER_LINES = 12  # a site name printed in the page header stands among these lines
_TYPESET = "‘’‚“”„«»‹›–—…"
_ONE_WORD_CHARS = 4  # a one-word headline beside a site name has at least this many chars
_PAGE_LINES = 5  # a text of this many lines may be a whole page, its first line the <title>
_TOP_LINE_WORDS = 20  # a longer first line is no title, even when printed again


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
        choice = _deep(choice, doc) or _top_line(doc) or _over_byline(doc)
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
        if seg.index != doc.segments[0].index:
            # a kicker joined to the headline stays in the body: it is no site name
            start = seg.start + max(head[0], after_kicker(seg.text, doc.segments[0].text))
        yield Verdict(seg.index, self.name, choice.reason, action="title", start=start, end=end)

    def _repeated(self, top: list[Segment], doc: Document) -> _Choice | None:
        """The first top line printed again; the best-backed part of it."""
        copies = Copies(doc)
        for position, anchor in enumerate(top):
            if position and any(paragraph(seg.text) for seg in top[:position]):
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
        if following >= BODY_WORDS and following > 1.5 * head:
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
    near: Segment | None = None  # a clean copy one word apart, if no exact one comes
    for other in copies.holding(probes(text), *copy_lengths(text, with_names=whole)):
        if other.index == anchor.index or other.text.endswith(":"):
            continue  # a line ending in a colon introduces what follows
        found = copies.key(other)
        if whole and same(found, target):
            # of two copies with the same words, the one with typeset quote marks and
            # dashes is the headline as written
            better = found == target and _typeset(other.text) > _typeset(anchor.text)
            seg, copy = (other, anchor) if better else (anchor, other)
            return _Choice(seg, "the headline: it is printed twice", copy, size)
        if not whole and found == target:
            return _clean_copy(anchor, span, other)
        if not whole and near is None and same(found, target):
            near = other
        longer = len(other.text) > len(anchor.text)
        if whole and longer and site_copy(other.text, found, target, other.index == 0):
            reason = "the headline: printed again with the site name"
            return _Choice(anchor, reason, other, size)
    return None if near is None else _clean_copy(anchor, span, near)


def _clean_copy(anchor: Segment, span: Span, copy: Segment) -> _Choice:
    """The line ``copy``, which holds the part ``span`` of ``anchor`` on its own."""
    reason = f"the headline: the line {anchor.text!r} holds it beside a site name"
    return _Choice(copy, reason, copy, span[1] - span[0], span[0], clean=True)


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


def _paragraph_near(seg: Segment, doc: Document) -> bool:
    """True if one of the next few kept lines after ``seg`` is a paragraph."""
    for step in range(1, _NEAR + 1):
        following = doc.neighbour(seg, step)
        if following is None:
            return False
        if words(following.text) >= BODY_WORDS:
            return True
    return False


# A separator dangling at an end of the headline; a guillemet only when it points away
# from the headline across a space ("» Headline"), for "»Quote«" and "« Citation »"
# are quotations.
_DANGLING = re.compile(r"(?:[\s|│¦｜•·:/\-–—]|[»›]+\s)*(.+?)(?:[\s|│¦｜•·:/\-–—]|\s[«‹]+)*", re.S)


def _trimmed(text: str) -> str:
    """``text`` without separators dangling at its ends."""
    found = _DANGLING.fullmatch(text)
    return found.group(1) if found else text


def _headline_span(text: str) -> Span:
    """The headline in its line: the longest part between pipes, if the others are
    short enough to be names, and never a separator dangling at either end."""
    groups = _strong_groups(text)
    if not groups:
        return 0, len(text)
    a, b = groups[0][0], groups[-1][1]
    if len(groups) > 1:
        longest = max(groups, key=lambda g: g[1] - g[0])
        if all(words(text[a:b]) <= SITE_NAME_WORDS for a, b in groups if (a, b) != longest):
            a, b = longest
    found = _DANGLING.fullmatch(text, a, b)
    return found.span(1) if found else (a, b)


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


def _deep(choice: _Choice | None, doc: Document) -> _Choice | None:
    """The headline printed deep in a whole page instead of ``choice``, if better."""
    first = FirstLine.of(doc)
    if first is None:
        return choice
    title_line = choice is not None and _title_line(choice.seg, doc)
    echoed = choice is not None and first.echo(key(_chosen(choice))) is not None
    if echoed and not title_line:
        return choice  # a copy of the headline that the <title> echoes, found already
    found = above_body(doc, first)
    if found is None:
        return choice
    seg, score = found
    if choice is not None and not title_line and score == WEAK and choice.clean:
        return choice  # one shared word does not outweigh a headline printed twice
    if choice is not None and title_line:
        headline = seg.text[after_kicker(seg.text, first.segment.text) :]
        if not _cleaner(headline, choice):
            return choice
    how = "shares a word with it" if score == WEAK else "echoes it"
    reason = f"the headline: above the first paragraph; the first line {first.segment.text!r} {how}"
    return _Choice(seg, reason, first.segment, 0)


def _top_line(doc: Document) -> _Choice | None:
    """The page's ``<title>`` line, when no headline was found below it: its headline
    part when pipes or bullets cut it into a headline and short site names
    ("makrophotos von insekten » site.example | inside the machine"), or the whole line
    when the page repeats it (a one-word line at least twice more: a topic, not a menu
    entry). Only on a whole page: the line must open the text and lines must follow."""
    first = next(doc.kept(), None)
    if first is None or first.index != 0 or len(doc.segments) < _PAGE_LINES:
        return None
    text = first.text
    a, b = _headline_span(text)
    if len(_strong_groups(text)) > 1 and b - a < len(text.strip(SEPARATOR_CHARS)):
        if headline_like(text[a:b]) or words(text[a:b]) == 1:
            reason = "the headline: the part of the page's title line beside the site name"
            return _Choice(first, reason, first, b - a, a)
        return None
    if words(text) > _TOP_LINE_WORDS or len(text) < _ONE_WORD_CHARS:
        return None
    repeats = doc.lowered.count(text.lower()) - 1
    if repeats >= (2 if words(text) == 1 else 1):
        reason = "the headline: the page's title line, printed again below"
        return _Choice(first, reason, first, len(text))
    return None


def _over_byline(doc: Document) -> _Choice | None:
    """The line right above the byline ("By Jane Miller", removed by the byline rule),
    when the first paragraph follows the byline closely and none stands above it: the
    headline of a text with a menu but no <title> line (extractor residue, a scraper's
    article block)."""
    for seg in doc.segments[: _CANDIDATES * 4]:
        if doc.is_kept(seg) and paragraph(seg.text):
            return None  # the body began above any byline
        if doc.removed_by(seg.index) != "byline" or seg.index == 0:
            continue
        above = doc.segments[seg.index - 1]
        below = doc.segments[seg.index + 1 : seg.index + 1 + _NEAR]
        if (
            doc.is_kept(above)
            and headline_like(above.text)
            and any(doc.is_kept(s) and paragraph(s.text) for s in below)
        ):
            return _Choice(above, "the headline: the line above the byline", above, len(above.text))
        return None
    return None


def _title_line(seg: Segment, doc: Document) -> bool:
    """True if ``seg`` is the first line of the text (a page's <title>) or a copy of it."""
    top = doc.segments[0]
    return seg.index == top.index or key(seg.text) == key(top.text)


def _chosen(choice: _Choice) -> str:
    """The headline part of the chosen line."""
    a, b = _headline_span(choice.seg.text)
    return choice.seg.text[a:b]


def _cleaner(text: str, choice: _Choice) -> bool:
    """True if ``text`` is the chosen headline without what stands beside it there.

    "Headline" is cleaner than "Headline: Subtitle | Site" and than "...: Headline"; a
    line with the same words and no stray separator at its ends is as good as it.
    """
    chosen = _chosen(choice)
    text = _trimmed(text)
    found, target = key(text), key(chosen)
    if found == target:
        # typeset quote marks and dashes are the headline as written, the ASCII ones
        # a <title> made plain
        typeset = _typeset(text) > _typeset(chosen)
        return typeset or chosen.strip(SEPARATOR_CHARS + ".…") != chosen
    return len(found) < len(target) and joined(found) in joined(target)


def _typeset(text: str) -> int:
    """How many typeset quote marks, dashes and ellipses ``text`` holds."""
    return sum(text.count(c) for c in _TYPESET)
