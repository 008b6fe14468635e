"""Rule packs: TOML phrase and regex rules, their scope, their errors, their timeout,
pickling, and the nothing-is-lost guarantee."""

from __future__ import annotations

import io
import json
import pickle
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext._packs as packs
from cleantext import Cleaner, Config, ConfigError, RuleFailedWarning, clean
from cleantext._document import Document, segment
from cleantext._packs import PatternTimeoutError, load_pack
from cleantext.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "packs" / "example-sites.toml"
BODY = "A body paragraph with plenty of words so that it stays in the article text. " * 3
NEWS = "https://www.examplenews.com/2024/05/harbour"
CONFIG = Config(packs=(str(EXAMPLE),))


def _pack(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pack.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_pack_loads() -> None:
    names = [rule.name for rule in load_pack(EXAMPLE)]
    assert names == [
        "examplenews_app_promo",
        "examplenews_more_stories",
        "exampleshop_delivery_box",
    ]


def test_a_phrase_rule_removes_its_line_with_its_name_and_reason() -> None:
    text = "Harbour plans approved\n\n" + BODY + "\n\nget the example news   APP\n"
    article = clean(text, config=CONFIG, url=NEWS)
    assert [(r.rule, r.reason, r.text) for r in article.removed] == [
        ("examplenews_app_promo", "Example News app promotion", "get the example news   APP")
    ]


def test_a_site_rule_needs_its_site() -> None:
    text = BODY + "\n\nGet the Example News app\n"
    for url in (None, "https://other.com/a", "https://notexamplenews.com/"):
        assert clean(text, config=CONFIG, url=url).removed == []


def test_until_end_removes_the_line_and_everything_after() -> None:
    text = BODY + "\n\nMore stories from Example News\n\nTeaser one\nTeaser two\n"
    article = clean(text, config=CONFIG, url=NEWS)
    assert article.body == BODY.strip()
    assert {r.rule for r in article.removed} == {"examplenews_more_stories"}


def test_block_scope_and_url_patterns() -> None:
    text = BODY + "\n\nFree delivery on orders over $50\nReturns within 30 days\n\n" + BODY
    url = "https://exampleshop.org/products/kettle"
    article = clean(text, config=CONFIG, url=url)
    assert [r.text for r in article.removed] == [
        "Free delivery on orders over $50",
        "Returns within 30 days",
    ]
    assert clean(text, config=CONFIG, url="https://exampleshop.org/about").removed == []


def test_pack_rules_run_before_the_title_and_can_be_disabled() -> None:
    names = [rule.name for rule in Cleaner(CONFIG).rules]
    assert names.index("exampleshop_delivery_box") == names.index("title") - 1
    config = Config(packs=(str(EXAMPLE),), disable=("examplenews_app_promo",))
    assert "examplenews_app_promo" not in [rule.name for rule in Cleaner(config).rules]


def test_a_cleaner_with_pack_rules_pickles_without_compiled_patterns() -> None:
    cleaner = Cleaner(CONFIG)
    text = BODY + "\n\nMore stories from Example News\n\nTeaser\n"
    before = cleaner.clean(text, url=NEWS)
    copy = pickle.loads(pickle.dumps(cleaner))
    rule = next(r for r in copy.rules if r.name == "examplenews_more_stories")
    assert rule._compiled is None
    assert copy.clean(text, url=NEWS) == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[rule]]\nname = "x"\nreason = "r"\n', "give `phrases` or `patterns`"),
        ('[[rule]]\nname = "Bad"\nreason = "r"\nphrases = ["a"]\n', "name: "),
        ('[[rule]]\nname = "x"\nphrases = ["a"]\n', "reason: "),
        ('[[rule]]\nname = "x"\nreason = "r"\npatterns = ["("]\n', "does not compile"),
        ('[[rule]]\nname = "x"\nreason = "r"\nphrases = ["a"]\nscop = "line"\n', "scop"),
        ("rules = []\n", "unknown key(s) rules"),
    ],
)
def test_a_bad_pack_names_the_file_the_rule_and_the_key(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = _pack(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        Cleaner(Config(packs=(str(path),)))
    assert str(info.value).startswith(str(path))
    assert expected in str(info.value)


def test_a_pack_rule_cannot_take_a_builtin_name(tmp_path: Path) -> None:
    path = _pack(tmp_path, '[[rule]]\nname = "title"\nreason = "r"\nphrases = ["a"]\n')
    with pytest.raises(ConfigError, match="registered twice"):
        Cleaner(Config(packs=(str(path),)))


def test_a_catastrophic_pattern_is_stopped_and_reported_with_its_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packs, "TIMEOUT", 0.05)
    path = _pack(tmp_path, '[[rule]]\nname = "slow"\nreason = "r"\npatterns = [\'^(a|aa)+$\']\n')
    text = "a" * 40 + "!\n\n" + BODY
    with pytest.warns(RuleFailedWarning, match=r"'slow'.*PatternTimeoutError.*\(a\|aa\)\+"):
        article = clean(text, config=Config(packs=(str(path),)))
    assert article.body.startswith("a" * 40)
    rule = next(r for r in Cleaner(Config(packs=(str(path),))).rules if r.name == "slow")
    with pytest.raises(PatternTimeoutError):
        list(rule.judge(_doc(text)))


def _doc(text: str) -> Document:
    segments = segment(text)
    return Document(text, segments, [s.index for s in segments])


def test_the_cli_loads_a_pack_and_passes_the_jsonl_url() -> None:
    record = (
        '{"url": "https://examplenews.com/a", "text": "Get the Example News app\\n\\n'
        + BODY.strip()
        + '"}\n'
    )
    out = io.StringIO()
    argv = ["--jsonl", "--pack", str(EXAMPLE), "-"]
    assert main(argv, stdin=io.BytesIO(record.encode()), stdout=out) == 0
    assert "examplenews_app_promo" in out.getvalue()
    out = io.StringIO()
    assert main(["rules", "--pack", str(EXAMPLE)], stdout=out) == 0
    assert "examplenews_app_promo" in out.getvalue()


LINES = st.sampled_from(
    [
        "Get the Example News app",
        "More stories from Example News",
        "Free delivery on orders over $50",
        "Teaser",
        "",
        BODY,
        "Headline of the day",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(LINES, max_size=8), st.sampled_from([NEWS, "https://exampleshop.org/products/x"]))
def test_nothing_is_lost_with_pack_rules(lines: list[str], url: str) -> None:
    text = "\n".join(lines)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuleFailedWarning)
        article = clean(text, config=CONFIG, url=url)
    pieces = [article.title or "", article.body, *(r.text for r in article.removed)]
    assert sorted("".join(text.split())) == sorted("".join("".join(pieces).split()))


def test_the_cli_passes_the_warc_target_uri(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    wet = Path(__file__).resolve().parent.parent / "fixtures" / "cli" / "sample.warc.wet.gz"
    pack = _pack(
        tmp_path,
        '[[rule]]\nname = "harbour_evening"\nreason = "r"\n'
        "patterns = ['^The evening crossing']\ndomains = [\"harbour.example\"]\n",
    )
    out = io.StringIO()
    assert main(["--format", "jsonl", "--pack", str(pack), str(wet)], stdout=out) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    rules = {r["url"]: {x["rule"] for x in r["removed"]} for r in records}
    assert "harbour_evening" in rules["https://harbour.example/news/ferry-timetable"]
    assert "harbour_evening" not in rules["https://garden.example/blog/winter-beds"]
