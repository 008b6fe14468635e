"""A test harness for rule authors: case files of must-remove and must-keep examples.

A case file is TOML::

    rule = "donation_widget"          # the rule under test
    packs = ["my-sites.toml"]         # optional: rule packs to load (relative to this file)

    [[remove]]                        # the rule must remove this text
    id = "amount-dollar-after"
    text = "2,500 $"
    doc = '''...'''                   # optional: the whole document (default: text alone)
    occurrence = 1                    # optional: which occurrence of text in doc (from 1)
    url = "https://example.com/a"     # optional: the document's URL (for site-scoped rules)
    note = "why this case matters"    # optional
    xfail = "why it fails today"      # optional: a known failure (a strict xfail in pytest)

    [[keep]]                          # no rule may remove this text (title or body)
    id = "sum-in-a-sentence"
    text = "The campaign raised $2,500 in a week."

    [[title]]                         # the document's title must be exactly this ...
    id = "headline-twice"
    doc = '''...'''
    title = "The headline"            # ... or say  no_title = true

By default every case runs the whole configured pipeline, so a must-keep case also
fails when another rule eats the text; ``check_file(path, isolated=True)`` runs the
file's rule alone. ``check_file`` returns one ``CaseResult`` per case with a message
that says what went wrong; ``assert_cases`` raises one ``AssertionError`` that lists
every failed case, for a plain pytest test::

    from cleantext.testing import assert_cases

    def test_my_rule() -> None:
        assert_cases("tests/my_rule.toml", Config(enable=("my_rule",)))
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ._config import Config
from ._models import Article
from ._pipeline import Cleaner

Expect = Literal["remove", "keep", "title"]


class CaseFileError(ValueError):
    """A case file that cannot be read; the message names the file and the case."""


@dataclass(frozen=True, slots=True)
class Case:
    """One example from a case file."""

    id: str
    expect: Expect
    doc: str
    text: str = ""
    occurrence: int = 1
    title: str | None = None
    note: str = ""
    xfail: str = ""  # a known failure, with the reason; kept so that a fix is noticed
    url: str | None = None


@dataclass(frozen=True, slots=True)
class CaseResult:
    """The outcome of one case; ``message`` explains a failure."""

    case: Case
    passed: bool
    message: str
    article: Article


@dataclass(frozen=True, slots=True)
class CaseFile:
    """A parsed case file: the rule it is about and its cases."""

    path: Path
    rule: str
    cases: tuple[Case, ...]
    packs: tuple[str, ...] = ()

    def of(self, expect: Expect) -> tuple[Case, ...]:
        """The cases that expect ``expect``."""
        return tuple(c for c in self.cases if c.expect == expect)


def load(path: str | Path) -> CaseFile:
    """Read and validate a case file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CaseFileError(f"{path}: cannot read case file: {exc}") from exc
    rule = data.get("rule")
    if not isinstance(rule, str):
        raise CaseFileError(f'{path}: needs a top-level `rule = "name"`')
    cases = [
        _case(path, expect, entry)
        for expect in ("remove", "keep", "title")
        for entry in data.get(expect, [])
    ]
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise CaseFileError(f"{path}: case id {case.id!r} is used twice")
        seen.add(case.id)
    packs = data.get("packs", [])
    if not isinstance(packs, list) or not all(isinstance(p, str) for p in packs):
        raise CaseFileError(f"{path}: `packs` must be a list of file names")
    return CaseFile(path, rule, tuple(cases), tuple(str(path.parent / p) for p in packs))


def _case(path: Path, expect: Expect, entry: dict[str, Any]) -> Case:
    where = f"{path}: [[{expect}]] {entry.get('id', '(no id)')!r}"
    try:
        case = Case(
            id=str(entry["id"]),
            expect=expect,
            doc=str(entry.get("doc", entry.get("text", ""))),
            text=str(entry.get("text", "")),
            occurrence=int(entry.get("occurrence", 1)),
            title=None if entry.get("no_title") else entry.get("title"),
            note=str(entry.get("note", "")),
            xfail=str(entry.get("xfail", "")),
            url=str(entry["url"]) if "url" in entry else None,
        )
    except KeyError as exc:
        raise CaseFileError(f"{where}: missing key {exc}") from None
    if expect != "title" and not case.text:
        raise CaseFileError(f"{where}: needs `text`")
    if expect == "title" and case.title is None and not entry.get("no_title"):
        raise CaseFileError(f'{where}: needs `title = "..."` or `no_title = true`')
    if case.text and _find(case) is None:
        raise CaseFileError(f"{where}: text occurrence {case.occurrence} is not in doc")
    return case


