"""cleantext: remove boilerplate from scraped web text, and say what was removed and why.

>>> from cleantext import clean
>>> article = clean(text)
>>> article.title, article.body, article.removed
"""

from ._config import Config, Insert, load_config
from ._document import Document, Segment, Verdict
from ._errors import (
    CleantextError,
    ConfigError,
    PluginError,
    PluginWarning,
    RuleFailedWarning,
    UnknownRuleError,
)
from ._models import Article, Removed, Span
from ._packs import PatternTimeoutError
from ._pipeline import Cleaner, clean
from ._rule import LineRule, Rule

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Cleaner",
    "CleantextError",
    "Config",
    "ConfigError",
    "Document",
    "Insert",
    "LineRule",
    "PatternTimeoutError",
    "PluginError",
    "PluginWarning",
    "Removed",
    "Rule",
    "RuleFailedWarning",
    "Segment",
    "Span",
    "UnknownRuleError",
    "Verdict",
    "__version__",
    "clean",
    "load_config",
]
