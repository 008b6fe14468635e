"""Lines that are no prose, judged by their features and then by their neighbours.

Why: the phrase rules know boilerplate by its words ("Share", "Related articles",
"Cookies"), in the languages they have lists for. What none of them knows (a menu entry,
a site's own slogan, a list of teaser headlines, the footer of a page in Hungarian) is
left to this rule, the last of the pipeline. It reads the lines that are still kept, in
two passes, as jusText does:

1. Each line is judged alone by features that need no DOM (``_scoring``): its length in
   words (for Chinese and Japanese in characters), its share of stop words (small lists
   per language, the language chosen per document by which list fits best), sentence
   punctuation, and link-like tokens (URLs, e-mail addresses, ``|`` ``»`` ``•``). It is
   ``good`` (prose), ``fair`` (short prose), a row of ``links``, ``bad`` (no prose),
   ``near`` or ``short``.
2. Each line that is not prose is then judged by its anchors: the nearest line above and
   below that is prose, a link row, removed by an earlier rule, or the title. Lines
   between removed lines go; lines next to prose stay.

Removes:
    * a row of three or more link-like tokens without a sentence ("Home | News |
      Contact", "Sport » Football » Results"), unless prose stands on both sides;
    * a line that is not prose (a short line, a teaser headline, a line of few stop
      words) whose nearest anchors above and below are both removed lines or link rows:
      "Latest" between two removed menu lines, "Garden furniture sale" between an ad
      label and a share button;
    * such a line between the start or end of the text and a removed line, when the
      stretch between two paragraphs of prose that holds it holds at least two removed
      lines: the rest of a page footer after the copyright line;
    * the page header above the headline: the lines between a removed line (or a link
      row) and the title, when most of them are short (a menu);
    * the lines below the page's <title> line ("Headline | Site", the first line) when
      the title rule took the headline from it, down to a removed line;
    * a short paragraph (12 to 19 words) between removed lines, two or more removed
      lines away from the article's prose: a teaser's blurb, a form's notice.

Keeps:
    * every paragraph of prose, and every line next to prose on either side: a
      subheading between two paragraphs, list items and table rows in the body, the
      last lines of an article before its footer;
    * the headline region: the lines below the title, and below an exact copy of it
      removed above the first paragraph, down to the first anchor (standfirst, byline),
      unless the title came from the page's <title> line;
    * lines above the title that are not mostly short, unless two removed lines back
      them up: a wrong title far down the page must not take a list above it along;
    * inside the article (between its first and last paragraph), a box between removed
      lines that holds more kept lines than removed ones: ingredients, product features;
    * a run of four lines or more that reads like running text (stop words, and
      punctuation at the end or a small letter at the start of most lines): a poem,
      questions and answers;
    * a run of four lines or more, half of them a list of facts: amounts ("390 kcal",
      "25 Min.") or a short label and its value ("Region: Napa Valley", "3a etapa:
      22 de abril"), without links: a calendar, a data sheet, nutrition facts. A
      numbered headline, a long label, a phone number or a sentence is no such line;
    * short paragraphs next to the article's prose (one removed line away, as after an
      inline "Read more" link) or next to each other, and all short paragraphs of a page
      without a longer one: a short article is all short paragraphs;
    * lines between the edge of the text and a single removed line (extractor output
      that ends with a caption and an info box), and sentences of six words or more at
      the edges;
    * everything but link rows in a document without one paragraph of prose: a product
      page, a table, a list of dates cannot be told from a menu by its features.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain

from .._document import Document, Verdict
from .._rule import Rule
from ._scoring import (
    PLAIN,
    Features,
    classify,
    fact_shape,
    guess_language,
    measure,
    plain_runs,
    wordy,
)

# Lines this long are read first to guess the language: menus are no evidence of it.
_PROSE_CHARS = 60
# The anchors of the second pass. "removed" is any segment an earlier rule removed;
# "above" is the title seen from a menu above it (it closes the page header), or the
# page's <title> line; "headline" is the title seen from other lines above it (an edge).
_GOOD = frozenset(("good", "fair"))
_BAD = frozenset(("links", "removed", "above"))
_EDGES = frozenset(("start", "end", "headline"))
# Lines above the title form a menu (the page header) when this share of them is short.
_MENU_SHARE = 0.75
# A line between an edge of the text and a removed line goes only when the stretch
# between prose that holds it has this many removed lines or link rows.
_EDGE_EVIDENCE = 2
# Lines of this many words with a sentence end never go at an edge.
_EDGE_SENTENCE_WORDS = 6


class ContentScorer(Rule):
    name = "content_scorer"
    summary = "Short non-prose blocks judged by their features, revised with their neighbours."
    tags = ("scorer", "context", "multilingual")

    def judge(self, doc: Document) -> Iterator[Verdict]:
        kept = list(doc.kept())
        if not kept:
            return
        texts = [seg.text for seg in kept]
        language = guess_language(
            chain(
                (t for t in texts if len(t) >= _PROSE_CHARS),
                (t for t in texts if len(t) < _PROSE_CHARS),
            )
        )
        labels = ["removed"] * len(doc.segments)
        features: dict[int, Features] = {}
        reasons: dict[int, str] = {}
        wordy_lines: set[int] = set()
        shapes: dict[int, str] = {}
        for seg in kept:
            f = measure(seg.text, language)
            kind, why = classify(f, language)
            labels[seg.index] = kind
            features[seg.index] = f
            if why:
                reasons[seg.index] = why
            elif kind == "near" and wordy(seg.text, f, language):
                wordy_lines.add(seg.index)
            if kind in PLAIN and (not f.links or seg.text.startswith("•")):
                shape = fact_shape(seg.text, f)
                if shape:
                    shapes[seg.index] = shape
        if not _GOOD.intersection(labels):
            # No prose to tell the article by: only link rows go.
            for seg in kept:
                if labels[seg.index] == "links":
                    yield self.remove(seg, reasons[seg.index])
            return
        _mark_headlines(doc, labels)
        # Short paragraphs first, anchored by each other and the surer classes; those that
        # go count as removed lines for the rest.
        context = _Context(labels, features, reasons, (wordy_lines, shapes))
        # Short paragraphs go only from a page that has longer ones: in a short article
        # they are the article.
        dropped = dict(context.revise(("fair",))) if "good" in labels else {}
        if dropped:
            for i, reason in dropped.items():
                labels[i] = "removed"
                yield self.remove(doc.segments[i], reason)
            context = _Context(labels, features, reasons, (wordy_lines, shapes))
        for i, reason in context.revise(("links", "bad", "near", "short")):
            yield self.remove(doc.segments[i], reason)


def _mark_headlines(doc: Document, labels: list[str]) -> None:
    """Label the title, and the removed copies of it, as anchors of their own.

    The lines below a headline (a standfirst, a byline) are protected: below the title, and
    below an exact copy of it that an earlier rule removed above the first paragraph (a
    copy further down is a teaser or a share box). The page's <title> line (the first
    line, the headline with the site's name beside it) is no headline region: the page
    header goes on below it, so it counts as a removed line there.
    """
    if doc.title is None or not doc.title_text:
        return
    title = doc.title
    headline = doc.title_text.casefold()
    if title.index == 0 and len(title.text) > len(headline):
        labels[0] = "above"
    else:
        labels[title.index] = "title"
    prose = next((i for i, label in enumerate(labels) if label in _GOOD), len(labels))
    for seg in doc.segments[:prose]:
        if labels[seg.index] == "removed" and seg.text.casefold() == headline:
            labels[seg.index] = "title"


class _Context:
    """The anchors around every segment, and the verdicts they give."""

    def __init__(
        self,
        labels: Sequence[str],
        features: dict[int, Features],
        reasons: dict[int, str],
        runs: tuple[set[int], dict[int, str]],
    ) -> None:
        self.labels = labels
        self.features = features
        self.reasons = reasons
        self.verse = _verse(labels, *runs)
        self.before = _nearest(labels, range(len(labels)), "start")
        self.after = _nearest(labels, range(len(labels) - 1, -1, -1), "end")
        self.linked = _linked(labels, runs[0])
        _close_header(labels, self.after)
        self.evidence, self.plain = _evidence(labels)
        prose = [i for i, label in enumerate(labels) if label in _GOOD]
        self.first_prose = prose[0] if prose else len(labels)
        self.last_prose = prose[-1] if prose else -1

    def revise(self, kinds: Sequence[str]) -> Iterator[tuple[int, str]]:
        """The segments of ``kinds`` that go, with the reason."""
        for i, label in enumerate(self.labels):
            if label in kinds:
                reason = self._verdict(i, label)
                if reason is not None:
                    yield i, reason + self._position(i)

    def _verdict(self, i: int, kind: str) -> str | None:
        before, after = self.before[i], self.after[i]
        if kind == "links":
            return None if before in _GOOD and after in _GOOD else self.reasons.get(i, "")
        if before in _GOOD or after in _GOOD or i in self.verse:
            return None
        if i in self.linked:
            return None
        edges = (before in _EDGES) + (after in _EDGES)
        if edges == 2 or (edges == 1 and self.evidence[i] < _EDGE_EVIDENCE):
            return None
        f = self.features[i]
        if edges and f.sentences and f.words >= _EDGE_SENTENCE_WORDS:
            # A sentence at the edge of the text may be the article's first or last.
            return None
        if self.first_prose < i < self.last_prose and self.evidence[i] < self.plain[i]:
            # Inside the article a box goes only when it holds at least as many removed
            # lines as other lines: a recipe's ingredients or a list of product features
            # between two removed lines stays.
            return None
        why = _describe(kind, self.features[i], self.reasons.get(i, ""))
        return f"{why} {_between(before, after)}"

    def _position(self, i: int) -> str:
        if i < self.first_prose:
            return ", in the page header"
        if i > self.last_prose:
            return ", in the page footer"
        return ""


def _nearest(labels: Sequence[str], order: range, edge: str) -> list[str]:
    """For each segment, the anchor met first walking from it in ``order``.

    Good, fair, links, removed and the title are anchors; the title protects the lines
    below it (it counts as prose for them) and closes the header above it.
    """
    nearest = [edge] * len(labels)
    current = edge
    for i in order:
        nearest[i] = current
        label = labels[i]
        if label == "title":
            current = "good" if edge == "start" else "headline"
        elif label in _GOOD or label in _BAD:
            current = label
    return nearest


def _verse(labels: Sequence[str], wordy: set[int], shapes: dict[int, str]) -> set[int]:
    """The lines of runs between two anchors that read like text or are a list of facts
    (``_scoring.plain_runs``): a poem, questions and answers, a recipe's nutrition facts."""
    facts, verse = plain_runs(labels, wordy.__contains__, lambda j: shapes.get(j, ""))
    return facts | verse


