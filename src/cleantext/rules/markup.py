"""Leftover markup and code: HTML tags, escaped tags, scripts, styles and templates.

Why: a text extraction that misses a ``<script>`` or ``<noscript>`` block, an embed
code, a tracking pixel or an unrendered template leaves lines of code in the text
(``<img height="1" width="1" src="...">``, ``&lt;span data-mce-type="bookmark"...``,
``(function() { document.addEventListener(...``, ``{{#title}}``). They are not
language, in any language, and no reader wants them.

How: only lines that hold a sign of code are read (one pass over the lower-cased text
finds them). The tags, escaped tags, template tags, style rules and code tokens are cut
out; what is left must be little text: fewer than four words, or less than a third of
the letters of the line.

Removes:
    * lines of HTML: ``<script ...>``, ``<iframe ...></iframe>``, ``<img ... />``,
      ``</div></div>``, and their escaped forms (``&lt;p&gt;``, ``&amp;lt;span ...``);
    * lines of JavaScript (``var x = ...;``, ``function () {``, ``});``,
      ``window.dataLayer.push({...})``, ``googletag.cmd.push(...)``) and of CSS
      (``.menu { display: none; }``);
    * unrendered template tags: ``{{#topArticle}}``, ``{{{title}}}``, ``{% block %}``.

Keeps:
    * a paragraph with a stray tag in it (``<p>The council met on Tuesday ...``): the
      words outside the tags are most of the line;
    * text about code that is mostly words ("Use the <b> tag for bold text.", "Call
      ``print()`` to write a line"), and prose with "=" or braces in it;
    * lines that are only a web address: articles cite their sources as bare links.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._document import Document, Verdict
from .._rule import Rule

# A sign of code, searched in the lower-cased text: a tag opening ("<div", "</", "<!"), an
# escaped tag, a template tag, or a JavaScript or CSS token.
_TRIGGER = re.compile(
    r"<[a-z/!]|&(?:amp;)*lt;[a-z/!]|\{\{|\{%|function ?\(|\}\)|=>|;\s*\}|\bvar \w+ ?="
    r"|\{[^{}]*:|\b(?:window|document)\.\w"
)
# What is cut out before the words that are left are counted.
_ELEMENTS = (
    "a|abbr|article|aside|audio|b|blockquote|body|br|button|canvas|center|code|div|em|embed"
    "|figcaption|figure|font|footer|form|g|h[1-6]|head|header|hr|html|i|iframe|img|input|ins"
    "|label|li|link|main|meta|nav|noscript|object|ol|option|p|param|path|picture|pre|script"
    "|section|select|small|source|span|strong|style|sub|sup|svg|table|tbody|td|textarea|th"
    "|thead|time|title|tr|u|ul|use|video|wbr"
)
# A tag of a known element (case does not matter), or its escaped form ("&lt;p&gt;").
_TAG = re.compile(
    rf"<[!/]?(?i:{_ELEMENTS})\b[^<>]*>?|<!--.*?(?:-->|$)"
    rf"|&(?:amp;)*lt;/?(?i:{_ELEMENTS})\b.*?(?:&(?:amp;)*gt;|$)"
)
_TEMPLATE = re.compile(r"\{\{\{?[^{}]*\}?\}\}|\{%[^%]*%\}")
# A style rule: selectors, then declarations "property: value;" (no quotes: JSON is data).
_STYLE = re.compile(r"[\w.#:\-\s,>*\[\]=]*\{\s*(?:[a-z-]+\s*:\s*[^;{}\"]+;?\s*)+\}")
_CODE = re.compile(
    r"\b(?:function|var|let|const|return|typeof|null|undefined|true|false|new)\b"
    r"|[\w$]+(?:\.[\w$]+)+|[(){}\[\];=<>+!&|?:,'\"`]|\\[nt\"']|\d+(?:px|em|%)?"
)
_CODE_SIGN = re.compile(r"\bfunction ?\(|\}\);|=>|\bvar \w+ ?=|\b(?:window|document)\.\w+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTER = re.compile(r"[^\W\d_]")
_FEW_WORDS = 4  # fewer words left than this: the line was code
_TEXT_SHARE = 1 / 3  # or fewer than this share of its letters stand outside the code


class Markup(Rule):
    name = "markup"
    summary = "Leftover HTML tags, escaped tags, scripts, styles and template tags."
    tags = ("markup", "code", "multilingual")
    context = False

    def judge(self, doc: Document) -> Iterator[Verdict]:
        for seg in doc.matching(_TRIGGER):
            reason = _code(seg.text)
            if reason is not None:
                yield self.remove(seg, reason)


def _code(text: str) -> str | None:
    """What kind of code ``text`` is, or None when it is mostly words."""
    rest, kind = text, None
    for pattern, name in ((_TAG, "HTML markup"), (_TEMPLATE, "template tags"), (_STYLE, "CSS")):
        cut = pattern.sub(" ", rest)
        if cut != rest:
            rest, kind = cut, kind or name
    if _CODE_SIGN.search(text) is not None:
        rest, kind = _CODE.sub(" ", rest), kind or "JavaScript code"
    if kind is None or not _little_text(text, rest):
        return None
    return f"leftover {kind} ({_sample(text)}), not text"


def _little_text(text: str, rest: str) -> bool:
    """True if few words, or a small share of the letters, are left outside the code."""
    if len(_WORD.findall(rest)) < _FEW_WORDS:
        return True
    letters = len(_LETTER.findall(text))
    return len(_LETTER.findall(rest)) < _TEXT_SHARE * letters


def _sample(text: str) -> str:
    sample = text.strip()
    return repr(sample if len(sample) <= 30 else sample[:29] + "…")
