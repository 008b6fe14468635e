"""The base classes every rule derives from, built-in or third-party."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

from ._document import Document, Segment, Verdict


class Rule:
    """A named, documented judgement about boilerplate.

    A rule is constructed once per ``Cleaner`` (compile its patterns in ``__init__``) and
    then judges many documents. ``judge`` receives a read-only ``Document`` and yields
    ``Verdict`` objects; it must not keep state between documents, so that a ``Cleaner``
    can be shared, pickled and used from several processes.

    Subclasses set ``name`` (lower_snake_case, unique), ``summary`` (one line), and may
    set ``tags``, ``aliases`` (former names) and ``enabled_by_default``.

    ``context`` says whether the rule's verdicts depend on other segments (its
    neighbours, what follows, the top of the text). The pipeline runs such a rule again
    when later rules removed something, so that one cleaning reaches a fixed point.
    """

    name: ClassVar[str]
    summary: ClassVar[str]
    tags: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ()
    enabled_by_default: ClassVar[bool] = True
    context: ClassVar[bool] = True

    def judge(self, doc: Document) -> Iterable[Verdict]:
        """Yield verdicts about ``doc``'s segments."""
        raise NotImplementedError

    def remove(self, seg: Segment, reason: str) -> Verdict:
        """A verdict removing the whole segment ``seg``."""
        return Verdict(seg.index, self.name, reason)

    def __repr__(self) -> str:
        return f"<rule {self.name}>"


class LineRule(Rule):
    """A rule that judges each kept segment on its own.

    Subclasses implement ``check``, which returns the reason for removing the segment,
    or None to keep it. Segments longer than ``max_chars`` are kept without a look, which
    keeps a single huge line cheap and protects long body paragraphs.
    """

    max_chars: ClassVar[int] = 400
    context: ClassVar[bool] = False

    def judge(self, doc: Document) -> Iterator[Verdict]:
        for seg in doc.kept():
            if len(seg.text) <= self.max_chars:
                reason = self.check(seg, doc)
                if reason is not None:
                    yield self.remove(seg, reason)

    def check(self, seg: Segment, doc: Document) -> str | None:
        """The reason to remove ``seg``, or None to keep it."""
        raise NotImplementedError
