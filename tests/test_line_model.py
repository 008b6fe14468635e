"""The line model: its features, its options, its reasons, and final rules in the pipeline."""

from __future__ import annotations

import pickle
import tomllib
from collections.abc import Iterator
from pathlib import Path

from cleantext import Cleaner, Config, clean
from cleantext._document import Document, Verdict
from cleantext._rule import Rule
from cleantext.rules import _line_model_data
from cleantext.rules._line_features import FEATURES, line_features
from cleantext.rules.line_model import contributions, protected, score

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "rules" / "line_model.toml"


def _page(case_id: str) -> str:
    cases = tomllib.loads(CASES.read_text(encoding="utf-8"))
    return next(c["doc"] for c in [*cases["remove"], *cases["keep"]] if c["id"] == case_id)


PAGE = _page("en-events-box-below-footer")


def _model_removals(text: str, config: Config | None = None) -> list[str]:
    return [r.text for r in clean(text, config=config).removed if r.rule == "line_model"]


def test_the_trees_were_fitted_on_the_features_the_rule_computes() -> None:
    assert _line_model_data.FEATURES == FEATURES
    used = {node[0] for tree in _line_model_data.TREES for node in tree}
    assert used <= set(range(-1, len(FEATURES)))


def test_every_kept_line_gets_one_value_per_feature() -> None:
    class Capture(Rule):
        name = "capture"
        summary = "keeps the rows it computes"
        final = True

        def judge(self, doc: Document) -> Iterator[Verdict]:
            self.rows = line_features(doc)[1]
            return iter(())

    cleaner = Cleaner(Config(disable=["line_model"]))
    capture = Capture()
    cleaner.rules = (*cleaner.rules, capture)
    cleaner.clean(PAGE)
    assert capture.rows
    assert all(len(row) == len(FEATURES) for row in capture.rows)


def test_it_removes_the_sidebar_below_the_footer_and_explains_why() -> None:
    article = clean(PAGE)
    removed = [r for r in article.removed if r.rule == "line_model"]
    assert "Kite festival on the dunes" in [r.text for r in removed]
    for item in removed:
        assert item.reason.startswith("looks like page furniture to the line model (score 0.")
        assert "): " in item.reason  # and at least one sign that weighed for removal
    assert "The hall will open six days a week" in article.body


def test_threshold_one_turns_it_off_and_a_higher_threshold_removes_less() -> None:
    off = Config(options={"line_model": {"threshold": 1.0}})
    strict = Config(options={"line_model": {"threshold": 0.95}})
    assert _model_removals(PAGE, off) == []
    assert set(_model_removals(PAGE, strict)) <= set(_model_removals(PAGE))


def test_a_document_without_prose_is_left_alone() -> None:
    table = "\n".join(f"Station {i}\n{i * 3} km\n{i + 7}:15" for i in range(1, 30))
    assert _model_removals(table) == []


def test_scores_and_contributions_agree() -> None:
    row = [0.0] * len(FEATURES)
    moved = contributions(row)
    total = sum(up + down for up, down in moved.values())
    root_mean = sum(tree[0][4] for tree in _line_model_data.TREES)
    assert abs(_line_model_data.BASE + root_mean + total - score(row)) < 1e-6


def test_a_subheading_between_paragraphs_is_protected() -> None:
    row = [0.0] * len(FEATURES)
    row[FEATURES.index("next_prose")] = 1.0
    row[FEATURES.index("prose_above")] = 0.69  # log(1 + 1): the line right above
    assert protected(row)


def test_a_cleaner_with_the_line_model_pickles() -> None:
    cleaner = Cleaner()
    again = pickle.loads(pickle.dumps(cleaner))
    assert again.clean(PAGE) == cleaner.clean(PAGE)


def test_a_final_rule_runs_once_after_the_context_rules_settle() -> None:
    seen: list[int] = []

    class Last(Rule):
        name = "last"
        summary = "removes the first kept line, once"
        final = True

        def judge(self, doc: Document) -> Iterator[Verdict]:
            seen.append(doc.kept_count)
            first = next(doc.kept(), None)
            if first is not None:
                yield self.remove(first, "first kept line")

    cleaner = Cleaner(Config(disable=["line_model"]))
    cleaner.rules = (Last(), *cleaner.rules)  # placed first, it still runs last
    article = cleaner.clean(PAGE)
    assert len(seen) == 1
    # It saw the page as the other rules left it: it took the first line of that body.
    settled = Cleaner(Config(disable=["line_model"])).clean(PAGE)
    taken = [r.text for r in article.removed if r.rule == "last"]
    assert taken == [settled.body.splitlines()[0]]
