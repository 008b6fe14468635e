"""The features the line model reads: what a kept line is, and where it stands.

Each kept line is described by numbers that need no DOM and no words of any particular
language: its own shape (length, sentence ends, stop words as in ``_scoring``, capitals,
digits, link-like tokens) and its place in the document after the rules have spoken
(above the first paragraph of prose or below the last, how far from prose, how many
removed lines around it, whether a footer rule removed lines between it and the prose).

The same function serves the rule at run time and the training script
(``benchmarks/train_line_model.py``), so the model always reads what it was trained on.
The work is one pass over the segments for the running counts, then a constant number of
operations per kept line.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from .._document import Document, Segment
from ._scoring import (
    PLAIN,
    Features,
    Kind,
    Language,
    classify,
    ends_sentence,
    fact_shape,
    guess_language,
    measure,
    plain_runs,
    wordy,
)

# Rules whose removals mark the end of an article: what follows them is rarely content.
TAIL_RULES = frozenset(("related_footer", "teaser_list", "comments", "author_bio", "legal"))
_KINDS: tuple[Kind, ...] = ("good", "fair", "links", "bad", "near", "short")
_PROSE_CHARS = 60  # lines this long are read to guess the language
_LEAD_IN_WORDS = 3
_SAMPLE_CHARS = 300  # of a longer line only the start is read for the shares of characters
_FAR = 5.0  # log distance given when there is no prose on that side

# What is said of the segment right above and right below a line.
_NEIGHBOUR = ("kept", "removed", "title", "edge", "footer", "menu", "chars", "prose", "block")

FEATURES: tuple[str, ...] = (
    *(f"kind_{kind}" for kind in _KINDS),
    "chars",
    "words",
    "stop_fit",
    "sentences",
    "links",
    "cjk",
    "ends_sentence",
    "ends_colon",
    "starts_lower",
    "digits",
    "capitals",
    "capital_words",
    "running_text",
    "language_known",
    "position",
    "prose_before",
    "prose_after",
    "has_title",
    "below_title",
    "from_title",
    "above_first_prose",
    "below_last_prose",
    "from_first_prose",
    "from_last_prose",
    "above_first_paragraph",
    "below_last_paragraph",
    "from_first_paragraph",
    "from_last_paragraph",
    "prose_above",
    "prose_below",
    "removed_to_prose_above",
    "removed_to_prose_below",
    "footer_to_prose_above",
    "footer_after_start",
    "removed_near_2",
    "removed_near_5",
    "removed_near_15",
    "removed_above",
    "removed_below",
    "sentences_near",
    "run_lines",
    "run_prose",
    "main_run",
    "repeated",
    "ends_ellipsis",
    "in_fact_list",
    "in_verse",
    "in_led_list",
    *(f"{side}_{what}" for side in ("previous", "next") for what in _NEIGHBOUR),
    "doc_lines",
    "doc_removed",
    "doc_prose",
    "doc_kept",
)


@dataclass(frozen=True, slots=True)
class _Line:
    kind: Kind
    features: Features


class _Counts:
    """Running counts over all segments, so that any range is counted in O(1)."""

    def __init__(self, doc: Document, lines: dict[int, _Line]) -> None:
        n = len(doc.segments)
        self.prose = [0] * (n + 1)
        self.removed = [0] * (n + 1)
        self.footer = [0] * (n + 1)
        for seg in doc.segments:
            i = seg.index
            line = lines.get(i)
            rule = doc.removed_by(i)
            self.prose[i + 1] = self.prose[i] + (
                line.features.chars if line and line.kind == "good" else 0
            )
            self.removed[i + 1] = self.removed[i] + (rule is not None)
            self.footer[i + 1] = self.footer[i] + (rule in TAIL_RULES)


def line_features(doc: Document) -> tuple[list[Segment], list[list[float]]]:
    """The kept segments of ``doc`` and, for each, its values in ``FEATURES`` order."""
    kept = list(doc.kept())
    if not kept:
        return [], []
    language = guess_language(s.text for s in kept if len(s.text) >= _PROSE_CHARS)
    lines = {}
    for seg in kept:
        f = measure(seg.text, language)
        lines[seg.index] = _Line(classify(f, language)[0], f)
    context = _Context(doc, lines, language)
    return kept, [context.row(seg) for seg in kept]


def _runs(doc: Document, lines: dict[int, _Line]) -> dict[int, int]:
    """For each kept line, the number of its run: kept lines with no other line between."""
    runs: dict[int, int] = {}
    run = 0
    for seg in doc.segments:
        if seg.index in lines:
            runs[seg.index] = run
        else:
            run += 1
    return runs


def _lists(doc: Document, lines: dict[int, _Line], language: Language) -> tuple[set[int], set[int]]:
    """The lines of lists of facts and of verse (``_scoring.plain_runs``) among the kept
    lines; removed lines and the title end a run."""
    labels = [lines[i].kind if i in lines else "removed" for i in range(len(doc.segments))]
    texts = doc.segments
    return plain_runs(
        labels,
        lambda i: wordy(texts[i].text, lines[i].features, language),
        lambda i: fact_shape(texts[i].text, lines[i].features),
    )


def _led_lists(doc: Document, lines: dict[int, _Line]) -> set[int]:
    """The lines of lists led in by a sentence ending in a colon ("You will need:"): the
    lead-in and the plain lines right below it, when there are two or more of them and
    nothing is removed between."""
    led: set[int] = set()
    run: list[int] = []  # the lead-in, then its items
    for seg in (*doc.segments, None):
        line = lines.get(seg.index) if seg is not None else None
        opens = seg is not None and line is not None and _leads_in(seg.text, line)
        if run and seg is not None and line is not None and line.kind in PLAIN and not opens:
            run.append(seg.index)
            continue
        if len(run) > 2:
            led.update(run)
        run = [seg.index] if opens and seg is not None else []
    return led


def _leads_in(text: str, line: _Line) -> bool:
    """A lead-in of three words or more ending in a colon ("You will need:"); a label of
    one or two words ("Tags:", "Share:") leads in menus as often as lists."""
    return text.endswith((":", "：")) and line.features.words >= _LEAD_IN_WORDS


def _is_sentence(text: str, line: _Line) -> bool:
    """Five words or more ending like a sentence."""
    return line.features.words >= 5 and ends_sentence(text)


def _log(value: float) -> float:
    return math.log1p(value)


class _Context:
    """What is known of the whole document, and the row of one line."""

    def __init__(self, doc: Document, lines: dict[int, _Line], language: Language) -> None:
        self.doc = doc
        self.lines = lines
        self.language = language
        self.counts = _Counts(doc, lines)
        self.n = len(doc.segments)
        self.title = doc.title.index if doc.title is not None else None
        self.good = [i for i, line in lines.items() if line.kind == "good"]
        self.order = {i: at for at, i in enumerate(lines)}
        self.sentence = [_is_sentence(doc.segments[i].text, line) for i, line in lines.items()]
        self.prose = sorted(i for i, line in lines.items() if line.kind in ("good", "fair"))
        total = self.counts.prose[self.n]
        self.total_prose = total or 1
        self.repeats = Counter(seg.text.lower() for seg in doc.segments)
        self.runs = _runs(doc, lines)
        self.facts, self.verse = _lists(doc, lines, language)
        self.led = _led_lists(doc, lines)
        self.run_prose = Counter[int]()
        for i, run in self.runs.items():
            line = lines[i]
            self.run_prose[run] += line.features.chars if line.kind == "good" else 0
        self.run_size = Counter(self.runs.values())
        self.main = max(self.run_prose, key=self.run_prose.__getitem__) if self.run_prose else -1
        self.document = [
            _log(self.n),
            self.counts.removed[self.n] / self.n,
            len(self.good) / len(lines),
            _log(len(lines)),
        ]

    def row(self, seg: Segment) -> list[float]:
        line = self.lines[seg.index]
        return [
            *self._shape(seg.text, line),
            *self._place(seg.index),
            *self._neighbour(seg, -1),
            *self._neighbour(seg, 1),
            *self.document,
        ]

    def _shape(self, text: str, line: _Line) -> list[float]:
        f, language = line.features, self.language
        if f.units and language.prose_share:
            fit = min(f.stops / f.units / language.prose_share, 3.0)
        else:
            fit = 1.0
        sample = text[:_SAMPLE_CHARS]  # shares are read on the start of a long line
        words = sample.split()
        return [
            *(float(line.kind == kind) for kind in _KINDS),
            _log(f.chars),
            _log(f.words),
            fit,
            float(min(f.sentences, 5)),
            float(min(f.links, 6)),
            float(f.cjk),
            float(ends_sentence(text)),
            float(text[-1] in ":："),
            float(text[0].islower()),
            sum(c.isdigit() for c in sample) / len(sample),
            sum(c.isupper() for c in sample) / len(sample),
            sum(w[0].isupper() for w in words) / len(words),
            float(wordy(text, f, language)),
            float(language.code is not None),
        ]

    def _place(self, i: int) -> list[float]:
        counts, n, title = self.counts, self.n, self.title
        first = self.good[0] if self.good else None
        last = self.good[-1] if self.good else None
        above, below = self._prose_around(i)
        removed, footer = counts.removed, counts.footer
        return [
            i / max(1, n - 1),
            counts.prose[i] / self.total_prose,
            (counts.prose[n] - counts.prose[i + 1]) / self.total_prose,
            float(title is not None),
            float(title is not None and i > title),
            _log(abs(i - title)) if title is not None else 0.0,
            float(first is not None and i < first),
            float(last is not None and i > last),
            _log(first - i) if first is not None and i < first else 0.0,
            _log(i - last) if last is not None and i > last else 0.0,
            *self._paragraphs(i),
            _log(i - above) if above is not None else _FAR,
            _log(below - i) if below is not None else _FAR,
            _log(removed[i] - removed[above + 1 if above is not None else 0]),
            _log(removed[below if below is not None else n] - removed[i + 1]),
            _log(footer[i] - footer[above + 1 if above is not None else 0]),
            _log(footer[i] - footer[first]) if first is not None and i > first else 0.0,
            *(self._removed_near(i, width) for width in (2, 5, 15)),
            _log(removed[i]),
            _log(removed[n] - removed[i + 1]),
            self._sentences_near(i),
            *self._run(i),
            float(self.repeats[self.doc.segments[i].text.lower()] > 1),
            float(self.doc.segments[i].text.endswith(("...", "…"))),
            float(i in self.facts),
            float(i in self.verse),
            float(i in self.led),
        ]

    def _paragraphs(self, i: int) -> list[float]:
        """Where line ``i`` stands to the first and last paragraph, short ones included."""
        if not self.prose:
            return [0.0, 0.0, 0.0, 0.0]
        first, last = self.prose[0], self.prose[-1]
        return [
            float(i < first),
            float(i > last),
            _log(first - i) if i < first else 0.0,
            _log(i - last) if i > last else 0.0,
        ]

    def _prose_around(self, i: int) -> tuple[int | None, int | None]:
        """The nearest prose lines (good or fair) above and below line ``i``."""
        prose = self.prose
        at = bisect_left(prose, i)
        above = prose[at - 1] if at > 0 else None
        if at < len(prose) and prose[at] == i:
            at += 1
        below = prose[at] if at < len(prose) else None
        return above, below

    def _run(self, i: int) -> list[float]:
        """The run of kept lines (no removed line between) that holds line ``i``."""
        run = self.runs[i]
        return [
            _log(self.run_size[run]),
            self.run_prose[run] / self.total_prose,
            float(run == self.main),
        ]

    def _sentences_near(self, i: int) -> float:
        """The share of sentences among the three kept lines above and below line ``i``."""
        at = self.order[i]
        near = self.sentence[max(0, at - 3) : at] + self.sentence[at + 1 : at + 4]
        return sum(near) / len(near) if near else 0.0

    def _removed_near(self, i: int, width: int) -> float:
        low, high = max(0, i - width), min(self.n, i + width + 1)
        return (self.counts.removed[high] - self.counts.removed[low]) / (high - low)

    def _neighbour(self, seg: Segment, step: int) -> list[float]:
        """The segment right above or below (kept or not) and what became of it."""
        j = seg.index + step
        if not 0 <= j < self.n:
            return [0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
        other = self.doc.segments[j]
        rule = self.doc.removed_by(j)
        line = self.lines.get(j)
        status = "kept" if line else "removed" if rule is not None else "title"
        return [
            float(status == "kept"),
            float(status == "removed"),
            float(status == "title"),
            0.0,
            float(rule in TAIL_RULES),
            float(rule == "navigation"),
            _log(line.features.chars) if line else 0.0,
            float(line is not None and line.kind in ("good", "fair")),
            float(line is not None and other.block == seg.block),
        ]
