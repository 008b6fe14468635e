"""The result types: what ``clean()`` returns.

Both models are frozen pydantic v2 models, so an ``Article`` can be hashed, compared,
serialised with ``model_dump_json()`` and read back with ``Article.model_validate_json()``.
"""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A half-open character range ``[start, end)`` of the input text."""

    start: int = Field(ge=0, description="Offset of the first character in the input.")
    end: int = Field(ge=0, description="Offset one past the last character in the input.")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Removed(Span):
    """One fragment of the input that a rule removed, and why.

    ``input[start:end] == text`` always holds for the input that was cleaned.
    """

    rule: str = Field(description="Name of the rule that removed the fragment.")
    reason: str = Field(description="Why the rule removed it, in plain words.")
    text: str = Field(description="The removed text, exactly as it stands in the input.")


class Article(_Frozen):
    """The cleaned document.

    ``title`` and ``body`` are the content; ``removed`` lists every fragment that was
    taken out, in input order. ``title_span`` and ``kept`` say where the title and the
    body pieces stand in the input, so that title, body and removed fragments together
    account for every non-whitespace character of the input.

    Offsets count Python characters (code points) of the input string. A lone surrogate
    in the input (not text, but possible after ``bytes.decode(errors="surrogateescape")``)
    is read as U+FFFD, so that every ``Article`` can be written as UTF-8 JSON.
    """

    title: str | None = Field(default=None, description="The headline, or None if none.")
    body: str = Field(default="", description="The clean text, paragraphs split by blank lines.")
    removed: list[Removed] = Field(
        default_factory=list, description="Every removed fragment, in input order."
    )
    title_span: Span | None = Field(
        default=None, description="Where the title stands in the input."
    )
    kept: list[Span] = Field(
        default_factory=list,
        description=(
            "The input ranges the body was taken from, in order; consecutive kept lines "
            "share one range, which then also holds the line breaks between them."
        ),
    )

    def rule_counts(self) -> dict[str, int]:
        """How many fragments each rule removed, by rule name."""
        return dict(Counter(item.rule for item in self.removed))

    @property
    def removed_chars(self) -> int:
        """Number of input characters in removed fragments."""
        return sum(item.end - item.start for item in self.removed)

    def __str__(self) -> str:
        if self.title is None:
            return self.body
        return f"{self.title}\n\n{self.body}" if self.body else self.title
