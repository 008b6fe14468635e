"""Every built-in rule's case file, one test per case, through the public harness."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleantext import Cleaner
from cleantext.rules import BUILTIN_RULES
from cleantext.testing import Case, check_case, load

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "rules"
FILES = sorted(CASES.glob("*.toml"))
CLEANER = Cleaner()
MINIMUM = 8


def _params() -> list[object]:
    params: list[object] = []
    for path in FILES:
        case_file = load(path)
        for case in case_file.cases:
            marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
            params.append(
                pytest.param(
                    case_file.rule, case, id=f"{path.stem}:{case.expect}:{case.id}", marks=marks
                )
            )
    return params


@pytest.mark.parametrize(("rule", "case"), _params())
def test_case(rule: str, case: Case) -> None:
    result = check_case(case, rule, CLEANER)
    assert result.passed, f"{case.id}: {result.message}\n(note: {case.note})"


@pytest.mark.parametrize("rule", [cls.name for cls in BUILTIN_RULES])
def test_every_rule_has_a_case_file_with_enough_cases(rule: str) -> None:
    path = CASES / f"{rule}.toml"
    assert path.exists(), f"missing case file {path}"
    case_file = load(path)
    assert case_file.rule == rule
    positive = case_file.of("title") if rule == "title" else case_file.of("remove")
    assert len(positive) >= MINIMUM, f"{rule}: only {len(positive)} must-remove cases"
    assert len(case_file.of("keep")) >= MINIMUM, f"{rule}: too few must-keep cases"
