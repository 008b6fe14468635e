"""``--explain``: the input with every removed fragment marked and labelled.

Plain markers (when the output is not a terminal, or NO_COLOR is set)::

    [-removed text-]{rule: reason}
    [=the title=]{title}

A removed fragment never spans a line, so every marker opens and closes on one line.
On a terminal the removed text is red and struck through, its label dim, the title
bold green.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._models import Article

_RESET = "\x1b[0m"
_REMOVED, _LABEL, _TITLE = "\x1b[9;31m", "\x1b[2;33m", "\x1b[1;32m"


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    label: str
    removed: bool


def _marks(article: Article) -> list[_Mark]:
    marks = [_Mark(r.start, r.end, f"{r.rule}: {r.reason}", True) for r in article.removed]
    if article.title_span is not None:
        span = article.title_span
        marks.append(_Mark(span.start, span.end, "title", False))
    return sorted(marks, key=lambda m: (m.start, m.end))


def _plain(fragment: str, mark: _Mark) -> str:
    if mark.removed:
        return f"[-{fragment}-]{{{mark.label}}}"
    return f"[={fragment}=]{{{mark.label}}}"


def _coloured(fragment: str, mark: _Mark) -> str:
    if mark.removed:
        return f"{_REMOVED}{fragment}{_RESET}{_LABEL} {{{mark.label}}}{_RESET}"
    return f"{_TITLE}{fragment}{_RESET}"


def explain(text: str, article: Article, *, color: bool) -> str:
    """``text`` with every removed fragment and the title marked; ends with a newline."""
    style = _coloured if color else _plain
    parts: list[str] = []
    pos = 0
    for mark in _marks(article):
        if mark.start < pos:  # cannot happen for a pipeline's Article; never garble text
            continue
        parts += [text[pos : mark.start], style(text[mark.start : mark.end], mark)]
        pos = mark.end
    parts.append(text[pos:])
    out = "".join(parts)
    return out if out.endswith("\n") or not out else out + "\n"


def summary(counts: dict[str, int], chars: int, docs: int) -> str:
    """The per-rule count summary written to stderr after an ``--explain`` run."""
    total = sum(counts.values())
    noun = "document" if docs == 1 else "documents"
    lines = [f"cleantext: removed {total} fragment(s), {chars} characters, from {docs} {noun}"]
    width = max((len(str(n)) for n in counts.values()), default=1)
    for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {count:>{width}}  {rule}")
    return "\n".join(lines) + "\n"
