"""Running the command in-process, for the CLI test modules."""

from __future__ import annotations

import io

from cleantext.cli import main


def run_cli(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    """``main(argv)`` on ``stdin``: the exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()
