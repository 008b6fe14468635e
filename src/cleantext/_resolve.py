"""Rule resolution: which rules a ``Config`` selects, in which order, with which options.

1. Every name the configuration uses (``enable``, ``disable``, ``only``, ``insert``,
   ``options``) must be a registered rule or alias; all misses are reported at once.
2. Start from the preset's list; add the plugin rules the preset takes (``PLUGINS``), the
   enabled rules, the ``only`` rules and the rules of the packs. A built-in rule goes to
   its canonical place, any other just before ``PLUGIN_SLOT``.
3. Move the inserted rules before or after their anchors, in the order given.
4. Keep only the ``only`` rules, if any; drop the disabled ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from ._config import Config, describe
from ._errors import ConfigError, UnknownRuleError
from ._packs import pack_entries
from ._registry import Registry, RuleEntry, registry
from ._rule import Rule
from .presets import PLUGIN_SLOT, PLUGINS, PRESETS


def registry_for(config: Config) -> Registry:
    """The installed rules plus the rules of the configuration's packs."""
    base = registry(config.plugin_errors)
    return base.extended(pack_entries(config.packs)) if config.packs else base


def resolve_names(config: Config, reg: Registry | None = None) -> tuple[str, ...]:
    """The names of the rules ``config`` selects, in the order they run."""
    reg = reg if reg is not None else registry_for(config)
    names = _canonical(config, reg)
    try:
        order = list(PRESETS[config.preset])
    except KeyError:
        raise ConfigError(
            f"unknown preset {config.preset!r}; known presets: {', '.join(sorted(PRESETS))}"
        ) from None
    packs = [e.name for e in reg.entries.values() if e.package.startswith("pack ")]
    for name in [*_joining(config.preset, reg), *names["enable"], *names["only"], *packs]:
        if name not in order:
            _place(order, name, reg)
    for rule, anchor, after in names["insert"]:
        if rule in order:
            order.remove(rule)
        order.insert(order.index(anchor) + after if anchor in order else len(order), rule)
    if names["only"]:
        order = [n for n in order if n in names["only"]]
    return tuple(n for n in order if n not in names["disable"])


def _canonical(config: Config, reg: Registry) -> dict[str, Any]:
    """The configuration's names made canonical; raises ``UnknownRuleError`` on misses."""
    misses: list[str] = []

    def known(given: Iterable[str]) -> list[str]:
        found = []
        for name in given:
            canonical = reg.canonical(name)
            if canonical is None:
                misses.append(name)
            else:
                found.append(canonical)
        return found

    result: dict[str, Any] = {key: known(getattr(config, key)) for key in ("enable", "disable")}
    result["only"] = known(config.only)
    inserts = [(known([i.rule]), known([i.anchor]), i.after is not None) for i in config.insert]
    result["insert"] = [(r[0], a[0], after) for r, a, after in inserts if r and a]
    known(name for name, _ in config.option_pairs())
    if misses:
        raise UnknownRuleError(dict.fromkeys(misses), reg.names())
    return result


def _joining(preset: str, reg: Registry) -> list[str]:
    """The registered rules a preset takes beyond its list."""
    mode = PLUGINS.get(preset, "none")
    if mode == "all":
        return [entry.name for entry, _ in reg.available()]
    if mode == "on":
        return [
            entry.name
            for entry, template in reg.available()
            if not entry.is_builtin and not entry.package.startswith("pack ")
            if template.enabled_by_default
        ]
    return []


def _place(order: list[str], name: str, reg: Registry) -> None:
    """Put ``name`` at its canonical place (built-in) or just before the plugin slot."""
    builtins = [n for n, e in reg.entries.items() if e.is_builtin]
    if name in builtins:
        rank = builtins.index(name)
        later = [i for i, n in enumerate(order) if n in builtins and builtins.index(n) > rank]
        order.insert(later[0] if later else len(order), name)
    elif PLUGIN_SLOT in order:
        order.insert(order.index(PLUGIN_SLOT), name)
    else:
        order.append(name)


def build_rules(config: Config) -> tuple[Rule, ...]:
    """The rule instances ``config`` selects, each with its validated options."""
    reg = registry_for(config)
    rules = []
    for name in resolve_names(config, reg):
        template = reg.template(name)
        if template is not None:
            rules.append(_instance(template, reg.entries[name], config.options_for(name)))
    return tuple(rules)


def _instance(template: type[Rule] | Rule, entry: RuleEntry, given: dict[str, Any]) -> Rule:
    try:
        options = template.Options.model_validate(given)
    except ValidationError as exc:
        raise ConfigError(f"options of rule {entry.name!r}: {describe(exc)}") from None
    if isinstance(template, Rule):  # a pack rule: built when its pack was read
        return template
    return template(options) if given else template()
