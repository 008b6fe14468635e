"""Related-links footers: "More on this topic:" and the teaser headlines after it.

Why: article pages end with lists of links to other articles ("Related articles",
"Mehr zum Thema", "À lire aussi", "Читайте также"). In the text they look like a run of
short headlines after a marker line, and they are not part of the article.

Removes:
    * a marker line ("More on this topic:", "Read more", "You may also like", "Lesen Sie
      auch", "Leer más", "Leggi anche", "Leia também", "Читайте также" ...);
    * a marker with one teaser on the same line ("Read more: Why the Fed cut rates");
    * when only teaser-like lines follow the marker to the end of the document, those
      lines too: they are the list of related links.

Keeps:
    * the paragraphs after a marker that stands in the middle of the body: if a body-like
      line (a long one, or a sentence ending in a full stop) follows the marker anywhere,
      only the marker line goes;
    * sentences that contain the marker words ("Read more about the rules in our guide.").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._document import Document, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.related import MARKERS

_TEASER_MAX_CHARS = 160
_SHORT_WORDS = 4


class RelatedFooter(Rule):
    name = "related_footer"
    summary = "'More on this topic' / related-links markers and the teaser list after them."
    tags = ("related", "footer", "links", "multilingual")

    def __init__(self) -> None:
        markers = alternation(fragments(MARKERS))
        self._marker = regex.compile(rf"^(?P<m>{markers})[\s:：.…»›>→|–—-]*$", FLAGS)
        self._inline = regex.compile(rf"^(?P<m>{markers})\s*[:：»›>→|–—-]\s*\S.{{0,150}}$", FLAGS)
        self._sentence_end = regex.compile(r"[.。!！]\s*[\"'”’»)]?$")

    def judge(self, doc: Document) -> Iterator[Verdict]:
        kept = list(doc.kept())
        only_teasers_after = [True] * (len(kept) + 1)
        for pos in range(len(kept) - 1, -1, -1):
            only_teasers_after[pos] = only_teasers_after[pos + 1] and self._teaser(kept[pos].text)
        for pos, seg in enumerate(kept):
            if len(seg.text) > _TEASER_MAX_CHARS:
                continue
            marker = self._marker.match(seg.text)
            inline = marker or self._inline.match(seg.text)
            if inline is None:
                continue
            name = inline.group("m")
            if only_teasers_after[pos + 1]:
                yield self.remove(seg, f"the related-links marker {name!r} that opens the footer")
                for teaser in kept[pos + 1 :]:
                    yield self.remove(teaser, f"a teaser in the related-links list after {name!r}")
                return
            if marker is not None:
                yield self.remove(seg, f"the related-links marker {name!r}, a link not text")
            else:
                yield self.remove(seg, f"a {name!r} link to another article")

    def _teaser(self, text: str) -> bool:
        """Short, and not a sentence ending in a full stop (headlines end without one)."""
        if len(text) > _TEASER_MAX_CHARS:
            return False
        return len(text.split()) <= _SHORT_WORDS or not self._sentence_end.search(text)
