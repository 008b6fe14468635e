"""The command line in-process through main(argv): inputs, formats, outputs, errors."""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

import pytest

from cleantext import Article, clean
from cleantext import _packs as packs
from cleantext.cli import main
from cli_run import run_cli as _run

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "example.txt"
TITLE = "Harbour Town Votes To Rebuild Its Flooded Ferry Pier"


def _pages(tmp_path: Path) -> Path:
    """A directory of two pages and a note, one page in a subdirectory."""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_bytes(EXAMPLE.read_bytes())
    (root / "sub" / "b.txt").write_text("Short Headline Here\n\nOne plain sentence of text.\n")
    (root / "notes.md").write_text("not a page\n")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("hidden: not a page\n")
    (root / ".hidden.txt").write_text("hidden: not a page\n")
    return root


def test_text_output() -> None:
    code, out, err = _run([str(EXAMPLE)])
    assert code == 0
    assert err == ""
    assert out.startswith(f"{TITLE}\n\nThe town council")
    assert "Consider helping us" not in out


def test_json_output() -> None:
    code, out, _ = _run(["--format", "json", str(EXAMPLE)])
    assert code == 0
    data = json.loads(out)
    assert data["title"] == TITLE
    assert {item["rule"] for item in data["removed"]} >= {"donation_widget", "image_caption"}


def test_jsonl_output_is_one_compact_article_per_line_with_its_source(tmp_path: Path) -> None:
    root = _pages(tmp_path)
    code, out, _ = _run(["--format", "jsonl", "--glob", "*.txt", str(root)])
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert list(first)[:3] == ["source", "title", "body"]
    assert first["source"] == str(root / "a.txt")
    assert second["source"] == str(root / "sub" / "b.txt")
    assert first["title"] == TITLE


def test_stdin() -> None:
    code, out, _ = _run(["-"], stdin=EXAMPLE.read_bytes())
    assert code == 0
    assert out == _run([str(EXAMPLE)])[1]
    assert _run([], stdin=EXAMPLE.read_bytes())[1] == out


def test_directory_is_walked_in_name_order_with_glob(tmp_path: Path) -> None:
    root = _pages(tmp_path)
    code, out, _ = _run(["--glob", "*.txt", str(root)])
    assert code == 0
    assert out.index(TITLE) < out.index("One plain sentence")
    assert "not a page" not in out
    assert (
        ".\n\nShort Headline Here\n\nOne plain sentence" in out
    )  # documents apart by a blank line


def test_directory_without_matching_files_is_an_input_failure(tmp_path: Path) -> None:
    code, _, err = _run(["--glob", "*.html", str(_pages(tmp_path))])
    assert code == 1
    assert "*.html" in err


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    code, out, _ = _run(["-o", str(target), str(EXAMPLE)])
    assert code == 0
    assert out == ""
    assert target.read_text(encoding="utf-8").startswith(TITLE)


def test_output_file_never_overwrites_an_input(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(EXAMPLE.read_bytes())
    code, _, err = _run(["-o", str(page), str(page)])
    assert code == 2
    assert "refusing to overwrite" in err
    assert page.read_bytes() == EXAMPLE.read_bytes()


def test_output_dir_writes_one_file_per_input(tmp_path: Path) -> None:
    root = _pages(tmp_path)
    out_dir = tmp_path / "clean"
    code, out, _ = _run(["--glob", "*.txt", "--output-dir", str(out_dir), str(root)])
    assert code == 0
    assert out == ""
    assert (out_dir / "a.txt").read_text().startswith(TITLE)
    assert (out_dir / "sub" / "b.txt").read_text().startswith("Short Headline Here")
    code, _, _ = _run(["--format", "json", "-d", str(out_dir), str(root / "a.txt")])
    assert json.loads((out_dir / "a.txt.json").read_text())["title"] == TITLE


def test_output_dir_never_overwrites_an_input(tmp_path: Path) -> None:
    root = _pages(tmp_path)
    before = (root / "a.txt").read_bytes()
    code, _, err = _run(["--output-dir", str(root), str(root / "a.txt"), str(EXAMPLE)])
    assert code == 1
    assert "would overwrite an input" in err
    assert (root / "a.txt").read_bytes() == before
    assert (root / "example.txt").read_text().startswith(TITLE)  # the other input went on


def test_missing_file_is_reported_and_the_others_still_run(tmp_path: Path) -> None:
    code, out, err = _run([str(tmp_path / "missing.txt"), str(EXAMPLE)])
    assert code == 1
    assert "missing.txt" in err
    assert "No such file" in err
    assert out.startswith("Harbour Town")


def test_invalid_utf8_is_replaced_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"A line with a bad byte \xff in it, and more words to follow.\n")
    code, out, err = _run([str(path)])
    assert code == 0
    assert "\ufffd" in out
    assert "bad.txt: not valid utf-8 (byte 23)" in err


