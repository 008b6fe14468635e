"""Bad input gets a sane Article, never an exception and never lost text.

Timings are not asserted here (benchmarks/scaling.py measures them); these tests only
check that large inputs come back whole.
"""

from __future__ import annotations

import pytest

from cleantext import Article, clean


def _non_space(text: str) -> str:
    return "".join(text.split())


def _accounted(article: Article) -> str:
    """Title, body and removed text, without whitespace, in no particular order."""
    parts = [article.title or "", article.body, *(r.text for r in article.removed)]
    return "".join(sorted(_non_space("".join(parts))))


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \r\n \u2028 \x0c"])
def test_empty_and_whitespace(text: str) -> None:
    article = clean(text)
    assert article == Article()


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends(newline: str) -> None:
    page = newline.join(
        [
            "0 $",
            "2,500 $",
            "",
            "Storm Closes The Old Bridge",
            "",
            "Storm Closes The Old Bridge",
            "",
            "The old bridge was closed on Monday after the storm damaged its railings.",
            "",
            "Engineers will inspect it this week and expect to reopen it by Friday.",
            "",
            "More on this topic:",
        ]
    )
    article = clean(page)
    assert article.title == "Storm Closes The Old Bridge"
    assert article.body == (
        "The old bridge was closed on Monday after the storm damaged its railings.\n\n"
        "Engineers will inspect it this week and expect to reopen it by Friday."
    )
    assert article.rule_counts() == {
        "donation_widget": 2,
        "duplicate_headline": 1,
        "related_footer": 1,
    }
    for item in article.removed:
        assert page[item.start : item.end] == item.text


def test_nul_bytes_and_control_characters_are_kept_as_text() -> None:
    page = "Title\x00 with NUL\n\nBody\x01\x02 text \x1b[31m with controls\x7f.\n\x00\n"
    article = clean(page)
    assert sorted(_non_space(page)) == sorted(_accounted(article))


def test_binary_junk() -> None:
    junk = bytes(range(256)).decode("latin-1") * 50
    article = clean(junk)
    assert sorted(_non_space(junk)) == sorted(_accounted(article))


def test_lone_surrogates_become_replacement_characters() -> None:
    article = clean("Broken \udcff bytes in a line.\n")
    assert article.body == "Broken \ufffd bytes in a line."
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_a_single_five_megabyte_line() -> None:
    line = "word " * (5 * 1024 * 1024 // 5)
    article = clean(line)
    assert article.body == line.strip()
    assert article.removed == []


def test_fifty_thousand_lines() -> None:
    lines = [f"Line {i} says something about the river and the town." for i in range(50_000)]
    page = "\n".join(lines)
    article = clean(page)
    assert article.body.count("\n") + 1 + (article.title is not None) == 50_000
    assert sorted(_non_space(page)) == sorted(_accounted(article))


def test_fifty_thousand_short_boilerplate_like_lines() -> None:
    page = "\n".join(["0 $", "Read more", "Photo: Reuters", "Some Headline Here"] * 12_500)
    article = clean(page)
    assert sorted(_non_space(page)) == sorted(_accounted(article))
