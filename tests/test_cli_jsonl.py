"""--jsonl: one field of each record cleaned, the record written back with what was found."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_run import run_cli as _run

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "example.txt"
TITLE = "Harbour Town Votes To Rebuild Its Flooded Ferry Pier"


def _jsonl(*records: Any) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def _records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


PAGE = EXAMPLE.read_text(encoding="utf-8")


def test_records_keep_their_fields_and_get_text_title_removed() -> None:
    record = {"id": 7, "url": "https://x.example/", "meta": {"lang": "en", "ok": True}}
    code, out, err = _run(["--jsonl"], stdin=_jsonl({**record, "text": PAGE}))
    assert (code, err) == (0, "")
    (result,) = _records(out)
    assert list(result) == ["id", "url", "meta", "text", "title", "removed"]
    assert {k: result[k] for k in record} == record
    assert result["title"] == TITLE
    assert result["text"].startswith(f"{TITLE}\n\nThe town council")
    assert "Consider helping us" not in result["text"]
    assert {"rule", "reason", "text", "start", "end"} == set(result["removed"][0])


def test_a_byte_order_mark_before_the_first_record_is_dropped() -> None:
    code, out, err = _run(["--jsonl"], stdin=b"\xef\xbb\xbf" + _jsonl({"text": PAGE}))
    assert (code, err) == (0, "")
    assert _records(out)[0]["title"] == TITLE


def test_field_names_are_chosen_by_the_user() -> None:
    argv = ["--jsonl", "--field", "raw", "--text-field", "clean", "--title-field", "headline"]
    code, out, _ = _run([*argv, "--removed-field", ""], stdin=_jsonl({"raw": PAGE}))
    assert code == 0
    (result,) = _records(out)
    assert list(result) == ["raw", "clean", "headline"]
    assert result["raw"] == PAGE
    assert result["headline"] == TITLE


def test_one_line_out_per_good_record_in_order_and_non_ascii_kept() -> None:
    records = [{"n": n, "text": f"Zeile {n}: Ein Satz über Fähren und Häfen."} for n in range(5)]
    code, out, _ = _run(["--jsonl"], stdin=_jsonl(*records))
    assert code == 0
    assert [r["n"] for r in _records(out)] == list(range(5))
    assert "über" in out


def test_bad_records_are_reported_with_their_line_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"text": "First good record, a plain sentence."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"body": "no text field"}),
        json.dumps({"text": 42}),
        "",
        json.dumps({"text": "Second good record, another sentence."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    code, out, err = _run(["--jsonl", str(path)])
    assert code == 1
    assert [r["text"] for r in _records(out)] == [
        "First good record, a plain sentence.",
        "Second good record, another sentence.",
    ]
    assert f"{path}:2: not valid JSON" in err
    assert f"{path}:3: not a JSON object" in err
    assert f"{path}:4: no field 'text'" in err
    assert f"{path}:5: a non-string field 'text'" in err
    assert ":6" not in err  # blank lines are skipped quietly


def test_lone_surrogates_in_other_fields_are_written_escaped() -> None:
    line = b'{"text": "A plain sentence of text.", "odd": "\\ud800"}\n'
    code, out, _ = _run(["--jsonl"], stdin=line)
    assert code == 0
    assert "\\ud800" in out
    assert _records(out)[0]["odd"] == "\ud800"


def test_jsonl_output_dir_keeps_the_name(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl({"text": PAGE}))
    code, _, _ = _run(["--jsonl", "-d", str(tmp_path / "out"), str(path)])
    assert code == 0
    assert _records((tmp_path / "out" / "in.jsonl").read_text())[0]["title"] == TITLE
