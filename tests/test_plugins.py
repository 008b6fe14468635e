"""Plugins: entry-point discovery, lazy loading, errors that name the package, and the
example plugin package found through real entry points (when it is installed)."""

from __future__ import annotations

import importlib.metadata
import io
import json
import os
import pickle
from collections.abc import Iterator

import pytest

from cleantext import (
    Cleaner,
    Config,
    PluginError,
    PluginWarning,
    UnknownRuleError,
    _pipeline,
    _registry,
    clean,
)
from cleantext._registry import GROUP, Registry, RuleEntry, discover, registry
from cleantext.cli import main
from cleantext.rules import BUILTIN_RULES

BODY = "A body paragraph with plenty of words so that it stays in the article text. " * 3


def _entry(name: str, value: str, package: str = "fake-plugin") -> RuleEntry:
    ep = importlib.metadata.EntryPoint(name, value, GROUP)
    return RuleEntry(name, package, "1.2.3", value, ep)


@pytest.fixture
def fake_plugins(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[RuleEntry]]:
    """Replace discovery with the given entries; caches are cleared around the test."""
    entries: list[RuleEntry] = []
    monkeypatch.setattr(_registry, "discover", lambda: list(entries))
    registry.cache_clear()
    _pipeline._cleaner_for.cache_clear()
    yield entries
    registry.cache_clear()
    _pipeline._cleaner_for.cache_clear()


def test_builtin_rules_register_through_the_registry() -> None:
    reg = registry()
    builtin = [cls.name for cls in BUILTIN_RULES]
    assert reg.names()[: len(builtin)] == builtin
    entry = reg.entries["title"]
    assert entry.is_builtin
    assert entry.package == "cleantext-web"


def test_discovery_is_sorted_and_imports_nothing() -> None:
    found = discover()
    assert [e.name for e in found] == sorted(e.name for e in found)
    assert all(e._template is None for e in found)


def test_a_plugin_is_loaded_only_when_needed(fake_plugins: list[RuleEntry]) -> None:
    fake_plugins.append(_entry("shout", "plugin_fixtures.fake_rules:Shout"))
    entry = registry().entries["shout"]
    assert entry._template is None
    article = clean("HELLO THERE!\n\n" + BODY)
    assert [r.rule for r in article.removed] == ["shout"]
    assert entry._template is not None


def test_a_plugin_enabled_by_default_runs_before_the_title(
    fake_plugins: list[RuleEntry],
) -> None:
    fake_plugins.append(_entry("shout", "plugin_fixtures.fake_rules:Shout"))
    names = [rule.name for rule in Cleaner().rules]
    assert names.index("shout") == names.index("title") - 1
    assert "shout" not in [rule.name for rule in Cleaner(Config(preset="conservative")).rules]


def test_an_alias_names_the_rule(fake_plugins: list[RuleEntry]) -> None:
    fake_plugins.append(_entry("shout", "plugin_fixtures.fake_rules:Shout"))
    assert "shout" not in [r.name for r in Cleaner(Config(disable=("yelling",))).rules]


def test_a_plugin_that_cannot_be_imported_names_its_package_and_entry(
    fake_plugins: list[RuleEntry],
) -> None:
    fake_plugins.append(_entry("ghost", "no_such_module_here:Ghost"))
    with pytest.raises(PluginError) as info:
        Cleaner(Config(enable=("ghost",)))
    message = str(info.value)
    assert "fake-plugin 1.2.3" in message
    assert "ghost = 'no_such_module_here:Ghost'" in message


def test_a_broken_plugin_is_skipped_with_a_warning_when_asked(
    fake_plugins: list[RuleEntry],
) -> None:
    fake_plugins.append(_entry("ghost", "no_such_module_here:Ghost"))
    with pytest.warns(PluginWarning, match="fake-plugin"):
        cleaner = Cleaner(Config(preset="aggressive", plugin_errors="warn"))
    assert "ghost" not in [r.name for r in cleaner.rules]


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("not_a_rule", "plugin_fixtures.fake_rules:NotARule", "not a subclass"),
        ("shout", "plugin_fixtures.fake_rules:WrongName", "must equal the entry's name"),
    ],
)
def test_an_invalid_plugin_is_rejected(
    fake_plugins: list[RuleEntry], name: str, value: str, problem: str
) -> None:
    fake_plugins.append(_entry(name, value))
    with pytest.raises(PluginError, match=problem):
        Cleaner(Config(enable=(name,)))


