"""``cleantext rules``: every rule with its origin package, whether it is on, its summary."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from .._config import Config
from .._resolve import registry_for, resolve_names
from .options import Parser, add_rule_options, rule_config


def _parser(out: TextIO, err: TextIO) -> Parser:
    parser = Parser(
        out,
        err,
        prog="cleantext rules",
        description=(
            "List every rule (built-in, installed plugins, loaded packs): name, on or off, "
            "origin package, summary. Running rules first, in running order."
        ),
    )
    add_rule_options(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def rows(config: Config) -> list[dict[str, object]]:
    """One row per known rule, running ones first in order; raises ``ConfigError``."""
    reg = registry_for(config)
    running = resolve_names(config, reg)
    rest = [name for name in reg.names() if name not in running]
    table: list[dict[str, object]] = []
    for name in [*running, *rest]:
        template = reg.template(name)
        if template is None:
            continue
        entry = reg.entries[name]
        table.append(
            {
                "name": name,
                "on": name in running,
                "origin": entry.package,
                "version": entry.version,
                "summary": template.summary,
                "tags": list(template.tags),
            }
        )
    return table


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
    table = rows(rule_config(args))
    if args.format == "json":
        out.write(json.dumps(table, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(_table(table))
    return 0
