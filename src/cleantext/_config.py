"""The one frozen configuration object."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Config(BaseModel):
    """How a ``Cleaner`` cleans: which preset, and which rules to add or drop.

    Frozen and hashable, so that a configured ``Cleaner`` can be cached and shared.
    Unknown keys are rejected.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    preset: str = Field(default="default", description="Name of the preset to start from.")
    enable: tuple[str, ...] = Field(
        default=(), description="Rules to run in addition to the preset's."
    )
    disable: tuple[str, ...] = Field(default=(), description="Rules of the preset not to run.")
