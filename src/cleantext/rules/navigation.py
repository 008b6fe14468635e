"""Navigation: menus, breadcrumbs and "skip to content" links.

Why: the text of a whole web page opens with the site's menus (often dozens of lines of
one or two words each), may carry a breadcrumb trail ("Home > News > World") and ends
with more menus. None of it is part of the article.

The core does not depend on phrases, so that it works in any language: a line is
*link-like* when it is short (at most five words and 50 characters, two CJK characters
counting as one word), holds no clause punctuation, no lead-in colon, no price and more
letters than digits, and is capitalised like a name ("Real Estate", "Wirtschaft", "国际新闻"),
not like a sentence ("Show more sharing options"). The page header is what lies before
the stretch of paragraphs that holds the article, the page footer what lies after it
(see ``_runs.main_region``). Runs of short lines are judged as a whole.

Removes:
    * in the page header and footer, the link-like lines of a run of short lines that
      holds three link-like lines, two of them in a row, and is at least a third
      link-like, and a short line amid them (two link-like lines on either side: "Alles
      rund um Ihr Abo" between menu items);
    * inside the body, four or more link-like lines in a row;
    * menu lines: three or more link-like items cut by "|", "•", "·" or " / " ("Home |
      World | Sport | Weather"), and breadcrumb trails cut by "»", "›", ">" or "→"
      ("Home > News > World", "Start » Politik"; with three crumbs or more, the last
      may be a headline);
    * skip links and menu buttons, wherever they stand ("Skip to main content", "Zum
      Inhalt springen", "Aller au contenu", "Saltar al contenido", "Vai al contenuto",
      "Ir para o conteúdo", "Naar inhoud", "Przejdź do treści", "Перейти к содержанию",
      "Toggle navigation", "Back to top");
    * a lone menu label ("Menu", "Search", "Suche", "Поиск") that does not stand between
      two paragraphs;
    * links back to an overview ("Zurück zur Übersicht", "Back to all news", "Retour à
      la liste"), "read more" links ("Weiterlesen", "Lire la suite", "Czytaj dalej"),
      links to the next or previous post ("Next post", "Vorheriger Artikel: <headline>",
      "Entrada anterior"), image-viewer buttons ("Bild schließen"), rows of such links
      ("Vorheriges | Weiter"), and lone pager buttons ("Weiter", "Zurück") that do not
      stand between two paragraphs;
    * a post navigation: a line that starts with "←" and a line beside it that starts
      or ends with "→".

Keeps:
    * subheadings: a short line between two paragraphs, and up to three short lines in
      a row inside the body;
    * sentences that begin like a link ("Nächster Artikel der Serie erscheint am
      Montag.", "Read more about the tax in our guide, which lists every rate."): a link
      phrase must fill its line, and a line ending in a full stop is no pager link;
    * a line that starts with "→" or "»" alone (a bullet, a quotation);
    * lists announced by a lead-in ("You will need:", "Die Vorteile:"), to the end of
      their run of short lines; list items that read like sentences ("Verringert die
      Reibung im Motor", "Optical heart sensor"); amounts ("200 g Zucker");
    * lines of verse and lyrics (they start in lower case, hold commas, or read like
      sentences), table rows (more digits than letters), questions and lines that end
      in a full stop;
    * labels beside their values in the header or footer: a run of short lines in which
      no two link-like lines stand together, or fewer than a third are link-like;
    * two link-like lines above or below the article (a section name and a kicker,
      the author's name, a short list that ends the article);
    * the title: no run reaches over it. When no title was found, a run in the page
      header leaves its last line (of three words or more) above the first paragraph,
      which may be the headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.navigation import (
    BACK_LINKS,
    GALLERY,
    MENU_LABELS,
    PAGER,
    PAGER_LABELS,
    READ_MORE,
    SKIP_LINKS,
    TRIGGER_STEMS,
)
from ._phrase_line import check_triggers, trie
from ._runs import LineShape, is_lead_in, main_region, shape

# Link-like lines in a row that make a menu inside the body. Three may be a subheading
# and two list items, or a small table; four in a row are rarely anything but links.
_BODY_STREAK = 4
# In the page header or footer, a run of short lines is a menu when it holds three
# link-like lines, two of them together, and at least a third of it is link-like. Two
# link-like lines may be a section name and a kicker above the article, or a short
# list that ends it.
_EDGE_LINKS = 3
_EDGE_STREAK = 2
_EDGE_SHARE = 3
_AMID = 2  # a short line with this many menu items on either side is one of them
_LINE_MAX_CHARS = 300  # menu lines and breadcrumbs are no longer than this
_HEADLINE_WORDS = 3  # a line of this many words above the first paragraph may be the title
_PREVIEW = 3  # how many items of a menu a reason quotes
_PHRASE_MAX_CHARS = 40  # skip links and menu labels are no longer than this
_ROW_MAX_CHARS = 80  # a row of such links ("Previous post | Next post | Home")
_PAGER_TITLE_CHARS = 200  # "Next post: <its headline>"
# Links between them in a row, and the arrows around a pager link.
_LINK_SEP = r"[\s|/·•»«‹›<>←→–-]+"

# Menu items are cut by pipes and bullets; breadcrumbs by arrows and guillemets. A ">"
# or "/" needs spaces around it ("a/b" and "x>5" are no separators).
_SEPARATOR = re.compile(r"\s+[>/]\s+|\s*[|¦•·»›→]\s*")
_SEPARATOR_CHAR = re.compile(r"[>/|¦•·»›→]")
_CRUMBS = frozenset("»›>→")
_SLASH = "/"
# A post navigation: "← Previous headline" and "Next headline →" (not guillemets, which
# open and close quotations in French).
_BACK_ARROW = ("←",)
_NEXT_ARROW = ("→",)
# Arrows, bullets, dots and symbols around a link's words ("Weiter »", "← Back", "♥").
_EDGES = re.compile(r"^[\W_]+|[^\w?!)]+$")


@dataclass(frozen=True, slots=True)
class _Page:
    """One document as the rule sees it."""

    kept: list[Segment]
    shapes: list[LineShape]
    links: list[bool]  # link-like: a short menu item, or a menu line found on its own
    first: int  # position of the first line of the body
    last: int  # position of its last line
    title: int | None  # segment index of the title
    segments: Sequence[Segment]  # every segment of the document, kept or not


class Navigation(Rule):
    name = "navigation"
    summary = "Menus, breadcrumbs and skip links: runs of short link-like lines."
    tags = ("navigation", "menu", "breadcrumb", "structure")

    def __init__(self) -> None:
        # What a short line alone may be: (pattern, what it is, whether it is a label).
        self._phrases = [
            (_compile(SKIP_LINKS), "a link that skips the page's navigation", False),
            (_compile(BACK_LINKS), "a link back to an overview page", False),
            (_compile(READ_MORE), "a 'read more' link", False),
            (_compile(PAGER), "a link to the next or previous post or page", False),
            (_compile(GALLERY), "a button of an image viewer", False),
            (_compile(MENU_LABELS), "the label of a menu button", True),
            (_compile(PAGER_LABELS), "a navigation button", True),
        ]
        tables = (SKIP_LINKS, BACK_LINKS, READ_MORE, PAGER, GALLERY, MENU_LABELS, PAGER_LABELS)
        every = alternation(p for table in tables for p in fragments(table))
        self._row = regex.compile(rf"{every}(?:{_LINK_SEP}{every})+", FLAGS)
        pager = alternation(fragments(PAGER))
        self._pager_title = regex.compile(rf"{pager}\s*[:|»›>→«‹<←–-]\s*(?P<title>\S.*)", FLAGS)
        check_triggers([fragments(t) for t in tables], TRIGGER_STEMS)
        self._trigger = re.compile(trie(TRIGGER_STEMS))

    def judge(self, doc: Document) -> Iterator[Verdict]:
        kept = list(doc.kept())
        if not kept:
            return
        shapes = [shape(seg.text) for seg in kept]
        alone: dict[int, str] = {}
        labels: set[int] = set()
        for pos, seg in enumerate(kept):
            found = self._alone(seg.text)
            if found is not None:
                alone[pos] = found[0]
                if found[1]:
                    labels.add(pos)
        links = [sh.nav or pos in alone for pos, sh in enumerate(shapes)]
        first, last = main_region(shapes)
        title = doc.title.index if doc.title is not None else None
        page = _Page(kept, shapes, links, first, last, title, doc.segments)
        taken = {p: r for p, r in alone.items() if p not in labels or not _subheading(page, p)}
        for start, end in _runs(page, alone):
            for pos, reason in self._run(page, start, end, no_title=title is None).items():
                taken.setdefault(pos, reason)
        for pos, reason in _post_links(kept).items():
            taken.setdefault(pos, reason)
        for pos in sorted(taken):
            yield self.remove(kept[pos], taken[pos])

    def _alone(self, text: str) -> tuple[str, bool] | None:
        """Why to remove a line on its own (a skip link, a menu label, a menu line, a
        breadcrumb), and whether it is a menu label; None to keep it."""
        if len(text) > _LINE_MAX_CHARS:
            return None
        core = _EDGES.sub("", text)
        if 0 < len(core) <= _PAGER_TITLE_CHARS and self._trigger.search(core.lower()):
            found = self._phrase(core, sentence=text.rstrip().endswith((".", "!", "?", ":")))
            if found is not None:
                return f"{found[0]}, {text!r}", found[1]
        reason = _menu_line(text)
        return None if reason is None else (reason, False)

    def _phrase(self, core: str, *, sentence: bool) -> tuple[str, bool] | None:
        """What a navigation phrase alone on a line is, and whether it is a label.

        A pager link may carry the next post's headline; a line that ends like a
        sentence ("Nächster Artikel der Serie erscheint am Montag.") is no link."""
        if len(core) <= _PHRASE_MAX_CHARS:
            for pattern, what, label in self._phrases:
                if pattern.fullmatch(core):
                    return what, label
        if len(core) <= _ROW_MAX_CHARS and self._row.fullmatch(core):
            return "a row of navigation links", False
        match = None if sentence else self._pager_title.fullmatch(core)
        if match is not None:
            return "a link to the next or previous post", False
        return None

    def _run(self, page: _Page, start: int, end: int, *, no_title: bool) -> dict[int, str]:
        """The link-like lines to remove from the run of short lines ``start:end``."""
        before = page.kept[start].index - 1  # the line above, even if a rule removed it
        if before >= 0 and is_lead_in(page.segments[before].text):
            return {}  # a list announced by a lead-in belongs to the article
        end = next((p for p in range(start, end) if is_lead_in(page.kept[p].text)), end)
        links = [p for p in range(start, end) if page.links[p]]
        if not links:
            return {}
        header, footer = end <= page.first, start > page.last
        if not (header or footer):
            return self._streaks(page, start, end)
        if (
            _longest_streak(page, start, end) < _EDGE_STREAK
            or len(links) * _EDGE_SHARE < end - start
        ):
            return {}  # no menu: labels beside values, verse beside its translation
        if len(links) < _EDGE_LINKS:
            return {}  # a section name and a kicker above the article, two links below it
        stop = end
        if no_title and end == page.first and page.shapes[end - 1].words >= _HEADLINE_WORDS:
            stop -= 1  # the line above the first paragraph may be the headline
        where = "page header" if header else "page footer"
        reason = f"a menu in the {where}: {_preview(page, links)}"
        chosen = {p: reason for p in range(start, stop) if page.links[p]}
        for p in range(start + _AMID, stop - _AMID):
            around = {*range(p - _AMID, p), *range(p + 1, p + 1 + _AMID)}
            if p not in chosen and around <= chosen.keys():
                chosen[p] = reason
        return chosen

    def _streaks(self, page: _Page, start: int, end: int) -> dict[int, str]:
        """Inside the body: only long streaks of link-like lines are a menu."""
        chosen: dict[int, str] = {}
        p = start
        while p < end:
            q = p
            while q < end and page.links[q]:
                q += 1
            if q - p >= _BODY_STREAK:
                streak = list(range(p, q))
                reason = f"one of {len(streak)} link-like lines in a row: {_preview(page, streak)}"
                chosen.update(dict.fromkeys(streak, reason))
            p = q + 1
        return chosen


def _post_links(kept: Sequence[Segment]) -> dict[int, str]:
    """Links to the previous and the next post: "← <headline>" and, beside it,
    "<headline> →" or "→ <headline>". A line never starts with a left arrow in text."""
    chosen: dict[int, str] = {}
    for pos, seg in enumerate(kept):
        text = seg.text.strip()
        if not text.startswith(_BACK_ARROW) or len(text) > _LINE_MAX_CHARS:
            continue
        if text.endswith((".", "!", "?", ":")):
            continue
        chosen[pos] = f"a link to the previous post, {text[:60]!r}"
        for other in (pos - 1, pos + 1):
            if 0 <= other < len(kept) and _forward(kept[other].text.strip()):
                chosen[other] = f"a link to the next post, {kept[other].text[:60]!r}"
    return chosen


def _forward(text: str) -> bool:
    return len(text) <= _LINE_MAX_CHARS and (
        text.startswith(_NEXT_ARROW) or text.endswith(_NEXT_ARROW)
    )


def _compile(table: dict[str, tuple[str, ...]]) -> regex.Pattern[str]:
    return regex.compile(alternation(fragments(table)), FLAGS)


def _runs(page: _Page, alone: dict[int, str]) -> Iterator[tuple[int, int]]:
    """Runs ``(start, end)`` of consecutive short or link-like lines; none crosses the title."""
    start = -1
    for pos, sh in enumerate(page.shapes):
        member = sh.short or pos in alone
        crosses = (
            page.title is not None
            and start >= 0
            and page.kept[pos - 1].index < page.title < page.kept[pos].index
        )
        if start >= 0 and (not member or crosses):
            yield start, pos
            start = -1
        if member and start < 0:
            start = pos
    if start >= 0:
        yield start, len(page.shapes)


def _subheading(page: _Page, pos: int) -> bool:
    """A line between two paragraphs may be a subheading ("Menu" in a restaurant review)."""
    before = pos > 0 and page.shapes[pos - 1].prose
    after = pos + 1 < len(page.kept) and page.shapes[pos + 1].prose
    return before and after


def _longest_streak(page: _Page, start: int, end: int) -> int:
    longest = streak = 0
    for p in range(start, end):
        streak = streak + 1 if page.links[p] else 0
        longest = max(longest, streak)
    return longest


def _preview(page: _Page, positions: Sequence[int]) -> str:
    items = ", ".join(repr(page.kept[p].text[:40]) for p in positions[:_PREVIEW])
    return items + (", ..." if len(positions) > _PREVIEW else "")


def _menu_line(text: str) -> str | None:
    """A line of menu items or a breadcrumb trail, or None."""
    if _SEPARATOR_CHAR.search(text) is None:
        return None
    separators = _SEPARATOR.findall(text)
    if not separators:
        return None
    pieces = [p for p in _SEPARATOR.split(text) if p]
    kinds = {s.strip() for s in separators}
    crumbs = bool(kinds & _CRUMBS) and not kinds - _CRUMBS
    if crumbs:
        return _breadcrumb(text, pieces)
    if len(pieces) < 3 or not all(shape(p).nav for p in pieces):
        return None
    kind = "links" if kinds != {_SLASH} else "categories"
    return f"a menu line of {len(pieces)} {kind}, {text[:60]!r}"


def _breadcrumb(text: str, pieces: list[str]) -> str | None:
    """Crumbs that are all link-like; with three or more, the last may be a headline."""
    if len(pieces) < 2:
        return None
    *path, current = pieces
    if not all(shape(p).nav for p in path):
        return None
    last = shape(current)
    if not (last.nav or (len(path) >= 2 and last.short and not last.sentence)):
        return None
    return f"a breadcrumb trail, {text[:60]!r}"
