"""Sinks' formats: one ``Doc`` and its ``Article`` into the text written for it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .._models import Article
from .explain import explain
from .inputs import Doc

FORMATS = ("text", "json", "jsonl")
# The suffix a file under --output-dir gets in each output format.
SUFFIXES = {"text": ".txt", "json": ".json", "jsonl": ".jsonl", "record": ".jsonl"}
SUFFIXES["explain"] = ".txt"


@dataclass(frozen=True, slots=True)
class RenderOptions:
    format: str  # text, json, jsonl, record (JSON Lines input written back), explain
    color: bool = False  # explain: ANSI colour
    headers: bool = False  # explain: "==> source <==" before each document (always for records)
    text_field: str = "text"  # record: where the clean text goes
    title_field: str = "title"  # record: where the title goes ("" to leave it out)
    removed_field: str = "removed"  # record: where the removed fragments go ("" to leave out)


@dataclass(frozen=True, slots=True)
class Rendered:
    output: str
    counts: dict[str, int]
    removed_chars: int


def render(doc: Doc, article: Article, options: RenderOptions) -> Rendered:
    return Rendered(_output(doc, article, options), article.rule_counts(), article.removed_chars)


def _output(doc: Doc, article: Article, options: RenderOptions) -> str:
    fmt = options.format
    if fmt == "json":
        return article.model_dump_json(indent=2) + "\n"
    if fmt == "jsonl":
        return _jsonl(doc, article)
    if fmt == "record":
        return _record(doc, article, options)
    if fmt == "explain":
        marked = explain(doc.text, article, color=options.color)
        many = options.headers or doc.record is not None or doc.record_id is not None
        return f"==> {_where(doc)} <==\n{marked}" if many else marked
    text = str(article)
    return text + "\n" if text else ""


def _where(doc: Doc) -> str:
    return f"{doc.source} {doc.url}" if doc.url else doc.source


def _jsonl(doc: Doc, article: Article) -> str:
    """One compact line: the source fields first, then the ``Article``'s own."""
    head: dict[str, Any] = {"source": doc.source}
    if doc.url is not None or doc.record_id is not None:
        head.update(url=doc.url, record_id=doc.record_id)
    prefix = _dumps(head)
    return f"{prefix[:-1]},{article.model_dump_json()[1:]}\n"


def _record(doc: Doc, article: Article, options: RenderOptions) -> str:
    """The JSON Lines record as it came, with the clean text, title and removals set."""
    record = dict(doc.record or {})
    record[options.text_field] = str(article)
    if options.title_field:
        record[options.title_field] = article.title
    if options.removed_field:
        record[options.removed_field] = [item.model_dump(mode="json") for item in article.removed]
    return _dumps(record) + "\n"


def _dumps(value: Any) -> str:
    """Compact JSON, UTF-8 as it is; escaped when it holds lone surrogates (from file
    names or JSON escapes), which cannot be written as UTF-8."""
    out = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, separators=(",", ":"))
    return out
