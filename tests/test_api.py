"""The public surface: exported names, clean() and Cleaner, configuration errors."""

from __future__ import annotations

import pickle

import pytest

import cleantext
from cleantext import Article, Cleaner, Config, ConfigError, UnknownRuleError, clean
from cleantext.presets import PRESETS
from cleantext.rules import BUILTIN_RULES

EXPECTED_ALL = {
    "Article",
    "Cleaner",
    "CleantextError",
    "Config",
    "ConfigError",
    "Document",
    "Insert",
    "LineRule",
    "PatternTimeoutError",
    "PluginError",
    "PluginWarning",
    "Removed",
    "Rule",
    "RuleFailedWarning",
    "Segment",
    "Span",
    "UnknownRuleError",
    "Verdict",
    "__version__",
    "clean",
    "load_config",
}

PAGE = "Headline Of The Day\n\n" + "A real paragraph with enough words to be a body paragraph. " * 3


def test_all_is_curated() -> None:
    assert set(cleantext.__all__) == EXPECTED_ALL
    for name in cleantext.__all__:
        assert hasattr(cleantext, name), name


def test_public_names_do_not_leak_private_modules() -> None:
    public = {n for n in dir(cleantext) if not n.startswith("_")}
    # subpackages and public modules that are meant to be imported by path
    modules = {"catalogue", "cli", "presets", "rules", "testing", "vocab"}
    assert public - modules <= EXPECTED_ALL


def test_clean_returns_article() -> None:
    article = clean(PAGE)
    assert isinstance(article, Article)
    assert article.title == "Headline Of The Day"
    assert article.body.startswith("A real paragraph")


def test_cleaner_reuses_compiled_rules_and_matches_clean() -> None:
    cleaner = Cleaner()
    rules = cleaner.rules
    assert cleaner.clean(PAGE) == clean(PAGE)
    assert cleaner.rules is rules


def test_default_order_is_the_preset() -> None:
    assert [rule.name for rule in Cleaner().rules] == list(PRESETS["default"])
    assert {cls.name for cls in BUILTIN_RULES} == set(PRESETS["default"])


def test_disable_a_rule() -> None:
    article = clean("0 $\n2,500 $\n\n" + PAGE, config=Config(disable=("donation_widget",)))
    assert "donation_widget" not in article.rule_counts()


def test_unknown_rule_names_fail_loudly_listing_every_miss() -> None:
    with pytest.raises(UnknownRuleError) as info:
        Cleaner(Config(disable=("nope", "donation_widget"), enable=("nada",)))
    assert info.value.names == ("nada", "nope")
    assert "nope" in str(info.value)
    assert "nada" in str(info.value)
    assert isinstance(info.value, ConfigError)


def test_unknown_preset() -> None:
    with pytest.raises(ConfigError, match="unknown preset 'x'"):
        Cleaner(Config(preset="x"))


def test_config_is_frozen_and_rejects_unknown_keys() -> None:
    config = Config()
    with pytest.raises(ValueError, match="frozen"):
        config.preset = "other"  # type: ignore[misc]
    with pytest.raises(ValueError, match="disabel"):
        Config.model_validate({"disabel": ["title"]})


def test_cleaner_pickles() -> None:
    cleaner = Cleaner()
    again = pickle.loads(pickle.dumps(cleaner))
    assert again.clean(PAGE) == cleaner.clean(PAGE)


def test_bytes_get_a_clear_error() -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        clean(b"bytes")  # type: ignore[arg-type]


def test_version() -> None:
    assert cleantext.__version__
