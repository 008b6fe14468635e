"""The public harness for rule authors: failures name the case and say why."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleantext import Config
from cleantext.testing import CaseFileError, assert_cases, check_file, config_for, load

BODY = "A body paragraph with plenty of words so that it stays in the article text. " * 3


def _cases(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cases.toml"
    path.write_text(text, encoding="utf-8")
    return path


CASES = f'''
rule = "ad_label"

[[remove]]
id = "label"
text = "Advertisement"
doc = """Advertisement

{BODY}"""

[[remove]]
id = "not-an-ad"
text = "The council met on Tuesday."
doc = """The council met on Tuesday.

{BODY}"""

[[keep]]
id = "sentence"
text = "The company's advertisement was banned by the regulator last week."

[[keep]]
id = "known-failure"
xfail = "ad_label removes a lone label even here"
text = "Advertisement"
doc = """Advertisement

{BODY}"""
'''


def test_check_file_reports_each_case(tmp_path: Path) -> None:
    results = {r.case.id: r for r in check_file(_cases(tmp_path, CASES))}
    assert results["label"].passed
    assert results["sentence"].passed
    assert not results["not-an-ad"].passed
    assert results["not-an-ad"].message == "ad_label did not remove 'The council met on Tuesday.'"
    assert not results["known-failure"].passed
    assert "removed by ad_label" in results["known-failure"].message


def test_assert_cases_lists_every_unexpected_failure(tmp_path: Path) -> None:
    with pytest.raises(AssertionError) as info:
        assert_cases(_cases(tmp_path, CASES))
    message = str(info.value)
    assert "1 case(s) failed" in message
    assert "[remove] not-an-ad: ad_label did not remove" in message
    assert "known-failure" not in message  # an xfail that fails is expected


def test_an_xfail_that_passes_is_reported(tmp_path: Path) -> None:
    text = CASES.replace('rule = "ad_label"', 'rule = "markup"').split('[[remove]]\nid = "not')[0]
    text += '[[keep]]\nid = "fixed"\nxfail = "was broken"\ntext = "Plain words here."\n'
    with pytest.raises(AssertionError, match=r"\[keep\] fixed: passes now; drop its xfail"):
        assert_cases(_cases(tmp_path, text))


def test_isolated_runs_the_rule_alone(tmp_path: Path) -> None:
    cases = load(_cases(tmp_path, CASES))
    assert config_for(cases, isolated=True).only == ("ad_label",)
    config = config_for(cases, Config(preset="conservative"))
    assert config.preset == "conservative"
    assert "ad_label" in config.enable


def test_a_bad_case_file_names_the_file_and_the_case(tmp_path: Path) -> None:
    path = _cases(tmp_path, 'rule = "x"\n[[remove]]\nid = "a"\ntext = "t"\ndoc = "d"\n')
    with pytest.raises(CaseFileError, match=r"cases.toml: \[\[remove\]\] 'a'"):
        load(path)
