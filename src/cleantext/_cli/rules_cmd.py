"""``cleantext rules``: every rule with its origin package, whether it is on, its summary."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib.metadata import packages_distributions
from typing import TextIO

from .._config import Config
from .._pipeline import resolve_rules
from .._rule import Rule
from ..rules import BUILTIN_RULES
from .options import Parser, add_rule_options

OWN_DISTRIBUTION = "cleantext-web"


def _parser(out: TextIO, err: TextIO) -> Parser:
    parser = Parser(
        out,
        err,
        prog="cleantext rules",
        description="List every rule: name, on or off, origin package, summary.",
    )
    add_rule_options(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def origin(rule: type[Rule]) -> str:
    """The distribution that ships ``rule`` (its top-level module when unknown)."""
    top = rule.__module__.split(".")[0]
    if top == "cleantext":
        return OWN_DISTRIBUTION
    return ", ".join(packages_distributions().get(top, [top]))


def rows(config: Config) -> list[dict[str, object]]:
    """One row per known rule, in running order; raises ``ConfigError`` on a bad config."""
    on = {cls.name for cls in resolve_rules(config)}
    return [
        {
            "name": cls.name,
            "on": cls.name in on,
            "origin": origin(cls),
            "summary": cls.summary,
            "tags": list(cls.tags),
        }
        for cls in BUILTIN_RULES
    ]


def _table(table: list[dict[str, object]]) -> str:
    width = max(len(str(row["name"])) for row in table)
    owner = max(len(str(row["origin"])) for row in table)
    lines = [f"{'RULE':<{width}}  ON   {'ORIGIN':<{owner}}  SUMMARY"]
    for row in table:
        state = "on " if row["on"] else "off"
        lines.append(
            f"{row['name']!s:<{width}}  {state}  {row['origin']!s:<{owner}}  {row['summary']}"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    """Raises ``UsageError`` and ``ConfigError``; the caller turns them into exit code 2."""
    args = _parser(out, err).parse_args(argv)
    config = Config(preset=args.preset, enable=tuple(args.enable), disable=tuple(args.disable))
    table = rows(config)
    if args.format == "json":
        out.write(json.dumps(table, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(_table(table))
    return 0