def _linked(labels: Sequence[str], wordy: set[int]) -> set[int]:
    """The short paragraphs tied to the article's prose: a paragraph (or a shorter line
    that reads like a sentence of prose), or a chain of them, at most one removed line or
    link row away from them.

    That is the last paragraph of an article after an inline "Read more" link, or short
    paragraphs with an ad label between them; the blurbs of a teaser list, parted from
    the article by a marker and a headline, are not.
    """
    linked: set[int] = set()
    prose = "good" if "good" in labels else "fair"  # a short article is short paragraphs
    for order in (range(len(labels)), range(len(labels) - 1, -1, -1)):
        state = 0  # 0: no prose near; 1: right after prose; 2: one removed line after it
        for i in order:
            label = labels[i]
            if label == prose:
                state = 1
            elif label == "fair" or i in wordy:
                if state:
                    linked.add(i)
                    state = 1
            elif label in _BAD:
                state = 2 if state == 1 else 0
    return linked


def _close_header(labels: Sequence[str], after: list[str]) -> None:
    """Let the title close the page header above it, when that header is a menu.

    The lines between the title and the anchor above it then lie between two bad anchors.
    When they are not mostly short lines the title is a mere edge (a removal then needs
    the evidence of two removed lines): a wrong title far down the page must not take a
    list in the article above it along.
    """
    if "title" not in labels:
        return
    title = labels.index("title")
    top = title
    while top > 0 and labels[top - 1] not in _GOOD and labels[top - 1] not in _BAD:
        top -= 1
    run = range(top, title)
    if run and sum(labels[i] == "short" for i in run) >= _MENU_SHARE * len(run):
        for i in run:
            after[i] = "above"


