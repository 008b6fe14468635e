"""Sinks: stdout, one file (``-o FILE``), or one file per input (``--output-dir DIR``).

No output ever goes over an input file: ``-o`` naming an input is a usage error, and an
input whose file under ``--output-dir`` would be itself is reported and skipped.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .inputs import Doc, Input
from .report import Report


class OutputError(Exception):
    """The output cannot be used at all (a usage error)."""


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _open(path: Path) -> TextIO:
    return open(path, "w", encoding="utf-8", newline="")  # closed by Outputs


class Outputs:
    """Routes each document's output; closes what it opened."""

    def __init__(self, stdout: TextIO, inputs: Sequence[Input], report: Report) -> None:
        self.stdout, self.inputs, self.report = stdout, inputs, report
        self._file: TextIO | None = None
        self._dir: Path | None = None
        self._suffix = ""
        self._current = -1  # the input whose file is open under --output-dir
        self._skip = False  # that input's output could not be opened
        self.separator = ""  # written between two documents on one output (text: a blank line)
        self._started = False  # the current output has a document already

    def to_file(self, name: str) -> None:
        path = Path(name)
        for source in self.inputs:
            if source.path is not None and _same(path, source.path):
                raise OutputError(f"-o {name}: that is an input file; refusing to overwrite it")
        try:
            self._file = _open(path)
        except OSError as exc:
            raise OutputError(f"-o {name}: cannot write: {exc.strerror or exc}") from None

    def to_dir(self, name: str, suffix: str) -> None:
        self._dir, self._suffix = Path(name), suffix
        try:
            self._dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"--output-dir {name}: {exc.strerror or exc}") from None

    def write(self, doc: Doc, text: str) -> None:
        if self._dir is not None:
            self._switch(doc.input_index)
            if self._skip:
                return
        if not text:
            return
        target = self._file or self.stdout
        if self._started:
            target.write(self.separator)
        target.write(text)
        self._started = True

    def _switch(self, index: int) -> None:
        if index == self._current:
            return
        self._close_file()
        self._current, self._skip, self._started = index, False, False
        source = self.inputs[index]
        path = self._path_for(source)
        if any(s.path is not None and _same(path, s.path) for s in self.inputs):
            self.report.problem(source.name, f"output {path} would overwrite an input; skipped")
            self._skip = True
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = _open(path)
        except OSError as exc:
            self.report.problem(source.name, f"cannot write {path}: {exc.strerror or exc}")
            self._skip = True

    def _path_for(self, source: Input) -> Path:
        assert self._dir is not None
        name = source.out_name
        return self._dir / (name if name.endswith(self._suffix) else name + self._suffix)

    def _close_file(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def close(self) -> None:
        self._close_file()
        self.stdout.flush()
