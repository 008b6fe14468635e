"""Comment sections: their markers, forms and the thread of comments after them.

Why: blog posts and news articles end with the readers' comments: a heading ("Leave a
reply", "23 Comments", "Kommentare", "Laisser un commentaire"), a form ("Your email
address will not be published"), and a thread of comments, each with an author and date
line, a body and a "Reply" button. None of it is the article.

Removes:
    * marker lines ("Leave a reply", "Leave a comment", "23 Comments", "Show comments",
      "Kommentar schreiben", "Laisser un commentaire", "Deja un comentario", "Lascia un
      commento", "Deixe um comentário", "Reacties", "Komentarze", "Комментарии",
      "Tinggalkan Balasan"), "3 thoughts on “Title”" lines, and headings of comment
      boxes ("Recent comments");
    * a post's meta line with its comment count ("Posted in News | Permalink | 10
      Comments", "19.6.2007 9:40 Uhr Anna Krüger 71 Kommentare");
    * calls to comment ("Tell us what you think", "Was denkst du?"), unless they stand
      between two paragraphs of the article;
    * lines saying there is no thread ("Comments are closed", "Es gibt noch keine
      Kommentare");
    * the lines of a comment form ("Your email address will not be published.",
      "Cancel reply", "Post comment", "This site uses Akismet to reduce spam.", "Please
      enable JavaScript to view the comments powered by Disqus.", "You are commenting
      using your Google account.", "Zum Antworten anmelden");
    * a comment policy ("Please keep your comments civil and on topic") that stands
      within three lines of the comment section, after the article;
    * reply buttons ("Reply", "Antworten", "Répondre", "Ответить", "Balas"), alone or
      ending an author and date line ("Ben 19. Juni 2018 um 15:28 Uhr - Antworten");
    * the thread after a marker: every line from the marker to the last line that shows
      a comment (a reply button, an author line "Anna says:", "Anna on March 3, 2021 at
      10:12 am said:", "Comment by Anna — 17.07.2011", "Anna · 2 hours ago", a pingback, a
      date line, a form line), as long as such lines follow one another closely; the
      paragraphs after the last author line go too;
    * a thread without a marker: two or more author lines after the article, with at
      least two proofs that they are comments (a date with the author line or under it, a
      reply button, a pingback, a form line) and a sentence for each comment; it runs
      from the first author line.

Keeps:
    * the article before a marker or an author line: a thread only runs forward;
    * what follows a marker that no comment follows (a link "Comments (4)" in the byline
      above the article): only the marker line goes;
    * a marker or an author line near the top of the page, before the article's
      paragraphs (a comment count or a byline), never opens a thread; a thread without
      a marker stops at a marker, and its first comment must be short, so a byline with
      a date above the article opens none;
    * a one-word marker ("Comments", "Kommentare") or a question to the reader between
      two paragraphs, which may be the article's own, unless a thread follows it;
    * quotes led in by "Smith says:" or "Mira said:" (an article, a forum that quotes a
      post): a bare author line proves nothing; "He said:", "The minister says:",
      "Updated 2 hours ago" are no author lines;
    * lists of teasers with their times ("Sport · 2 hours ago"): they hold no sentences;
    * sentences that use the words ("Readers left 300 comments on the post.", "She says:
      the plan works."): a phrase must fill its line.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.comments import (
    AGO_WORDS,
    CLOSED,
    COMMENT_BY,
    COMMENTED,
    COUNTS,
    FORM,
    MARKERS,
    NOT_NAMES,
    POLICY_TOPIC,
    POLICY_WORDS,
    QUESTIONS,
    REPLY,
    REPLY_STEMS,
    SAYS,
    TRIGGER_STEMS,
    WIDGETS,
)
from ._dates import DateGrammar, Level
from ._phrase_line import check_triggers, trie
from ._runs import PROSE_MIN_CHARS, PROSE_MIN_WORDS, shape

Kind = Literal[
    "marker",
    "question",
    "widget",
    "closed",
    "meta",
    "form",
    "button",
    "reply",
    "says",
    "dated",
    "stamped",
    "ping",
    "excerpt",
    "date",
]
# The kinds of line that open a comment: its author line.
_OPENERS = frozenset({"reply", "says", "dated", "stamped", "ping"})
# The kinds of line that show a comment (or its form) is here; a marker shows nothing.
_SIGNS = _OPENERS | {"button", "form", "excerpt"}
# The signs that prove a thread without a marker: all but a bare "Anna says:" (a forum
# quotes a post with "Anna said:", a feature may lead into a quote with "Smith says:").
_PROOFS = _SIGNS - {"says", "stamped"} | {"date"}
# The kinds of line that a comment policy stands beside.
# The author lines whose comment may be long (_BODY_GAP): all but a bare name and date.
_LONG_BODY = _OPENERS - {"stamped"}
# The kinds of line that end a thread.
_ENDS = frozenset({"closed", "widget"})
_SECTION = frozenset({"marker", "question", "widget", "closed", "form", "button"})

_MAX_CHARS = 250  # no comment phrase line is longer than this ...
_FORM_MAX_CHARS = 500  # ... but a form's consent or a comment policy
_DATE_MAX_CHARS = 60  # a date line of a comment
_REPLY_LINE_WORDS = 15  # an author and date line that ends with a reply button
_NAME_WORDS = 5  # the author's name before "says:"
_DATED_MAX_WORDS = 14  # an author line with its date: "Anna on March 3, 2021 at 10:12 am said:"
_STAMP_MAX_WORDS = 10  # an author line with a date: "Tino · 18 October 2019, 14:17"
_STAMP_NAME_WORDS = 3
_STAMP_CHARS = 70
_NAME_LINE_CHARS = 40
_BODY_MIN_WORDS = 3  # a comment's sentence: "Danke für den Tipp!"
# A thread: comments follow one another closely. After the marker, the first sign of a
# comment stands within _FIRST_GAP lines; later, what stands between two comments is at
# most _GAP lines long, and a comment's body after its author line at most _BODY_GAP.
_FIRST_GAP = 6
_GAP = 12
_BODY_GAP = 30
# A thread starts only after the article: this many characters of paragraphs must come
# before it (a comment count beside the byline stands above the article).
_ARTICLE_CHARS = 250
# A thread without a marker: this many author lines, and this many proofs.
_MIN_HEADERS = 2
_MIN_PROOFS = 2
_POLICY_REACH = 3  # a comment policy stands this close to the comment section
_HEAD = r"[\s\[(»›>|•·*-]*"
_TAIL = r"[\s:：.…!*»›>→()\[\]|↓↑-]*"
_EXTRA_BUTTONS = r"(?:like|report|delete|edit|share|löschen|melden|bearbeiten|teilen)"
_SEPARATORS = "·•|–—-,@"
_NAME_END = re.compile(r"\s[—–|@(]|,\s|\s-\s")  # "Anna — 17.07.2011", "Anna, 3 May"
_EXCERPT_START = re.compile(r"\[(?:…|\.\.\.)\]")
_EXCERPT = re.compile(r"\[(?:…|\.\.\.)\].{0,400}\[(?:…|\.\.\.)\]")
_DIGIT = re.compile(r"\d")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_META_CHARS = 160  # a post's meta line: "Posted in News | Permalink | 10 Comments"
_META_WORDS = 12
_META_PART_WORDS = 8
_META_SEPARATORS = re.compile(r"\s+[|/•·–—]\s+")
_BY_WORDS = frozenset(("by", "von", "par", "por", "di", "da", "door", "przez", "от", "oleh"))
_SHORT_CHARS = 100  # an author line with its date is short
_AGO = re.compile(r"\b(?:" + "|".join(sorted(AGO_WORDS)) + r"|il y a)\b")
# Comment lines that go wherever they stand: their kind, in the words of the reason.
_ALONE = {
    "form": "a line of the comment form",
    "meta": "a post's meta line with its comment count",
    "closed": "a note that there are no comments",
    "widget": "the heading of a box of comments",
    "button": "a comment's reply button",
    "reply": "a comment's author line with its reply button",
}


@dataclass(frozen=True, slots=True)
class _Line:
    """A kept line and what kind of comment line it is (None: none)."""

    seg: Segment
    kind: Kind | None
    prose: bool


class Comments(Rule):
    name = "comments"
    summary = "Comment sections: markers (Leave a reply) and the thread after them."
    tags = ("comments", "multilingual")

    def __init__(self) -> None:
        def whole(by_language: dict[str, tuple[str, ...]]) -> regex.Pattern[str]:
            return regex.compile(rf"{_HEAD}{alternation(fragments(by_language))}{_TAIL}", FLAGS)

        self._marker = whole(MARKERS)
        self._question = whole(QUESTIONS)
        self._widget = whole(WIDGETS)
        self._closed = whole(CLOSED)
        self._form = whole(FORM)
        counts = alternation(fragments(COUNTS))
        self._count = regex.compile(rf"{_HEAD}{counts}{_TAIL}", FLAGS)
        # A meta line that ends with the count: "by Anna Krüger 0 Comments".
        self._count_end = regex.compile(rf"(?P<head>\S.*?)\s+{counts}{_TAIL}", FLAGS)
        phrases = [fragments(group) for group in (MARKERS, QUESTIONS, WIDGETS, CLOSED, FORM)]
        check_triggers(phrases, TRIGGER_STEMS)
        check_triggers([fragments(REPLY)], REPLY_STEMS)
        self._trigger = re.compile(trie(_literals(TRIGGER_STEMS)))
        reply = alternation(fragments(REPLY))
        buttons = rf"(?:{_EXTRA_BUTTONS}|{reply})"
        self._reply = regex.compile(rf"(?:{buttons}\s+)*{reply}(?:\s+{buttons})*{_TAIL}", FLAGS)
        # An author and date line that ends with the reply button: "Ben, 19 June 2018 -
        # Reply". Without a separator before the button, the line must hold a date (a
        # digit): "Wir wollen Antworten" is a headline.
        self._reply_end = regex.compile(
            rf"\S.*(?:\s[-–—|•·\[(]\s*{reply}|\d.*\s{reply}){_TAIL}", FLAGS
        )
        says = alternation(fragments(SAYS))
        self._says = regex.compile(rf"(?P<name>\S.{{0,80}}?)\s{says}\s*:(?P<rest>\s.*)?", FLAGS)
        # "Comment by Anna — 17.07.2011 @ 13:04", "Pingback: A post elsewhere".
        self._by = regex.compile(
            rf"{alternation(fragments(COMMENT_BY))}\s+(?P<name>\S.{{0,150}})", FLAGS
        )
        # "Anna commented", "Anna commented on 3 March 2021".
        self._commented = regex.compile(
            rf"(?P<name>\S.{{0,60}}?)\s{alternation(fragments(COMMENTED))}"
            rf"(?:\s+(?:on|am|le|el|il|em|op)(?P<when>\s.{{0,40}})?)?\s*:?",
            FLAGS,
        )
        self._by_starts = tuple(_first_word(phrase) for phrase in fragments(COMMENT_BY))
        # The cheap tests: one scan of the whole text finds the stems of every kind of
        # comment line; a line is read closer only for the kinds whose stem it holds.
        stems = {
            "trigger": _literals(TRIGGER_STEMS),
            "reply": list(REPLY_STEMS),
            "says": [_last_word(phrase) for phrase in fragments(SAYS)],
            "commented": [_last_word(phrase) for phrase in fragments(COMMENTED)],
            "by": list(self._by_starts),
            "ago": [*AGO_WORDS, "il y a"],
            "excerpt": ["[…]", "[...]"],
        }
        self._stems = re.compile(trie(word for words in stems.values() for word in words))
        # A stem found may begin a longer stem of another kind ("comment", "commented"):
        # it passes the line for every kind whose stem it may begin or end.
        self._gate_of = {
            word: frozenset(
                name for name, others in stems.items() for other in others
                if other.startswith(word) or word.startswith(other)
            )
            for words in stems.values() for word in words
        }  # fmt: skip
        self._policy_topic = re.compile(trie(POLICY_TOPIC))
        self._policy_words = re.compile(trie(POLICY_WORDS))
        self._dates = DateGrammar()

    def judge(self, doc: Document) -> Iterator[Verdict]:
        kept = list(doc.kept())
        if not kept:
            return
        gates = self._gates(doc)
        lines = [self._line(doc, seg, gates.get(seg.index, ())) for seg in kept]
        taken = {p: r for p in range(len(lines)) if (r := self._alone(lines, p)) is not None}
        for start, end, marker in self._threads(doc, kept, lines):
            for pos in range(start, end):
                taken.setdefault(pos, f"part of the comment thread {marker}")
        article = _prose_before(lines)
        for pos, line in enumerate(lines):
            if pos not in taken and article[pos] >= _ARTICLE_CHARS and self._policy(doc, line):
                taken[pos] = f"the comment section's rules, {_quote(line.seg.text)}"
        for pos in sorted(taken):
            yield self.remove(kept[pos], taken[pos])

    def _gates(self, doc: Document) -> dict[int, set[str]]:
        """For each segment, the cheap tests it passed: one pass over the text."""
        gates: dict[int, set[str]] = {}
        starts = [seg.start for seg in doc.segments]
        for match in self._stems.finditer(doc.lowered):
            index = bisect_right(starts, match.start()) - 1
            if index >= 0:
                gates.setdefault(index, set()).update(self._gate_of[match.group()])
        for seg in doc.matching(_DIGIT):
            gates.setdefault(seg.index, set()).add("digit")
        return gates

    def _line(self, doc: Document, seg: Segment, gates: Collection[str]) -> _Line:
        text = seg.text
        if len(text) > _FORM_MAX_CHARS:
            return _Line(seg, None, True)
        prose = len(text) >= PROSE_MIN_CHARS or len(text.split()) >= PROSE_MIN_WORDS
        kind = self._kind(text, gates) if gates else None
        if kind == "says" and self._date_follows(doc, seg):
            kind = "dated"  # "Anna says:" above "March 3, 2021 at 10:12 am"
        return _Line(seg, kind, prose)

    def _kind(self, text: str, gates: Collection[str] | None = None) -> Kind | None:
        """The kind of comment line, bar dates (see ``_is_date``); cheap tests first.

        ``gates`` names the cheap tests that the line passed (see ``_gates``); None:
        run them here.
        """
        lowered = text.lower()
        if gates is None:
            gates = {
                name for m in self._stems.finditer(lowered) for name in self._gate_of[m.group()]
            }
            if _DIGIT.search(text) is not None:
                gates.add("digit")
        if "trigger" in gates:
            if self._form.fullmatch(text):
                return "form"
            if len(text) > _MAX_CHARS:
                return None
            if len(text) <= _META_CHARS and self._is_meta(text):
                return "meta"
            for kind, pattern in (
                ("closed", self._closed),
                ("widget", self._widget),
                ("marker", self._marker),
                ("question", self._question),
            ):
                if pattern.fullmatch(text):
                    return kind  # type: ignore[return-value]  # the loop's literals
        if len(text) > _MAX_CHARS:
            return None
        if "reply" in gates:
            if self._reply.fullmatch(text):
                return "button"
            if len(text.split()) <= _REPLY_LINE_WORDS and self._reply_end.fullmatch(text):
                return "reply"
        return self._author(text, lowered, gates)

    def _is_meta(self, text: str) -> bool:
        """A post's meta line with its comment count ("Posted in News | 10 Comments")."""
        parts = _META_SEPARATORS.split(text)
        if len(parts) >= 2:
            if any(len(part.split()) > _META_PART_WORDS for part in parts):
                return False
            return any(self._count.fullmatch(part) for part in parts)
        end = self._count_end.fullmatch(text)
        if end is None or len(text.split()) > _META_WORDS:
            return False
        head = end.group("head")
        return _DIGIT.search(head) is not None or head.split()[0].lower() in _BY_WORDS

    def _author(self, text: str, lowered: str, gates: Collection[str]) -> Kind | None:
        """The kind of a comment's author line ("Anna says:", "Anna · 2 hours ago")."""
        if "excerpt" in gates and _EXCERPT.fullmatch(text):
            return "excerpt"
        by = self._by.fullmatch(text) if "by" in gates else None
        if by is not None:
            if lowered.startswith(("pingback", "trackback", "rétrolien")):
                return "ping"
            name = _NAME_END.split(by.group("name"), maxsplit=1)[0]
            return "dated" if self._name(name) == "name" else None
        if "says" in gates and ":" in text:
            says = self._says.fullmatch(text)
            if says is not None:
                found = self._name(says.group("name"), dated=True)
                if found == "dated":
                    return "dated"
                return "says" if found == "name" else None
        if len(text) > _SHORT_CHARS:
            return None
        if (
            "ago" in gates
            and _AGO.search(lowered) is not None
            and len(text.split()) <= _DATED_MAX_WORDS
            and self._name(text, dated=True, ago=True) == "dated"
        ):
            return "dated"
        commented = self._commented.fullmatch(text) if "commented" in gates else None
        if commented is not None and self._name(commented.group("name")) is not None:
            when = commented.group("when")
            if when is None or self._dates.level(when) != Level.NONE:
                return "dated"
        return self._stamp(text) if "digit" in gates and len(text) <= _STAMP_CHARS else None

    def _stamp(self, text: str) -> Kind | None:
        """ "stamped" for a name and a full date ("Tino · 18 October 2019, 14:17")."""
        words = text.split()
        if not 2 <= len(words) <= _STAMP_MAX_WORDS:
            return None
        if words[0][0].isdigit() or _first_name_word(words[0]) in NOT_NAMES:
            return None
        for cut in range(1, min(_STAMP_NAME_WORDS, len(words) - 1) + 1):
            rest = " ".join(words[cut:]).lstrip(_SEPARATORS + " ")
            first = rest.split(maxsplit=1)[0] if rest else ""
            if first and self._dates.is_date_word(first):
                return "stamped" if self._dates.level(rest) == Level.FULL else None
        return None

    def _name(self, text: str, dated: bool = False, ago: bool = False) -> str | None:
        """ "name" for an author's name, "dated" for a name and its date, else None.

        A name is one to five words and no pronoun or article ("He", "The minister");
        with ``dated``, the name may be followed by a date ("Anna on March 3, 2021",
        "Anna · 2 hours ago"); with ``ago``, a relative time must follow it.
        """
        words = text.split()
        if not words or _first_name_word(words[0]) in NOT_NAMES:
            return None
        if not ago and len(words) <= _NAME_WORDS:
            return "name"
        if not dated or len(words) > _DATED_MAX_WORDS:
            return None
        if not words[0][0].isalpha() or self._dates.is_date_word(words[0]):
            return None  # "1 week ago", "39 points · 6 years ago", "March 3 at 10:12 am"
        if any(word.endswith(":") for word in words[:_NAME_WORDS]):
            return None  # "Updated: 3 hours ago" is a label and its date
        for cut in range(1, min(_NAME_WORDS, len(words) - 1) + 1):
            rest = " ".join(words[cut:]).lstrip(_SEPARATORS + " ~")
            if self._dated(rest):
                return "dated"
        return None

    def _date_follows(self, doc: Document, seg: Segment) -> bool:
        """True if the line after ``seg`` (kept or not) is a date."""
        if seg.index + 1 >= len(doc.segments):
            return False
        return self._is_date(doc.segments[seg.index + 1].text)

    def _is_date(self, text: str) -> bool:
        """A date line ("March 3, 2021 at 10:12 am", "2 days ago"): asked only in a thread."""
        return len(text) <= _DATE_MAX_CHARS and self._dated(text)

    def _dated(self, text: str) -> bool:
        """A full date, or part of one with "ago" ("2 days ago", "vor 3 Stunden")."""
        level = self._dates.level(text)
        return level == Level.FULL or (
            level == Level.PART and _AGO.search(text.lower()) is not None
        )

    def _alone(self, lines: Sequence[_Line], pos: int) -> str | None:
        """The reason to remove a comment line wherever it stands, or None."""
        line = lines[pos]
        text = _quote(line.seg.text)
        if line.kind in _ALONE:
            return f"{_ALONE[line.kind]}, {text}"
        if line.kind == "question" and not _between_paragraphs(lines, pos):
            return f"a call to comment, {text}"
        if line.kind == "marker":
            if len(line.seg.text.split()) == 1 and _between_paragraphs(lines, pos):
                return None  # "Comments" between two paragraphs may be a subheading
            return f"the comment section's marker {text}"
        return None

    def _policy(self, doc: Document, line: _Line) -> bool:
        """A comment policy ("Please keep your comments civil") beside the comment section."""
        if line.kind is not None or not line.prose or len(line.seg.text) > _FORM_MAX_CHARS:
            return False
        if not self._is_policy(line.seg.text):
            return False
        index = line.seg.index
        low = max(0, index - _POLICY_REACH)
        for other in doc.segments[low : index + _POLICY_REACH + 1]:
            if other.index == index or len(other.text) > _FORM_MAX_CHARS:
                continue
            if self._kind(other.text) in _SECTION or (
                abs(other.index - index) == 1 and self._is_policy(other.text)
            ):
                return True
        return False

    def _is_policy(self, text: str) -> bool:
        lowered = text.lower()
        return (
            self._policy_topic.search(lowered) is not None
            and self._policy_words.search(lowered) is not None
        )

    def _threads(
        self, doc: Document, kept: Sequence[Segment], lines: Sequence[_Line]
    ) -> Iterator[tuple[int, int, str]]:
        """``(start, end, what)``: the kept lines of each comment thread."""
        article = _prose_before(lines)
        resume = 0
        for start, after, marker in self._anchors(doc, kept, lines):
            if start < resume or article[start] < _ARTICLE_CHARS:
                continue
            found = self._run(doc, lines, after, _FIRST_GAP, bare=False)
            if found is None:
                continue
            yield start, found[0], f"after {marker!r}"
            resume = found[0]
        yield from self._bare_threads(doc, lines, article)

    def _bare_threads(
        self, doc: Document, lines: Sequence[_Line], article: Sequence[int]
    ) -> Iterator[tuple[int, int, str]]:
        """Threads without a marker: two or more comments, each under its author line."""
        pos = 0
        while pos < len(lines):
            line = lines[pos]
            if line.kind not in _OPENERS or article[pos] < _ARTICLE_CHARS:
                pos += 1
                continue
            found = self._run(doc, lines, pos, 0, bare=True)
            if found is None:
                pos += 1
                continue
            end, signs = found
            headers = sum(1 for kind in signs if kind in _OPENERS)
            proofs = sum(1 for kind in signs if kind in _PROOFS)
            # Comments are sentences (the first may stand above its author line); a list
            # of teasers under "Sport · 2 hours ago" is not.
            texts = sum(1 for other in lines[pos:end] if other.kind == "excerpt" or _body(other))
            if headers >= _MIN_HEADERS and proofs >= _MIN_PROOFS and texts + 1 >= headers:
                yield pos, end, f"that starts at the author line {_quote(line.seg.text)}"
                pos = end
            else:
                pos += 1

    def _anchors(
        self, doc: Document, kept: Sequence[Segment], lines: Sequence[_Line]
    ) -> Iterator[tuple[int, int, str]]:
        """Each marker: where its thread starts and where its comments may start.

        A marker that an earlier rule removed (a comment count) still marks the place.
        """
        positions = [seg.index for seg in kept]
        title = doc.title.index if doc.title is not None else -1
        for seg in doc.segments:
            if len(seg.text) > _MAX_CHARS or seg.index == title:
                continue
            pos = bisect_left(positions, seg.index)
            if doc.is_kept(seg):
                if lines[pos].kind in ("marker", "question", "widget"):
                    yield pos, pos + 1, seg.text
            elif self._trigger.search(seg.text.lower()) and self._marker.fullmatch(seg.text):
                yield pos, pos, seg.text

    def _run(
        self, doc: Document, lines: Sequence[_Line], start: int, first_gap: int, bare: bool
    ) -> tuple[int, list[Kind]] | None:
        """Where the thread whose comments start at ``start`` ends, and its signs.

        None if no sign of a comment stands within ``first_gap`` lines of ``start``.
        A ``bare`` thread (no marker) starts at an author line; its first comment must
        be short (a byline above the article is no comment) and a marker ends it.
        """
        signs: list[Kind] = []
        last = -1
        gap, allowed = 0, first_gap
        pos = start
        while pos < len(lines) and gap <= allowed:
            kind = lines[pos].kind
            if kind in _ENDS or (bare and kind in ("marker", "question")):
                break  # "Comments are closed", "Recent comments": the thread is over
            sign = self._sign(doc, lines[pos])
            if sign is not None:
                signs.append(sign)
                last = pos
                long_body = sign in _LONG_BODY and not (bare and len(signs) == 1)
                gap, allowed = 0, _BODY_GAP if long_body else _GAP
            else:
                gap += 1
            pos += 1
        if not signs:
            return None
        end = last + 1
        if signs[-1] in _LONG_BODY:  # the last comment's paragraphs follow its author line
            while end < len(lines) and end - last <= _GAP and _body(lines[end]):
                end += 1
        return end, signs

    def _sign(self, doc: Document, line: _Line) -> Kind | None:
        """The kind of a line that shows a comment is here, or None."""
        if line.kind in _SIGNS:
            return line.kind
        if line.kind is not None or len(line.seg.text) > _DATE_MAX_CHARS:
            return None
        if self._is_date(line.seg.text):
            return "date"
        if _is_name_line(line.seg.text) and self._date_follows(doc, line.seg):
            return "stamped"  # "Woyzeck" above "2 days ago at 07:52 am"
        return None


