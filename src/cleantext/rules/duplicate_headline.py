"""Duplicate headlines: the headline printed a second time.

Why: a page prints its headline in the ``<title>``, in the ``<h1>``, in breadcrumbs and
in share boxes; scraped text carries every copy. The ``title`` rule reports it once; this
rule removes the other copies.

Removes lines that are the title again:
    * exactly, or nearly (rapidfuzz ratio of at least 90 after case folding and quote
      normalisation: a changed quote mark, a dropped word in a long headline);
    * with a site or section name beside it: "Title | Site", "Title - Site",
      "Site » Title", "Title :: Section :: Site".

Keeps:
    * body sentences that begin with the headline's words but go on;
    * lines that share only some words with the headline (a subheading on the same
      subject): the match must cover the whole line bar a short site name;
    * everything, when no title was found.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._document import Document, Verdict
from .._rule import Rule
from ._headline import MAX_HEADLINE_CHARS, core_in, normalise, same


class DuplicateHeadline(Rule):
    name = "duplicate_headline"
    summary = "Other copies of the headline, exact, near or with a site name beside them."
    tags = ("title", "headline", "duplicate")

    def judge(self, doc: Document) -> Iterator[Verdict]:
        title = doc.title_text
        if not title:
            return
        target = normalise(title)
        for seg in doc.kept():
            if len(seg.text) > 2 * MAX_HEADLINE_CHARS:
                continue
            if same(normalise(seg.text), target):
                yield self.remove(seg, f"the headline {title!r} printed again")
            elif len(seg.text) > len(title) and (span := core_in(seg.text, title)):
                rest = (seg.text[: span[0]] + " " + seg.text[span[1] :]).strip(" |-–—:•·»›/")
                yield self.remove(
                    seg, f"the headline {title!r} printed again, with the site name {rest!r}"
                )
