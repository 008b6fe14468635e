"""What is left of the page furniture, found by a small learned model of lines in place.

Why: after the phrase rules and the content scorer, what stays is mostly text that no
word list names: a site's slogan, the blurbs of teasers, the bio of an author without a
marker, a reader's comment, a product box, a sidebar in a language without a list. Each
is plain enough alone; what gives it away is where it stands. The article is one run of
prose, and these lines stand below its last paragraph, among removed lines, far from
prose, or above the headline. Weighing a few dozen such signs by hand does not scale, so
this rule weighs them with a small model: 120 decision trees of depth 4 (gradient
boosting) over the features of ``_line_features``: the line's shape (length, sentence
ends, stop words, capitals, digits, link-like tokens) and its place (above the first or
below the last paragraph, lines and removed lines to the nearest prose, footer rules that
fired between, the title). No feature is a word of any language.

The trees were fitted by ``benchmarks/train_line_model.py`` on lines of real pages that
people marked as article or not (scrapinghub's article-extraction-benchmark, MIT, and
trafilatura's evaluation pages, Apache-2.0), read by path, never shipped. Measured on
pages it was not fitted on (cross-validation by page), it raises precision by 0.07 and
0.08 on the two sets and lowers recall by 0.01 and 0.02 (docs/how-it-works.md).

It runs once, last (a ``final`` rule), on the page as the other rules left it: the
setting it was trained in. Its reason names the score and the signs that weighed most
for removal in this line (each tree's step towards "furniture" is credited to the
feature it split on).

Removes:
    * lines the model scores above ``threshold`` (0.55; a score is the model's estimate of
      the chance that the line is furniture): a teaser's blurb among removed headlines,
      a slogan or an address under the copyright line, an author's bio after the article,
      menu words the navigation rule left, a reader's comment below a removed comment
      marker.

Keeps:
    * whatever its score: a subheading (prose right below it, prose close above it); a
      list of facts (amounts, labelled values), lines of verse, or a list led in by a
      sentence ending in a colon ("You can find it in foods like:"); the line below the
      title; in the article's run (the kept lines, with no removed line between, that
      hold most of its prose), a list or table between its paragraphs, a sentence, or a
      list that runs into the first paragraph; a sentence right below prose or one line
      below it (after an inline "Read more"); lines between the article and the edge of
      the text with at most one removed line between (extractor output that ends with a
      caption and an info box);
    * everything it scores at or below ``threshold``; raise ``threshold`` (up to 1, which
      turns the rule off) to keep more, at the cost of more furniture;
    * documents it cannot place: with no line of prose (a table, a product page) or fewer
      than ``min_lines`` kept lines, it removes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from pydantic import BaseModel, ConfigDict, Field

from .._document import Document, Verdict
from .._rule import Rule
from ._line_features import FEATURES, line_features
from ._line_model_data import BASE, TREES
from ._line_model_data import FEATURES as TRAINED_FEATURES

# Each tree is a flat tuple of nodes: (feature, threshold, left, right, value); a leaf
# has feature -1. ``value`` of an inner node is the mean of its leaves, so that the steps
# from node to child say which features moved the score.
Node = tuple[int, float, int, int, float]

# How the features read in a reason, by the direction that speaks for furniture.
_SIGNS: dict[str, tuple[str, str]] = {
    # feature: (said when high, said when low)
    "chars": ("", "short"),
    "words": ("", "short"),
    "stop_fit": ("", "few stop words"),
    "sentences": ("", "no sentence end"),
    "ends_sentence": ("", "no sentence end"),
    "links": ("link-like tokens", ""),
    "capital_words": ("capitalised like a headline", ""),
    "digits": ("mostly digits", ""),
    "prose_after": ("", "after the article's prose"),
    "prose_before": ("", "before the article's prose"),
    "below_last_prose": ("below the last paragraph", ""),
    "from_last_prose": ("far below the last paragraph", ""),
    "above_first_prose": ("above the first paragraph", ""),
    "from_first_prose": ("far above the first paragraph", ""),
    "prose_above": ("far from prose above", ""),
    "prose_below": ("far from prose below", ""),
    "removed_to_prose_above": ("removed lines between it and the prose above", ""),
    "removed_to_prose_below": ("removed lines between it and the prose below", ""),
    "footer_to_prose_above": ("a removed footer above it", ""),
    "footer_after_start": ("below a removed footer", ""),
    "removed_near_2": ("among removed lines", ""),
    "removed_near_5": ("among removed lines", ""),
    "removed_near_15": ("in a stretch of removed lines", ""),
    "previous_removed": ("under a removed line", ""),
    "next_removed": ("over a removed line", ""),
    "previous_footer": ("under a removed footer line", ""),
    "next_footer": ("over a removed footer line", ""),
    "previous_menu": ("under a removed menu", ""),
    "next_menu": ("over a removed menu", ""),
    "previous_prose": ("", "no prose above"),
    "next_prose": ("", "no prose below"),
}
_REASONS = 3
# A sentence of this many words (log, as the feature) in the article's run stays.
_SENTENCE_LOG_WORDS = math.log1p(4)
_SENTENCE_FIT = 0.5
_ONE_LINE = math.log1p(1)
_NEXT_TO_PROSE = math.log1p(2)  # two lines below a paragraph at most (log, as the feature)
_AT = {name: FEATURES.index(name) for name in FEATURES}


class LineModel(Rule):
    class Options(BaseModel):
        model_config = ConfigDict(frozen=True, extra="forbid")

        threshold: float = Field(default=0.55, ge=0.0, le=1.0)
        """Remove a line when its score (0 to 1) is above this; 1 removes nothing."""
        min_lines: int = Field(default=3, ge=1)
        """Documents with fewer kept lines are left alone."""

    name = "line_model"
    summary = "Page furniture no rule names, by a small learned model of each line and its place."
    tags = ("scorer", "context", "multilingual", "learned")
    final = True

    def __init__(self, options: Options | None = None) -> None:
        super().__init__(options)
        if TRAINED_FEATURES != FEATURES:
            raise RuntimeError("the line model was trained on other features; retrain it")
        self._cut = _logit(self.options.threshold)

    def judge(self, doc: Document) -> Iterator[Verdict]:
        if doc.kept_count < self.options.min_lines or self.options.threshold >= 1.0:
            return
        kept, rows = line_features(doc)
        if not any(row[0] for row in rows):  # kind_good: no prose to place lines by
            return
        for seg, row in zip(kept, rows, strict=True):
            if protected(row):
                continue
            raw = score(row)
            if raw > self._cut:
                yield self.remove(seg, _reason(row, raw))


def protected(row: Sequence[float]) -> bool:
    """Lines the model may not take, whatever their score. The article's run is the run
    of kept lines (no removed line between them) that holds most of its prose."""
    at = _AT
    if row[at["next_prose"]] and (
        row[at["prose_above"]] <= _NEXT_TO_PROSE
        or (row[at["main_run"]] and row[at["removed_to_prose_above"]] <= _ONE_LINE)
    ):
        return True  # a subheading: prose below it, and prose close above it
    if row[at["in_fact_list"]] or row[at["in_verse"]] or row[at["in_led_list"]]:
        return True  # a list of facts, lines of verse, a list led in by "... like:"
    if row[at["previous_title"]]:
        return True  # the standfirst, or the first line of the article, below the headline
    if row[at["main_run"]] and (_inside(row) or _sentence(row) or _leads_in(row)):
        return True  # a list or a table, or a sentence, in the article's run
    if _sentence(row) and row[at["prose_above"]] <= _NEXT_TO_PROSE:
        return True  # a sentence right below prose, or one line (a "Read more" link) below
    if _near_edge(row, "below_last_prose", "removed_to_prose_above", "removed_below"):
        return True  # the end of the text follows the article, one removed line between at most
    return _near_edge(row, "above_first_prose", "removed_to_prose_below", "removed_above")


def _inside(row: Sequence[float]) -> bool:
    """Between the first and last paragraph (short ones too), with no removed line to
    the prose on either side."""
    at = _AT
    return not (
        row[at["above_first_paragraph"]]
        or row[at["below_last_paragraph"]]
        or row[at["removed_to_prose_above"]]
        or row[at["removed_to_prose_below"]]
    )


def _leads_in(row: Sequence[float]) -> bool:
    """Above the first paragraph of prose, with no removed line between: a list of
    features or a short introduction that runs into the article."""
    return bool(row[_AT["above_first_prose"]]) and not row[_AT["removed_to_prose_below"]]


def _sentence(row: Sequence[float]) -> bool:
    """Four words or more, ending like a sentence, with the stop words of prose."""
    at = _AT
    return bool(
        row[at["ends_sentence"]]
        and row[at["words"]] >= _SENTENCE_LOG_WORDS
        and (row[at["stop_fit"]] >= _SENTENCE_FIT or not row[at["language_known"]])
    )


def _near_edge(row: Sequence[float], outside: str, to_prose: str, to_edge: str) -> bool:
    """True if the line is outside the article's prose on one side, nothing is removed
    between it and the edge of the text, and one line at most between it and the prose
    (extractor output that ends with a caption and an info box)."""
    return bool(row[_AT[outside]]) and not row[_AT[to_edge]] and row[_AT[to_prose]] <= _ONE_LINE


def score(row: Sequence[float]) -> float:
    """The model's raw score (log-odds of furniture) for one row of features."""
    total = BASE
    for tree in TREES:
        node = tree[0]
        while node[0] >= 0:
            node = tree[node[2] if row[node[0]] <= node[1] else node[3]]
        total += node[4]
    return total


