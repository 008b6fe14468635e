"""The base classes every rule derives from, built-in or third-party."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from ._document import Document, Segment, Verdict


class NoOptions(BaseModel):
    """The options of a rule that has none: any key is an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Rule:
    """A named, documented judgement about boilerplate.

    A rule is constructed once per ``Cleaner`` (compile its patterns in ``__init__``) and
    then judges many documents. ``judge`` receives a read-only ``Document`` and yields
    ``Verdict`` objects; it must not keep state between documents, so that a ``Cleaner``
    can be shared, pickled and used from several processes.

    Subclasses set ``name`` (lower_snake_case, unique), ``summary`` (one line), and may
    set ``tags``, ``aliases`` (former names) and ``enabled_by_default``. A rule with
    settings declares them as a frozen pydantic model ``Options``; the pipeline validates
    the configured values against it and passes the result to ``__init__``, where the
    rule finds it as ``self.options``. A rule that overrides ``__init__`` without an
    ``options`` parameter takes no options.

    ``enabled_by_default``: a built-in rule runs when its preset lists it; a plugin rule
    with ``enabled_by_default = True`` also joins the ``default`` and ``aggressive``
    presets, and one with False runs only when it is enabled by name.

    ``context`` says whether the rule's verdicts depend on other segments (its
    neighbours, what follows, the top of the text). The pipeline runs such a rule again
    when later rules removed something, so that one cleaning reaches a fixed point.

    ``final`` rules run once, in their order, after all the others have reached that
    fixed point, and nothing runs again after them: a rule that judges the finished
    page (the line model) sees it exactly as it was trained to.
    """

    # Plain attributes, not ClassVar: a rule class sets them in its body, and a rule made
    # from data (a rule pack) sets them on the instance.
    name: str
    summary: str
    tags: tuple[str, ...] = ()
    aliases: ClassVar[tuple[str, ...]] = ()
    enabled_by_default: ClassVar[bool] = True
    context: ClassVar[bool] = True
    final: ClassVar[bool] = False
    Options: ClassVar[type[BaseModel]] = NoOptions

    def __init__(self, options: Any = None) -> None:
        self.options: Any = options if options is not None else self.Options()

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
