"""The pipeline: runs the configured rules in order and assembles the ``Article``.

Only this module applies verdicts. Each rule gets a fresh read-only ``Document`` that
reflects what the rules before it decided.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ._config import Config
from ._document import Document, Segment, Verdict, lower, segment
from ._errors import RuleFailedWarning
from ._models import Article, Removed, Span
from ._resolve import build_rules, resolve_names
from ._rule import Rule

_Cut = tuple[int, int, str, str]  # start, end, rule, reason
# Lone surrogates are not text (they come from bytes decoded with "surrogateescape") and
# cannot be written as UTF-8 JSON; each becomes U+FFFD, one for one, so offsets hold.
# Rules that look at context run again while later rules keep removing lines (a line
# removed between two amount lines makes them neighbours); rarely more than two rounds.
_MAX_ROUNDS = 4
_SURROGATE = re.compile("[\ud800-\udfff]")


def resolve_rules(config: Config) -> tuple[str, ...]:
    """The names of the rules ``config`` selects, in the order they run.

    Raises ``UnknownRuleError`` listing every unknown name, ``ConfigError`` for an
    unknown preset or a bad pack, ``PluginError`` for a broken plugin.
    """
    return resolve_names(config)


class Cleaner:
    """Cleans many documents with one configuration; patterns are compiled once.

    A ``Cleaner`` holds no per-document state: share it, pickle it, send it to workers.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config if config is not None else Config()
        self.rules: tuple[Rule, ...] = build_rules(self.config)

    def __repr__(self) -> str:
        return f"Cleaner(rules=[{', '.join(rule.name for rule in self.rules)}])"

    def clean(self, text: str, *, url: str | None = None) -> Article:
        """Clean one document and explain every removal.

        ``url`` is where the document comes from; rules scoped to sites (rule packs with
        ``domains`` or ``urls``) apply only when it is given and in their scope.
        """
        if not isinstance(text, str):
            raise TypeError(
                f"clean() takes str, not {type(text).__name__}; decode bytes first, "
                "for example data.decode('utf-8', errors='replace')"
            )
        if not text.isascii():
            text = _SURROGATE.sub("\ufffd", text)
        segments = segment(text)
        state = _State(segments)
        lowered = lower(text)
        seen: dict[int, int] = {}  # rule position -> state.changes after it last ran
        for _ in range(_MAX_ROUNDS):
            ran = False
            for pos, rule in enumerate(self.rules):
                last = seen.get(pos)
                if rule.final or (last is not None and (not rule.context or last == state.changes)):
                    continue
                state.apply(rule, _judge(rule, state.view(text, lowered, url)))
                seen[pos] = state.changes
                ran = True
            if not ran:
                break
        for rule in self.rules:
            if rule.final:
                state.apply(rule, _judge(rule, state.view(text, lowered, url)))
        return state.assemble(text)


def _judge(rule: Rule, doc: Document) -> list[Verdict]:
    """Run one rule; a rule that fails loses its say on this document, nothing more."""
    try:
        return list(rule.judge(doc))
    except Exception as exc:  # any bug in a rule must not lose the document
        warnings.warn(
            f"rule {rule.name!r} failed and was skipped for this document: {exc!r}",
            RuleFailedWarning,
            stacklevel=3,
        )
        return []