def contributions(row: Sequence[float]) -> dict[int, tuple[float, float]]:
    """How much each feature moved the raw score of ``row``, summed over the trees: the
    steps taken on its high side (value above the split) and on its low side."""
    moved: dict[int, tuple[float, float]] = {}
    for tree in TREES:
        node = tree[0]
        while node[0] >= 0:
            high = row[node[0]] > node[1]
            child = tree[node[3] if high else node[2]]
            step = child[4] - node[4]
            up, down = moved.get(node[0], (0.0, 0.0))
            moved[node[0]] = (up + step, down) if high else (up, down + step)
            node = child
    return moved


def _reason(row: Sequence[float], raw: float) -> str:
    signs: list[str] = []
    ranked = sorted(contributions(row).items(), key=lambda item: -sum(item[1]))
    for index, (up, down) in ranked:
        if up + down <= 0 or len(signs) == _REASONS:
            break
        high, low = _SIGNS.get(FEATURES[index], ("", ""))
        said = high if up >= down else low
        if said and said not in signs:
            signs.append(said)
    why = "; ".join(signs) if signs else "its features and place"
    return f"looks like page furniture to the line model (score {_sigmoid(raw):.2f}): {why}"


def _sigmoid(raw: float) -> float:
    return 1.0 / (1.0 + math.exp(-raw))


def _logit(p: float) -> float:
    if p <= 0.0:
        return -math.inf
    if p >= 1.0:
        return math.inf
    return math.log(p / (1.0 - p))
