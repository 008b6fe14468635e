"""Presets are data: each is an ordered tuple of rule names, one comment per entry.

The order is the order in which the rules run. Later rules see what earlier ones removed.

* ``default``: every built-in rule, in the canonical order.
* ``conservative``: only the rules that are sure of what they remove (phrase rules and
  the title); no content scorer or line model, no navigation runs, no teaser or related heuristics,
  no comment threads, and no plugin rule unless it is enabled by name.
* ``aggressive``: ``default`` plus every opt-in rule that is installed, for cleaning
  text for a language-model corpus, where losing a little content is cheaper than
  keeping boilerplate.

Which installed plugin rules join a preset is ``PLUGINS`` below; a rule that a preset
does not list runs just before ``PLUGIN_SLOT`` (built-in rules keep their canonical
place), unless the configuration inserts it elsewhere.
"""

from __future__ import annotations

DEFAULT: tuple[str, ...] = (
    "markup",  # leftover HTML, scripts, styles and template tags
    "browser_notice",  # "Please enable JavaScript", "Your browser is outdated"
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
    "content_scorer",  # judges what is left by its features and its neighbours
    "line_model",  # final: a learned model of each line and its place on the finished page
)

CONSERVATIVE: tuple[str, ...] = (
    "markup",
    "browser_notice",
    "donation_widget",
    "image_caption",
    "consent",
    "subscribe",
    "social",
    "ad_label",
    "legal",
    "byline",
    "author_bio",
    "tag_list",
    "title",
    "duplicate_headline",
)

AGGRESSIVE: tuple[str, ...] = DEFAULT  # and every opt-in rule: see PLUGINS

PRESETS: dict[str, tuple[str, ...]] = {
    "default": DEFAULT,
    "conservative": CONSERVATIVE,
    "aggressive": AGGRESSIVE,
}

#: Which rules a preset adds beyond its list: "on" = the rules that are enabled by
#: default (plugins), "all" = every registered rule, "none" = none.
PLUGINS: dict[str, str] = {
    "default": "on",
    "conservative": "none",
    "aggressive": "all",
}

#: Rules that a preset does not list run just before this one (or last without it).
PLUGIN_SLOT = "title"
