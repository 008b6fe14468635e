"""Features of a line that need no DOM, and the local class they give it.

The content scorer's first pass: each kept segment is measured once (length, words,
stop words, sentence punctuation, link-like tokens) and classed as

* ``good``: prose (enough words, the language's usual share of stop words, a sentence);
* ``fair``: prose too, but short (12 to 19 words): a body paragraph, or a teaser, a
  blurb or a form text;
* ``links``: a row of three or more link-like tokens (URLs, e-mail addresses and
  @handles, ``|`` ``»`` ``•`` separators) that holds no sentence;
* ``bad``: a line of some length that is no prose (few stop words, no sentence), or a row
  of two link-like tokens;
* ``near``: prose of a kind, too short or too plain to be sure;
* ``short``: too little text to judge alone (fewer than five words).

The second pass (``content_scorer``) revises all but ``good`` with the neighbours.

Lengths are in words; Chinese and Japanese have no spaces, so there two characters count
as one word, and the share of function characters (的 了 是, の に は ...) stands in for
the share of stop words. Everything here is a few string operations per line, since the
scorer reads every kept line of every document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from ..vocab.stopwords import CHARACTERS, ELIDING, PROSE_SHARE, WORDS

Kind = Literal["good", "fair", "links", "bad", "near", "short"]
# The classes that are no prose and no link row: what runs of verse and lists are made of.
PLAIN = frozenset(("bad", "near", "short"))
# A run of this many plain lines is long enough to be read as a whole: verse or a list.
RUN_LINES = 4

# Plain character classes: the standard ``re`` is faster than ``regex`` on these.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
# A line ends like a sentence in . ! ? or … (perhaps before closing quotes or brackets).
_ENDS = frozenset(".!?…。！？")
_CLOSERS = "\"'”’»)]"
_RUNNING_ENDS = frozenset(",;:.!?…，；：。！？")
# Link-like tokens: a URL, an e-mail address or @handle, a | or • separator, a spaced / or
# ·. Guillemets are quotation marks in French and Russian, so » and › count only when no
# « or ‹ opens them. The hint is a cheap test that most lines fail.
_LINK_HINT = re.compile(r"[|•·@/»›]|www\.")

# How much text is enough to guess the language of a document.
_SAMPLE_CHARS = 5000
# A language is taken when its stop words make at least this part of their usual share
# in the sample; below it the page is in a language without a list, and stop words are
# no evidence either way.
_MIN_LANGUAGE_FIT = 0.4

# The thresholds of the first pass. Stop words are measured as the line's share of them
# relative to the language's usual share in prose (its "fit"), so that one set of
# numbers serves English (many articles) and Polish or Russian (none).
SHORT_WORDS = 5  # fewer words: too short to judge alone
GOOD_WORDS = 12  # prose needs this many words, a sentence end ...
GOOD_FIT = 0.6  # ... and this fit;
FAIR_WORDS = 20  # below this many words prose is only fair.
BAD_WORDS = 8  # A line of this many words ...
PLAIN_FIT = 0.35  # ... with a fit below this and no sentence is no prose.
LONG_WORDS = 20  # A line this long with two sentences is prose whatever its stop words,
LONG_CHARS = 400  # and a line this long is never short or bad.
LINK_ROW = 3  # this many link-like tokens without a sentence make a link row
# The shapes, after a bullet: an amount (a number first, three words at most: "390 kcal",
# "25 Min.", "8 g Eiweiß"), or a label of one or two words, a colon and a value, no
# sentence ("Region: Napa Valley", "3a etapa: 22 de abril"). A numbered headline ("4 Storm
# hits the coast") and a teaser with a long label ("Our tip for May: the hedgehog") are
# neither; a sentence after a name and a colon is a comment or a quote.
_AMOUNT = re.compile(r"[-*•·–—]?\s*\d")
_AMOUNT_WORDS = 3
_LABELLED_WORDS = 11
# A contact block (phone and fax numbers, e-mail addresses) is the site's, not a list of
# facts: a value of six digits or more in a phone number's signs is no fact.
_PHONE = re.compile(r"[:：]\s*\+?[\d\s()/.-]{6,}$")
_LABELLED = re.compile(r"[-*•·–—]?\s*[^\W_][^\s:：|/]*(?: [^\W\d_][^\s:：|/]*)? ?[:：]\s*\S")

# Of longer lines than this only the start is split into words to count stop words.
_SAMPLE_LINE = 300


@dataclass(frozen=True, slots=True)
class Language:
    """The stop words of the language a document is written in (code None: unknown)."""

    code: str | None
    words: frozenset[str] = frozenset()
    characters: frozenset[str] = frozenset()
    prose_share: float = 0.0
    elides: bool = False  # articles and prepositions elide before a vowel: "l'", "dell'"


UNKNOWN = Language(None)
_ALL_WORDS = frozenset().union(*WORDS.values())


@dataclass(slots=True)
class Features:
    """What the first pass measured in one segment."""

    chars: int
    words: float  # words; for CJK text, half the number of CJK characters
    stops: int  # stop words (for CJK text, function characters)
    units: int  # what ``stops`` is a share of: words, or CJK characters
    sentences: int  # sentence ends
    links: int  # link-like tokens
    cjk: bool

    def count(self) -> str:
        """The length in plain words: "7 words" or, for CJK text, "12 characters"."""
        if self.cjk:
            return f"{self.chars} characters"
        return f"{self.units} word" + ("" if self.units == 1 else "s")


def guess_language(texts: Iterable[str]) -> Language:
    """The language whose stop words are most frequent in ``texts`` (read in order).

    Chinese or Japanese when CJK characters outnumber the spaced words; UNKNOWN when no
    list fits well enough (a language without a list, or no prose at all).
    """
    sample: list[str] = []
    size = 0
    for text in texts:
        sample.append(text)
        size += len(text)
        if size > _SAMPLE_CHARS:
            break
    joined = " ".join(sample).lower()
    words = joined.split()
    if not joined.isascii() and _CJK.search(joined):
        cjk = len(_CJK.findall(joined))
        if cjk > len(words):
            code = "ja" if len(_KANA.findall(joined)) * 10 > cjk else "zh"
            return Language(code, characters=CHARACTERS[code], prose_share=PROSE_SHARE[code])
    if not words:
        return UNKNOWN
    counts = Counter(words)
    found = counts.keys() & _ALL_WORDS
    hits = {code: sum(counts[w] for w in found & stops) for code, stops in WORDS.items()}
    best = max(hits, key=lambda code: hits[code] / PROSE_SHARE[code])
    if hits[best] < _MIN_LANGUAGE_FIT * PROSE_SHARE[best] * len(words):
        return UNKNOWN
    return Language(best, WORDS[best], prose_share=PROSE_SHARE[best], elides=best in ELIDING)


def measure(text: str, language: Language) -> Features:
    """The features of one segment, from a few cheap operations on the line."""
    ascii_only = text.isascii()
    hint = _ascii_link_hint(text) if ascii_only else _LINK_HINT.search(text) is not None
    spaces = text.count(" ")
    if (
        spaces < SHORT_WORDS - 1
        and not hint
        and len(text) < LONG_CHARS
        and (ascii_only or not language.characters)
    ):
        # At most four words (segments are stripped): a short line, whatever it holds.
        ends = int(ends_sentence(text))
        return Features(len(text), spaces + 1, 0, spaces + 1, ends, 0, False)
    links = _links(text) if hint else 0
    cjk_chars = _CJK.findall(text) if language.characters and not ascii_only else []
    if cjk_chars:
        stops = sum(map(language.characters.__contains__, cjk_chars))
        units = len(cjk_chars)
        size = units / 2 + sum(1 for t in text.split() if t.isascii())
    elif len(text) > _SAMPLE_LINE:
        # A long line: the share of stop words in its first part is the share of all.
        tokens = _tokens(text[:_SAMPLE_LINE], language)[:-1]
        units = size = spaces + 1
        found = sum(map(language.words.__contains__, tokens))
        stops = round(found * units / len(tokens)) if tokens else 0
    else:
        tokens = _tokens(text, language)
        stops = sum(map(language.words.__contains__, tokens))
        units = size = len(tokens)
    sentences = _sentences(text, ascii_only)
    return Features(len(text), size, stops, units, sentences, links, bool(cjk_chars))


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends like a sentence: . ! ? … (or 。！？), perhaps before closing
    quotes or brackets."""
    return text.rstrip(_CLOSERS)[-1:] in _ENDS


