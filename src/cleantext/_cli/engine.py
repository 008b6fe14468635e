"""Cleaning: in this process, or in ``jobs`` worker processes in batches, in input order.

Workers render as well as clean, so the parent only reads and writes. Both paths call
``render`` on the same ``Cleaner`` configuration, so ``--jobs N`` writes the same bytes
as ``--jobs 1``.
"""

from __future__ import annotations

import sys
import warnings
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TextIO

from .._pipeline import Cleaner
from .inputs import Doc
from .render import Rendered, RenderOptions, render

BATCH = 64  # documents per task sent to a worker
_AHEAD = 2  # batches in flight per worker: enough to keep them busy, bounded memory

_worker: tuple[Cleaner, RenderOptions] | None = None


def plain_warnings(stream: TextIO) -> None:
    """Show warnings (a rule that failed on a document) as one plain line on ``stream``,
    not with Python's file and line: ``cleantext: warning: rule 'x' failed ...``."""

    def show(message: Warning | str, *_: object, **__: object) -> None:
        stream.write(f"cleantext: warning: {message}\n")

    warnings.showwarning = show


def _init_worker(cleaner: Cleaner, options: RenderOptions) -> None:
    global _worker
    _worker = (cleaner, options)
    plain_warnings(sys.stderr)


def _clean_batch(batch: list[Doc]) -> list[Rendered]:
    assert _worker is not None, "worker not initialised"
    cleaner, options = _worker
    return [render(doc, cleaner.clean(doc.text, url=url(doc)), options) for doc in batch]


def url(doc: Doc) -> str | None:
    """The document's URL: a WARC record's target, or a JSON Lines record's "url"."""
    if doc.url is not None:
        return doc.url
    value = doc.record.get("url") if doc.record is not None else None
    return value if isinstance(value, str) else None


def _batches(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    iterator = iter(docs)
    while batch := list(islice(iterator, size)):
        yield batch


def clean_all(
    docs: Iterable[Doc], cleaner: Cleaner, options: RenderOptions, jobs: int
) -> Generator[tuple[Doc, Rendered]]:
    """Each document with its rendered output, in input order; close it to stop early."""
    if jobs <= 1:
        for doc in docs:
            yield doc, render(doc, cleaner.clean(doc.text, url=url(doc)), options)
        return
    yield from _parallel(docs, cleaner, options, jobs)


def _parallel(
    docs: Iterable[Doc], cleaner: Cleaner, options: RenderOptions, jobs: int
) -> Iterator[tuple[Doc, Rendered]]:
    # The Cleaner goes to each worker once, built (fork) or unpickled (spawn), never
    # compiled again: building one compiles every rule's patterns, which takes seconds.
    pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(cleaner, options))
    pending: deque[tuple[list[Doc], Future[list[Rendered]]]] = deque()
    try:
        for batch in _batches(docs, BATCH):
            pending.append((batch, pool.submit(_clean_batch, batch)))
            if len(pending) >= jobs * _AHEAD:
                yield from _done(*pending.popleft())
        while pending:
            yield from _done(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _done(batch: list[Doc], future: Future[list[Rendered]]) -> Iterator[tuple[Doc, Rendered]]:
    yield from zip(batch, future.result(), strict=True)
