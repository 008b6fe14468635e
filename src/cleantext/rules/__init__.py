"""The built-in rules, one module each. ``BUILTIN_RULES`` is their canonical order.

Presets (``cleantext.presets``) choose among these by name; the pipeline runs the chosen
ones in this order.
"""

from __future__ import annotations

from .._rule import Rule
from .donation_widget import DonationWidget
from .duplicate_headline import DuplicateHeadline
from .image_caption import ImageCaption
from .related_footer import RelatedFooter
from .title import Title

BUILTIN_RULES: tuple[type[Rule], ...] = (
    DonationWidget,  # amounts and appeals: removed before they can pass for a headline
    ImageCaption,  # captions and credits: likewise
    Title,  # the headline, chosen among what is left at the top
    DuplicateHeadline,  # the other copies of the headline; needs the title
    RelatedFooter,  # last: asks whether only teasers follow its marker
)

__all__ = [
    "BUILTIN_RULES",
    "DonationWidget",
    "DuplicateHeadline",
    "ImageCaption",
    "RelatedFooter",
    "Title",
]
