"""The command line, in-process through main(argv) and once as a real subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from cleantext.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "example.txt"


def _run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_text_output() -> None:
    code, out, err = _run([str(EXAMPLE)])
    assert code == 0
    assert err == ""
    assert out.startswith(
        "Harbour Town Votes To Rebuild Its Flooded Ferry Pier\n\nThe town council"
    )
    assert "Consider helping us" not in out


def test_json_output() -> None:
    code, out, _ = _run(["--format", "json", str(EXAMPLE)])
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "Harbour Town Votes To Rebuild Its Flooded Ferry Pier"
    assert {item["rule"] for item in data["removed"]} >= {"donation_widget", "image_caption"}


def test_stdin() -> None:
    code, out, _ = _run(["-"], stdin=EXAMPLE.read_bytes())
    assert code == 0
    assert out == _run([str(EXAMPLE)])[1]


def test_missing_file_is_reported_and_the_others_still_run(tmp_path: Path) -> None:
    code, out, err = _run([str(tmp_path / "missing.txt"), str(EXAMPLE)])
    assert code == 1
    assert "missing.txt" in err
    assert out.startswith("Harbour Town")


def test_invalid_utf8_is_replaced_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"A line with a bad byte \xff in it, and more words to follow.\n")
    code, out, err = _run([str(path)])
    assert code == 0
    assert "\ufffd" in out
    assert "not valid utf-8" in err


def test_unknown_rule_is_a_usage_error() -> None:
    code, _, err = _run(["--disable", "nope", str(EXAMPLE)])
    assert code == 2
    assert "nope" in err


def test_installed_command_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cleantext", str(EXAMPLE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Harbour Town")
