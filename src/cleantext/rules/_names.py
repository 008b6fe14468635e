"""A small grammar of the names after "by" in a byline, used by the byline rule.

It reads "Jane Doe", "Jean de La Fontaine", "JANE DOE and JOHN ROE", "Eva Roe, Example
Times", "Jan de Vries" and what may follow the names: a handle ("@janedoe"), an address
and a date ("Nov 18, 2019, 10:31am EST"). Anything else after the names (a verb, a
lower-case word) means the text is no byline: "By the end of the year", "Di Maio said".

``read`` returns what it found, so that the rule can weigh it:

* ``full``: every author has a name of two words or more ("Jane Doe and John Roe");
  a single word is too little on its own ("Von Menschen und Mäusen", "By Pamela");
* ``dated``: a date follows the names;
* ``lower_case``: the author is a lower-case user name ("admin", "lupa"), read only
  after a label or before a date.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..vocab import fragments
from ..vocab.byline import NAME_JOINERS, NAME_PARTICLES, NOT_NAMES, STAFF
from ._dates import DateGrammar, Level

_TOKENS = regex.compile(r"[^\s,;]+|[,;]")
_NAME_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}.'’-]*")
_USER_NAME = regex.compile(r"[\p{L}\p{N}_.-]+")
_MAX_PERSON = 5  # words of one name ("Maria de la Cruz Ortega")
_MAX_PERSONS = 5
_MAX_NOTE_WORDS = 4  # a section after the date: "Science & Astronomy"


@dataclass(frozen=True, slots=True)
class Names:
    """What stands after "by"; see the module docstring."""

    full: bool
    dated: bool
    single: bool  # one author of one word
    lower_case: bool
    staff: bool  # "staff", "Redaktion": an author that is no person
    words: int


class NameGrammar:
    """Reads the names after "by" or "Author:"."""

    def __init__(self, dates: DateGrammar) -> None:
        self._dates = dates
        self._joiners = frozenset(NAME_JOINERS)
        self._particles = frozenset(NAME_PARTICLES)
        self._not_names = frozenset(fragments(NOT_NAMES))
        self._staff = frozenset(STAFF)

    def read(self, text: str, *, labelled: bool) -> Names | None:
        """The names at the start of ``text`` and what follows them; None if no names."""
        tokens = list(_TOKENS.finditer(text))
        persons: list[list[str]] = [[]]
        joined_by_and = [False]
        lower_case = False
        pos = 0
        while pos < len(tokens):
            word = tokens[pos].group()
            current = persons[-1]
            if word in ",;" or word.lower() in self._joiners:
                if not current:
                    return None
                persons.append([])
                joined_by_and.append(word not in ",;")
            elif self._takes(tokens, pos, current):
                current.append(word)
            elif not current and len(persons) == 1 and self._user(tokens, pos, labelled):
                current.append(word)
                lower_case = True
            else:
                break
            if len(current) > _MAX_PERSON or len(persons) > _MAX_PERSONS:
                return None
            pos += 1
        if not persons[-1]:
            persons.pop()  # "By Jane Doe, 12 March 2024": the comma led to the date
            joined_by_and.pop()
        if not persons:
            return None
        rest = text[tokens[pos].start() :] if pos < len(tokens) else ""
        dated = self._tail(rest)
        if dated is None:
            return None
        return self._names(persons, joined_by_and, dated=dated, lower_case=lower_case)

    def _names(
        self, persons: list[list[str]], joined_by_and: list[bool], *, dated: bool, lower_case: bool
    ) -> Names:
        # A comma may lead to an agency or a place ("Eva Roe, Example Times"); "and" leads
        # to another author, who needs a full name too.
        by_and = [p for p, joined in zip(persons, joined_by_and, strict=True) if joined]
        full = len(persons[0]) >= 2 and all(len(p) >= 2 for p in by_and) and not lower_case
        return Names(
            full=full,
            dated=dated,
            single=len(persons) == 1 and len(persons[0]) == 1,
            lower_case=lower_case,
            staff=any(w.lower() in self._staff for p in persons for w in p),
            words=sum(map(len, persons)),
        )

    def _tail(self, rest: str) -> bool | None:
        """True for a date after the names, False for nothing, None for anything else.

        A date may carry a short capitalised note ("2019-11-18T20:51:19Z Science & Space")."""
        rest = rest.strip(" ,;|:-–—")
        if not rest:
            return False
        first = rest.split(None, 1)
        if "@" in first[0]:
            rest = first[1] if len(first) > 1 else ""  # a handle or an address
            if not rest:
                return False
        level, end = self._dates.prefix(rest)
        if not level:
            return None
        note = rest[end:].strip(" ,;|:-–—")
        if not note:
            return True
        return True if level == Level.FULL and _short_note(note) else None

    def _takes(self, tokens: list[regex.Match[str]], pos: int, current: list[str]) -> bool:
        """True if the word at ``pos`` continues (or starts) the current name."""
        word = tokens[pos].group()
        lowered = word.lower()
        if lowered in self._staff:
            return True
        if current and lowered in self._particles:
            return self._particle(tokens, pos)
        if current and self._dates.is_date_word(word) and self._digit_follows(tokens, pos):
            return False  # "by Regan September 15, 2014": the date begins
        if self.name_word(word, first=not current):
            return True
        # A first name that is also a date word ("Jan", "June") needs a name after it.
        return not current and self.name_word(word, first=False) and self._name_follows(tokens, pos)

    @staticmethod
    def _digit_follows(tokens: list[regex.Match[str]], pos: int) -> bool:
        nxt = tokens[pos + 1 : pos + 2]
        return bool(nxt) and nxt[0].group()[:1].isdigit()

    def _name_follows(self, tokens: list[regex.Match[str]], pos: int) -> bool:
        nxt = tokens[pos + 1 : pos + 2]
        return bool(nxt) and (
            self.name_word(nxt[0].group(), first=True)
            or (nxt[0].group().lower() in self._particles and self._particle(tokens, pos + 1))
        )

    def _particle(self, tokens: list[regex.Match[str]], pos: int) -> bool:
        """ "de", "van", "la" inside a name: a name word follows, maybe after another."""
        for token in tokens[pos + 1 : pos + 3]:
            word = token.group()
            if self.name_word(word, first=False):
                return True
            if word.lower() not in self._particles:
                return False
        return False

    def _user(self, tokens: list[regex.Match[str]], pos: int, labelled: bool) -> bool:
        """A user name in lower case ("admin"): after a label, or before a date."""
        word = tokens[pos].group()
        if not _USER_NAME.fullmatch(word) or self._dates.is_date_word(word):
            return False
        if labelled:
            return True
        following = [t.group() for t in tokens[pos + 1 : pos + 3]]
        if not following:
            return False
        return self._dates.is_date_word(following[0]) or (
            len(following) > 1 and following[0].lower() in self._dates.leads
        )

    def name_word(self, word: str, *, first: bool) -> bool:
        """A capitalised word that may be part of a name; a first word is no date word
        and no word such as "The" or "Any"."""
        if word[0].islower() or not word[0].isalpha() or not _NAME_WORD.fullmatch(word):
            return False
        lowered = word.lower().rstrip(".")
        if lowered in self._joiners:
            return False
        return not first or not (lowered in self._not_names or self._dates.is_date_word(lowered))


def _short_note(text: str) -> bool:
    """A few capitalised words, no sentence: a desk or a section ("Science & Space")."""
    words = text.split()
    return len(words) <= _MAX_NOTE_WORDS and text[0].isupper() and text[-1] not in ".!?"