def _tokens(text: str, language: Language) -> list[str]:
    """The lower-case words of ``text``, split after elided articles ("l'eau")."""
    lowered = text.lower()
    if language.elides and ("'" in lowered or "’" in lowered):
        # "l'eau" is two words, the first a stop word listed as "l'".
        lowered = lowered.replace("’", "'").replace("'", "' ")
    return lowered.split()


def _ascii_link_hint(text: str) -> bool:
    """The link hint for an ASCII line, by plain substring tests (faster than a search)."""
    return "|" in text or "/" in text or "@" in text or "www." in text


def _sentences(text: str, ascii_only: bool) -> int:
    """Sentence ends: . ! ? … before a space, 。！？ anywhere, and the end of the line."""
    found = text.count(". ") + text.count("? ") + text.count("! ")
    last = text.rstrip(_CLOSERS)[-1:]
    if not ascii_only:
        found += text.count("… ") + text.count("。") + text.count("！") + text.count("？")
        if last in "。！？":
            return found  # counted already
    return found + (last in _ENDS)


def _links(text: str) -> int:
    """Link-like tokens; none in a Markdown table row ("| 3 | Oslo | 4.2 |"), which is data."""
    if text[0] == "|" and text[-1] == "|":
        return 0
    urls = text.count("://") + text.count("www.") - text.count("://www.")
    links = urls + text.count("@") + text.count("|") + text.count("•")
    links += text.count(" / ") + text.count(" · ")
    if ("»" in text or "›" in text) and "«" not in text and "‹" not in text:
        links += text.count("»") + text.count("›")
    return links


