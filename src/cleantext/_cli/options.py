"""The argument parser of ``cleantext`` and the checks argparse cannot make."""

from __future__ import annotations

import argparse
import codecs
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn, TextIO

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

from pydantic import ValidationError

from .. import __version__
from .._config import Config, describe, load_config
from .._errors import ConfigError

EXIT_CODES = "Exit codes: 0 all done, 1 some input failed, 2 usage or configuration error."
ERRORS = ("strict", "replace", "ignore", "backslashreplace")

_DESCRIPTION = """\
Remove boilerplate from text scraped from web pages: a Unix filter.
Reads files, directories (walked), or stdin ('-' or no file); writes the clean text to
stdout. WARC/WET files (gzip or not) are recognised by their content.
'cleantext rules' lists the rules; to clean a file named 'rules', write ./rules."""


class UsageError(Exception):
    """The command line cannot be used; exit code 2."""


class Parser(argparse.ArgumentParser):
    """argparse that writes to the given streams and raises instead of exiting on errors."""

    def __init__(self, out: TextIO, err: TextIO, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.out, self.err = out, err

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        # argparse prints help and --version to sys.stdout, everything else to sys.stderr.
        if message:
            (self.out if file is None or file is sys.stdout else self.err).write(message)


def _names(value: str) -> list[str]:
    return [name.strip() for name in value.split(",") if name.strip()]


def add_rule_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("rules (see docs/configuration.md)")
    group.add_argument(
        "--config",
        metavar="FILE",
        help="a TOML configuration (or a pyproject.toml with [tool.cleantext])",
    )
    group.add_argument(
        "--preset",
        help="the preset to start from: default, conservative or aggressive (default: default)",
    )
    group.add_argument(
        "--enable",
        action="extend",
        type=_names,
        default=[],
        metavar="RULE[,RULE]",
        help="also run these rules (repeatable)",
    )
    group.add_argument(
        "--disable",
        action="extend",
        type=_names,
        default=[],
        metavar="RULE[,RULE]",
        help="do not run these rules (repeatable)",
    )
    group.add_argument(
        "--only",
        action="extend",
        type=_names,
        default=[],
        metavar="RULE[,RULE]",
        help="run exactly these rules (repeatable)",
    )
    group.add_argument(
        "--pack",
        action="append",
        default=[],
        metavar="FILE",
        help="a rule pack (TOML phrase and regex rules) to load (repeatable)",
    )


def rule_config(args: argparse.Namespace) -> Config:
    """The ``Config`` of the rule options: the --config file, then the other options.

    Raises ``ConfigError`` for a bad file or value.
    """
    base = load_config(args.config) if args.config else Config()
    data = base.model_dump()
    if args.preset is not None:
        data["preset"] = args.preset
    for key in ("enable", "disable", "only"):
        data[key] = (*data[key], *getattr(args, key))
    data["packs"] = (*data["packs"], *args.pack)
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(describe(exc)) from None


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", default=["-"], help="files or directories; '-': stdin")
    group = parser.add_argument_group("input")
    group.add_argument(
        "--glob",
        default="*",
        metavar="PATTERN",
        help="files to take from a directory (default '*')",
    )
    kind = group.add_mutually_exclusive_group()
    kind.add_argument(
        "--input",
        choices=("auto", "text", "jsonl", "warc"),
        default="auto",
        help="input kind; auto (default): WARC/WET when the content says so, else text",
    )
    kind.add_argument(
        "--jsonl",
        dest="input",
        action="store_const",
        const="jsonl",
        help="input is JSON Lines: clean one field of each record",
    )
    kind.add_argument(
        "--warc",
        dest="input",
        action="store_const",
        const="warc",
        help="input is WARC/WET (needs the warc extra)",
    )
    group.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    group.add_argument(
        "--errors",
        choices=ERRORS,
        default="replace",
        help="what to do with undecodable bytes (default replace; strict skips the file)",
    )


def _add_records(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("JSON Lines records (--jsonl)")
    group.add_argument("--field", default="text", help="the field to clean (default text)")
    group.add_argument(
        "--text-field", metavar="NAME", help="where the clean text goes (default: --field)"
    )
    group.add_argument(
        "--title-field",
        default="title",
        metavar="NAME",
        help="where the title goes (default title; '' leaves it out)",
    )
    group.add_argument(
        "--removed-field",
        default="removed",
        metavar="NAME",
        help="where the removed fragments go (default removed; '' leaves them out)",
    )


def _add_outputs(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("output")
    group.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        help=(
            "text: title and body (default); json: one Article per document; "
            "jsonl: one compact Article per line, with its source"
        ),
    )
    where = group.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    where.add_argument(
        "-d", "--output-dir", metavar="DIR", help="one output file per input under DIR"
    )
    group.add_argument(
        "--explain",
        action="store_true",
        help=(
            "show the input with each removed fragment marked [-text-]{rule: reason}; "
            "a per-rule count summary goes to stderr"
        ),
    )
    group.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour in --explain (auto: when stdout is a terminal and NO_COLOR is unset)",
    )


def _add_run(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("run")
    group.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="clean in N processes (0: one per CPU); output stays in input order",
    )
    group.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress line (shown on stderr only when it is a terminal and stdout is not)",
    )
    group.add_argument("--version", action="version", version=f"cleantext {__version__}")


def parser(out: TextIO, err: TextIO) -> Parser:
    result = Parser(
        out,
        err,
        prog="cleantext",
        description=_DESCRIPTION,
        epilog=EXIT_CODES + " See docs/cli.md.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_inputs(result)
    _add_records(result)
    _add_outputs(result)
    add_rule_options(result)
    _add_run(result)
    return result


def check(args: argparse.Namespace) -> None:
    """The combinations argparse cannot refuse; raises ``UsageError``."""
    if args.input == "jsonl" and args.format is not None:
        raise UsageError("--jsonl writes each record back as JSON Lines; drop --format")
    if args.explain and args.format is not None:
        raise UsageError("--explain has its own output; drop --format")
    if args.jobs < 0:
        raise UsageError(f"--jobs must be 0 (one per CPU) or more, not {args.jobs}")
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise UsageError(f"unknown encoding {args.encoding!r}") from None


def parse(argv: Sequence[str], out: TextIO, err: TextIO) -> argparse.Namespace:
    args = parser(out, err).parse_args(argv)
    check(args)
    return args
