"""The built-in rules, one module each. ``BUILTIN_RULES`` is their canonical order.

Presets (``cleantext.presets``) choose among these by name; the pipeline runs the chosen
ones in this order. Phrase rules that are sure of single lines come first, then the
title, then the rules that judge runs of lines, then the content scorer, which judges
what is left by its features and its neighbours, and last the line model, which weighs
each remaining line and its place on the finished page.
"""

from __future__ import annotations

from .._rule import Rule
from .ad_label import AdLabel
from .author_bio import AuthorBio
from .browser_notice import BrowserNotice
from .byline import Byline
from .comments import Comments
from .consent import Consent
from .content_scorer import ContentScorer
from .donation_widget import DonationWidget
from .duplicate_headline import DuplicateHeadline
from .image_caption import ImageCaption
from .legal import Legal
from .line_model import LineModel
from .markup import Markup
from .navigation import Navigation
from .related_footer import RelatedFooter
from .social import Social
from .subscribe import Subscribe
from .tag_list import TagList
from .teaser_list import TeaserList
from .title import Title

BUILTIN_RULES: tuple[type[Rule], ...] = (
    Markup,  # leftover HTML, scripts, styles and template tags
    BrowserNotice,  # "Please enable JavaScript", "Your browser is outdated"
    DonationWidget,  # amounts and appeals: removed before they can pass for a headline
    ImageCaption,  # captions and credits: likewise
    Consent,  # cookie and privacy notices
    Subscribe,  # newsletter, paywall and sign-in prompts
    Social,  # share and follow prompts, social counters
    AdLabel,  # "Advertisement", "Sponsored"
    Legal,  # copyright, legal and imprint lines
    Byline,  # bylines, datelines, reading time
    AuthorBio,  # author boxes: "About the author", the bio, its links
    TagList,  # tag and category lists
    Comments,  # comment markers and the thread after them
    Title,  # the headline, chosen among what is left at the top
    DuplicateHeadline,  # the other copies of the headline; needs the title
    RelatedFooter,  # asks whether only teasers follow its marker
    TeaserList,  # repeated units of headline and date after the article
    Navigation,  # runs of short link-like lines; the title is already protected
    ContentScorer,  # judges what is left by features, then by neighbours
    LineModel,  # final: a learned model of each line and its place, on the finished page
)

__all__ = [
    "BUILTIN_RULES",
    "AdLabel",
    "AuthorBio",
    "BrowserNotice",
    "Byline",
    "Comments",
    "Consent",
    "ContentScorer",
    "DonationWidget",
    "DuplicateHeadline",
    "ImageCaption",
    "Legal",
    "LineModel",
    "Markup",
    "Navigation",
    "RelatedFooter",
    "Social",
    "Subscribe",
    "TagList",
    "TeaserList",
    "Title",
]