def wordy(text: str, f: Features, language: Language) -> bool:
    """True if a line of five words or more reads like running text cut into lines: the
    stop words of prose, and punctuation at its end or a small letter at its start (a
    line of verse, a question and its answer, a step of a recipe). Teaser headlines have
    fewer stop words and neither."""
    if f.words < SHORT_WORDS or not f.units or not language.prose_share:
        return False
    if f.cjk != bool(language.characters) or f.stops < GOOD_FIT * language.prose_share * f.units:
        return False
    return text[-1] in _RUNNING_ENDS or text[0].islower()


def classify(f: Features, language: Language) -> tuple[Kind, str]:
    """The local class of a segment, and for ``links`` and ``bad`` what decided it."""
    if f.links >= 2 and not f.sentences and f.links * 4 >= f.words:
        why = f"{f.links} link-like tokens (URLs, | » • separators) and no sentence"
        return ("links" if f.links >= LINK_ROW else "bad"), why
    if f.words < SHORT_WORDS and f.chars < LONG_CHARS:
        return "short", ""
    if f.words >= LONG_WORDS and f.sentences >= 2:
        return "good", ""
    if not language.prose_share or f.cjk != bool(language.characters):
        # No stop words to go by (a language without a list, or a line in another
        # script): a sentence of some length is prose, and nothing is plainly no prose.
        fit = 1.0
    else:
        fit = f.stops / f.units / language.prose_share if f.units else 0.0
    if f.words >= GOOD_WORDS and fit >= GOOD_FIT and (f.sentences or f.chars >= LONG_CHARS):
        long = f.words >= FAIR_WORDS or f.chars >= LONG_CHARS
        return ("good" if long else "fair"), ""
    if f.words >= BAD_WORDS and fit < PLAIN_FIT and not f.sentences and f.chars < LONG_CHARS:
        share = (
            f"function characters ({f.stops} of {f.units} characters)"
            if f.cjk
            else f"stop words ({f.stops} of {f.count()})"
        )
        return "bad", f"few {share} and no sentence punctuation"
    return "near", ""


def fact_shape(text: str, f: Features) -> str:
    """The shape of a line in a list of facts: "number", "label", or "" for neither."""
    if f.words <= _AMOUNT_WORDS and text.count(" ") < _AMOUNT_WORDS and _AMOUNT.match(text):
        return "number"
    if f.sentences or f.words > _LABELLED_WORDS or _PHONE.search(text):
        return ""
    if _LABELLED.match(text):
        return "label"
    return ""


def plain_runs(
    labels: Sequence[str], is_wordy: Callable[[int], bool], shape: Callable[[int], str]
) -> tuple[set[int], set[int]]:
    """The lines of runs of four ``PLAIN`` lines or more (``labels`` by segment index;
    any other label ends a run): those of a list of facts (half the lines of the run, and
    at least four, of one ``fact_shape``: a calendar, a data sheet, nutrition facts), and
    those that read like running text cut into lines (two thirds ``wordy``: verse,
    questions and answers). Menus and teaser headlines are neither."""
    facts: set[int] = set()
    verse: set[int] = set()
    run: list[int] = []
    for i, label in enumerate([*labels, "end"]):
        if label in PLAIN:
            run.append(i)
            continue
        if len(run) >= RUN_LINES:
            if 3 * sum(map(is_wordy, run)) >= 2 * len(run):
                verse.update(run)
            found = [shape(j) for j in run]
            most = max(found.count("number"), found.count("label"))
            if most >= RUN_LINES and 2 * most >= len(run):
                facts.update(run)
        run = []
    return facts, verse
