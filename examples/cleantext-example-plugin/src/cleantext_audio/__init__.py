"""An example cleantext plugin: the ``audio_player`` rule."""

from __future__ import annotations

from typing import ClassVar

import regex
from pydantic import BaseModel, ConfigDict

from cleantext import Document, LineRule, Segment

__all__ = ["AudioPlayer"]

_PROMPTS = (
    r"listen to (?:this|the) (?:article|story|podcast)",
    r"(?:play|pause) (?:audio|article)",
    r"audio version of this article",
    r"diesen artikel anhören",
    r"écouter cet article",
)
_DURATION = r"(?:\d+(?::\d\d)?\s*(?:min(?:utes?)?|m)|\d+:\d\d(?:\s*/\s*\d+:\d\d)?)"
_DECO = r"[\s·•|:\-–—()\[\]]*"


class AudioPlayer(LineRule):
    """Lines left by an embedded audio player: its prompt, its controls and its clock.

    Removes "Listen to this article", "Listen · 5 min", "Play audio", "0:00 / 4:12" and
    a prompt followed by a duration, when the line holds nothing else.

    Keeps sentences that mention listening ("Listen to this article's author on our
    podcast, she said."): the prompt must fill its line.
    """

    class Options(BaseModel):
        model_config = ConfigDict(frozen=True, extra="forbid")

        extra_prompts: tuple[str, ...] = ()
        """More prompts, in lower case, that fill a line of their own."""

    name = "audio_player"
    summary = "Audio-player prompts, controls and durations ('Listen to this article')."
    tags = ("audio", "widget")
    enabled_by_default = False
    max_chars: ClassVar[int] = 80

    def __init__(self, options: Options | None = None) -> None:
        super().__init__(options)
        prompts = (*_PROMPTS, "listen", *map(regex.escape, self.options.extra_prompts))
        alternatives = "|".join(prompts)
        self._line = regex.compile(
            rf"{_DECO}(?:(?:{alternatives}){_DECO}{_DURATION}?|{_DURATION}){_DECO}",
            regex.IGNORECASE,
        )

    def check(self, seg: Segment, doc: Document) -> str | None:
        if self._line.fullmatch(seg.text) and not seg.text.strip().isdigit():
            return "an audio player's prompt or controls"
        return None
