"""End-to-end pages: whole invented web pages through the default pipeline.

Each page ``fixtures/pages/<name>.txt`` has two companions:

* ``<name>.expect.toml``, written by hand: what a careful reader keeps and removes, not
  what the code printed. ``title = "..."`` (or ``no_title = true``), ``body = [...]``
  (the kept lines, in order) and one ``[[removed]]`` entry (``rule``, ``text``) for
  every fragment that must go, naming the rule that must remove it.
* ``<name>.article.json``, the golden file: the whole ``Article`` (offsets and reasons
  included) as ``model_dump_json(indent=2)``, so that any change of output shows up as a
  diff. Rewrite it with ``pytest tests/test_pages.py --update-golden``; the option
  refuses to write a page whose expectation fails, so a golden file never records a
  wrong answer.

Pages are read as bytes and decoded, so their line ends (one page uses ``\\r\\n``) reach
the pipeline unchanged.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from cleantext import Article, clean
from cleantext.rules import BUILTIN_RULES

PAGES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
PAGES = sorted(PAGES_DIR.glob("*.txt"))
RULES = {cls.name for cls in BUILTIN_RULES}
MINIMUM_PAGES = 8
# The seed page lives outside the repository, in the shared workspace; tests that need it
# skip when it is absent.
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "southfront-idlib.txt"
UPDATE_HINT = "pytest tests/test_pages.py --update-golden"


def _name(page: Path) -> str:
    return page.name.removesuffix(".txt")


def _read(page: Path) -> str:
    # Not read_text(): that would turn "\r\n" into "\n" and hide the page's line ends.
    return page.read_bytes().decode("utf-8")


def _expect_path(page: Path) -> Path:
    return page.with_name(f"{_name(page)}.expect.toml")


def _golden_path(page: Path) -> Path:
    return page.with_name(f"{_name(page)}.article.json")


def _expectation(page: Path) -> dict[str, Any]:
    with _expect_path(page).open("rb") as handle:
        return tomllib.load(handle)


def _body_lines(body: str) -> list[str]:
    return [line for line in body.split("\n") if line]


def _removed_pairs(items: list[tuple[str, str]]) -> set[tuple[str, str]]:
    # Whitespace at the edges of a fragment carries no meaning ("| Site" or " | Site"
    # beside a headline are the same removal); everything else must match exactly.
    return {(rule, text.strip()) for rule, text in items}


def _problems(article: Article, expect: dict[str, Any]) -> list[str]:
    """Every way ``article`` differs from the hand-written expectation, in plain words."""
    problems: list[str] = []
    title = None if expect.get("no_title") else expect["title"]
    if article.title != title:
        problems.append(f"title: expected {title!r}, got {article.title!r}")
    body, wanted = _body_lines(article.body), list(expect["body"])
    if body != wanted:
        diff = difflib.unified_diff(wanted, body, "expected body", "actual body", lineterm="")
        problems.append("body lines differ:\n" + "\n".join(diff))
    got = _removed_pairs([(r.rule, r.text) for r in article.removed])
    want = _removed_pairs([(r["rule"], r["text"]) for r in expect.get("removed", [])])
    problems.extend(f"not removed (should be, by {r}): {t!r}" for r, t in sorted(want - got))
    problems.extend(f"removed by {r} (should not be): {t!r}" for r, t in sorted(got - want))
    return problems


def test_there_are_enough_pages() -> None:
    assert len(PAGES) >= MINIMUM_PAGES, f"only {len(PAGES)} pages in {PAGES_DIR}"


def test_every_expectation_has_a_page() -> None:
    pages = {_name(p) for p in PAGES}
    orphans = [
        p.name
        for p in PAGES_DIR.glob("*.expect.toml")
        if p.name.removesuffix(".expect.toml") not in pages
    ]
    assert not orphans, f"expectation files without a page: {orphans}"


def test_line_ends_survive() -> None:
    """One page uses Windows line ends; an editor or checkout that normalises them is caught."""
    assert any("\r\n" in _read(p) for p in PAGES), "no page with \\r\\n line ends is left"


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_expectation_is_well_formed(page: Path) -> None:
    """Catches typos in an expectation before they pass for a bug of the library."""
    assert _expect_path(page).exists(), f"{page.name} has no {_expect_path(page).name}"
    expect = _expectation(page)
    text = _read(page)
    assert ("title" in expect) != bool(expect.get("no_title")), "say title = ... or no_title"
    assert "title" not in expect or expect["title"] in text
    assert expect["body"], "a page needs some body"
    missing = [line for line in expect["body"] if line not in text]
    assert not missing, f"body lines that are not in the page: {missing}"
    for item in expect.get("removed", []):
        assert set(item) == {"rule", "text"}, f"a removed entry has keys {sorted(item)}"
        assert item["rule"] in RULES, f"unknown rule {item['rule']!r}"
        assert item["text"].strip() in text, f"removed text not in the page: {item['text']!r}"


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_page_matches_expectation(page: Path) -> None:
    article = clean(_read(page))
    problems = _problems(article, _expectation(page))
    assert not problems, f"{page.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_golden_article(page: Path, update_golden: bool) -> None:
    article = clean(_read(page))
    golden = _golden_path(page)
    fresh = article.model_dump_json(indent=2) + "\n"
    if update_golden:
        problems = _problems(article, _expectation(page))
        if problems:
            pytest.fail(
                f"not writing {golden.name}: the output does not meet the expectation\n"
                + "\n".join(problems)
            )
        golden.write_text(fresh, encoding="utf-8", newline="\n")
        return
    if not golden.exists():
        pytest.fail(f"{golden.name} is missing; create it with: {UPDATE_HINT}")
    stored = golden.read_text(encoding="utf-8")
    if Article.model_validate_json(stored) != article:
        expected = Article.model_validate_json(stored).model_dump_json(indent=2) + "\n"
        diff = difflib.unified_diff(
            expected.splitlines(), fresh.splitlines(), golden.name, "fresh output", lineterm=""
        )
        pytest.fail(
            f"{page.name}: the output changed. If the change is right, rewrite the golden "
            f"file with: {UPDATE_HINT}\n" + "\n".join(diff)
        )


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_offsets_rebuild_the_article(page: Path) -> None:
    """The kept spans sliced from the input give the body; every other offset holds too."""
    text = _read(page)
    article = clean(text)
    kept = "".join(text[span.start : span.end] for span in article.kept)
    assert "".join(kept.split()) == "".join(article.body.split())
    if article.title is not None:
        assert article.title_span is not None
        assert text[article.title_span.start : article.title_span.end] == article.title
    for item in article.removed:
        assert text[item.start : item.end] == item.text, f"offsets of {item.text!r}"


# The canonical page from the shared workspace. Its text must not be copied into the
# repository, so the checks below derive the expected fragments from the page itself.


def _seed() -> str:
    if not SEED.exists():
        pytest.skip(f"the seed page {SEED} is not here (it lives in the shared workspace)")
    return SEED.read_bytes().decode("utf-8")


def test_seed_page() -> None:
    text = _seed()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    article = clean(text)

    title = article.title
    assert title is not None, "the seed page has a headline"
    assert title.startswith("Turkey Accuses")
    assert title in lines, "the title is a whole line of the page, without anything beside it"
    assert lines.count(title) == 2, "the headline is printed twice on the page"

    body = _body_lines(article.body)
    assert len(body) == 8, f"expected the eight real paragraphs, got {len(body)}: {body}"
    assert all(paragraph in lines for paragraph in body), "a paragraph was changed"
    positions = [lines.index(paragraph) for paragraph in body]
    assert positions == sorted(positions), "the paragraphs are out of order"
    assert body[0].startswith("Turkey’s Foreign Minister accused")
    assert body[-1].startswith("Turkey’s stand on Idlib")

    amounts = lines[:4]
    assert all(re.fullmatch(r"[\d,]+ \$", line) for line in amounts), amounts
    (caption,) = [line for line in lines if "IMAGE: AP Photo/" in line]
    appeal = lines[-1]
    assert appeal.startswith("Do you like this content?")
    expected = {
        *(("donation_widget", amount) for amount in amounts),
        ("duplicate_headline", title),
        ("image_caption", caption),
        ("related_footer", "More on this topic:"),
        ("donation_widget", appeal),
    }
    got = [(item.rule, item.text) for item in article.removed]
    assert len(got) == len(expected), f"removed fragments: {got}"
    assert set(got) == expected
