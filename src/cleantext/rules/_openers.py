"""A cheap first look at a line: can its first word open one of a rule's phrases?

Rules whose phrases open their line (a label, a marker) look closer only at lines that
start like one of them. ``Openers`` works out, once, the first word of every phrase of a
vocabulary, expanding the small regular expressions the vocabularies use ("autor(?:in|
en)?", "schlagw(?:ö|oe)rter", "datenschutz(?:erklärung|hinweise?)"), and then needs one
short match and one set look-up per line: much cheaper than running a large alternation
on every line.

The expansion follows literals, escaped punctuation, ``(?:a|b)``, ``?`` and short
character classes. It stops at anything else: at ``\\s`` or ``\\d`` the first word is
complete; at a construct that may go on with letters (``\\w+``, ``.``), what came before
counts as the start of a word ("комментари" opens "комментарии"). Give a rule
``digits=True`` when its phrases may open with a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# The first word of a line, after any decoration ("- Anzeige -", "[Sponsored]", "| Tags"),
# or its first digit.
_FIRST = re.compile(r"[\W_]*([^\W\d_]+|\d)")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_EXPANSIONS = 512
# Constructs after which no letter of the same word can follow.
_WORD_ENDS = frozenset("sdbSDB")


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    stopped: bool = False  # the expansion stopped here; nothing more is appended
    open_word: bool = False  # it stopped where the word may go on


class Openers:
    """The first words of ``phrases`` (regex fragments), lower-cased."""

    def __init__(self, phrases: Iterable[str], *, digits: bool = False) -> None:
        self._digits = digits  # a digit opens a line too (a date, a reading time)
        words: set[str] = set()
        stems: set[str] = set()
        for phrase in phrases:
            for piece in _sequence(phrase.lower(), 0)[0]:
                first = _WORD.match(piece.text)
                if first is None:
                    continue
                whole = first.end() == len(piece.text)
                (stems if whole and piece.open_word else words).add(first.group())
        self.words = frozenset(words)
        self.stems = tuple(sorted(stems))

    def may_open(self, text: str) -> bool:
        """True if the first word of ``text`` (after any decoration) opens a phrase."""
        first = _FIRST.match(text)
        if first is None:
            return False
        word = first.group(1)
        if word.isdigit():
            return self._digits
        word = word.lower()
        return word in self.words or word.startswith(self.stems)


def _sequence(fragment: str, pos: int) -> tuple[list[_Piece], int]:
    """Expand one alternative from ``pos``; return the pieces and where it ends."""
    results = [_Piece("")]
    while pos < len(fragment) and fragment[pos] not in "|)":
        options, pos = _atom(fragment, pos)
        if pos < len(fragment) and fragment[pos] == "?":
            options = [_Piece(""), *options]
            pos += 1
        results = [
            r if r.stopped else _Piece(r.text + o.text, o.stopped, o.open_word)
            for r in results
            for o in ([r] if r.stopped else options)
        ][:_MAX_EXPANSIONS]
        if all(r.stopped for r in results):
            return results, _skip_alternative(fragment, pos)
    return results, pos


def _atom(fragment: str, pos: int) -> tuple[list[_Piece], int]:
    """The expansions of the atom at ``pos`` and where it ends."""
    char = fragment[pos]
    if fragment.startswith("(?:", pos):
        options: list[_Piece] = []
        pos += 3
        while True:
            alternative, pos = _sequence(fragment, pos)
            options.extend(alternative)
            if pos >= len(fragment) or fragment[pos] == ")":
                return options, pos + 1
            pos += 1  # past "|"
    if char == "[":
        end = fragment.find("]", pos)
        members = fragment[pos + 1 : end]
        if end < 0:
            return [_Piece("", stopped=True)], len(fragment)
        if "\\" in members or "-" in members.strip("-") or members.startswith("^"):
            return [_Piece("", stopped=True, open_word=True)], end + 1
        return [_Piece(m) for m in members], end + 1
    if char == "\\":
        escaped = fragment[pos + 1 : pos + 2]
        if escaped and not escaped.isalnum():
            return [_Piece(escaped)], pos + 2
        return [_Piece("", stopped=True, open_word=escaped not in _WORD_ENDS)], pos + 2
    if char in ".*+{":
        return [_Piece("", stopped=True, open_word=True)], pos + 1
    if char in "^$":
        return [_Piece("", stopped=True)], pos + 1
    return [_Piece(char)], pos + 1


def _skip_alternative(fragment: str, pos: int) -> int:
    """Skip to the "|" or ")" that ends the alternative open at ``pos``."""
    depth = 0
    while pos < len(fragment):
        char = fragment[pos]
        if char == "\\":
            pos += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return pos
            depth -= 1
        elif char == "|" and depth == 0:
            return pos
        pos += 1
    return pos
