"""Image captions and credits.

Why: a page's pictures leave their captions and credits in the text ("Turkish Foreign
Minister Mevlut Cavusoglu. IMAGE: AP Photo/Burhan Ozbilici", "Foto: dpa",
"(Getty Images)", "Click to enlarge"). They interrupt the article and are not part of it.

Removes, in English, German, French, Spanish, Italian, Portuguese and Russian:
    * lines that open with a credit word and a separator: "Photo: Reuters", "Foto: dpa",
      "Image source, Getty Images", "Credit: AP", "Фото: ТАСС";
    * caption lines that end in a credit: "... IMAGE: AP Photo/...", "... (AP Photo/...)",
      "... REUTERS/Kevin Lamarque", "... Photo: Jane Doe";
    * agency credits on their own ("Getty Images", "© Reuters", "AP Photo/Jane Doe");
    * image controls: "Click to enlarge", "Zum Vergrößern klicken", "Cliquez pour agrandir".

Keeps:
    * body sentences that merely mention a photo, a photographer or an agency ("The photo,
      taken by an AP photographer, became famous.", "Getty Images agreed to buy its rival.");
    * "Photo finish", "Credit card" and other words that only look like a credit marker:
      a marker needs a colon, a comma, "by" or a slash after it;
    * long lines: a caption with its credit is short, a body paragraph is not.
"""

from __future__ import annotations

import regex

from .._document import Document, Segment
from .._rule import LineRule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.caption import AGENCIES, CREDIT_MARKERS, IMAGE_FURNITURE

_NAME = r"[\p{Lu}][\p{L}.'’-]*(?:[ -][\p{Lu}][\p{L}.'’-]*){0,3}"
_MAX_CAPTION_WORDS = 60


class ImageCaption(LineRule):
    name = "image_caption"
    summary = "Image captions, photo credits and image controls such as 'Click to enlarge'."
    tags = ("caption", "credit", "image", "multilingual")
    max_chars = 500

    def __init__(self) -> None:
        markers = alternation(fragments(CREDIT_MARKERS))
        agencies = alternation(AGENCIES)
        credit = rf"(?:{agencies}|{_NAME})(?:\s*[/,]\s*(?:{agencies}|{_NAME}))*"
        self._patterns: tuple[tuple[regex.Pattern[str], str], ...] = (
            (
                regex.compile(rf"^(?P<what>(?:{markers})\s*(?:[:：|/©,]|\bby\b))\s*\S", FLAGS),
                "a caption or credit line introduced by {what!r}",
            ),
            (
                regex.compile(
                    rf"(?:^|[\s.;,!?)])(?P<what>(?:{markers})\s*[:：]\s*"
                    rf"(?:©\s*)?{credit}(?:\s*\(\S[^()]{{0,40}}\))?)\s*$",
                    FLAGS,
                ),
                "an image caption ending in the credit {what!r}",
            ),
            (
                regex.compile(
                    rf"(?P<what>\((?:(?:{markers})\s*(?:[:/]|\bby\b)[^()]{{1,60}}"
                    rf"|(?:[^()]{{0,40}}[\s/])?(?-i:{agencies})(?:\s*/\s*[^()]{{1,60}})?)\))$",
                    FLAGS,
                ),
                "an image caption ending in the credit {what!r}",
            ),
            (
                regex.compile(
                    rf"(?:^|[.!?;:|]\s+|\s[-–—|]\s)(?P<what>(?:©\s*)?(?:{agencies})\s*/\s*{credit}"
                    rf"|{_NAME}\s*/\s*(?:{agencies})(?:\s+via\s+{credit})?)\s*$",
                    FLAGS,
                ),
                "a photo credit {what!r}",
            ),
            (
                regex.compile(rf"^(?P<what>(?:©\s*)?(?-i:{agencies}))$", FLAGS),
                "a photo agency credit {what!r} alone on its line",
            ),
            (
                regex.compile(
                    rf"^(?P<what>{alternation(fragments(IMAGE_FURNITURE))})[\s.!…»›>]*$", FLAGS
                ),
                "an image control {what!r}, not text",
            ),
        )
        self._word = regex.compile(r"\w+")

    def check(self, seg: Segment, doc: Document) -> str | None:
        if len(self._word.findall(seg.text)) > _MAX_CAPTION_WORDS:
            return None
        for pattern, reason in self._patterns:
            match = pattern.search(seg.text)
            if match is not None:
                return reason.format(what=match.group("what").strip())
        return None