def test_errors_strict_skips_an_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"A line with a bad byte \xff in it.\n")
    code, out, err = _run(["--errors", "strict", str(path), str(EXAMPLE)])
    assert code == 1
    assert "bad.txt: not valid utf-8" in err
    assert out.startswith(TITLE)


def test_a_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert _run([str(path)])[1] == _run([str(EXAMPLE)])[1]


def test_jsonl_lines_are_articles_with_their_source() -> None:
    code, out, _ = _run(["--format", "jsonl", "-o", "-", "-"], stdin=EXAMPLE.read_bytes())
    assert code == 0
    data = json.loads(out)
    assert data.pop("source") == "<stdin>"
    assert Article.model_validate(data) == clean(EXAMPLE.read_text(encoding="utf-8"))


def test_encoding_option(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Ein Satz über Häfen und Fähren, lang genug für den Text.\n".encode("latin-1"))
    code, out, err = _run(["--encoding", "latin-1", str(path)])
    assert (code, err) == (0, "")
    assert "über Häfen" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--disable", "nope"], "nope"),
        (["--enable", "title,nope2"], "nope2"),
        (["--preset", "nope3"], "nope3"),
        (["--encoding", "klingon"], "klingon"),
        (["--jobs", "-1"], "--jobs"),
        (["--explain", "--format", "json"], "--explain"),
        (["--jsonl", "--format", "text"], "--jsonl"),
        (["--no-such-option"], "--no-such-option"),
        (["-o", "x", "-d", "y"], "not allowed with"),
    ],
)
def test_usage_and_configuration_errors_exit_2(argv: list[str], message: str) -> None:
    code, out, err = _run([*argv, str(EXAMPLE)])
    assert code == 2
    assert out == ""
    assert message in err


def test_disable_takes_comma_separated_names() -> None:
    argv = ["--format", "json", "--disable", "related_footer,donation_widget", str(EXAMPLE)]
    rules = {item["rule"] for item in json.loads(_run(argv)[1])["removed"]}
    assert rules
    assert not rules & {"related_footer", "donation_widget"}


def test_help_and_version_go_to_stdout() -> None:
    code, out, err = _run(["--help"])
    assert (code, err) == (0, "")
    assert "Exit codes: 0 all done, 1 some input failed, 2 usage or configuration error" in out
    code, out, _ = _run(["--version"])
    assert code == 0
    assert out.startswith("cleantext ")


def test_rules_lists_every_rule_with_origin_and_state() -> None:
    code, out, _ = _run(["rules", "--disable", "navigation"])
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["RULE", "ON", "ORIGIN", "SUMMARY"]
    rows = {line.split()[0]: line.split()[1:3] for line in lines[1:]}
    assert rows["navigation"] == ["off", "cleantext-web"]
    assert rows["title"] == ["on", "cleantext-web"]
    assert len(rows) >= 15


def test_rules_as_json() -> None:
    code, out, _ = _run(["rules", "--format", "json"])
    assert code == 0
    table = json.loads(out)
    assert {"name", "on", "origin", "summary", "tags"} <= set(table[0])
    assert all(row["on"] for row in table if row["origin"] == "cleantext-web")


def test_rules_with_an_unknown_rule_exits_2() -> None:
    code, _, err = _run(["rules", "--enable", "nope"])
    assert code == 2
    assert "nope" in err


def test_a_file_named_rules_can_still_be_cleaned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("rules").write_bytes(EXAMPLE.read_bytes())
    for argv in (["./rules"], ["--", "rules"], ["--format", "text", "rules"]):
        code, out, _ = _run(argv)
        assert code == 0, argv
        assert out.startswith(TITLE), argv


def test_a_failing_rule_is_one_plain_warning_line_and_the_text_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packs, "TIMEOUT", 0.05)
    pack = tmp_path / "slow.toml"
    pack.write_text(
        '[[rule]]\nname = "slow"\nreason = "never"\npatterns = [\'^(a|aa)+$\']\n', encoding="utf-8"
    )
    page = tmp_path / "page.txt"
    page.write_text("a" * 40 + "!\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with warnings.catch_warnings():
        warnings.simplefilter("always")  # the tests' own filter makes rule failures errors
        assert main(["--pack", str(pack), str(page)], stdout=out, stderr=err) == 0
    assert out.getvalue() == "a" * 40 + "!\n"
    assert err.getvalue().startswith("cleantext: warning: rule 'slow' failed")
    assert ".py:" not in err.getvalue()  # no Python file and line