def test_bad_and_duplicate_names_are_rejected() -> None:
    with pytest.raises(PluginError, match="not valid"):
        Registry([_entry("Bad-Name", "x:Y")])
    with pytest.raises(PluginError, match="registered twice") as info:
        Registry([_entry("shout", "a:B", "one"), _entry("shout", "c:D", "two")])
    assert "one" in str(info.value)
    assert "two" in str(info.value)


def test_a_bad_or_taken_name_is_skipped_with_a_warning_when_asked() -> None:
    with pytest.warns(PluginWarning, match="registered twice"):
        reg = Registry([_entry("shout", "a:B", "one"), _entry("shout", "c:D", "two")], "warn")
    assert reg.entries["shout"].package == "one"


def test_a_plugin_cannot_take_a_builtin_name(fake_plugins: list[RuleEntry]) -> None:
    fake_plugins.append(_entry("title", "plugin_fixtures.fake_rules:Shout"))
    with pytest.raises(PluginError, match="registered twice"):
        clean("text")


def test_unknown_names_list_every_miss_with_plugins(fake_plugins: list[RuleEntry]) -> None:
    fake_plugins.append(_entry("shout", "plugin_fixtures.fake_rules:Shout"))
    with pytest.raises(UnknownRuleError) as info:
        Cleaner(Config(enable=("shout", "nope"), only=("nada",)))
    assert info.value.names == ("nope", "nada")
    assert "shout" in info.value.known


def test_a_cleaner_with_a_plugin_rule_pickles(fake_plugins: list[RuleEntry]) -> None:
    fake_plugins.append(_entry("shout", "plugin_fixtures.fake_rules:Shout"))
    cleaner = Cleaner()
    copy = pickle.loads(pickle.dumps(cleaner))
    text = "HELLO THERE!\n\n" + BODY
    assert copy.clean(text) == cleaner.clean(text)


# The example package under examples/, installed by .ci/run: real discovery, no mock.
EXAMPLE = "cleantext-example-plugin"


def _example_installed() -> bool:
    try:
        importlib.metadata.distribution(EXAMPLE)
    except importlib.metadata.PackageNotFoundError:
        if os.environ.get("CLEANTEXT_REQUIRE_EXAMPLE_PLUGIN"):
            pytest.fail(f"{EXAMPLE} is not installed (.ci/run installs it)")
        return False
    return True


needs_example = pytest.mark.skipif(
    not _example_installed(), reason=f"{EXAMPLE} is not installed (pip install -e examples/...)"
)


@needs_example
def test_clean_picks_up_the_installed_example_plugin() -> None:
    registry.cache_clear()
    entry = registry().entries["audio_player"]
    assert entry.entry_point is not None
    assert (entry.package, entry.version) == (EXAMPLE, importlib.metadata.version(EXAMPLE))
    article = clean("Listen to this article\n\n" + BODY, config=Config(enable=("audio_player",)))
    assert [(r.rule, r.text) for r in article.removed] == [
        ("audio_player", "Listen to this article")
    ]
    default = clean("Listen to this article\n\n" + BODY)
    assert "audio_player" not in [r.rule for r in default.removed]


@needs_example
def test_the_cli_rule_listing_shows_the_example_plugin() -> None:
    out = io.StringIO()
    assert main(["rules", "--format", "json"], stdout=out, stderr=io.StringIO()) == 0
    rows = {row["name"]: row for row in json.loads(out.getvalue())}
    assert rows["audio_player"]["origin"] == EXAMPLE
    assert rows["audio_player"]["on"] is False
    out = io.StringIO()
    main(["rules", "--enable", "audio_player"], stdout=out, stderr=io.StringIO())
    line = next(x for x in out.getvalue().splitlines() if x.startswith("audio_player"))
    assert line.split()[1:3] == ["on", EXAMPLE]
