"""The ``cleantext`` command: a Unix filter over text files.

    cleantext page.txt                 the clean text on stdout
    cleantext --format json page.txt   the whole Article, with every removal explained
    cat page.txt | cleantext -         standard input

Exit codes: 0 all done, 1 some input could not be read, 2 usage or configuration error.
Data goes to stdout, diagnostics to stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import BinaryIO, TextIO

from . import __version__
from ._config import Config
from ._errors import ConfigError
from ._models import Article
from ._pipeline import Cleaner

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleantext",
        description="Remove boilerplate from text scraped from web pages.",
        epilog="Exit codes: 0 all done, 1 some input failed, 2 usage or configuration error.",
    )
    parser.add_argument("files", nargs="*", default=["-"], help="text files; '-' or none: stdin")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: title and body (default); json: the Article with its removals",
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="do not run this rule (repeatable)",
    )
    parser.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    parser.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return parser


def _read(name: str, stdin: BinaryIO, encoding: str, err: TextIO) -> str | None:
    try:
        if name == "-":
            data = stdin.read()
        else:
            with open(name, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        print(f"cleantext: {name}: cannot read: {exc.strerror or exc}", file=err)
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        print(
            f"cleantext: {name}: not valid {encoding} (byte {exc.start}); "
            "undecodable bytes were replaced by U+FFFD",
            file=err,
        )
        return data.decode(encoding, errors="replace")
    except LookupError:
        print(f"cleantext: unknown encoding {encoding!r}", file=err)
        return None


def _render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.model_dump_json(indent=2) + "\n"
    text = str(article)
    return text + "\n" if text else ""


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command; returns the exit code. Streams default to the process's own."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    inp = stdin if stdin is not None else sys.stdin.buffer
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return int(exc.code or 0)
    try:
        cleaner = Cleaner(Config(disable=tuple(args.disable)))
    except ConfigError as exc:
        print(f"cleantext: {exc}", file=err)
        return EXIT_USAGE
    status = EXIT_OK
    for name in args.files:
        text = _read(name, inp, args.encoding, err)
        if text is None:
            status = EXIT_INPUT
            continue
        out.write(_render(cleaner.clean(text), args.format))
    out.flush()
    return status


def run() -> None:
    """Console-script entry point: ``main()`` with a quiet end when stdout is closed early."""
    try:
        code = main()
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as Unix filters do.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_OK
    except KeyboardInterrupt:
        code = 130
    sys.exit(code)