class _State:
    """What the pipeline has decided so far about one document."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self.segments = segments
        self.whole: dict[int, tuple[str, str]] = {}  # segment -> (rule, reason)
        self.cuts: dict[int, list[_Cut]] = {}
        self.title: tuple[int, int, int] | None = None  # segment, start, end
        self.changes = 0  # verdicts applied so far

    def view(self, text: str, lowered: str, url: str | None = None) -> Document:
        title_index = self.title[0] if self.title else -1
        kept = [
            s.index for s in self.segments if s.index not in self.whole and s.index != title_index
        ]
        title = (self.segments[title_index], *self.title[1:]) if self.title else None
        return Document(text, self.segments, kept, title, lowered, url, self.whole)

    def apply(self, rule: Rule, verdicts: Iterable[Verdict]) -> None:
        for verdict in verdicts:
            problem = self._check(rule, verdict)
            if problem:
                warnings.warn(
                    f"rule {rule.name!r} returned an impossible verdict ({problem}); ignored",
                    RuleFailedWarning,
                    stacklevel=3,
                )
                continue
            self._apply_one(verdict)

    def _check(self, rule: Rule, verdict: Verdict) -> str | None:
        if verdict.rule != rule.name:
            return f"it names rule {verdict.rule!r}"
        if not 0 <= verdict.segment < len(self.segments):
            return f"no segment {verdict.segment}"
        seg = self.segments[verdict.segment]
        if (verdict.start is None) != (verdict.end is None):
            return "a span needs both start and end"
        if (
            verdict.start is not None
            and verdict.end is not None
            and not seg.start <= verdict.start < verdict.end <= seg.end
        ):
            return f"span {verdict.start}:{verdict.end} is outside its segment"
        return None

    def _apply_one(self, verdict: Verdict) -> None:
        index = verdict.segment
        if index in self.whole:
            return
        seg = self.segments[index]
        start = seg.start if verdict.start is None else verdict.start
        end = seg.end if verdict.end is None else verdict.end
        if verdict.action == "title":
            if self.title is None and not self._overlaps(index, start, end):
                self.title = (index, start, end)
                self.changes += 1
            return
        is_title = self.title is not None and self.title[0] == index
        if verdict.start is None and not is_title:
            self.whole[index] = (verdict.rule, verdict.reason)
            self.changes += 1
        elif not self._overlaps(index, start, end):
            self.cuts.setdefault(index, []).append((start, end, verdict.rule, verdict.reason))
            self.changes += 1

    def _overlaps(self, index: int, start: int, end: int) -> bool:
        taken = list(self.cuts.get(index, ()))
        if self.title is not None and self.title[0] == index:
            taken.append((self.title[1], self.title[2], "", ""))
        return any(start < t_end and t_start < end for t_start, t_end, _, _ in taken)

    def assemble(self, text: str) -> Article:
        removed: list[Removed] = []
        kept: list[tuple[Segment, int, int]] = []
        title_index = self.title[0] if self.title else -1
        for seg in self.segments:
            cuts = self.cuts.get(seg.index)
            if cuts is None and seg.index != title_index:
                pieces = [(seg.start, seg.end)]  # the common case: a whole line
            else:
                cuts = sorted(cuts or ())
                removed.extend(_removed(text, s, e, rule, reason) for s, e, rule, reason in cuts)
                pieces = _pieces(text, seg, cuts, self.title)
            if seg.index in self.whole:
                rule, reason = self.whole[seg.index]
                removed.extend(_removed(text, s, e, rule, reason) for s, e in pieces)
            else:
                kept.extend((seg, s, e) for s, e in pieces)
        removed.sort(key=lambda r: r.start)
        title_span = Span(start=self.title[1], end=self.title[2]) if self.title else None
        return Article(
            title=text[title_span.start : title_span.end] if title_span else None,
            body=_join(text, kept),
            removed=removed,
            title_span=title_span,
            kept=_ranges(kept),
        )


def _removed(text: str, start: int, end: int, rule: str, reason: str) -> Removed:
    return Removed(rule=rule, reason=reason, text=text[start:end], start=start, end=end)


def _pieces(
    text: str, seg: Segment, cuts: list[_Cut], title: tuple[int, int, int] | None
) -> list[tuple[int, int]]:
    """The stripped parts of ``seg`` that no cut and not the title cover."""
    holes = [(s, e) for s, e, _, _ in cuts]
    if title is not None and title[0] == seg.index:
        holes = sorted([*holes, (title[1], title[2])])
    pieces: list[tuple[int, int]] = []
    pos = seg.start
    for hole_start, hole_end in [*holes, (seg.end, seg.end)]:
        piece = text[pos:hole_start]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            pieces.append((pos + lead, pos + lead + len(stripped)))
        pos = hole_end
    return pieces


def _ranges(kept: list[tuple[Segment, int, int]]) -> list[Span]:
    """The input ranges of the body: runs of whole kept lines merge into one range."""
    ranges: list[list[int]] = []
    previous: tuple[Segment, int, int] | None = None
    for piece in kept:
        seg, start, end = piece
        whole = start == seg.start and end == seg.end
        if (
            ranges
            and previous is not None
            and whole
            and previous[0].index == seg.index - 1
            and previous[1:] == (previous[0].start, previous[0].end)
        ):
            ranges[-1][1] = end
        else:
            ranges.append([start, end])
        previous = piece
    return [Span(start=a, end=b) for a, b in ranges]


def _join(text: str, kept: list[tuple[Segment, int, int]]) -> str:
    """Body text: pieces of one line joined by a space, lines by a newline, blocks by two."""
    parts: list[str] = []
    previous: Segment | None = None
    for seg, start, end in kept:
        if previous is not None:
            if previous.index == seg.index:
                parts.append(" ")
            else:
                parts.append("\n" if previous.block == seg.block else "\n\n")
        parts.append(text[start:end])
        previous = seg
    return "".join(parts)


@lru_cache(maxsize=16)
def _cleaner_for(config: Config) -> Cleaner:
    return Cleaner(config)


def clean(text: str, *, config: Config | None = None, url: str | None = None) -> Article:
    """Remove boilerplate from ``text`` and return the ``Article`` with its explanation.

    Calls with the same ``config`` share one ``Cleaner``, so patterns are compiled once.
    """
    return _cleaner_for(config if config is not None else Config()).clean(text, url=url)
