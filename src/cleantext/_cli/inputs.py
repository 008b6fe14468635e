"""Sources: files, directories, stdin, JSON Lines and WARC/WET, read into ``Doc`` records."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .report import Report
from .warc import looks_like_warc, read_wet

STDIN_NAME = "<stdin>"
_SNIFF = 64


@dataclass(frozen=True, slots=True)
class Doc:
    """One document to clean, with where it came from."""

    source: str  # the file name, "<stdin>", or "name:LINE" for a JSON Lines record
    text: str
    input_index: int  # position of its input in the expanded input list
    size: int = 0  # input bytes it accounts for (for the progress line)
    url: str | None = None  # WARC-Target-URI of a WARC/WET record
    record_id: str | None = None  # WARC-Record-ID of a WARC/WET record
    record: dict[str, Any] | None = field(default=None, compare=False)  # a JSON Lines record


@dataclass(frozen=True, slots=True)
class Input:
    """One input: a file, or stdin when ``path`` is None."""

    name: str  # as the user gave it (or found under a directory): used in messages
    path: Path | None
    out_name: str  # its name under --output-dir


@dataclass(frozen=True, slots=True)
class ReadOptions:
    mode: str  # auto, text, jsonl, warc
    encoding: str
    errors: str
    field: str


def expand(args: Sequence[str], pattern: str, report: Report) -> list[Input]:
    """The inputs named on the command line; directories are walked for ``pattern``."""
    inputs: list[Input] = []
    for arg in args:
        path = Path(arg)
        if arg == "-":
            inputs.append(Input(STDIN_NAME, None, "stdin"))
        elif path.is_dir():
            found = _walk(path, pattern)
            if not found:
                report.problem(arg, f"directory has no file matching --glob {pattern!r}")
            inputs += [Input(str(p), p, p.relative_to(path).as_posix()) for p in found]
        else:
            inputs.append(Input(arg, path, path.name))
    return inputs


def _walk(root: Path, pattern: str) -> list[Path]:
    """Files under ``root`` matching ``pattern``, in name order; hidden ones (a name, or a
    directory on the way, starting with a dot) are left out."""
    found = (p for p in root.rglob(pattern) if p.is_file())
    return sorted(
        p for p in found if not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


class _Counted(io.RawIOBase):
    """A readable stream that replays ``head`` first and counts the bytes read."""

    def __init__(self, raw: BinaryIO, head: bytes) -> None:
        super().__init__()
        self._raw, self._head, self.count = raw, head, len(head)

    def readable(self) -> bool:
        return True

    def tell(self) -> int:  # fastwarc asks where the stream stands before reading
        return self.count - len(self._head)

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._raw.read(len(view))
        view[: len(data)] = data
        self.count += len(data)
        return len(data)


class Reader:
    """Turns inputs into documents; problems are reported and the reading goes on."""

    def __init__(self, options: ReadOptions, report: Report, stdin: BinaryIO) -> None:
        self.options = options
        self.report = report
        self.stdin = stdin

    def docs(self, inputs: Sequence[Input]) -> Iterator[Doc]:
        for index, source in enumerate(inputs):
            try:
                yield from self._docs_of(index, source)
            except OSError as exc:
                self.report.problem(source.name, f"cannot read: {exc.strerror or exc}")

    def _docs_of(self, index: int, source: Input) -> Iterator[Doc]:
        if source.path is None:
            yield from self._stream_docs(index, source, self.stdin)
            return
        with open(source.path, "rb") as handle:
            yield from self._stream_docs(index, source, handle)

    def _stream_docs(self, index: int, source: Input, raw: BinaryIO) -> Iterator[Doc]:
        head = raw.read(_SNIFF)
        stream = _Counted(raw, head)
        mode = self.options.mode
        if mode == "auto" and looks_like_warc(head):
            try:
                yield from self._warc_docs(index, source, stream)
            except OSError as exc:
                raise OSError(f"{exc} (--input text reads it as text)") from exc
        elif mode == "warc":
            yield from self._warc_docs(index, source, stream)
        elif mode == "jsonl":
            yield from self._jsonl_docs(index, source, stream)
        else:
            data = io.BufferedReader(stream).read()
            text = self._decode(source.name, data)
            if text is not None:
                yield Doc(source.name, text, index, size=len(data))

    def _warc_docs(self, index: int, source: Input, stream: _Counted) -> Iterator[Doc]:
        seen, done = 0, 0
        for record in read_wet(stream):
            text = record.payload.decode("utf-8", errors="replace")
            size, done = stream.count - done, stream.count
            seen += 1
            yield Doc(source.name, text, index, size, record.url, record.record_id)
        if not seen:
            self.report.note(
                source.name,
                "no conversion records (WARC-Type: conversion): only the text of WET files is read",
            )

    def _jsonl_docs(self, index: int, source: Input, stream: _Counted) -> Iterator[Doc]:
        for number, line in enumerate(io.BufferedReader(stream), 1):
            where = f"{source.name}:{number}"
            text = self._decode(where, line)
            if text is None or not text.strip():
                continue
            record = self._record(where, text)
            if record is not None:
                value = record[self.options.field]
                yield Doc(where, value, index, size=len(line), record=record)

    def _record(self, where: str, line: str) -> dict[str, Any] | None:
        try:
            record = json.loads(line)
        except ValueError as exc:
            self.report.problem(where, f"not valid JSON ({exc}); record skipped")
            return None
        name = self.options.field
        if not isinstance(record, dict):
            self.report.problem(where, "not a JSON object; record skipped")
            return None
        if not isinstance(record.get(name), str):
            problem = "no" if name not in record else "a non-string"
            self.report.problem(where, f"{problem} field {name!r}; record skipped")
            return None
        return record

    def _decode(self, name: str, data: bytes) -> str | None:
        encoding, errors = self.options.encoding, self.options.errors
        # UTF-8 drops a byte-order mark (editors on Windows write one; JSON refuses it).
        codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:
            if errors == "strict":
                self.report.problem(
                    name, f"not valid {encoding} (byte {exc.start}); skipped (see --errors)"
                )
                return None
            self.report.note(
                name, f"not valid {encoding} (byte {exc.start}); decoded with --errors {errors}"
            )
            return data.decode(codec, errors=errors)