def _find(case: Case) -> tuple[int, int] | None:
    pos = -1
    for _ in range(case.occurrence):
        pos = case.doc.find(case.text, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(case.text)


def check_case(case: Case, rule: str, cleaner: Cleaner) -> CaseResult:
    """Clean the case's document and judge the outcome against the case."""
    article = cleaner.clean(case.doc, url=case.url)
    if case.expect == "title":
        passed = article.title == case.title
        message = "" if passed else f"title is {article.title!r}, expected {case.title!r}"
        return CaseResult(case, passed, message, article)
    span = _find(case)
    assert span is not None  # checked when the case was loaded
    start, end = span
    touching = [r for r in article.removed if r.start < end and start < r.end]
    if case.expect == "keep":
        passed = not touching
        message = (
            ""
            if passed
            else "removed by " + "; ".join(f"{r.rule} ({r.reason}): {r.text!r}" for r in touching)
        )
        return CaseResult(case, passed, message, article)
    covered = _covered(start, end, [(r.start, r.end) for r in touching if r.rule == rule], case.doc)
    others = sorted({r.rule for r in touching if r.rule != rule})
    passed = covered
    message = ""
    if not passed:
        message = f"{rule} did not remove {case.text!r}"
        if others:
            message += f" (touched by {', '.join(others)} instead)"
    return CaseResult(case, passed, message, article)


def _covered(start: int, end: int, spans: list[tuple[int, int]], doc: str) -> bool:
    """True if every non-whitespace character of doc[start:end] lies in one of spans."""
    return all(doc[i].isspace() or any(s <= i < e for s, e in spans) for i in range(start, end))


def config_for(cases: CaseFile, config: Config | None = None, *, isolated: bool = False) -> Config:
    """``config`` (default: the default preset) with the case file's packs and rule.

    The file's rule is enabled (it may be an opt-in plugin rule); ``isolated`` runs it
    alone (``only``), to test a rule without the others' help or interference.
    """
    base = config if config is not None else Config()
    update: dict[str, object] = {
        "packs": (*base.packs, *(p for p in cases.packs if p not in base.packs)),
        "enable": (*base.enable, cases.rule),
    }
    if isolated:
        update["only"] = (cases.rule,)
    return Config.model_validate({**base.model_dump(), **update})


def check_file(
    path: str | Path, config: Config | None = None, *, isolated: bool = False
) -> list[CaseResult]:
    """Run every case of a case file through a ``Cleaner`` made from ``config``.

    The file's packs are loaded and its rule is enabled; see ``config_for``.
    """
    cases = load(path)
    cleaner = Cleaner(config_for(cases, config, isolated=isolated))
    return [check_case(case, cases.rule, cleaner) for case in cases.cases]


def failures(results: list[CaseResult]) -> list[str]:
    """One line per unexpected outcome: a failed case, or an xfail case that now passes."""
    lines = []
    for result in results:
        case = result.case
        where = f"[{case.expect}] {case.id}"
        if not result.passed and not case.xfail:
            lines.append(f"{where}: {result.message}")
        elif result.passed and case.xfail:
            lines.append(f"{where}: passes now; drop its xfail ({case.xfail})")
    return lines


def assert_cases(path: str | Path, config: Config | None = None, *, isolated: bool = False) -> None:
    """Raise one ``AssertionError`` listing every case of ``path`` that went wrong."""
    problems = failures(check_file(path, config, isolated=isolated))
    if problems:
        raise AssertionError(f"{path}: {len(problems)} case(s) failed:\n" + "\n".join(problems))
