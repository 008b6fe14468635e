"""Invariants of clean(), as Hypothesis properties.

* clean() never raises on any string;
* nothing is lost: every non-whitespace character of the input lies in the title, in a
  kept piece of the body or in a removed fragment, and these never overlap;
* the explanation reproduces the output: the kept spans, sliced from the input, are the
  body, and every removed fragment slices the input to its text;
* the result is deterministic;
* cleaning the result again removes nothing more (title detection aside).
"""

from __future__ import annotations

import itertools
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext import Article, Cleaner, RuleFailedWarning
from cleantext.rules import BUILTIN_RULES

CLEANER = Cleaner()
OTHER_CLEANER = Cleaner()  # built once: compiling every rule's patterns takes seconds
CONTEXT_RULES = {cls.name for cls in BUILTIN_RULES if cls.context}

# Lines in the shape of real boilerplate and real text, so that the rules do fire.
LINES = [
    "0 $",
    "2,500 $",
    "€10",
    "5.000 ₽",
    "$5 $10 $25 Other",
    "Raised: $3,516 of $5,000",
    "Do you like this content? Consider helping us!",
    "Support our journalism",
    "Jetzt spenden",
    "Photo: Reuters",
    "Foto: dpa",
    "(Getty Images)",
    "Click to enlarge",
    "The mayor at the opening. IMAGE: AP Photo/Jane Doe",
    "More on this topic:",
    "Related articles",
    "Read more: Why the river flooded",
    "Lesen Sie auch",
    "À lire aussi",
    "Leer más",
    "River Floods Old Town After Storm",
    "River Floods Old Town After Storm | Daily Example",
    "Daily Example - River Floods Old Town After Storm",
    "The river rose two metres overnight and flooded the old town, officials said.",
    "The appeal raised $2,500 for the families, the organisers said on Monday.",
    "A short subheading",
    "2019",
    "23",
    "",
    " ",
    "|",
    "::",
    "-",
]
SEPARATORS = ["\n", "\n\n", "\r\n", "\r", "\n \t\n", "\u2028", "\x0c", "\n\n\n"]

line = st.one_of(
    st.sampled_from(LINES),
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
)
document = st.lists(st.tuples(line, st.sampled_from(SEPARATORS)), max_size=25).map(
    lambda parts: "".join(a + b for a, b in parts)
)
any_text = st.one_of(document, st.text(), st.binary().map(lambda b: b.decode("latin-1")))

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clean(text: str) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuleFailedWarning)
        return CLEANER.clean(text)


def _owned(article: Article) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in article.kept]
    spans += [(r.start, r.end) for r in article.removed]
    if article.title_span is not None:
        spans.append((article.title_span.start, article.title_span.end))
    return sorted(spans)


@SETTINGS
@given(any_text)
def test_never_raises_and_nothing_is_lost(text: str) -> None:
    article = _clean(text)
    spans = _owned(article)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, "spans overlap"
    covered = bytearray(len(text))
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    lost = [c for i, c in enumerate(text) if not covered[i] and not c.isspace()]
    assert not lost, f"characters in no span: {lost!r}"


@SETTINGS
@given(any_text)
def test_explanation_reproduces_the_output(text: str) -> None:
    article = _clean(text)
    for item in article.removed:
        assert text[item.start : item.end] == item.text
    if article.title_span is not None:
        assert text[article.title_span.start : article.title_span.end] == article.title
    pieces = [text[s.start : s.end] for s in article.kept]
    assert "".join(article.body.split()) == "".join("".join(pieces).split())
    assert all(piece.strip() == piece and piece for piece in pieces)


@SETTINGS
@given(any_text)
def test_deterministic(text: str) -> None:
    assert _clean(text) == _clean(text)
    assert OTHER_CLEANER.clean(text) == _clean(text)


@SETTINGS
@given(document)
def test_cleaning_again_removes_nothing_more(text: str) -> None:
    article = _clean(text)
    again = _clean(article.body)
    # Rules that judge a line by its neighbours or its place (context rules: the title,
    # donation boxes "before any text", menus, the scorer) see other neighbours in the
    # cleaned body and may judge again; a rule that judges each line alone may not. The
    # body's first line may also be taken for a headline, its copies for duplicates.
    title_rules = {"title", "duplicate_headline"}
    assert [r for r in again.removed if r.rule not in CONTEXT_RULES | title_rules] == []
