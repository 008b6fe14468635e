"""Rule packs: phrase and regex rules written in TOML, no Python needed.

::

    [[rule]]
    name = "examplenews_promo"                 # lower_snake_case, unique
    reason = "Example News promotion box"      # shown in Removed.reason
    phrases = ["Get the Example News app"]     # a whole line, any case and spacing
    patterns = ['^More from Example News\\b']  # regex, searched in each line
    scope = "line"                             # or "block": the line's whole block
    until_end = false                          # true: the line and everything after it
    domains = ["example.com"]                  # optional: only for these sites ...
    urls = ['^https://example\\.com/news/']    # ... or URLs that match (either suffices)

Patterns are compiled with ``regex`` (lazily, so a pack rule pickles as its source) and
searched with a timeout: a catastrophic pattern fails with ``PatternTimeoutError``
naming the rule and the pattern, and the pipeline skips that rule for that document.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ._config import describe, read_toml
from ._document import Document, Segment, Verdict
from ._errors import ConfigError
from ._registry import NAME, RuleEntry
from ._rule import Rule

TIMEOUT = 0.5  # seconds one search may take
_FLAGS = regex.IGNORECASE | regex.VERSION1


class PatternTimeoutError(RuntimeError):
    """A pack pattern ran past its timeout; the message names the rule and the pattern."""


class PackRuleSpec(BaseModel):
    """One rule of a pack, as written in the TOML file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern="^" + NAME.pattern.removesuffix(r"\Z") + "$")
    reason: str = Field(min_length=1)
    summary: str = ""
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    scope: Literal["line", "block"] = "line"
    until_end: bool = False
    domains: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @field_validator("patterns", "urls")
    @classmethod
    def _compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                regex.compile(pattern, _FLAGS)
            except regex.error as exc:
                raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from None
        return value

    @field_validator("domains")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(d.lower().strip(".") for d in value)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


class PackRule(Rule):
    """A rule made from a ``PackRuleSpec``; its name, summary and tags are the spec's."""

    context = False  # matches on every segment, removed or not: others change nothing

    def __init__(self, spec: PackRuleSpec, source: str) -> None:
        super().__init__()
        self.spec = spec
        self.source = source
        self.name = spec.name
        self.summary = spec.summary or spec.reason
        self.tags = ("pack", *spec.tags)
        self._phrases = frozenset(_norm(p) for p in spec.phrases)
        self._compiled: tuple[list[Any], list[Any]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_compiled"] = None  # compiled again, once, where it is unpickled
        return state

    def _patterns(self) -> tuple[list[Any], list[Any]]:
        if self._compiled is None:
            self._compiled = (
                [regex.compile(p, _FLAGS) for p in self.spec.patterns],
                [regex.compile(p, _FLAGS) for p in self.spec.urls],
            )
        return self._compiled

    def _search(self, pattern: Any, text: str) -> bool:
        try:
            return pattern.search(text, timeout=TIMEOUT) is not None
        except TimeoutError:
            raise PatternTimeoutError(
                f"rule {self.name!r} ({self.source}): pattern {pattern.pattern!r} "
                f"ran longer than {TIMEOUT}s and was stopped"
            ) from None

    def applies_to(self, url: str | None) -> bool:
        """True if the rule has no site scope, or ``url`` is in it."""
        spec = self.spec
        if not spec.domains and not spec.urls:
            return True
        if url is None:
            return False
        host = (urlsplit(url).hostname or "").lower()
        if any(host == d or host.endswith("." + d) for d in spec.domains):
            return True
        return any(self._search(p, url) for p in self._patterns()[1])

    def matches(self, seg: Segment) -> bool:
        if self._phrases and _norm(seg.text) in self._phrases:
            return True
        return any(self._search(p, seg.text) for p in self._patterns()[0])

    def judge(self, doc: Document) -> Iterator[Verdict]:
        if not self.applies_to(doc.url):
            return
        hits = [seg for seg in doc.segments if seg.index != doc_title(doc) and self.matches(seg)]
        if not hits:
            return
        for seg in doc.kept():
            if self._covers(hits, seg):
                yield self.remove(seg, self.spec.reason)

    def _covers(self, hits: list[Segment], seg: Segment) -> bool:
        if self.spec.until_end:
            return seg.index >= hits[0].index
        if self.spec.scope == "block":
            return any(hit.block == seg.block for hit in hits)
        return any(hit.index == seg.index for hit in hits)


def doc_title(doc: Document) -> int:
    return doc.title.index if doc.title is not None else -1


def load_pack(path: str | Path) -> list[PackRule]:
    """The rules of a pack file; raises ``ConfigError`` naming the file, rule and key."""
    path = Path(path)
    data = read_toml(path, "the rule pack")
    unknown = sorted(set(data) - {"rule", "description"})
    if unknown or not isinstance(data.get("rule"), list):
        what = f"unknown key(s) {', '.join(unknown)}" if unknown else "no [[rule]] tables"
        raise ConfigError(f"{path}: {what}")
    return [_rule(path, number, entry) for number, entry in enumerate(data["rule"], 1)]


def _rule(path: Path, number: int, entry: Any) -> PackRule:
    where = f"{path}: [[rule]] #{number}"
    if isinstance(entry, dict) and isinstance(entry.get("name"), str):
        where += f" ({entry['name']})"
    try:
        spec = PackRuleSpec.model_validate(entry)
    except ValidationError as exc:
        raise ConfigError(f"{where}: {describe(exc)}") from None
    if not spec.phrases and not spec.patterns:
        raise ConfigError(f"{where}: give `phrases` or `patterns` (or both)")
    return PackRule(spec, path.name)


def pack_entries(paths: tuple[str, ...]) -> list[RuleEntry]:
    """Registry entries for the rules of ``paths``; a name used twice is an error."""
    return [
        RuleEntry(rule.name, f"pack {path}", "", path, None, rule)
        for path in paths
        for rule in load_pack(path)
    ]
