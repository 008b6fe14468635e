"""--jobs: worker processes, batches, input order, the same bytes; the progress line."""

from __future__ import annotations

import functools
import io
import json
from pathlib import Path

import pytest

from cleantext import cli
from cleantext._cli import engine
from cleantext._cli.progress import Progress
from cleantext.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "example.txt"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(argv: list[str], stdin: bytes = b"", err: io.StringIO | None = None) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdin=io.BytesIO(stdin), stdout=out, stderr=err or io.StringIO())
    return code, out.getvalue()


@pytest.fixture
def records(monkeypatch: pytest.MonkeyPatch) -> bytes:
    """Enough varied records for several batches (batches made small for the test)."""
    monkeypatch.setattr(engine, "BATCH", 8)
    page = EXAMPLE.read_text(encoding="utf-8")
    lines = []
    for n in range(60):
        text = page.replace("Tuesday", f"day {n}") if n % 3 else f"Note {n}: a short line."
        lines.append(json.dumps({"n": n, "text": text}))
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize("argv", [["--jsonl"], ["--explain", "--jsonl"]])
def test_jobs_write_the_same_bytes_as_one_process(records: bytes, argv: list[str]) -> None:
    code1, one = _run([*argv, "--jobs", "1"], stdin=records)
    code2, two = _run([*argv, "--jobs", "2"], stdin=records)
    assert code1 == code2 == 0
    assert one == two
    if argv == ["--jsonl"]:
        assert [json.loads(line)["n"] for line in two.splitlines()] == list(range(60))


def test_jobs_over_files_keep_file_order(tmp_path: Path, records: bytes) -> None:
    for n, line in enumerate(records.decode().splitlines()):
        (tmp_path / f"page{n:02d}.txt").write_text(json.loads(line)["text"])
    code, one = _run(["--format", "jsonl", str(tmp_path)])
    assert (code, one) == _run(["--format", "jsonl", "-j", "2", str(tmp_path)])
    sources = [json.loads(line)["source"] for line in one.splitlines()]
    assert sources == [str(tmp_path / f"page{n:02d}.txt") for n in range(60)]


def test_jobs_0_means_one_per_cpu(records: bytes) -> None:
    assert _run(["--jsonl", "-j", "0"], stdin=records) == _run(["--jsonl"], stdin=records)


def test_no_progress_line_when_stderr_is_not_a_terminal_or_the_run_is_short(
    records: bytes,
) -> None:
    err = io.StringIO()
    _run(["--jsonl"], stdin=records, err=err)
    assert err.getvalue() == ""
    tty = _Tty()
    _run(["--jsonl"], stdin=records, err=tty)  # well under the half-second delay
    assert tty.getvalue() == ""


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_line_with_a_known_total() -> None:
    clock, err = _Clock(), _Tty()
    progress = Progress(err, 10_000_000, enabled=True, clock=clock)
    progress.update(1, 1_000_000)
    assert err.getvalue() == ""  # not before half a second
    clock.now += 2.0
    progress.update(1, 1_000_000)
    line = err.getvalue()
    assert line.startswith("\rcleantext: 2 docs  2.0 MB  1.0 MB/s  [####................]  20%")
    assert line.endswith("ETA 0:08\x1b[K")
    clock.now += 0.01
    progress.update(1, 1)
    assert err.getvalue() == line  # throttled
    progress.finish()
    assert err.getvalue().endswith("\n")


def test_progress_line_without_a_total_shows_elapsed_time() -> None:
    clock, err = _Clock(), _Tty()
    progress = Progress(err, None, enabled=True, clock=clock)
    clock.now += 65.0
    progress.update(3, 6_500_000)
    assert "3 docs  6.5 MB  0.1 MB/s  elapsed 1:05" in err.getvalue()


def test_disabled_progress_writes_nothing() -> None:
    clock, err = _Clock(), _Tty()
    progress = Progress(err, 100, enabled=False, clock=clock)
    clock.now += 5
    progress.update(1, 50)
    progress.finish()
    assert err.getvalue() == ""


def test_progress_line_in_a_run_goes_to_stderr_only(
    records: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "Progress", functools.partial(Progress, delay=0.0, interval=0.0))
    err = _Tty()
    code, out = _run(["--jsonl"], stdin=records, err=err)
    assert code == 0
    assert "\r" not in out
    assert err.getvalue().startswith("\rcleantext: 1 docs  ")
    assert "\rcleantext: 60 docs  " in err.getvalue()
    assert err.getvalue().endswith("elapsed 0:00\x1b[K\n")


def test_no_progress_line_over_data_on_the_same_terminal(
    records: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "Progress", functools.partial(Progress, delay=0.0, interval=0.0))
    err, out = _Tty(), _Tty()
    main(["--jsonl"], stdin=io.BytesIO(records), stdout=out, stderr=err)
    assert err.getvalue() == ""
    main(["--jsonl", "--no-progress"], stdin=io.BytesIO(records), stdout=io.StringIO(), stderr=err)
    assert err.getvalue() == ""
