"""The ``cleantext`` command: a Unix filter over text files, JSON Lines and WET archives.

    cleantext page.txt                     the clean text on stdout
    cleantext --format json page.txt       the whole Article, with every removal explained
    cat page.txt | cleantext               standard input
    cleantext --explain page.txt           the input, each removed fragment marked
    cleantext --jsonl --field text in.jsonl > out.jsonl
    cleantext --format jsonl -j 4 CC-MAIN-...warc.wet.gz > articles.jsonl
    cleantext rules                        every rule, on or off, and what it removes

Exit codes: 0 all done, 1 some input failed, 2 usage or configuration error.
Data goes to stdout, diagnostics (and the progress line) to stderr. The parts live in
``cleantext._cli``: sources -> documents -> Cleaner -> sinks.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import warnings
from collections import Counter
from collections.abc import Sequence
from contextlib import closing
from typing import BinaryIO, TextIO

from ._cli import rules_cmd
from ._cli.engine import clean_all, plain_warnings
from ._cli.explain import summary
from ._cli.inputs import Input, Reader, ReadOptions, expand
from ._cli.options import UsageError, parse, rule_config
from ._cli.outputs import OutputError, Outputs
from ._cli.progress import Progress
from ._cli.render import SUFFIXES, RenderOptions
from ._cli.report import Report
from ._errors import ConfigError
from ._pipeline import Cleaner, _cleaner_for

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def _cleaner(args: argparse.Namespace) -> Cleaner:
    """The Cleaner for the rule options; raises ConfigError on a bad configuration.

    Cached per configuration, so that in-process callers (the tests) build it once.
    """
    return _cleaner_for(rule_config(args))


def _render_options(
    args: argparse.Namespace, inputs: Sequence[Input], out: TextIO
) -> RenderOptions:
    if args.explain:
        fmt = "explain"
    elif args.input == "jsonl":
        fmt = "record"
    else:
        fmt = args.format or "text"
    color = args.color == "always" or (
        args.color == "auto" and _to_stdout(args) and out.isatty() and "NO_COLOR" not in os.environ
    )
    headers = len(inputs) > 1
    return RenderOptions(
        format=fmt,
        color=color,
        headers=headers,
        text_field=args.text_field or args.field,
        title_field=args.title_field,
        removed_field=args.removed_field,
    )


def _outputs(
    args: argparse.Namespace,
    inputs: Sequence[Input],
    options: RenderOptions,
    out: TextIO,
    report: Report,
) -> Outputs:
    outputs = Outputs(out, inputs, report)
    if options.format in ("text", "explain"):
        outputs.separator = "\n"  # documents of one output apart by a blank line
    if args.output not in (None, "-"):
        outputs.to_file(args.output)
    elif args.output_dir is not None:
        outputs.to_dir(args.output_dir, SUFFIXES[options.format])
    return outputs


def _total_bytes(inputs: Sequence[Input]) -> int | None:
    """The size of all inputs, or None when one is stdin (no bar, no ETA then)."""
    total = 0
    for source in inputs:
        if source.path is None:
            return None
        try:
            total += source.path.stat().st_size
        except OSError:
            continue
    return total


def _to_stdout(args: argparse.Namespace) -> bool:
    return args.output in (None, "-") and args.output_dir is None


def _show_progress(args: argparse.Namespace, out: TextIO, err: TextIO) -> bool:
    """Only on a terminal, and not over data shown on that terminal."""
    return not args.no_progress and err.isatty() and not (_to_stdout(args) and out.isatty())


def _run(args: argparse.Namespace, stdin: BinaryIO, out: TextIO, err: TextIO) -> int:
    report = Report(err)
    cleaner = _cleaner(args)
    inputs = expand(args.files, args.glob, report)
    options = _render_options(args, inputs, out)
    outputs = _outputs(args, inputs, options, out, report)
    reader = Reader(ReadOptions(args.input, args.encoding, args.errors, args.field), report, stdin)
    show = _show_progress(args, out, err)
    progress = Progress(err, _total_bytes(inputs), enabled=show)
    counts: Counter[str] = Counter()
    chars = docs = 0
    jobs = args.jobs or os.cpu_count() or 1
    try:
        with closing(clean_all(reader.docs(inputs), cleaner, options, jobs)) as results:
            for doc, rendered in results:
                outputs.write(doc, rendered.output)
                counts.update(rendered.counts)
                chars += rendered.removed_chars
                docs += 1
                progress.update(1, doc.size)
    finally:
        progress.finish()
        outputs.close()
    if args.explain:
        err.write(summary(dict(counts), chars, docs))
    return EXIT_INPUT if report.failed else EXIT_OK


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
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["rules"]:
            return rules_cmd.main(argv[1:], out, err)
        with warnings.catch_warnings():
            plain_warnings(err)
            return _run(parse(argv, out, err), inp, out, err)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except UsageError as exc:
        err.write(f"cleantext: {exc}\nTry 'cleantext --help'.\n")
    except (ConfigError, OutputError) as exc:
        err.write(f"cleantext: {exc}\n")
    return EXIT_USAGE


def run() -> None:
    """Console-script entry point: ``main()`` with a quiet end when stdout is closed early."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")  # data is UTF-8 whatever the locale
    try:
        code = main()
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as Unix filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_OK
    except KeyboardInterrupt:
        code = 130
    sys.exit(code)
