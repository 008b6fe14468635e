"""Phrase lists as named data, one module per boilerplate family.

Each module holds, per language, a tuple of regular-expression fragments (for the
``regex`` module, matched case-insensitively). ``alternation`` joins them into one
pattern and refuses fragments that are empty or that match the empty string, so that no
empty alternative can slip in and match everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

import regex

FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION1


def fragments(by_language: Mapping[str, Iterable[str]]) -> list[str]:
    """All fragments of all languages, in a stable order."""
    return [frag for lang in sorted(by_language) for frag in by_language[lang]]


def alternation(phrases: Iterable[str]) -> str:
    """One non-capturing group ``(?:a|b|...)`` of the given regex fragments.

    Longer fragments come first, so that the longest phrase wins where two overlap.
    """
    checked: list[str] = []
    for phrase in phrases:
        if not phrase.strip():
            raise ValueError("empty phrase in a vocabulary")
        if _matches_empty(phrase):
            raise ValueError(f"vocabulary phrase matches the empty string: {phrase!r}")
        checked.append(phrase)
    if not checked:
        raise ValueError("a vocabulary needs at least one phrase")
    checked.sort(key=len, reverse=True)
    return "(?:" + "|".join(checked) + ")"


@cache
def _matches_empty(phrase: str) -> bool:
    """True if ``phrase`` matches the empty string. The standard ``re`` compiles a
    fragment several times faster than ``regex``; fragments that only ``regex`` reads
    (``\\p{L}``, possessive quantifiers) are compiled by ``regex``."""
    if "[[" in phrase or "--" in phrase or "&&" in phrase:  # VERSION1 set operations
        return regex.fullmatch(phrase, "", flags=FLAGS) is not None
    try:
        return re.fullmatch(phrase, "") is not None
    except (re.error, SyntaxError, ValueError, OverflowError):
        return regex.fullmatch(phrase, "", flags=FLAGS) is not None


def compile_phrases(
    by_language: Mapping[str, Iterable[str]], template: str = "{}"
) -> regex.Pattern[str]:
    """Compile every language's fragments into one pattern, placed into ``template``."""
    return regex.compile(template.format(alternation(fragments(by_language))), FLAGS)
