"""Advertisement labels, ad breaks and sponsorship notes.

Why: ads leave their labels in a page's text ("Advertisement", "Anzeige", "Publicité",
"Реклама") and break the article with notes such as "Continue reading below" or "Story
continues below advertisement". None of it is the article, and a label in the middle of
the body splits a paragraph from its neighbour.

Removes, in English, German, French, Spanish, Italian, Portuguese, Russian, Dutch and
Polish (and Chinese and Japanese labels):
    * a label alone on its line, with any decoration ("Advertisement", "- Anzeige -",
      "[Sponsored]", "ADVERTISEMENT", "Sponsored content", "Paid content", "Promoted",
      "Werbung", "Publicidad", "Pubblicità", "Publicidade", "Advertentie", "Reklama",
      "Ad", "広告");
    * a label before a short ad teaser ("Anzeige: Jetzt 30 % sparen", "[Sponsored] Ten
      gadgets for your kitchen"), but only with a label that is not also a common word;
    * ad breaks ("Continue reading below", "Weiterlesen nach der Anzeige", "La suite après
      cette publicité", "Продолжение после рекламы", "Dalsza część artykułu pod
      reklamą");
    * disclosures ("This post contains affiliate links", "Dieser Beitrag enthält Werbung",
      "Paid partnership with ...") on a line of their own, and "Sponsored by" before a
      name ("Sponsored by Example Bank").

Keeps:
    * sentences about advertising ("The company's advertisement was banned.", "Werbung
      im Netz wird teurer."): a label must fill its line, or open it before a colon;
    * "Werbung: Die Branche im Wandel" and other subheadings that open with a word that
      is also a label ("Werbung", "Advertising", "Ad", "Anuncio"): these count only alone,
      and only beside a paragraph (between short lines they are a menu entry or a
      category, as in a list of a studio's films: "Werbung", "Kurzfilm");
    * a label before a sentence ("Anzeige: Die Polizei ermittelt."), which is no teaser;
    * "Sponsored by the state, the programme ...": the sponsor must be a short name.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.ads import BARE_LABELS, BREAKS, DISCLOSURES, LABELS, SPONSORED_BY
from ._openers import Openers

_MAX_CHARS = 300
_TEASER_MAX_WORDS = 12
_SPONSOR_MAX_WORDS = 6
_DISCLOSURE_MAX_WORDS = 40
_DECO_CHARS = " \t-–—_*•·|:[](){}<>«»\"'“”„.…/"
_DECO = r"[\s\-–—_*•·|:\[\](){}<>«»\"'“”„.…/]*"
_LABEL_REASON = "an advertisement label"
_PARAGRAPH_WORDS = 8


class AdLabel(Rule):
    name = "ad_label"
    summary = "Advertisement and sponsored-content labels, ad breaks, sponsorship notes."
    tags = ("ads", "sponsored", "multilingual")
    context = True  # a label that is also a common word is judged by its neighbours

    def __init__(self) -> None:
        # Labels, breaks and notes open their line: a line whose first word opens none of
        # them needs no closer look.
        tables = (LABELS, BARE_LABELS, BREAKS, DISCLOSURES, SPONSORED_BY)
        self._openers = Openers(f for t in tables for f in fragments(t))
        labels = alternation(fragments(LABELS))
        any_label = alternation([*fragments(LABELS), *fragments(BARE_LABELS)])
        self._bare = regex.compile(alternation(fragments(BARE_LABELS)), FLAGS)
        self._alone = regex.compile(
            rf"{_DECO}(?P<label>{any_label})(?:{_DECO}{any_label})*{_DECO}", FLAGS
        )
        self._break = regex.compile(
            rf"{_DECO}(?:{any_label}{_DECO})?(?P<phrase>{alternation(fragments(BREAKS))}){_DECO}",
            FLAGS,
        )
        self._teaser = regex.compile(
            rf"[\s\-–—*•|\[(]*(?P<label>{labels})\s*(?:[:|–—\])]|\s-)\s*(?P<rest>\S.*)", FLAGS
        )
        self._disclosure = regex.compile(
            rf"{_DECO}(?:{any_label}[\s.,:;!–—-]+)?(?P<phrase>{alternation(fragments(DISCLOSURES))})",
            FLAGS,
        )
        self._sponsor = regex.compile(
            rf"{_DECO}(?P<phrase>{alternation(fragments(SPONSORED_BY))})\s*:?\s*(?P<rest>\S.*)",
            FLAGS,
        )

    def judge(self, doc: Document) -> Iterator[Verdict]:
        for seg in doc.kept():
            text = seg.text
            if len(text) <= _MAX_CHARS and self._openers.may_open(text):
                reason = self._check(text)
                if reason is not None and self._placed(seg, doc, reason):
                    yield self.remove(seg, reason)

    def _placed(self, seg: Segment, doc: Document, reason: str) -> bool:
        """A label that is also a common word ("Werbung", "Advertising") counts as a label
        only beside a paragraph; between short lines it is a menu entry or a category
        ("Werbung" among the genres of a film studio's work)."""
        text = seg.text.strip(_DECO_CHARS)
        if not reason.startswith(_LABEL_REASON) or self._bare.fullmatch(text) is None:
            return True
        return any(
            (other := doc.neighbour(seg, step)) is not None and _paragraph(other.text)
            for step in (-1, 1)
        )

    def _check(self, text: str) -> str | None:
        if (alone := self._alone.fullmatch(text)) is not None:
            return f"{_LABEL_REASON} {alone.group('label')!r}"
        if (ad_break := self._break.fullmatch(text)) is not None:
            return f"an ad break {ad_break.group('phrase')!r}"
        if (teaser := self._teaser.fullmatch(text)) is not None and _teaser(teaser.group("rest")):
            return f"an ad teaser after the label {teaser.group('label')!r}"
        words = len(text.split())
        disclosure = self._disclosure.match(text)
        if disclosure is not None and words <= _DISCLOSURE_MAX_WORDS:
            return f"an advertising disclosure {disclosure.group('phrase')!r}"
        sponsor = self._sponsor.fullmatch(text)
        if sponsor is not None and _name(sponsor.group("rest")):
            return f"a sponsorship note {sponsor.group('phrase')!r}"
        return None


def _paragraph(text: str) -> bool:
    return len(text.split()) >= _PARAGRAPH_WORDS or text.rstrip().endswith((".", "!", "?"))


def _teaser(rest: str) -> bool:
    """A short headline, not a sentence: "Jetzt 30 % sparen", not "Die Polizei ermittelt."."""
    return len(rest.split()) <= _TEASER_MAX_WORDS and not rest.rstrip().endswith(".")


def _name(rest: str) -> bool:
    """A sponsor's name: a few words, capitalised, no sentence."""
    rest = rest.strip()
    return (
        len(rest.split()) <= _SPONSOR_MAX_WORDS
        and (rest[0].isupper() or rest[0].isdigit())
        and not rest.endswith((".", "!", "?"))
        and "," not in rest
    )
