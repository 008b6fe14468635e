"""Presets are data: each is an ordered tuple of rule names, one comment per entry.

The order is the order in which the rules run. Later rules see what earlier ones removed.
"""

from __future__ import annotations

DEFAULT: tuple[str, ...] = (
    "markup",  # leftover HTML, scripts, styles and template tags
    "donation_widget",  # amounts and appeals first, so that they never pass for a headline
    "image_caption",  # captions and credits next, for the same reason
    "consent",  # cookie and privacy notices
    "subscribe",  # newsletter, paywall and sign-in prompts
    "social",  # share and follow prompts, social counters
    "ad_label",  # "Advertisement", "Sponsored"
    "legal",  # copyright, legal and imprint lines
    "byline",  # bylines, datelines, reading time
    "author_bio",  # author boxes: "About the author", the bio, its links
    "tag_list",  # tag and category lists
    "comments",  # comment markers and the thread after them
    "title",  # picks the headline among what is left at the top
    "duplicate_headline",  # needs the title
    "related_footer",  # asks whether only teasers follow its marker
    "teaser_list",  # repeated units of headline and date after the article
    "navigation",  # runs of short link-like lines; after the title, which it must not eat
    "content_scorer",  # last: judges what is left by its features and its neighbours
)

PRESETS: dict[str, tuple[str, ...]] = {
    "default": DEFAULT,
}
