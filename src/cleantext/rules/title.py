"""The title: which line is the headline.

Why: scraped text starts with the headline, often printed twice (the page's ``<title>``
and the article's ``<h1>``), sometimes with the site name beside it. Users want it once,
as ``Article.title``, and not as the first paragraph of the body.

Picks, among the first few lines that are still kept:
    * a headline-like line that is printed again elsewhere in the text (the surest sign),
      preferring the copy without a site name ("Headline" over "Headline | Site");
    * otherwise the first line, if it is headline-like (short, no full stop at the end)
      and a body paragraph follows it.
A site or section name beside the chosen headline after a pipe or bullet
("Headline | Site") is removed and explained. The other copies of the headline are
left to ``duplicate_headline``.

Keeps (reports no title):
    * text that opens with a sentence ending in a full stop, or with a long paragraph;
    * a lone short line with nothing after it;
    * text whose only headline-like lines are deep in the body (subheadings).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ._headline import (
    MAX_HEADLINE_CHARS,
    SITE_NAME_WORDS,
    SITE_SEPARATOR,
    core_in,
    headline_like,
    normalise,
    parts,
    same,
    words,
)

_CANDIDATES = 6  # how many kept lines from the top may hold the headline
_BODY_WORDS = 8  # a paragraph after the headline has at least this many words

_Choice = tuple[Segment, str]


class Title(Rule):
    name = "title"
    summary = "Reports the headline as Article.title, once; removes a site name beside it."
    tags = ("title", "headline")

    def judge(self, doc: Document) -> Iterator[Verdict]:
        top = list(islice(doc.kept(), _CANDIDATES + 1))
        choice = self._repeated(doc, top[:_CANDIDATES]) or self._leading(top)
        if choice is None:
            return
        seg, reason = choice
        start, end = seg.start, seg.end
        pieces = parts(seg.text, SITE_SEPARATOR)
        if len(pieces) > 1:
            longest = max(pieces, key=lambda p: p[1] - p[0])
            rest = [p for p in pieces if p != longest]
            if all(words(seg.text[a:b]) <= SITE_NAME_WORDS for a, b in rest):
                start, end = seg.start + longest[0], seg.start + longest[1]
                for a, b in rest:
                    name = seg.text[a:b]
                    yield Verdict(
                        seg.index,
                        self.name,
                        f"the site or section name {name!r} printed beside the headline",
                        start=seg.start + a,
                        end=seg.start + b,
                    )
        yield Verdict(seg.index, self.name, reason, action="title", start=start, end=end)

    def _repeated(self, doc: Document, top: list[Segment]) -> _Choice | None:
        """The first top line printed again elsewhere; its cleanest copy."""
        others = [s for s in doc.kept() if len(s.text) <= 3 * MAX_HEADLINE_CHARS]
        norms = {s.index: normalise(s.text) for s in others}
        for cand in top:
            if not headline_like(cand.text):
                continue
            for other in others:
                if other.index == cand.index:
                    continue
                if same(norms[cand.index], norms[other.index]):
                    return cand, "the headline: it is printed twice"
                if len(other.text) > len(cand.text) and core_in(other.text, cand.text):
                    return cand, "the headline: printed again with the site name"
                shorter = len(other.text) < len(cand.text) and headline_like(other.text)
                if shorter and core_in(cand.text, other.text):
                    return other, "the headline: printed again with the site name"
        return None

    def _leading(self, top: list[Segment]) -> _Choice | None:
        """The first line, when it is headline-like and a paragraph follows it."""
        if len(top) < 2 or not headline_like(top[0].text):
            return None
        head, following = words(top[0].text), words(top[1].text)
        if following >= _BODY_WORDS and following > 1.5 * head:
            return top[0], "the headline: a short first line before the first paragraph"
        return None
