"""Duplicate headlines: the headline printed a second time.

Why: a page prints its headline in the ``<title>``, in the ``<h1>``, in breadcrumbs and
in share boxes; scraped text carries every copy. The ``title`` rule reports it once; this
rule removes the other copies.

Removes lines that are the title again:
    * exactly, up to case, quote marks, dashes and other punctuation;
    * with site or section names beside it: "Title | Site", "Title - Site",
      "Site » Title", "Title :: Section :: Site", "Home » News » Title", a short kicker
      "Section: Title", and on the first line of the text (a page's ``<title>``) also
      "Title: Site";
    * nearly: one word dropped, added or changed, in a headline of six words or more
      (rapidfuzz's Levenshtein distance over words);
    * on a whole page, the first line (the page's ``<title>``) when it words the
      headline a little differently and the headline stands further down, below the
      navigation (more than five lines): the first line echoes it as ``title`` measures it
      (``_body_headline.FirstLine.echo``: most of the headline's words, in the part of
      the first line that is not the site name).

Keeps:
    * body sentences that begin with the headline's words but go on: what stands beside
      the headline must look like a name (short, no sentence end, not a lower-case
      clause, at most eight words of names in all);
    * a subtitle after a colon ("Title: what it means") below the first line;
    * lines that share only some words with the headline, teasers that shorten it by
      two words or more (a related article, a video), and lines where a number changed
      ("Part 1" and "Part 2"): other articles;
    * a line ending in a colon: it introduces what follows;
    * the first line when the headline stands a few lines below it, or when the first
      line is no headline (a sentence, one word): text that opens with its body;
    * everything, when no title was found.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._document import Document, Verdict
from .._rule import Rule
from ._body_headline import FirstLine
from ._headline import SEPARATOR_CHARS, Copies, Key, copy_lengths, key, probes, same, site_copy

# On a whole page the headline stands below the navigation: more than this many lines
# below the first line. Closer, the first line may be a kicker or a caption of the text.
_PAGE_DEPTH = 5


class DuplicateHeadline(Rule):
    name = "duplicate_headline"
    summary = "Other copies of the headline, exact, near or with a site name beside them."
    tags = ("title", "headline", "duplicate")
    context = False  # each line is compared with the title alone; no second round needed

    def judge(self, doc: Document) -> Iterator[Verdict]:
        title = doc.title_text
        target = key(title) if title else ()
        if not title or not target:
            return
        copies = Copies(doc)
        removed: set[int] = set()
        for verdict in self._copies(doc, title, target, copies):
            removed.add(verdict.segment)
            yield verdict
        first = FirstLine.of(doc)
        if (
            first is not None
            and doc.title is not None
            and doc.title.index - first.segment.index > _PAGE_DEPTH
            and doc.is_kept(first.segment)
            and first.segment.index not in removed
            and first.echo(target) is not None
        ):
            yield self.remove(
                first.segment, f"the page's <title>, which words the headline {title!r} again"
            )

    def _copies(self, doc: Document, title: str, target: Key, copies: Copies) -> Iterator[Verdict]:
        """The lines that hold the headline, alone or beside names."""
        for seg in copies.holding(probes(title), *copy_lengths(title, with_names=True)):
            if seg.text.endswith(":") and not title.endswith(":"):
                continue  # a lead-in to what follows, not a copy
            found = copies.key(seg)
            if found == target:
                yield self.remove(seg, f"the headline {title!r} printed again")
            elif len(found) >= len(target) and (
                span := site_copy(seg.text, found, target, seg.index == 0)
            ):
                names = (seg.text[: span[0]], seg.text[span[1] :])
                rest = " and ".join(repr(n.strip(SEPARATOR_CHARS)) for n in names if n.strip())
                yield self.remove(
                    seg, f"the headline {title!r} printed again, with {rest} beside it"
                )
            elif same(found, target):
                yield self.remove(seg, f"the headline {title!r} printed again, one word apart")
