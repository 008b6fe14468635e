"""docs/rules.md is generated from the rules' metadata and docstrings; it must be fresh."""

from __future__ import annotations

from pathlib import Path

from cleantext.catalogue import main, render
from cleantext.rules import BUILTIN_RULES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_docs_rules_md_is_up_to_date() -> None:
    assert DOCS.read_text(encoding="utf-8") == render(), (
        "docs/rules.md is stale: run  PYTHONPATH=src python -m cleantext.catalogue"
    )


def test_every_rule_has_an_entry_with_its_summary() -> None:
    text = render()
    for cls in BUILTIN_RULES:
        assert f"## `{cls.name}`\n\n{cls.summary}\n" in text


def test_check_mode_reports_a_stale_file(tmp_path: Path) -> None:
    path = tmp_path / "rules.md"
    path.write_text("old", encoding="utf-8")
    assert main(["--check", str(path)]) == 1
    assert main([str(path)]) == 0
    assert main(["--check", str(path)]) == 0
