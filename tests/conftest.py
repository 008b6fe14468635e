"""Shared test options."""

from __future__ import annotations

import os
import warnings

import pytest
from hypothesis import settings

from cleantext import RuleFailedWarning

# CI runs the property tests on a fixed set of examples (HYPOTHESIS_PROFILE=ci in
# .ci/run), so that a run is repeatable; locally each run draws new examples and may
# find new failures, which is the point of running them.
settings.register_profile("ci", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden Article JSON files under fixtures/pages from the current output",
    )
    parser.addoption(
        "--accept-lower-quality",
        action="store_true",
        default=False,
        help="rewrite fixtures/quality_baseline.toml from the measured accuracy, even if lower",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True)
def _rule_failures_are_errors() -> object:
    """A rule that fails is caught and kept quiet for users; in the tests it must fail."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuleFailedWarning)
        yield
