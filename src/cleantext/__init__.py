"""cleantext: remove boilerplate from scraped web text, and say what was removed and why.

>>> from cleantext import clean
>>> article = clean(text)
>>> article.title, article.body, article.removed
"""

from ._config import Config
from ._document import Document, Segment, Verdict
from ._errors import CleantextError, ConfigError, RuleFailedWarning, UnknownRuleError
from ._models import Article, Removed, Span
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
    "LineRule",
    "Removed",
    "Rule",
    "RuleFailedWarning",
    "Segment",
    "Span",
    "UnknownRuleError",
    "Verdict",
    "__version__",
    "clean",
]
