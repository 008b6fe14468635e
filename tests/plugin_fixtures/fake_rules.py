"""Rule classes for the registry tests, loaded through real ``EntryPoint`` objects."""

from __future__ import annotations

from cleantext import Document, LineRule, Segment


class Shout(LineRule):
    name = "shout"
    summary = "Lines in capitals that end with an exclamation mark."
    aliases = ("yelling",)
    enabled_by_default = True

    def check(self, seg: Segment, doc: Document) -> str | None:
        return "a shout" if seg.text.isupper() and seg.text.endswith("!") else None


class WrongName(Shout):
    name = "something_else"


class NotARule:
    name = "not_a_rule"


class Broken(LineRule):
    name = "broken"
    summary = "Fails on every line."
    enabled_by_default = True

    def check(self, seg: Segment, doc: Document) -> str | None:
        raise RuntimeError("boom")
