"""The progress line on stderr: documents, megabytes, MB/s and, when the total is known,
a bar and the time left. Drawn by hand (a ``\\r`` line), only when stderr is a terminal,
at most ten times a second, and only for runs longer than half a second."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

_MB = 1_000_000
_WIDTH = 20


def _clock_text(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    def __init__(
        self,
        err: TextIO,
        total_bytes: int | None,
        *,
        enabled: bool,
        clock: Callable[[], float] = time.monotonic,
        delay: float = 0.5,
        interval: float = 0.1,
    ) -> None:
        self.err, self.total, self.enabled, self.clock = err, total_bytes, enabled, clock
        self.delay, self.interval = delay, interval
        self.docs = self.bytes = 0
        self.start = clock()
        self.drawn_at: float | None = None

    def update(self, docs: int, nbytes: int) -> None:
        self.docs += docs
        self.bytes += nbytes
        if not self.enabled:
            return
        now = self.clock()
        if now - self.start < self.delay:
            return
        if self.drawn_at is None or now - self.drawn_at >= self.interval:
            self._draw(now)

    def finish(self) -> None:
        """Draw the final state and end the line, if the line was ever shown."""
        if self.drawn_at is not None:
            self._draw(self.clock())
            self.err.write("\n")
            self.err.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        rate = self.bytes / elapsed
        parts = [f"cleantext: {self.docs:,} docs", f"{self.bytes / _MB:,.1f} MB"]
        parts.append(f"{rate / _MB:,.1f} MB/s")
        if self.total:
            done = min(self.bytes / self.total, 1.0)
            filled = int(done * _WIDTH)
            parts.append(f"[{'#' * filled}{'.' * (_WIDTH - filled)}] {done:4.0%}")
            left = (self.total - self.bytes) / rate if rate else 0.0
            parts.append(f"ETA {_clock_text(max(left, 0.0))}")
        else:
            parts.append(f"elapsed {_clock_text(elapsed)}")
        return "  ".join(parts)

    def _draw(self, now: float) -> None:
        self.drawn_at = now
        self.err.write(f"\r{self.line(now)}\x1b[K")
        self.err.flush()
