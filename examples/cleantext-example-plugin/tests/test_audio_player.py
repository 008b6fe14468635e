"""The plugin's own tests, through cleantext's public harness and its real registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleantext import Config, ConfigError, clean
from cleantext.testing import assert_cases, check_file

CASES = Path(__file__).parent / "audio_player.toml"


def test_cases_in_the_default_pipeline() -> None:
    assert_cases(CASES)


def test_cases_with_the_rule_alone() -> None:
    assert_cases(CASES, isolated=True)


def test_every_case_reports_its_outcome() -> None:
    results = check_file(CASES)
    assert {r.case.id for r in results} >= {"prompt", "clock", "sentence-about-listening"}


def test_an_extra_prompt_from_the_options() -> None:
    config = Config(
        enable=("audio_player",), options={"audio_player": {"extra_prompts": ["hear it"]}}
    )
    body = "A body paragraph with plenty of words in it. " * 3
    article = clean("Hear it\n\n" + body, config=config)
    assert [r.rule for r in article.removed] == ["audio_player"]


def test_an_unknown_option_names_the_rule_and_the_key() -> None:
    config = Config(enable=("audio_player",), options={"audio_player": {"speed": 2}})
    with pytest.raises(ConfigError, match=r"audio_player.*speed"):
        clean("text", config=config)
