"""A small grammar of date lines, shared by the byline rule.

A text is a date when every token of it is a date token: numbers, numeric dates
("19.11.2019", "2019-11-19", "11/19/19"), times ("10:31", "8:59 pm", "15h30"), ISO
stamps, Chinese and Japanese dates ("2024年3月12日"), month and weekday names of nine
languages, time zones, and a few small words ("at", "um", "le", "alle", "Uhr"); and when
they add up to a date. No phrase list is needed, and any word that is no date word
("May the best team win", "Mars 2 mission") makes the text no date.

``level`` says how much of a date the text holds:

* ``FULL``: a day in a month ("12 March", "March 12th, 2024", "12.03.2024", "2024年3月12日",
  an ISO stamp, "heute, 10:31");
* ``PART``: less, which only counts beside a date marker or a byline ("March 2024", "10:31
  am", "3 hours ago", "vor 2 Tagen", "yesterday");
* ``NONE``: not a date.
"""

from __future__ import annotations

from enum import IntEnum

import regex

from ..vocab import fragments
from ..vocab.byline import AGO, DATE_LEADS, DATE_WORDS, MONTHS, ONE, TODAY, UNITS, WEEKDAYS


class Level(IntEnum):
    """How much of a date a text holds."""

    NONE = 0
    PART = 1
    FULL = 2


# One alternative per kind of token; the group name is the kind. Lower-case input.
_TOKEN = regex.compile(
    r"""
    (?P<iso>\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)
  | (?P<numdate>\d{1,4}(?P<sep>[./-])\d{1,2}(?P=sep)\d{1,4}(?!\d)\.?)
  | (?P<daymonth>\d{1,2}\.\d{1,2}\.(?!\d))
  | (?P<time>\d{1,2}(?:[:.]\d{2}){1,2}(?!\d)(?:\s?[ap]\.?m\.?)?
      | \d{1,2}h\d{2}
      | \d{1,2}\s?[ap]\.?m\.?(?!\p{L}))
  | (?P<cjk>\d{1,4}\s?[年月日号時时点分년월일](?:\s?[(（][月火水木金土日][)）])?)
  | (?P<offset>[+-]\d{2}:?\d{2}(?!\d))
  | (?P<dur>\d{1,3}(?:m|h|d|w|y|min|mins|hr|hrs)(?!\p{L}))
  | (?P<num>\d{1,4}(?:st|nd|rd|th|er|re|e|ème|º|ª|°|-го|-е)?(?!\d)\.?)
  | (?P<word>\p{L}+(?:[.'’-]\p{L}+)*\.?)
  | (?P<punct>[,.:;/|()\[\]•·–—\-：，、（）]+)
  | (?P<space>\s+)
    """,
    regex.VERBOSE | regex.UNICODE,
)
_CJK_WEEKDAY = regex.compile(r"(?:星期|周|礼拜)[一二三四五六日天]|[月火水木金土日]曜日?")
_CJK_UNIT = regex.compile(r"[年月日号時时点分년월일]")
_CJK_DAYTIME = frozenset({"上午", "下午", "午前", "午後", "凌晨", "晚上"})
_YEAR_MIN, _YEAR_MAX = 1900, 2100
_DAY_MAX = 31


def _digits(token: str) -> int:
    """The number at the start of a token such as "12th" or "1er"."""
    end = 0
    while end < len(token) and token[end].isdigit():
        end += 1
    return int(token[:end])


def _words(by_language: dict[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(fragments(by_language))


class DateGrammar:
    """Tells whether a (short) text is a date, and how much of one."""

    def __init__(self) -> None:
        self._kinds = (
            ("month", _words(MONTHS)),
            ("weekday", _words(WEEKDAYS)),
            ("today", _words(TODAY)),
            ("unit", _words(UNITS)),
            ("ago", _words(AGO)),
            ("filler", _words(ONE) | _words(DATE_WORDS) | _words(DATE_LEADS) | _CJK_DAYTIME),
        )
        self.leads = _words(DATE_LEADS)
        #: Words that may open a date: month and weekday names, "today" (and ``leads``:
        #: "am", "on", "le", which open a date only before one).
        self.openers = self._kinds[0][1] | self._kinds[1][1] | self._kinds[2][1]

    def is_date_word(self, word: str) -> bool:
        """True for a word that may open a date ("March", "Tue", "heute", "12")."""
        word = word.lower().rstrip(".,")
        return word[:1].isdigit() or word in self.openers

    def level(self, text: str) -> Level:
        """``FULL``, ``PART`` or ``NONE``: see the module docstring."""
        level, end = self.prefix(text)
        return level if not text[end:].strip() else Level.NONE

    def prefix(self, text: str) -> tuple[Level, int]:
        """The level of the longest date at the start of ``text``, and where it ends
        ("2019-11-18T20:51:19Z Science" is a date up to " Science")."""
        text = text.lower()
        seen: set[str] = set()
        days = years = 0
        pos = end = 0
        while pos < len(text):
            match = _TOKEN.match(text, pos)
            kind = match.lastgroup if match is not None else None
            if match is None or kind is None:
                break
            token = match.group()
            if kind == "num":
                value = _digits(token)
                if _YEAR_MIN <= value <= _YEAR_MAX:
                    years += 1
                elif 1 <= value <= _DAY_MAX:
                    days += 1
            elif kind == "word":
                kinds = self._word_kinds(token)
                if not kinds:
                    break
                seen |= kinds
            elif kind == "cjk":
                seen.add("cjk_" + _CJK_UNIT.findall(token)[0])
            elif kind not in ("space", "punct"):
                seen.add(kind)
            pos = match.end()
            if kind != "space":
                end = pos
        return self._judge(seen, days, years), end

    def _word_kinds(self, token: str) -> frozenset[str]:
        """What a word may be; a word may be two things ("ago", "an", "mar")."""
        word = token.rstrip(".")
        kinds = {kind for kind, words in self._kinds if word in words}
        if _CJK_WEEKDAY.fullmatch(word):
            kinds.add("weekday")
        return frozenset(kinds)

    @staticmethod
    def _judge(seen: set[str], days: int, years: int) -> Level:
        if {"iso", "numdate"} & seen:
            return Level.FULL
        if ("unit" in seen or "dur" in seen) and "ago" in seen:
            # "3 hours ago", "hace 2 días": "ago" and "an" may also read as month and unit
            return Level.PART
        if "month" in seen and days:
            return Level.FULL
        if {"cjk_日", "cjk_月"} <= seen or {"cjk_일", "cjk_월"} <= seen:
            return Level.FULL
        if "daymonth" in seen and (years or "time" in seen or "weekday" in seen):
            return Level.FULL
        if "today" in seen and "time" in seen:
            return Level.FULL
        if "month" in seen and years:
            return Level.PART
        if "time" in seen or "today" in seen or "daymonth" in seen:
            return Level.PART
        if "cjk_年" in seen or "cjk_月" in seen or ("weekday" in seen and days):
            return Level.PART
        return Level.NONE