def _evidence(labels: Sequence[str]) -> tuple[list[int], list[int]]:
    """For each segment, what stands between the prose lines around it: how many removed
    lines and link rows, and how many kept lines that are not prose."""
    bad = [0] * len(labels)
    plain = [0] * len(labels)
    start = 0
    bounds = [i for i, label in enumerate(labels) if label in _GOOD or label == "title"]
    for end in [*bounds, len(labels)]:
        stretch = labels[start:end]
        found = sum(1 for label in stretch if label in _BAD)
        bad[start:end] = [found] * (end - start)
        found = sum(1 for label in stretch if label in PLAIN)
        plain[start:end] = [found] * (end - start)
        start = end + 1
    return bad, plain


def _describe(kind: str, f: Features, why: str) -> str:
    if kind == "short":
        return f"a short line ({f.count()}{'' if f.sentences else ', no sentence'})"
    if kind == "near":
        return f"a line of {f.count()}{'' if f.sentences else ' without a sentence'}"
    if kind == "fair":
        return f"a short paragraph ({f.count()})"
    return why


def _between(before: str, after: str) -> str:
    if before == after:
        return "between two link rows" if before == "links" else "between removed lines"
    return f"between {_place(before, 'start')} and {_place(after, 'end')}"


def _place(label: str, edge: str) -> str:
    if label in ("start", "end"):
        return f"the {edge} of the text"
    if label in ("above", "headline"):
        return "the headline"
    if label == "links":
        return "a link row"
    return "a removed line"
