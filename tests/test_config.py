"""Rule control (enable, disable, only, insert), presets as data, per-rule options, and
the configuration file with errors that name the file, the key and what is wrong."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from cleantext import Cleaner, Config, ConfigError, Insert, UnknownRuleError, load_config
from cleantext._pipeline import resolve_rules
from cleantext.cli import main
from cleantext.presets import DEFAULT, PRESETS
from cleantext.rules import BUILTIN_RULES


def test_the_builtin_order_is_the_default_preset() -> None:
    assert [cls.name for cls in BUILTIN_RULES] == list(DEFAULT)
    assert resolve_rules(Config()) == DEFAULT


def test_presets_are_lists_of_known_rules() -> None:
    assert {"default", "conservative", "aggressive"} <= set(PRESETS)
    known = {cls.name for cls in BUILTIN_RULES}
    for names in PRESETS.values():
        assert set(names) <= known
        assert len(set(names)) == len(names)


def test_conservative_leaves_out_the_heuristic_rules() -> None:
    names = resolve_rules(Config(preset="conservative"))
    assert not {"content_scorer", "navigation", "related_footer"} & set(names)
    assert list(names) == [n for n in DEFAULT if n in names]  # the canonical order


def test_aggressive_runs_at_least_the_default() -> None:
    assert set(DEFAULT) <= set(resolve_rules(Config(preset="aggressive")))


def test_enable_puts_a_builtin_rule_back_in_its_place() -> None:
    names = resolve_rules(Config(preset="conservative", enable=("navigation",)))
    assert names.index("navigation") == names.index("duplicate_headline") + 1


def test_only_runs_exactly_those_rules_in_running_order() -> None:
    assert resolve_rules(Config(only=("title", "markup"))) == ("markup", "title")


def test_insert_before_and_after() -> None:
    config = Config(
        insert=(Insert(rule="markup", after="legal"), Insert(rule="title", before="markup"))
    )
    names = list(resolve_rules(config))  # in the order given: markup moves, then title
    at = names.index("legal")
    assert names[at : at + 3] == ["legal", "title", "markup"]


def test_insert_needs_exactly_one_anchor() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        Insert(rule="markup")


def test_every_unknown_name_is_listed() -> None:
    config = Config(
        enable=("a",),
        disable=("b",),
        only=("c",),
        insert=(Insert(rule="d", before="e"),),
        options={"f": {}},
    )
    with pytest.raises(UnknownRuleError) as info:
        resolve_rules(config)
    assert info.value.names == ("a", "b", "c", "d", "e", "f")


def test_an_unknown_preset_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="conservative"):
        resolve_rules(Config(preset="gentle"))


def test_config_is_frozen_hashable_and_rejects_unknown_keys() -> None:
    config = Config(options={"title": {}}, enable=("markup",))
    assert hash(config) == hash(Config(options={"title": {}}, enable=("markup",)))
    with pytest.raises(ValueError, match="frozen"):
        config.preset = "aggressive"
    with pytest.raises(ValueError, match="extra"):
        Config(disabled=("markup",))  # type: ignore[call-arg]


def test_options_are_validated_against_the_rule_naming_rule_and_key() -> None:
    with pytest.raises(ConfigError, match=r"'title'.*speed: unknown key"):
        Cleaner(Config(options={"title": {"speed": 2}}))


def test_options_for() -> None:
    config = Config(options={"title": {"b": [1, 2]}})
    assert config.options_for("title") == {"b": [1, 2]}
    assert config.options_for("markup") == {}


def _write(tmp_path: Path, text: str, name: str = "cleantext.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_config_from_toml(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
preset = "conservative"
enable = ["navigation"]
packs = ["sites.toml"]

[[insert]]
rule = "markup"
after = "legal"
""",
    )
    config = load_config(path)
    assert config.preset == "conservative"
    assert config.insert == (Insert(rule="markup", after="legal"),)
    assert config.packs == (str(tmp_path / "sites.toml"),)


def test_load_config_from_pyproject(tmp_path: Path) -> None:
    path = _write(tmp_path, '[tool.cleantext]\ndisable = ["navigation"]\n', "pyproject.toml")
    assert load_config(path).disable == ("navigation",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('preset = "default"\nenabel = ["x"]\n', "enabel: unknown key"),
        ("enable = 3\n", "enable: "),
        ('plugin_errors = "ignore"\n', "plugin_errors: "),
        ("[[insert]]\nrule = 'markup'\n", "insert.0: "),
        ("preset = \n", "not valid TOML"),
    ],
)
def test_a_bad_file_names_the_file_and_the_key(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(str(path))
    assert expected in str(info.value)


def test_the_cli_reads_a_config_file_and_options_add_to_it(tmp_path: Path) -> None:
    path = _write(tmp_path, 'preset = "conservative"\ndisable = ["title"]\n')
    out = io.StringIO()
    argv = ["rules", "--config", str(path), "--disable", "markup", "--only", "legal,title,markup"]
    assert main(argv, stdout=out, stderr=io.StringIO()) == 0
    rows = [line.split() for line in out.getvalue().splitlines()[1:]]
    on = [row[0] for row in rows if row[1] == "on"]
    assert on == ["legal"]


def test_the_cli_reports_a_bad_config_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "nope = 1\n")
    err = io.StringIO()
    assert main(["--config", str(path), "-"], stdin=io.BytesIO(b"x"), stderr=err) == 2
    assert f"{path}: nope: unknown key" in err.getvalue()
