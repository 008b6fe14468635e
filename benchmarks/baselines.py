"""Peers measured beside cleantext on the same input, in the same run.

* ``c4_line_filter``: our own implementation of the line rules described in the C4
  paper (keep lines that end in terminal punctuation and have at least five words; drop
  lines naming javascript or cookie/privacy policies). Page-level filters are left out.
* ``justext_lines``: jusText 3 (a dev dependency) with each input line as a paragraph,
  its stoplist chosen by stop-word overlap among common languages.
"""

from __future__ import annotations

import html
from functools import lru_cache

import regex

_TERMINAL = (".", "!", "?", '"', "”", "'", "’", "»", "。", "！", "？")
_POLICY = regex.compile(
    r"javascript|terms of use|privacy policy|cookie policy|uses cookies|use of cookies|use cookies",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"\w+")
_LANGUAGES = (
    "English",
    "German",
    "French",
    "Spanish",
    "Italian",
    "Portuguese",
    "Russian",
    "Dutch",
    "Polish",
    "Czech",
    "Swedish",
    "Danish",
    "Norwegian_Bokmal",
    "Finnish",
    "Hungarian",
    "Turkish",
    "Greek",
    "Ukrainian",
)


def c4_line_filter(text: str) -> str:
    kept = []
    for line in text.splitlines():
        line = line.strip()
        if not line.endswith(_TERMINAL) or len(line.split()) < 5 or _POLICY.search(line):
            continue
        kept.append(line)
    return "\n".join(kept)


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {lang: frozenset(justext.get_stoplist(lang)) for lang in _LANGUAGES}


def guess_stoplist(text: str) -> str:
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    lists = _stoplists()
    return max(lists, key=lambda lang: sum(1 for w in words if w in lists[lang]))


def justext_lines(text: str, language: str | None = None) -> str:
    import justext

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    page = "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>"
    stoplist = _stoplists()[language or guess_stoplist(text)]
    paragraphs = justext.justext(page.encode("utf-8"), stoplist, encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
