"""The installed ``cleantext`` command as a real process: pipes, exit codes, workers.

Each run builds a Cleaner (seconds), so these few tests cover only what in-process
tests cannot: the console script, real pipes closed early, real worker processes.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "fixtures" / "example.txt"
WET = ROOT / "fixtures" / "cli" / "sample.warc.wet.gz"
TITLE = "Harbour Town Votes To Rebuild Its Flooded Ferry Pier"


def _command() -> list[str]:
    """The console script beside this Python when installed, else ``python -m cleantext``."""
    script = Path(sys.executable).parent / "cleantext"
    return [str(script)] if script.exists() else [sys.executable, "-m", "cleantext"]


def _env() -> dict[str, str]:
    # This checkout's sources first, whichever checkout the environment was installed from.
    path = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path}


def _cleantext(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*_command(), *args], input=stdin, capture_output=True, env=_env(), check=False
    )


def test_installed_command_cleans_a_file_and_stdin() -> None:
    result = _cleantext(str(EXAMPLE), "-", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    out = result.stdout.decode("utf-8")
    assert out.startswith(TITLE)
    assert out.count(TITLE) == 2


def test_output_piped_into_head_ends_quietly() -> None:
    # About 5 kB of JSON per document: far more than a pipe holds, so the writer is
    # still writing when the reader goes away, as with `cleantext ... | head`.
    args = ["--format", "json", *[str(EXAMPLE)] * 200]
    with subprocess.Popen(
        [*_command(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env()
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        assert proc.stdout.read(10) == b'{\n  "title'
        proc.stdout.close()
        err = proc.stderr.read()
        code = proc.wait(timeout=120)
    assert (code, err) == (0, b"")


def test_exit_codes_of_a_real_process(tmp_path: Path) -> None:
    missing = _cleantext(str(tmp_path / "missing.txt"), str(EXAMPLE))
    assert missing.returncode == 1
    assert b"missing.txt: cannot read: No such file or directory" in missing.stderr
    assert missing.stdout.startswith(TITLE.encode())
    usage = _cleantext("--format", "yaml", str(EXAMPLE))
    assert usage.returncode == 2
    assert b"invalid choice: 'yaml'" in usage.stderr
    assert usage.stdout == b""


@pytest.mark.skipif(importlib.util.find_spec("fastwarc") is None, reason="needs the warc extra")
def test_jobs_in_real_worker_processes_write_the_same_bytes() -> None:
    args = ["--format", "jsonl", str(WET), str(EXAMPLE), str(WET)]
    one, two = _cleantext(*args), _cleantext("--jobs", "2", *args)
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    assert one.stdout.count(b'"url":"https://harbour.example/news/ferry-timetable"') == 2
