"""The result models: frozen, JSON round-trip, and a saved JSON Schema that must not drift."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import Article, Removed, Span, clean

SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "article.schema.json"
PAGE = (
    "0 $\n2,500 $\n\nA Headline For The Test\n\nA Headline For The Test\n\n"
    "The first real paragraph has enough words to count as the body of the article.\n\n"
    "More on this topic:\n"
)


def test_json_round_trip() -> None:
    article = clean(PAGE)
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert json.loads(article.model_dump_json())["removed"][0]["rule"] == "donation_widget"


def test_models_are_frozen() -> None:
    article = clean(PAGE)
    with pytest.raises(ValueError, match="frozen"):
        article.body = "x"  # type: ignore[misc]
    with pytest.raises(ValueError, match="frozen"):
        article.removed[0].rule = "x"  # type: ignore[misc]


def test_removed_slices_the_input() -> None:
    article = clean(PAGE)
    assert article.removed
    for item in article.removed:
        assert PAGE[item.start : item.end] == item.text
        assert item.reason


def test_span_rejects_reversed_offsets() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=2)
    with pytest.raises(ValueError, match="extra"):
        Removed.model_validate(
            {"rule": "r", "reason": "x", "text": "", "start": 0, "end": 0, "colour": "red"}
        )


def test_helpers() -> None:
    article = clean(PAGE)
    assert article.rule_counts() == {
        "donation_widget": 2,
        "duplicate_headline": 1,
        "related_footer": 1,
    }
    assert article.removed_chars == sum(len(r.text) for r in article.removed)
    assert str(article).startswith("A Headline For The Test\n\nThe first real paragraph")


def test_json_schema_is_saved_and_current(update_golden: bool) -> None:
    current = json.dumps(Article.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
    if update_golden:
        SCHEMA.write_text(current, encoding="utf-8")
    assert SCHEMA.exists(), f"{SCHEMA} is missing: run pytest --update-golden"
    assert SCHEMA.read_text(encoding="utf-8") == current, (
        "the Article JSON Schema changed; if that is intended, run pytest --update-golden "
        "and say so in the changelog: users validate against it"
    )
