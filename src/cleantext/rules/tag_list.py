"""Tag and category lists.

Why: blogs and news sites list an article's tags and categories under it or above it
("Tags: politics, economy, Berlin", "Filed under: Elections", "Schlagwörter: ...",
"Mots-clés : ...", "Etiquetas: ...", "Теги: ..."), often as a marker line followed by
one tag per line. They are links, not text.

Removes, in English, German, French, Spanish, Italian, Portuguese, Russian, Dutch and
Polish (and Chinese and Japanese markers):
    * a marker, a colon and a list on one line ("Tags: politics, economy, Berlin",
      "Categories: News", "Argomenti: ...", "Tópicos: ...", "标签：...");
    * a tag marker and a list without a colon ("Tags politics, economy", "Filed under
      Elections 2024"), when the list holds no word of a sentence ("and", "is", "und");
    * a marker alone on its line and the run of short lines (one to four words each) after
      it; after a topic marker ("Topics", "Themen", "Categories") the run must not lead
      into a paragraph;
    * lines made only of hashtags ("#politics #economy");
    * a topic box that text follows but that is set apart from the article: its tags end
      in commas or are in lower case, or it ends at a blank line and the line above its
      marker is gone (a share bar); a line of tags without commas under a tag marker.

Keeps:
    * "Tags" and "Topics" as words in prose ("Tags are labels that ...", "Tags and
      categories in WordPress"): without a colon, a list must hold no word of a sentence,
      and a topic marker needs a colon;
    * a marker with a sentence after its colon ("Topics: we discussed three of them."),
      and long lists of items that read as text;
    * one category after a topic marker ("Kategorie: Beste Fernsehshow" in a list of
      awards, "Category: Landscape" among a photo's details) unless a line beside it is
      metadata too (already removed, or another tag line);
    * "Topics:" over a list of short items that leads into more paragraphs (a list in the
      article, such as the topics of a course);
    * the last short line of a run when a longer line follows it (a paragraph, a byline, a
      standfirst): a menu of categories often runs into the headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.tags import STOPWORDS, TAG_MARKERS, TOPIC_MARKERS
from ._openers import Openers

_MAX_CHARS = 400
_ITEM_MAX_WORDS = 6  # one tag of a comma list ("European Central Bank")
_LIST_MAX_WORDS = 40
_BARE_MAX_WORDS = 10  # a list without a colon or commas
_BARE_RUN_WORDS = 15  # a line of tags without commas under a tag marker ...
_BARE_RUN_MIN_WORDS = 5  # ... in lower case, or of this many words
_RUN_ITEM_MAX_WORDS = 4
_RUN_ITEM_MAX_CHARS = 40
_RUN_MAX = 25
_PARAGRAPH_WORDS = 8
_LINE_WORDS = 5  # a line of this many words after a run may follow its headline
_HASHTAG = r"#\p{L}[\p{L}\p{N}_-]*"
_DECO = r"[\s\-–—*•·|»›>]*"


class TagList(Rule):
    name = "tag_list"
    summary = "Tag and category lists: 'Tags: ...', 'Filed under', 'Schlagwörter', 'Теги'."
    tags = ("tags", "categories", "metadata", "multilingual")
    context = True  # a marker alone is judged by the lines after it

    def __init__(self) -> None:
        # Markers open their line: a line that starts like none, and is no hashtag line,
        # needs no closer look.
        self._openers = Openers([*fragments(TAG_MARKERS), *fragments(TOPIC_MARKERS)])
        tag = alternation(fragments(TAG_MARKERS))
        topic = alternation(fragments(TOPIC_MARKERS))
        self._marker = regex.compile(
            rf"{_DECO}(?:(?P<tag>{tag})|(?P<topic>{topic}))"
            rf"(?:(?P<colon>\s*[:：])\s*|\s+|$)(?P<rest>.*)",
            FLAGS,
        )
        self._hashtags = regex.compile(rf"(?:{_HASHTAG}[\s,;·|]*){{2,}}", FLAGS)
        self._stopwords = frozenset(STOPWORDS)

    def judge(self, doc: Document) -> Iterator[Verdict]:
        taken: set[int] = set()
        for seg in doc.kept():
            if seg.index in taken or len(seg.text) > _MAX_CHARS:
                continue
            if not self._openers.may_open(seg.text) and not seg.text.lstrip().startswith("#"):
                continue
            for verdict in self._check(seg, doc):
                taken.add(verdict.segment)
                yield verdict

    def _check(self, seg: Segment, doc: Document) -> Iterator[Verdict]:
        text = seg.text
        if self._hashtags.fullmatch(text):
            yield self.remove(seg, f"a list of hashtags: {_quote(text)}")
            return
        match = self._marker.fullmatch(text)
        if match is None:
            return
        marker = (match.group("tag") or match.group("topic")).strip()
        strong = match.group("tag") is not None
        rest = match.group("rest").strip(" \t|,;·•")
        if rest:
            found = self._inline_list(rest, colon=match.group("colon") is not None, strong=strong)
            if found == "single" and not strong and not self._beside_metadata(seg, doc):
                return  # "Kategorie: Beste Fernsehshow" in a list of awards
            if found is not None:
                yield self.remove(seg, f"a list of tags after {marker!r}: {_quote(text)}")
            return
        yield from self._run(seg, doc, marker, strong)

    def _inline_list(self, rest: str, *, colon: bool, strong: bool) -> str | None:
        """Tags after the marker on the same line: "list", "single" (one tag) or None."""
        if self._hashtags.fullmatch(rest):
            return "list"
        if not colon and not strong:
            return None  # "Topics we cover ..." may be anything
        words = rest.split()
        if len(words) > _LIST_MAX_WORDS or rest.endswith((".", "!", "?", ":")):
            return None
        if not colon and any(w.lower().strip(".,;") in self._stopwords for w in words):
            return None  # without a colon, a list holds no word of a sentence
        items = [i for i in re.split(r"\s*[,;|·•/、，]\s*|\s+#", rest) if i.strip()]
        if len(items) > 1:
            return "list" if all(len(i.split()) <= _ITEM_MAX_WORDS for i in items) else None
        return "single" if len(words) <= _BARE_MAX_WORDS else None

    def _beside_metadata(self, seg: Segment, doc: Document) -> bool:
        """True if a line next to ``seg`` is gone already (a date, a byline) or is another
        tag or category line: one category alone ("Category: News") is metadata there,
        while among "Label: value" lines it may be a field of the article."""
        for step in (-1, 1):
            index = seg.index + step
            if not 0 <= index < len(doc.segments):
                continue
            other = doc.segments[index]
            if not doc.is_kept(other) and other is not doc.title:
                return True
            if self._marker.fullmatch(other.text) is not None:
                return True
        return False

    def _run(
        self, marker_seg: Segment, doc: Document, marker: str, strong: bool
    ) -> Iterator[Verdict]:
        """A marker alone on its line and the one-per-line tags after it."""
        run: list[Segment] = []
        nxt = doc.neighbour(marker_seg, 1)
        while nxt is not None and len(run) < _RUN_MAX and _item(nxt.text):
            run.append(nxt)
            nxt = doc.neighbour(nxt, 1)
        into_text = nxt is not None and _paragraph(nxt.text)
        apart = False
        if run and not strong and into_text:
            run, nxt, apart = self._box(marker_seg, run, nxt, doc)
        if not strong and (not run or (into_text and not apart)):
            return  # "Topics" over a list that leads into the text: part of the article
        if strong and not run and nxt is not None:
            if self._bare_tags(nxt.text):
                yield self.remove(marker_seg, f"the tag-list marker {marker!r}")
                yield self.remove(nxt, f"a list of tags after {marker!r}: {_quote(nxt.text)}")
            return  # "Tags" over a paragraph: a subheading
        if (
            run
            and nxt is not None
            and not apart
            and (into_text or len(nxt.text.split()) >= _LINE_WORDS)
        ):
            # The last short line over a paragraph, a byline or a standfirst may be the
            # headline or a subheading.
            run.pop()
        yield self.remove(marker_seg, f"the tag-list marker {marker!r}")
        for seg in run:
            yield self.remove(seg, f"a tag in the list after {marker!r}")

    def _box(
        self, marker_seg: Segment, run: list[Segment], nxt: Segment | None, doc: Document
    ) -> tuple[list[Segment], Segment | None, bool]:
        """The part of a topic run that is the page's tag box, though text follows it:
        the whole run, or the lines up to its last blank line (a name and a bio may
        follow the box); ``apart`` says whether one was found."""
        if self._set_apart(marker_seg, run, nxt, doc):
            return run, nxt, True
        cut = next((k for k in range(len(run) - 1, 0, -1) if run[k].block != run[k - 1].block), 0)
        if cut and self._set_apart(marker_seg, run[:cut], run[cut], doc):
            return run[:cut], run[cut], True
        return run, nxt, False

    def _set_apart(
        self, marker_seg: Segment, run: list[Segment], nxt: Segment | None, doc: Document
    ) -> bool:
        """True if a topic list is the page's tag box, though text follows it.

        Tags one per line may end in commas ("Politics,"); otherwise the list must end
        its block of lines and the line above the marker must be gone already (a share
        bar, a byline): a list of the article's own stands among its paragraphs.
        """
        if len(run) > 1 and all(seg.text.endswith(",") for seg in run[:-1]):
            return True
        if len(run) > 1 and all(seg.text[:1].islower() for seg in run):
            return True  # tags in lower case ("meteo", "neve"): list items are capitalised
        if nxt is not None and nxt.block == run[-1].block:
            return False
        if marker_seg.text.rstrip()[-1:] not in ":：":
            return False
        index = marker_seg.index - 1
        if index < 0:
            return False
        above = doc.segments[index]
        return not doc.is_kept(above) and above is not doc.title

    def _bare_tags(self, text: str) -> bool:
        """A line of tags without commas after a tag marker: a few words, no sentence
        mark, no word of a sentence ("colonia río verde fiscal"), and in lower case or
        too long for a subheading that has no small word."""
        words = text.split()
        lower = text == text.lower()
        return (
            (lower or len(words) >= _BARE_RUN_MIN_WORDS)
            and len(words) <= _BARE_RUN_WORDS
            and not any(mark in text for mark in ".!?:;")
            and not any(w.lower().strip(",") in self._stopwords for w in words)
        )


def _item(text: str) -> bool:
    """One tag: a few words, no sentence."""
    return (
        len(text) <= _RUN_ITEM_MAX_CHARS
        and len(text.split()) <= _RUN_ITEM_MAX_WORDS
        and not text.endswith((".", "!", "?", ":"))
    )


def _paragraph(text: str) -> bool:
    return len(text.split()) >= _PARAGRAPH_WORDS or text.endswith((".", "!", "?"))


def _quote(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")
