"""The one frozen configuration object, and reading it from a TOML file."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ._errors import ConfigError

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Insert(BaseModel):
    """Run ``rule`` just before or just after another rule (it is enabled as well)."""

    model_config = _FROZEN

    rule: str
    before: str | None = None
    after: str | None = None

    @model_validator(mode="after")
    def _one_anchor(self) -> Insert:
        if (self.before is None) == (self.after is None):
            raise ValueError("give exactly one of `before` and `after`")
        return self

    @property
    def anchor(self) -> str:
        return self.before if self.before is not None else str(self.after)


class Config(BaseModel):
    """How a ``Cleaner`` cleans: the preset, the rules to add, drop or move, their options.

    Frozen and hashable, so that a configured ``Cleaner`` can be cached and shared.
    Unknown keys are rejected. Per-rule options are kept as ``(rule, JSON)`` pairs, so
    that they hash; pass them as a mapping ``{"rule": {"key": value}}``.
    """

    model_config = _FROZEN

    preset: str = Field(default="default", description="Name of the preset to start from.")
    enable: tuple[str, ...] = Field(
        default=(), description="Rules to run in addition to the preset's."
    )
    disable: tuple[str, ...] = Field(default=(), description="Rules of the preset not to run.")
    only: tuple[str, ...] = Field(
        default=(), description="If given, run exactly these rules (in their running order)."
    )
    insert: tuple[Insert, ...] = Field(
        default=(), description="Rules to run just before or after another rule."
    )
    # Given as a mapping, kept as sorted (rule, JSON) pairs: the union only lets type
    # checkers accept the mapping that the validator turns into pairs.
    options: tuple[tuple[str, str], ...] | Mapping[str, Mapping[str, Any]] = Field(
        default=(), description="Per-rule options: {rule: {key: value}}."
    )
    packs: tuple[str, ...] = Field(default=(), description="Rule-pack TOML files to load.")
    plugin_errors: Literal["raise", "warn"] = Field(
        default="raise", description="A broken plugin: raise an error, or warn and skip it."
    )

    @field_validator("options", mode="before")
    @classmethod
    def _freeze_options(cls, value: Any) -> Any:
        if not isinstance(value, Mapping):
            return value
        pairs = []
        for rule, opts in value.items():
            if not isinstance(opts, Mapping):
                raise ValueError(f"options of rule {rule!r} must be a table of key = value")
            try:
                pairs.append((str(rule), json.dumps(dict(opts), sort_keys=True)))
            except TypeError as exc:
                raise ValueError(f"options of rule {rule!r}: {exc}") from None
        return tuple(sorted(pairs))

    def option_pairs(self) -> tuple[tuple[str, str], ...]:
        """The options as sorted ``(rule, JSON object)`` pairs."""
        return self.options if isinstance(self.options, tuple) else ()

    def options_for(self, rule: str) -> dict[str, Any]:
        """The options configured for ``rule`` (empty if none)."""
        merged: dict[str, Any] = {}
        for name, text in self.option_pairs():
            if name == rule:
                merged.update(json.loads(text))
        return merged


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """The table of a TOML file; ``ConfigError`` naming the file when it cannot be read
    or is not TOML (``what`` says what the file was meant to be)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read {what}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def load_config(path: str | Path) -> Config:
    """Read a ``Config`` from a TOML file (``[tool.cleantext]`` in a ``pyproject.toml``).

    Pack paths are taken relative to the file. Raises ``ConfigError`` naming the file,
    the key and what is wrong.
    """
    path = Path(path)
    data = read_toml(path, "the configuration")
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("cleantext", {})
    packs = data.get("packs")
    if isinstance(packs, list):
        data["packs"] = [str(path.parent / p) if isinstance(p, str) else p for p in packs]
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {describe(exc)}") from None


def describe(exc: ValidationError) -> str:
    """Each problem of a pydantic error as ``key: what is wrong``, joined by '; '."""
    problems = []
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"]) or "(top level)"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        problems.append(f"{key}: {message}")
    return "; ".join(problems)