def _is_name_line(text: str) -> bool:
    """A line that may be a name alone: "Woyzeck", "Anna K", "@jens_m"."""
    words = text.split()
    if not 1 <= len(words) <= _STAMP_NAME_WORDS or len(text) > _NAME_LINE_CHARS:
        return False
    if not (text[0].isalpha() or text[0] == "@") or text.endswith((".", "!", "?", ":", ",")):
        return False
    return _first_name_word(words[0]) not in NOT_NAMES


def _first_name_word(word: str) -> str:
    """The word to look up in ``NOT_NAMES``: "published" of "Published/Updated:"."""
    return re.split(r"[/:,]", word.lower().strip("(\"'"), maxsplit=1)[0]


def _first_word(phrase: str) -> str:
    """The plain first word of a phrase: "comment" of "comment (?:by|from)"."""
    return re.split(r"[\s(:?]", phrase, maxsplit=1)[0]


def _last_word(phrase: str) -> str:
    """The plain last word of a phrase: "napisał" of "napisał(?:a)?"."""
    return re.sub(r"\(\?:[^)]*\)\??", "", phrase).split()[-1]


def _literals(stems: Sequence[str]) -> list[str]:
    """The stems as plain words: "e-?mail" stands for "email" and "e-mail"."""
    words: list[str] = []
    for stem in stems:
        at = stem.find("?")
        if at < 0:
            words.append(stem)
        else:
            words.extend(_literals([stem[: at - 1] + stem[at + 1 :], stem[:at] + stem[at + 1 :]]))
    return words


def _body(line: _Line) -> bool:
    """A line of a comment's text: a paragraph, a sentence, a greeting ("Hi Anna,")."""
    if line.kind is not None:
        return False
    text = line.seg.text
    if text.endswith(","):
        return True  # "Hi Anna,"
    if line.prose:
        return True
    measured = shape(text)  # counts Chinese and Japanese words too
    return measured.words >= _BODY_MIN_WORDS and measured.sentence  # not a link, a name


def _quote(text: str) -> str:
    return repr(text if len(text) <= 80 else text[:77] + "...")


def _between_paragraphs(lines: Sequence[_Line], pos: int) -> bool:
    before = pos > 0 and lines[pos - 1].prose
    after = pos + 1 < len(lines) and lines[pos + 1].prose
    return before and after


def _prose_before(lines: Sequence[_Line]) -> list[int]:
    """For each position, the characters of paragraphs before it."""
    total = [0] * (len(lines) + 1)
    for pos, line in enumerate(lines):
        total[pos + 1] = total[pos] + (_weight(line.seg.text) if line.prose else 0)
    return total


def _weight(text: str) -> int:
    """The length of a paragraph; a Chinese or Japanese character counts twice."""
    return len(text) if text.isascii() else len(text) + len(_CJK.findall(text))
