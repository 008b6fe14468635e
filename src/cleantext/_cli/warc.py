"""WARC/WET input through ``fastwarc``, an optional dependency imported only when needed.

Only conversion records (``WARC-Type: conversion``, the plain text of a WET file) are
read; their payload is decoded as UTF-8 with undecodable bytes replaced by U+FFFD.
"""

from __future__ import annotations

import importlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from .._errors import ConfigError

EXTRA_HINT = "pip install 'cleantext-web[warc]'"
_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/"


class MissingExtraError(ConfigError):
    """An optional dependency is not installed; the message names the extra."""


class Stream(Protocol):
    """What fastwarc needs of a stream: reads and the position (no seeking)."""

    def read(self, size: int = -1, /) -> bytes | None: ...

    def tell(self) -> int: ...


@dataclass(frozen=True, slots=True)
class WetRecord:
    url: str | None
    record_id: str | None
    payload: bytes


def looks_like_warc(head: bytes) -> bool:
    """Whether the first bytes of a stream are a WARC record, plain or gzip-compressed."""
    if head.startswith(_WARC_MAGIC):
        return True
    if not head.startswith(_GZIP_MAGIC):
        return False
    try:
        inflated = zlib.decompressobj(wbits=31).decompress(head, len(_WARC_MAGIC))
    except zlib.error:
        return False
    return inflated.startswith(_WARC_MAGIC)


def read_wet(stream: Stream) -> Iterator[WetRecord]:
    """The conversion records of a WARC/WET stream (gzip or not), in order.

    Raises ``MissingExtraError`` when fastwarc is not installed and ``OSError`` when the
    stream is not a readable WARC file.
    """
    try:
        # Imported by name so that type checking does not need the optional package.
        warc = importlib.import_module("fastwarc.warc")
    except ImportError:
        raise MissingExtraError(
            f"reading WARC/WET files needs the optional 'warc' extra (fastwarc): {EXTRA_HINT}"
        ) from None
    conversion = warc.WarcRecordType.conversion
    records = warc.ArchiveIterator(stream, record_types=conversion, parse_http=False)
    try:
        for record in records:
            url = record.headers.get("WARC-Target-URI")
            yield WetRecord(url, record.record_id or None, record.reader.read())
    except OSError as exc:  # fastwarc: "Invalid WARC header", "Gzip decompression error"...
        raise OSError(f"not a readable WARC/WET archive: {exc}") from exc
