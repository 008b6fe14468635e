"""The exception and warning tree.

::

    CleantextError                 base of every error cleantext raises on purpose
    └── ConfigError (ValueError)   a configuration that cannot be used
        ├── UnknownRuleError       rule names that no registered rule has
        └── PluginError            an installed plugin that cannot be loaded or is invalid;
                                   the message names its package and entry point

    RuleFailedWarning (RuntimeWarning)
        a rule raised or returned an impossible verdict while cleaning one document;
        its verdicts for that document were dropped (the text was kept) and the
        warning names the rule. A rule-pack pattern that runs past its timeout is
        reported this way, with the rule's name and the pattern.

    PluginWarning (UserWarning)
        a broken plugin was skipped because the configuration says
        ``plugin_errors = "warn"``; the warning names its package and entry point.
"""

from __future__ import annotations

from collections.abc import Iterable


class CleantextError(Exception):
    """Base class of every error cleantext raises on purpose."""


class ConfigError(CleantextError, ValueError):
    """The configuration cannot be used; the message says what is wrong."""


class UnknownRuleError(ConfigError):
    """One or more rule names are unknown; ``names`` lists every miss."""

    def __init__(self, names: Iterable[str], known: Iterable[str]) -> None:
        self.names = tuple(names)
        self.known = tuple(sorted(known))
        super().__init__(
            f"unknown rule name(s): {', '.join(self.names)}; known rules: {', '.join(self.known)}"
        )


class RuleFailedWarning(RuntimeWarning):
    """A rule failed on one document; its verdicts were dropped and the text kept."""


class PluginError(ConfigError):
    """An installed plugin cannot be used; the message names its package and entry point."""


class PluginWarning(UserWarning):
    """A broken plugin was skipped (``plugin_errors = "warn"``)."""
