"""--explain: the input with each removal marked and labelled; a summary on stderr."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from cleantext import clean
from cleantext._cli.explain import explain
from cleantext.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "example.txt"
TITLE = "Harbour Town Votes To Rebuild Its Flooded Ferry Pier"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(argv: list[str], out: io.StringIO | None = None) -> tuple[int, str, str]:
    out = out if out is not None else io.StringIO()
    err = io.StringIO()
    code = main(argv, stdin=io.BytesIO(), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_plain_markers_label_each_removal_with_rule_and_reason() -> None:
    code, out, err = _run(["--explain", str(EXAMPLE)])
    assert code == 0
    assert "\x1b[" not in out
    assert f"[={TITLE}=]{{title}}\n" in out
    article = clean(EXAMPLE.read_text(encoding="utf-8"))
    assert len(article.removed) >= 5
    for item in article.removed:
        assert f"[-{item.text}-]{{{item.rule}: {item.reason}}}" in out
    assert "The town council of Harbour Town voted" in out  # kept text as it was
    total, chars = len(article.removed), article.removed_chars
    assert err.startswith(f"cleantext: removed {total} fragment(s), {chars} characters, ")
    assert "from 1 document\n" in err
    for rule, count in article.rule_counts().items():
        assert f"{count}  {rule}\n" in err


def test_without_markers_the_output_is_the_input() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    _, out, _ = _run(["--explain", str(EXAMPLE)])
    article = clean(text)
    unmarked = out.replace(f"[={TITLE}=]{{title}}", TITLE)
    for item in article.removed:
        unmarked = unmarked.replace(f"[-{item.text}-]{{{item.rule}: {item.reason}}}", item.text, 1)
    assert unmarked == text


def test_colour_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, out, _ = _run(["--explain", str(EXAMPLE)], out=_Tty())
    first = clean(EXAMPLE.read_text(encoding="utf-8")).removed[0].text
    assert f"\x1b[9;31m{first}\x1b[0m" in out
    assert "[-" not in out


def test_no_color_and_never_turn_colour_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in _run(["--explain", str(EXAMPLE)], out=_Tty())[1]
    monkeypatch.delenv("NO_COLOR")
    assert "\x1b[" not in _run(["--explain", "--color", "never", str(EXAMPLE)], out=_Tty())[1]
    assert "\x1b[" in _run(["--explain", "--color", "always", str(EXAMPLE)])[1]


def test_several_documents_get_headers(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("A plain sentence of text, and nothing else.\n")
    _, out, err = _run(["--explain", str(EXAMPLE), str(other)])
    assert out.startswith(f"==> {EXAMPLE} <==\n")
    assert f"\n==> {other} <==\nA plain sentence" in out
    assert "from 2 documents" in err


def test_explain_adds_a_final_newline() -> None:
    text = "Just one line without a newline at the end, long enough to stay"
    assert explain(text, clean(text), color=False) == text + "\n"
