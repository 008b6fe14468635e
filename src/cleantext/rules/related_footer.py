"""Related-links blocks: "More on this topic:" and the teaser headlines after it.

Why: article pages end (and are sprinkled) with lists of links to other articles
("Related articles", "Mehr zum Thema", "À lire aussi", "Читайте также"). In the text they
look like a marker line followed by a run of short headlines, and they are not part of
the article.

A teaser is a line of at most 160 characters that is not a sentence: it does not end in a
full stop (three words or more), holds no two sentences, and is no lead-in ending in a
colon. A copyright line counts as a teaser, since it closes many footers.

Removes:
    * a marker line ("More on this topic:", "Read more", "You may also like", "Lesen Sie
      auch", "Leer más", "Leggi anche", "Leia também", "Читайте также" ...);
    * a marker with one teaser on the same line ("Read more: Why the Fed cut rates");
    * the teasers after a marker when only teasers follow to the end of the document;
    * the teasers after a marker that announces a list ("Related", "Most read", "Read
      more:"; not a bare "Read more" button), up to the first line that is not a teaser,
      when there are at least two of them. Later boilerplate sentences (a comment policy,
      a newsletter box) do not save the list; they stay for other rules;
    * after such a marker, headlines with a standfirst of a sentence or two each, when
      only they follow to the end, with two standfirsts or more, and the text above the
      marker is longer than the standfirsts: the repeated headline-and-sentence unit is
      the evidence;
    * a headline in two parts between two teasers ("Ads are not the problem. Our
      habits are"): it does not end the list;
    * post navigation ("Previous post: ...", "Next Article", "← Older story") and list
      headings such as "More <name> stories", "Next up in <section>", "Latest <topic>
      news", "Featured", "Popular", "Aktuelle Berichte aus dieser Kategorie", "Terkait".

Keeps:
    * the paragraphs after a marker in the middle of the body: the run stops at the first
      sentence, so only the marker and the headlines right after it go;
    * a single short line between a marker and the next paragraph (it may be a
      subheading), and the lines after a "Read more" / "Continue reading" button unless
      only teasers follow to the end;
    * a long run of short lines (more than eight) right after a paragraph, when more body
      text follows it than came before: that is a list in the article (products, facts),
      not a box of links;
    * short final sentences after a marker ("He was 83."): a line of three or more words
      that ends in a full stop is body text, however short;
    * a sentence right after a marker (no headline above it, so no standfirst), a line of
      dialogue ("Oh, I think so. Why?"), and the article's own sections of subheading and
      short paragraph after a box of links when they are longer than the text above it;
    * sentences that contain the marker words ("Read more about the rules in our guide.",
      "Related: The company said it would appeal."): a marker must fill the line, or stand
      before a colon or spaced dash and a teaser;
    * subheadings that merely begin like a marker ("More from the interview", "Related
      research", "Related-party deals"): the open part of "More from <name>" must be a
      capitalised name, and a hyphen is no dash;
    * the title: a run of teasers never reaches over it. When no title was found, a run
      in the page header leaves its last line (of three words or more) above the first
      paragraph, which may be the headline.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from typing import Literal

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.legal import LEGAL
from ..vocab.related import LINKS, POINTERS, WIDGETS

# Teaser headlines (with a short standfirst) stay under this; body paragraphs rarely do.
_TEASER_MAX_CHARS = 160
# A standfirst under a teaser's headline: one or two sentences.
_BLURB_MAX_CHARS = 300
# A headline in two parts ("Ads are not the problem. Our habits are") stays under this.
_TWO_PART_MAX_CHARS = 90
_PART_MIN_WORDS = 2
_OPEN, _CLOSE = "«»\"“”„‘’'‹›「『", "»«\"”“’‘'›‹」』"
_STOP = regex.compile(r"(?<=\p{Ll}{3}[.!?])\s+(?=\S)")
# A marker line is short; longer lines are never looked at (cheap, and protects prose).
_MARKER_MAX_CHARS = 200
# Headlines between a marker and the body resume: one may be a subheading, two are a list.
_MIN_LIST = 2
# A box of related links inside the article holds a handful of headlines. A longer run of
# short lines that has more body text after it than before it is part of the article (a
# list of products, a table) and is only taken in the page header or after the article.
_MAX_BOX = 8
# Teasers with standfirsts: three units at least, the repetition is the evidence.
_MIN_UNITS = 3
# Lines of fewer words that end in a full stop are abbreviations ("Washington, D.C.").
_SENTENCE_MIN_WORDS = 3

Kind = Literal["list", "link", "inline"]


class RelatedFooter(Rule):
    name = "related_footer"
    summary = "'More on this topic' / related-links markers and the teaser list after them."
    tags = ("related", "footer", "links", "multilingual")

    def __init__(self) -> None:
        pointers = alternation(fragments(POINTERS))
        widgets = alternation(fragments(WIDGETS))
        links = alternation(fragments(LINKS))
        # One anchored pattern per line: a marker that fills the line, bar punctuation, or
        # a marker, a colon or dash, and the rest of the line (a teaser, if it reads so).
        self._marker = regex.compile(
            rf"^(?:[←«‹<–—-]+\s*)?(?:(?P<pointer>{pointers})|(?P<widget>{widgets})|(?P<link>{links}))"
            # A dash needs a space before it: "Related-party deals" is no marker.
            r"(?:(?P<tail>[\s:：.…?»›>→|–—-]*)$|(?:\s*[:：»›>→|]|\s+[–—-])\s*(?P<rest>\S.*)$)",
            FLAGS,
        )
        self._legal = regex.compile(alternation(fragments(LEGAL)), FLAGS)
        # Two sentences on one line: "... a big win. He didn't get it."
        self._two_sentences = regex.compile(r"\p{Ll}{3}[.!?] \p{Lu}")

    def judge(self, doc: Document) -> Iterator[Verdict]:
        kept = list(doc.kept())
        layout: _Layout | None = None  # measured when the first marker turns up
        pos = 0
        while pos < len(kept):
            found = self._find_marker(kept[pos].text)
            if found is None:
                pos += 1
                continue
            name, kind = found
            if kind == "inline":
                yield self.remove(kept[pos], f"a {name!r} link to another article")
                pos += 1
                continue
            if layout is None:
                layout = self._layout(doc, kept)
            verdicts, pos = self._block(kept, pos, name, kind, layout, doc.title is None)
            yield from verdicts

    def _block(
        self,
        kept: Sequence[Segment],
        pos: int,
        name: str,
        kind: Kind,
        layout: _Layout,
        no_title: bool,
    ) -> tuple[Iterator[Verdict], int]:
        """The verdicts for the marker at ``pos`` and its teasers; where to go on."""
        marker = kept[pos]
        end = layout.run_end(pos)
        if end == len(kept):
            verdict = self.remove(
                marker, f"the related-links marker {name!r} that opens the footer"
            )
            run = self._teasers(kept[pos + 1 :], name)
            return chain((verdict,), run), end
        if kind != "link" and layout.teasers_with_standfirsts(pos):
            verdict = self.remove(
                marker, f"the related-links marker {name!r} that opens the footer"
            )
            run = self._teasers(kept[pos + 1 :], name)
            return chain((verdict,), run), len(kept)
        if kind == "list" and layout.is_list(pos, end):
            last = end
            if no_title and layout.body[pos] == 0 and _may_be_headline(kept[end - 1]):
                last -= 1  # no title found: the line above the first paragraph may be it
            verdict = self.remove(marker, f"the related-links marker {name!r} before a list")
            run = self._teasers(kept[pos + 1 : last], name)
            return chain((verdict,), run), end
        verdict = self.remove(marker, f"the related-links marker {name!r}, a link not text")
        return iter((verdict,)), pos + 1

    def _teasers(self, run: Sequence[Segment], name: str) -> Iterator[Verdict]:
        for seg in run:
            found = self._find_marker(seg.text)
            if found is not None and found[1] != "inline":
                yield self.remove(seg, f"the related-links marker {found[0]!r} in a list of links")
            elif self._legal.search(seg.text) is not None:
                yield self.remove(seg, f"a copyright line among the related links after {name!r}")
            else:
                yield self.remove(seg, f"a teaser in the related-links list after {name!r}")

    def _find_marker(self, text: str) -> tuple[str, Kind] | None:
        """The marker phrase on this line and its kind, or None."""
        if len(text) > _MARKER_MAX_CHARS:
            return None
        match = self._marker.match(text)
        if match is None:
            return None
        link = match.group("link")
        name = match.group("pointer") or match.group("widget") or link
        rest = match.group("rest")
        if rest is not None:
            # Only pointers and links lead a teaser on their line, and it must read as one.
            if match.group("widget") is not None or not self._teaser(rest):
                return None
            return name, "inline"
        # "Read more:" with a colon announces a list; a bare "Read more" is a button.
        if link is not None and ":" not in match.group("tail"):
            return name, "link"
        return name, "list"

    def _layout(self, doc: Document, kept: Sequence[Segment]) -> _Layout:
        """Where the teaser runs stop and how much body text lies before each line."""
        stops = [len(kept)] * (len(kept) + 1)
        body = [0] * (len(kept) + 1)
        teasers = [self._teaser(seg.text) for seg in kept]
        for pos, seg in enumerate(kept):
            teaser = teasers[pos] or _two_part_headline(teasers, kept, pos)
            stops[pos] = -1 if teaser else pos
            body[pos + 1] = body[pos] + (0 if teaser else len(seg.text))
        for pos in range(len(kept) - 1, -1, -1):
            if stops[pos] < 0:
                stops[pos] = stops[pos + 1]
        blurbs = self._blurbs(kept, stops)
        after_title = -1
        if doc.title is not None:
            title = doc.title.index
            after_title = next((p for p, s in enumerate(kept) if s.index > title), len(kept))
        return _Layout(stops, body, after_title, blurbs)

    def _blurbs(self, kept: Sequence[Segment], stops: Sequence[int]) -> list[int]:
        """Per position: how many standfirsts follow it to the end, or -1 past a line that
        is neither a teaser nor a standfirst. A standfirst is a short text (a sentence or
        two) between two teaser headlines, or after the last one."""
        count = [0] * (len(kept) + 1)
        for pos in range(len(kept) - 1, -1, -1):
            if count[pos + 1] < 0:
                count[pos] = -1
            elif stops[pos] != pos:
                count[pos] = count[pos + 1]  # a teaser
            elif self._standfirst(kept, stops, pos):
                count[pos] = count[pos + 1] + 1
            else:
                count[pos] = -1
        return count

    def _standfirst(self, kept: Sequence[Segment], stops: Sequence[int], pos: int) -> bool:
        text = kept[pos].text
        if len(text) > _BLURB_MAX_CHARS or pos == 0 or stops[pos - 1] == pos - 1:
            return False  # long, or not after a teaser
        headline = kept[pos - 1].words >= _SENTENCE_MIN_WORDS
        return headline and (pos + 1 == len(kept) or stops[pos + 1] != pos + 1)

    def _teaser(self, text: str) -> bool:
        """Short and headline-like: no final full stop, not two sentences, no lead-in."""
        if len(text) > _TEASER_MAX_CHARS:
            return False
        if _is_sentence(text) or (_has_inner_stop(text) and self._two_sentences.search(text)):
            # A copyright line ends many footers; it is no body text.
            return self._legal.search(text) is not None
        if text.endswith(":") and len(text.split()) > _SENTENCE_MIN_WORDS:
            # "Here are the highlights:" leads into the body; "Lesen Sie auch:" is a marker.
            return self._find_marker(text) is not None
        return True


def _is_sentence(text: str) -> bool:
    """Ends in a full stop (not an ellipsis) and has a few words: "He was 83."."""
    end = text.rstrip("\"'”’»)]")
    if not end.endswith((".", "。")) or end.endswith(("..", "…")):
        return False
    return len(text.split()) >= _SENTENCE_MIN_WORDS


def _two_part_headline(teasers: Sequence[bool], kept: Sequence[Segment], pos: int) -> bool:
    """A short line without a final stop between two teasers is a headline in two parts
    ("Ads are not the problem. Our habits are")."""
    text = kept[pos].text
    if len(text) > _TWO_PART_MAX_CHARS or _is_sentence(text) or text.endswith(":"):
        return False
    if min(_parts(text)) < _PART_MIN_WORDS or (text[0] in _OPEN and text[-1] in _CLOSE):
        return False  # "Oh, I think so. Why?" and a quoted line are dialogue
    return 0 < pos < len(kept) - 1 and teasers[pos - 1] and teasers[pos + 1]


def _parts(text: str) -> list[int]:
    """The words of each sentence of a line; a single word before a stop is no sentence
    of its own ("Pres. Jones visits the port" is one)."""
    sizes: list[int] = []
    carry = 0
    for part in _STOP.split(text):
        words = carry + len(part.split())
        carry = words if words < _PART_MIN_WORDS else 0
        if not carry:
            sizes.append(words)
    if carry:
        sizes.append(carry)
    return sizes if len(sizes) > 1 else [_PART_MIN_WORDS]


def _may_be_headline(seg: Segment) -> bool:
    """Long enough to be a headline (menu items and dates are one or two words)."""
    return len(seg.text.split()) >= _SENTENCE_MIN_WORDS


def _has_inner_stop(text: str) -> bool:
    """A cheap test before the two-sentence pattern: a stop followed by a space."""
    return ". " in text or "! " in text or "? " in text


@dataclass(frozen=True, slots=True)
class _Layout:
    """Per document: where teaser runs stop, and how much body text precedes each line."""

    stops: list[int]  # position of the first non-teaser at or after each position
    body: list[int]  # characters of body text (non-teaser lines) before each position
    after_title: int  # position of the first line after the title; -1 without a title
    blurbs: list[int]  # standfirsts from each position to the end; -1 if a paragraph comes

    def teasers_with_standfirsts(self, marker: int) -> bool:
        """True if only teasers and their standfirsts follow ``marker`` to the end, with
        three standfirsts or more at a steady step, and the text above the marker is
        longer than they are."""
        if marker < self.after_title or self.blurbs[marker + 1] < _MIN_LIST:
            return False
        if self.stops[marker + 1] == marker + 1:
            return False  # a sentence right after the marker is no standfirst: no headline
        # The standfirsts repeat at a steady step from the marker on: one unit after
        # another, not a stray sentence of the article among links.
        places = [marker] + [
            p for p in range(marker + 1, len(self.stops) - 1) if self.stops[p] == p
        ]
        steps = [b - a for a, b in pairwise(places)][:-1]  # the last may close the page
        if len(steps) < _MIN_UNITS - 1 or max(steps) - min(steps) > 1:
            return False
        standfirsts = self.body[-1] - self.body[marker + 1]
        return self.body[marker] > standfirsts

    def run_end(self, marker: int) -> int:
        """Where the run of teasers after ``marker`` ends; it never reaches over the title."""
        end = self.stops[marker + 1]
        if marker < self.after_title:
            end = min(end, self.after_title)
        return end

    def is_list(self, marker: int, end: int) -> bool:
        """True if the run of teasers between ``marker`` and ``end`` is a related list."""
        size = end - marker - 1
        if size < _MIN_LIST:
            return False
        after_body = marker > 0 and self.stops[marker - 1] == marker - 1
        if size <= _MAX_BOX or not after_body:
            return True
        return self.body[marker] >= self.body[-1] - self.body[end]
