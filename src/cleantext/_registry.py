"""The rule registry: the built-in rules and those that installed packages register.

A package registers a rule under the entry-point group ``cleantext.rules``; the entry's
name is the rule's name and its value the rule class::

    [project.entry-points."cleantext.rules"]
    listen_prompt = "cleantext_example:ListenPrompt"

Discovery reads only package metadata (no plugin is imported), sorts the entries by
name and records each one's package and version. A plugin is imported when a
configuration or the rule listing needs it, one at a time; a plugin that fails to import
or is not a valid rule raises ``PluginError`` naming the package and the entry (or, with
``plugin_errors = "warn"``, is skipped with a ``PluginWarning``). Names are validated and
a name that two packages register is rejected. The built-in rules are entries too.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points
from typing import Literal

from ._errors import PluginError, PluginWarning
from ._rule import Rule

GROUP = "cleantext.rules"
OWN_DISTRIBUTION = "cleantext-web"
NAME = re.compile(r"[a-z][a-z0-9_]{0,62}\Z")
OnError = Literal["raise", "warn"]
Template = type[Rule] | Rule  # a rule class, or a ready instance (a rule-pack rule)


def check_name(name: str, where: str) -> None:
    """Raise ``PluginError`` unless ``name`` is lower_snake_case (letters, digits, _)."""
    if not NAME.match(name):
        raise PluginError(
            f"{where}: rule name {name!r} is not valid: use lower_snake_case "
            "(a-z, 0-9 and _, starting with a letter, at most 63 characters)"
        )


@dataclass(eq=False)
class RuleEntry:
    """One registered rule: its name, where it comes from, and how to load it."""

    name: str
    package: str
    version: str
    target: str  # "module:Class" for a class, a file for a rule pack
    entry_point: EntryPoint | None = None
    _template: Template | None = field(default=None, repr=False)

    @property
    def where(self) -> str:
        """The entry as a user would look for it: package, version and entry."""
        if self.entry_point is None and not self.is_builtin:
            return f"rule {self.name} of {self.package}"
        return f"entry point {self.name} = {self.target!r} of package {self.package} {self.version}"

    @property
    def is_builtin(self) -> bool:
        return self.package == OWN_DISTRIBUTION and self.entry_point is None

    def load(self) -> Template:
        """The rule class (importing its module on first use); raises ``PluginError``."""
        if self._template is None:
            assert self.entry_point is not None
            try:
                loaded = self.entry_point.load()
            except Exception as exc:  # any failure of a third-party import
                raise PluginError(f"{self.where}: cannot be loaded: {exc!r}") from exc
            self._template = _checked(loaded, self)
        return self._template


def _checked(loaded: object, entry: RuleEntry) -> type[Rule]:
    if not (isinstance(loaded, type) and issubclass(loaded, Rule)):
        raise PluginError(f"{entry.where}: {loaded!r} is not a subclass of cleantext.Rule")
    name = getattr(loaded, "name", None)
    if name != entry.name:
        raise PluginError(
            f"{entry.where}: the class's name is {name!r}; it must equal the entry's name"
        )
    if not isinstance(getattr(loaded, "summary", None), str):
        raise PluginError(f"{entry.where}: the rule has no `summary` string")
    for alias in loaded.aliases:
        check_name(alias, entry.where)
    return loaded


def builtin_entry(cls: type[Rule]) -> RuleEntry:
    from . import __version__

    return RuleEntry(
        cls.name, OWN_DISTRIBUTION, __version__, f"{cls.__module__}:{cls.__qualname__}", None, cls
    )


def _plugin_entry(ep: EntryPoint) -> RuleEntry:
    dist = ep.dist
    package = dist.metadata["Name"] if dist is not None else "?"
    version = dist.version if dist is not None else "?"
    return RuleEntry(ep.name, package, version, ep.value, ep)


def discover() -> list[RuleEntry]:
    """Every rule that installed packages register, sorted by name; nothing is imported."""
    found = [_plugin_entry(ep) for ep in entry_points(group=GROUP)]
    return sorted(found, key=lambda e: (e.name, e.package))


class Registry:
    """Rule entries by name, and their aliases once their classes are loaded."""

    def __init__(self, entries: Iterable[RuleEntry], on_error: OnError = "raise") -> None:
        self.on_error = on_error
        self.entries: dict[str, RuleEntry] = {}
        self._aliases: dict[str, str] | None = None
        for entry in entries:
            self.add(entry)

    def add(self, entry: RuleEntry) -> None:
        """Register ``entry``; a bad or taken name raises ``PluginError`` (or warns)."""
        try:
            check_name(entry.name, entry.where)
            other = self.entries.get(entry.name)
            if other is not None:
                raise PluginError(
                    f"rule {entry.name!r} is registered twice: "
                    f"by {other.where} and by {entry.where}"
                )
        except PluginError as exc:
            if self.on_error == "raise" or not entry.entry_point:
                raise
            warnings.warn(f"skipped: {exc}", PluginWarning, stacklevel=2)
            return
        self.entries[entry.name] = entry
        self._aliases = None

    def extended(self, entries: Iterable[RuleEntry]) -> Registry:
        """A copy with ``entries`` added (the rules of a configuration's packs)."""
        copy = Registry((), self.on_error)
        copy.entries = dict(self.entries)
        for entry in entries:
            copy.add(entry)
        return copy

    def names(self) -> list[str]:
        return list(self.entries)

    def template(self, name: str) -> Template | None:
        """The loaded rule class (or pack rule) of ``name``; None if it was skipped."""
        entry = self.entries[name]
        try:
            return entry.load()
        except PluginError as exc:
            if self.on_error == "raise":
                raise
            warnings.warn(f"skipped: {exc}", PluginWarning, stacklevel=2)
            return None

    def available(self) -> list[tuple[RuleEntry, Template]]:
        """Every entry that loads, with its class (skipping broken ones when warned to)."""
        loaded = [(entry, self.template(entry.name)) for entry in self.entries.values()]
        return [(entry, t) for entry, t in loaded if t is not None]

    def canonical(self, name: str) -> str | None:
        """The rule's name for a name or an alias; None if no rule has it."""
        if name in self.entries:
            return name
        if self._aliases is None:
            self._aliases = {a: e.name for e, t in self.available() for a in t.aliases}
        return self._aliases.get(name)


@lru_cache(maxsize=2)
def registry(on_error: OnError = "raise") -> Registry:
    """The built-in rules, then the installed plugins (discovered once per process)."""
    from .rules import BUILTIN_RULES

    return Registry([*(builtin_entry(cls) for cls in BUILTIN_RULES), *discover()], on_error)
