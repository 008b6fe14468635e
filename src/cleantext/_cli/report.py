"""Diagnostics on stderr, each naming its input; remembers whether any input failed."""

from __future__ import annotations

from typing import TextIO


class Report:
    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.failed = False

    def problem(self, name: str, message: str) -> None:
        """An input (or part of one) could not be used: the run goes on, the exit code is 1."""
        self.failed = True
        self.note(name, message)

    def note(self, name: str, message: str) -> None:
        """Something the user should know about an input that was still used."""
        self.err.write(f"cleantext: {name}: {message}\n")
        self.err.flush()
