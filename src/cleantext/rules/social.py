"""Share and follow prompts, like widgets and social counters.

Why: every article page carries a share bar, a "follow us" box and counters of shares
and comments. Scraped as text they leave lines such as "Share this:", "Facebook",
"Twitter", "Click to share on Reddit (Opens in new window)", "Folgen Sie uns",
"1.2K shares" or "23 comments" between and after the paragraphs.

How: a line goes only when the phrases of ``cleantext.vocab.social`` cover all of it
(punctuation and symbols between them allowed). Strong phrases decide alone; weak ones
(a single network name, "Email", "Print") go only beside a strong line, in the same run
of kept lines.

Removes:
    * share prompts and buttons in nine languages and more: "Share this article",
      "Share on Facebook", "Tweet", "Pin it", "Teilen", "Auf Twitter teilen",
      "Partager", "Compartir", "Condividi", "Compartilhe", "Поделиться", "Udostępnij",
      "Delen", "分享", "シェア";
    * follow prompts: "Follow us on Twitter", "Folgen Sie uns", "Suivez-nous",
      "Síguenos", "Seguici", "Siga-nos", "Подписывайтесь на нас", "Volg ons";
    * like widgets ("Like this:", "12 bloggers like this", "Gefällt mir");
    * counters alone on a line: "1.2K shares", "23 comments", "Kommentare (0)",
      "1 204 просмотра", "3 reviews";
    * requests to rate the article ("Was this article helpful?", "Fanden Sie diesen
      Artikel nützlich?", "Valora esta noticia") and links that save it as a PDF;
    * appeals that open with the reader's liking of the article ("If you enjoyed this
      article, please consider ...", "Wenn Ihnen dieser Artikel gefallen hat, ...");
    * rows of network names ("Facebook Twitter LinkedIn"), and a single name, "Email"
      or "Print" when it stands beside one of the lines above.

Keeps:
    * sentences that use these words: "She shared the prize with her brother",
      "Share prices fell on Monday", "Facebook and Twitter face new rules",
      "23 comments were filed with the regulator", "Follow the river north";
    * a lone network name or "Email" away from any share or follow line, and thanks
      ("Thank you for your support") away from a rating prompt;
    * "1,234 votes" (a row of election results), "If you enjoyed the old market, ...";
    * the word "Comments" alone (the marker of a comment section, for the comments rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import alternation, fragments
from ..vocab.social import (
    APPEALS,
    COUNTERS,
    FOLLOW,
    GLUE,
    LABELS,
    LIKE,
    LINK_NOTES,
    NETWORK_ROW,
    NETWORKS,
    PDF,
    RATING,
    SHARE,
    TRIGGERS,
)
from ._phrase_line import Found, PhraseLines, Reading, quote

# Share bars are short; a longer line is read only if it is a neighbour of one.
_MAX_CHARS = 200
# An appeal after the article ("If you enjoyed this article, ...") is a paragraph.
_MAX_APPEAL_CHARS = 600
_NETWORK = "a social network button"
_COLUMN = "a column of social network buttons"
# Two network names one under the other make a follow box ...
_MIN_COLUMN = 2
# ... unless a sentence announces them as a list; "Follow us:" is a label, not one.
_LABEL_WORDS = 4


class Social(Rule):
    name = "social"
    summary = "Share, follow and social prompts, and social counters (1.2K shares)."
    tags = ("social", "share")

    def __init__(self) -> None:
        self._lines = PhraseLines(
            strong={
                "a share button": fragments(SHARE),
                "a follow prompt": fragments(FOLLOW),
                "a like button": fragments(LIKE),
                "a request to rate the article": fragments(RATING),
                "a link that saves the page as a PDF": fragments(PDF),
                "a social counter": fragments(COUNTERS),
                "a row of social network buttons": fragments(NETWORK_ROW),
            },
            weak={
                _NETWORK: fragments(NETWORKS),
                "a share-bar label": fragments(LABELS),
            },
            glue=[*fragments(GLUE), *fragments(LINK_NOTES)],
            triggers=TRIGGERS,
        )
        self._appeal = re.compile(alternation(fragments(APPEALS)))

    def judge(self, doc: Document) -> Iterator[Verdict]:
        lines = self._lines.scan(doc, _MAX_CHARS)
        strong = [f for f in lines if f.reading.strong]
        strong += self._columns(doc, [f for f in lines if not f.reading.strong])
        taken = set()
        for found in self._lines.grow(doc, strong):
            taken.add(found.seg.index)
            yield self.remove(found.seg, found.reason())
        lowered = doc.lowered
        for seg in doc.kept():
            if seg.index in taken or seg.end - seg.start > _MAX_APPEAL_CHARS:
                continue
            if self._appeal.match(lowered, seg.start, seg.end):
                reason = f"an appeal to readers who liked the article ({quote(seg.text)})"
                yield self.remove(seg, reason)

    def _columns(self, doc: Document, weak: Sequence[Found]) -> Iterator[Found]:
        """Weak lines that stand in a column with at least two network names.

        "Facebook", "Twitter", "Instagram" on lines of their own, one under the other,
        are the buttons of a follow box even with no "Follow us" above them. A list
        that a sentence announces ("The app works with these services:") is kept.
        """
        for run in _runs(doc, weak):
            networks = [f for f in run if f.reading.kind == _NETWORK]
            if len(networks) < _MIN_COLUMN or _announced(doc, run[0].seg):
                continue
            column = Reading(_COLUMN, " ".join(f.seg.text for f in networks[:3]), strong=True)
            for found in run:
                yield Found(found.seg, found.reading, column, link="in")


def _runs(doc: Document, lines: Sequence[Found]) -> Iterator[list[Found]]:
    """Groups of ``lines`` that are next to each other among the kept lines."""
    run: list[Found] = []
    for found in lines:
        if run and doc.kept_position(found.seg) != doc.kept_position(run[-1].seg) + 1:
            yield run
            run = []
        run.append(found)
    if run:
        yield run


def _announced(doc: Document, first: Segment) -> bool:
    """True if a sentence ending in a colon stands right before ``first``."""
    before = doc.neighbour(first, -1)
    return before is not None and before.text.endswith(":") and before.words > _LABEL_WORDS
