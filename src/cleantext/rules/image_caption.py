"""Image captions and credits.

Why: a page's pictures leave their captions and credits in the text ("Turkish Foreign
Minister Mevlut Cavusoglu. IMAGE: AP Photo/Burhan Ozbilici", "Foto: dpa",
"(Getty Images)", "Click to enlarge"). They interrupt the article and are not part of it.

Removes, in English, German, French, Spanish, Italian, Portuguese and Russian (and some
Dutch and Polish):
    * credit lines: a marker, a separator and a credit that looks like one: names, an
      agency, a "/" or a "©" ("Photo: Jane Doe/Reuters", "Foto: dpa", "Photo by Jane
      Doe", "Image source, Getty Images", "Bildnachweis: privat", "Фото: ТАСС");
    * caption lines opened by a caption marker ("Bildunterschrift: ...", "Légende :
      ...", "Image caption, ...", "На фото: ...");
    * caption-sized lines (up to about 60 words) that end in a credit: "... IMAGE: AP
      Photo/Jane Doe", "... (Foto: Max Muster/dpa)", "... (Getty Images)", "...
      REUTERS/Jane Doe", "... © AFP / Jane Doe", "... (Symbolbild)";
    * agency names alone on their line ("Getty Images", "© Reuters", "AFP via Getty
      Images", "AP") and slash credits ("Jane Doe / AP");
    * image controls: "Click to enlarge", "Zum Vergrößern klicken", "Cliquez pour
      agrandir", "Image 3 of 12", "Vollbild", and a gallery's counter alone on its line
      ("3 of 12", "3 von 12", "3 / 12"; "12 of 12" only beside another counter).
    When a line too long for a caption ends in a credit, only the credit goes.

Keeps:
    * body sentences that merely mention a photo, a photographer or an agency ("The photo,
      taken by an AP photographer, became famous.", "Getty Images agreed to buy its
      rival.") and datelines ("LONDON (Reuters) - ..."): a credit must make up the whole
      line, its rest after a marker, or its very end;
    * the source note of a news agency after a paragraph ("... (FR mit dpa)", "(dpa/AFP)",
      "(AP)", "(Con información de EFE)"): news agencies also write text, so their name in
      brackets counts only beside a person's name, a photo word or a photo agency;
    * "Photo finish", "Credit card" and other words that only look like a marker: a marker
      needs a colon, "©" or "by" after it ("von", "de" and "di" also mean "of": "Fotos
      von der Messe" stays); a comma only after a two-word marker ("Image source,"), so
      that "Grafik, besonders ..." stays;
    * what follows a bare image word when it is not a credit ("Video: 4K at 60 fps",
      "Photos: Million-dollar cars for auction"), and a lone capitalised word after it in
      a list of "Label: value" lines ("Bild: Hervorragend" in a review's scores);
    * "(Graphic: Global assets in 2019 - here)": a described link to a chart, not a
      credit; debatable, kept because its text is a description, not a name;
    * links ("... pic.twitter.com/x1y2"), copyright notices of the page ("Copyright ©
      Example Ltd", "© 2021 Example"), and an agency name alone on its line when the next
      line speaks of it (a subheading).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.caption import (
    AMBIGUOUS_ALONE,
    CAPTION_MARKERS,
    CAPTION_NOTES,
    COMMA_MARKERS,
    COUNTER_WORDS,
    CREDIT_MARKERS,
    CREDIT_WORDS,
    IMAGE_FURNITURE,
    IMAGE_WORDS,
    NEWS_ABBREVIATIONS,
    NEWS_AGENCIES,
    PHOTO_ABBREVIATIONS,
    PHOTO_AGENCIES,
    SOURCES,
    TITLE_WORDS,
)

# Cheap triggers over the lowered text pick the lines worth a closer look: every credit
# and caption this rule knows holds one of these. Python's `re` scans fast only while few
# first letters can start a match, so the stems that are rare or only open a line are
# left to ``_HEADS``, and the non-ASCII ones run only on text that is not plain ASCII.
_TRIGGER = r"fot|photo|pictur|bild|imag|illustr|ilustr|credit|crédit|caption|grafi|graph|getty|©|/"
_TRIGGER_NON_ASCII = (
    r"légende|vídeo|zdjęc|źródło|фото|изображ|иллюстр|инфограф|видео|кадр|сним|коллаж"
    r"|скриншот|подпис"
)
# Line openings (lowered) that may start a marker the triggers do not catch.
_HEADS = (
    "pic",
    "legenda",
    "didascalia",
    "bijschrift",
    "video",
    "artwork",
    "screenshot",
    "dessin",
    "zeichnung",
    "karikatur",
    "montage",
    "beeld",
    "immagin",
)
_CAPTION_MAX_CHARS = 500
_CAPTION_MAX_SPACES = 60  # about 60 words
_SHORT = 48  # a lone agency or an image control fits in this many characters
_TAIL = 200  # a credit at the end of a line starts within this many characters
_CREDIT_MAX_WORDS = 14
_CREDIT_MAX_CHARS = 160
_SLASH_MAX_WORDS = 10
_LENIENT_MAX_WORDS = 8
_PARAGRAPH_MIN_WORDS = 5
_COUNTER_CHARS = 12  # "123 / 456"; a gallery's counter fits in this many characters
# "by" in a few languages; not "von", "de" or "di", which also mean "of" ("Bilder von der
# Messe", "Photo de Paris").
_BY_WORDS = r"by|par|por|door"
_TEXT = r"text[eo]?|testo"  # "Text & Fotos: ...", "Fotos/Text: ..."
_AND = r"\s*(?:/|&|\+|,|\s(?:und|and|et|y|e|и)\s)\s*"
_STRIP = " .,;:!?\"'“”‘’«»()[]{}"
_JOIN = r"\s*(?:/|,|\s(?:via|and|&)\s)\s*"  # "AFP via Getty Images", "dpa/AFP"


def _openings(pattern: str) -> frozenset[str]:
    """Every two characters that can open a (lowered) line ``pattern`` matches in full.

    A line whose first two characters are not among them needs no closer look; the
    ``regex`` module's partial matching tells which pairs can start a match.
    """
    compiled = regex.compile(pattern)
    alphabet = sorted({c for c in pattern if not c.isupper()} | set(" abcdefghijklmnopqrstuvwxyz"))
    firsts = [c for c in alphabet if compiled.fullmatch(c, partial=True)]
    return frozenset(
        a + b for a in firsts for b in alphabet if compiled.fullmatch(a + b, partial=True)
    )


# How sure ``_after_marker`` is.
_CAPTION = "caption"  # a caption marker with its caption
_STRONG = "strong"  # a credit
_WEAK = "weak"  # one capitalised word: a credit, unless the line stands in a list


@dataclass(frozen=True, slots=True)
class _Credit:
    """What a text that passes for a credit names."""

    strong: bool  # more than one capitalised word: an agency, a "/", a full name ...
    photo: bool  # a photo agency ("Getty Images")
    news: bool  # a news agency ("dpa")
    source: bool  # a platform or a web address ("Twitter", "example.com")
    person: bool  # a name with a word in mixed case ("Jane Doe", not "FR")


class ImageCaption(Rule):
    name = "image_caption"
    summary = "Image captions, photo credits and image controls such as 'Click to enlarge'."
    tags = ("caption", "credit", "image", "multilingual")

    def __init__(self) -> None:
        self._trigger = re.compile(_TRIGGER)
        self._trigger_non_ascii = re.compile(_TRIGGER_NON_ASCII)
        self._compile_markers()
        self._compile_agencies()
        self._caption_note = regex.compile(alternation(CAPTION_NOTES), FLAGS)
        self._bracket_end = regex.compile(r"\(\s*(?P<inner>[^()]{1,120}?)\s*\)[\s.]*$")
        # Where a credit after a caption may start: after a sentence, a "|", a dash or at "©".
        self._boundary = regex.compile(
            r"(?:[\p{Ll}\p{N}\"'”’»)\]][.!?…]|(?<=\s)[|•·–—-]|^[.,;:|•·–—-])\s+|\s(?=©)",
            regex.REVERSE,
        )
        self._copyright = regex.compile(r"^(?:©|\(c\)|copyright\b)\s*", FLAGS)
        # The words of a copyright notice, and a year or a postcode after "©": the page's
        # rights, not a picture's.
        self._legal = regex.compile(
            r"copyright|rights reserved|droits réservés|derechos reservados|riservat"
            r"|alle rechte|urheberrecht|все права|powered by",
            FLAGS,
        )
        words = "|".join(COUNTER_WORDS)
        self._counter = re.compile(rf"(\d{{1,3}})(?: (?:{words}) | / )(\d{{1,3}})")
        self._year = re.compile(r"\b(?:1[89]\d\d|20\d\d|\d{5})\b")
        self._via = re.compile(r"\sv[ií]a\s", re.IGNORECASE)
        self._url = re.compile(r"://|\b(?:www|pic)\.|\.\w{2,}/", re.IGNORECASE)
        self._brackets = regex.compile(r"[(\[][^()\[\]]{0,40}[)\]]")
        self._split = regex.compile(
            r"\s*(?:[/|,;•·+]|\s&\s|\s(?:via|vía|on|from|for|and|und|et|y|e|и|für|pour|para)\s"
            r"|\s[-–—]\s)\s*"
        )
        # No two ways to split a string: linear, whatever the input.
        self._domain = re.compile(
            r"(?:[\w-]+\.)+(?:[a-z]{2}|com|org|net|info|photo|photos|media)(?:/\S*)?"
            r"|@\w+|[^\s@]+@[^\s@]+"
        )
        self._mixed = regex.compile(r"\p{Lu}\p{Ll}")
        self._label = regex.compile(r"^[\p{L} ]{1,25}[:：]\s*\S")

    def _compile_markers(self) -> None:
        caption = alternation(fragments(CAPTION_MARKERS))
        credit = alternation(fragments(CREDIT_MARKERS))
        image = alternation(fragments(IMAGE_WORDS))
        by = rf"\s+(?:{_BY_WORDS})(?=\s)"
        self._lead = regex.compile(
            rf"^(?P<c>©\s*)?(?:(?:{_TEXT}){_AND})?"
            rf"(?:(?P<cap>{caption})|(?P<cred>{credit})|(?P<img>{image}))"
            rf"(?:{_AND}(?:{image}|{_TEXT}))?"
            rf"(?P<sep>\s*[:：]|\s*©|\s*(?:\.\.\.|…)|{by}|,)\s*(?P<tail>.*)$",
            FLAGS,
        )
        self._comma = regex.compile(alternation(COMMA_MARKERS), FLAGS)
        # A quick test before the marker search: every separator a marker takes.
        self._separator = re.compile(rf"[:：©…]|\.\.\.|\s(?:{_BY_WORDS})\s", re.IGNORECASE)
        self._marker_end = regex.compile(
            rf"(?<=^|[\s(\[|•·,;.…])(?P<m>(?P<cred>{credit})|(?P<img>{image}))"
            rf"(?P<sep>\s*[:：]|\s*©|\.\.\.|…|{by})\s*(?P<tail>[^:：]{{1,120}})$",
            FLAGS,
        )
        self._inner_marker = regex.compile(
            rf"^(?P<c>©\s*)?(?:(?P<cred>{credit})|(?P<img>{image}))"
            rf"(?P<sep>\s*[:：]|\s*©|{by})\s*(?P<tail>.+)$",
            FLAGS,
        )
        furniture = alternation(fragments(IMAGE_FURNITURE))
        # Matched against the lowered line with `re`: literal branches are tried quickly.
        self._furniture = re.compile(rf"[\s+»›>]*(?P<f>{furniture})[\s.!…»›>+]*")

    def _compile_agencies(self) -> None:
        # Agency names are written in lower case and matched, with `re`, against lowered
        # text: literal branches are tried quickly. Abbreviations must match as written.
        photo = alternation(PHOTO_AGENCIES)
        news = alternation(NEWS_AGENCIES)
        self._photo = re.compile(photo)
        self._photo_in = re.compile(rf"\b(?:{photo})\b")
        self._news = re.compile(news)
        self._source = re.compile(alternation(SOURCES))
        self._photo_abbreviations = frozenset(PHOTO_ABBREVIATIONS)
        self._news_abbreviations = frozenset(NEWS_ABBREVIATIONS)
        abbreviations = self._photo_abbreviations | self._news_abbreviations
        self._alone = abbreviations - frozenset(AMBIGUOUS_ALONE)
        abbreviation = "|".join(sorted(abbreviations, key=len, reverse=True))
        agency = rf"(?:{photo}|{news}|(?-i:{abbreviation}))"
        self._lone = regex.compile(rf"(?:©\s*)?(?P<a>{agency}(?:{_JOIN}{agency})*)[\s.]*", FLAGS)
        # The quick test for lines no trigger picked: the lowered line.
        names = f"(?:{photo}|{news})"
        self._lone_lowered = re.compile(rf"(?:©\s*)?(?P<a>{names}(?:{_JOIN}{names})*)[\s.]*")
        self._openings = frozenset(
            {head[:2] for head in _HEADS}
            | _openings(self._lone_lowered.pattern)
            | _openings(self._furniture.pattern)
        )

    def judge(self, doc: Document) -> Iterator[Verdict]:
        seen: set[int] = set()
        verdicts: list[Verdict] = []
        triggers = [self._trigger]
        if not doc.lowered.isascii():
            triggers.append(self._trigger_non_ascii)
        for trigger in triggers:
            for seg in doc.matching(trigger):
                if seg.index not in seen:
                    seen.add(seg.index)
                    verdicts.extend(self._check(seg, doc))
        lowered = doc.lowered
        counters: list[tuple[Segment, int, int]] = []
        removed = {verdict.segment for verdict in verdicts}
        for seg in doc.kept():
            if seg.text[0].isdigit() and len(seg.text) <= _COUNTER_CHARS:
                counter = self._counter.fullmatch(lowered, seg.start, seg.end)
                if counter is not None and seg.index not in removed:
                    counters.append((seg, int(counter[1]), int(counter[2])))
                    continue
            if seg.index in seen:
                continue
            if seg.text[-1] == ")":
                if self._may_be_bracketed(seg.text):
                    verdicts.extend(self._check(seg, doc))
            elif lowered[seg.start : seg.start + 2] in self._openings:
                if lowered.startswith(_HEADS, seg.start):
                    verdicts.extend(self._check(seg, doc))
                elif len(seg.text) <= _SHORT:
                    reason = self._short(seg, doc, thorough=False)
                    if reason is not None:
                        verdicts.append(self.remove(seg, reason))
        verdicts.extend(self._counters(counters))
        verdicts.sort(key=lambda v: v.segment)
        return iter(verdicts)

    def _counters(self, counters: list[tuple[Segment, int, int]]) -> Iterator[Verdict]:
        """A gallery's counters ("3 of 12", "3 / 12"): a lone "12 of 12" only when another
        counter of the same gallery backs it (alone it may be a name: a blog's "12 von 12")."""
        totals = Counter(total for _, _, total in counters)
        for seg, number, total in counters:
            if 1 <= number <= total and (number < total or totals[total] >= 2):
                yield self.remove(seg, f"a gallery's image counter {seg.text!r}, not text")

    def _may_be_bracketed(self, text: str) -> bool:
        """A quick test for lines no trigger picked: "... (Shutterstock)", "(X via AP)"."""
        inner = text[text.rfind("(") + 1 : -1].strip().lstrip("© ").lower()
        return self._photo.fullmatch(inner) is not None or self._via.search(inner) is not None

    def _check(self, seg: Segment, doc: Document) -> Iterator[Verdict]:
        text = seg.text
        caption_sized = len(text) <= _CAPTION_MAX_CHARS and text.count(" ") < _CAPTION_MAX_SPACES
        if caption_sized:
            reason = self._head(seg, doc)
            if reason is None and len(text) <= _SHORT:
                reason = self._short(seg, doc, thorough=True)
            if reason is not None:
                yield self.remove(seg, reason)
                return
        end = self._end(text)
        if end is None:
            return
        reason, at = end
        if caption_sized:
            yield self.remove(seg, reason)
            return
        # Too long for a caption: a paragraph with a credit stuck to it; only the credit goes.
        yield Verdict(
            seg.index,
            self.name,
            f"{reason}, at the end of a paragraph too long to be a caption",
            start=seg.start + at,
            end=seg.end,
        )

    def _short(self, seg: Segment, doc: Document, *, thorough: bool) -> str | None:
        """A lone agency name or an image control; ``thorough`` also tries rare spellings."""
        text = seg.text
        lowered = doc.lowered[seg.start : seg.end]
        furniture = self._furniture.fullmatch(lowered)
        if furniture is not None:
            said = text[furniture.start("f") : furniture.end("f")]
            return f"an image control {said!r}, not text"
        lone = self._lone_lowered.fullmatch(lowered)
        if lone is not None:
            name = lone.group("a")
        elif text.strip("©. ") in self._alone:
            name = text.strip("©. ").lower()
        elif thorough and (full := self._lone.fullmatch(text)) is not None:
            name = full.group("a").lower()
        else:
            return None
        after = doc.neighbour(seg, 1)
        if (
            after is not None
            and after.words >= _PARAGRAPH_MIN_WORDS
            and name in doc.lowered[after.start : after.end]
        ):
            return None  # a subheading: the paragraph after it speaks of the agency
        return f"a photo agency credit {text!r} alone on its line"

    def _head(self, seg: Segment, doc: Document) -> str | None:
        """A line that opens with a marker: a credit line or a caption."""
        lead = self._lead.match(seg.text)
        if lead is None:
            return None
        kind = "cap" if lead.group("cap") else "cred" if lead.group("cred") else "img"
        sep, tail = lead.group("sep"), lead.group("tail")
        said = seg.text[: lead.start("sep")] + sep
        if sep == "," and self._comma.fullmatch(lead.group(kind)) is None:
            return None  # "Grafik, besonders ...": one word and a comma start sentences too
        found = self._after_marker(kind, sep, tail, lead.group("c") is not None)
        if found is None or (found == _WEAK and self._in_list(seg, doc)):
            return None
        if kind == "cap" and found == _CAPTION:
            return f"an image caption introduced by {said!r}"
        return f"a photo credit introduced by {said!r}"

    def _after_marker(self, kind: str, sep: str, tail: str, copyright: bool) -> str | None:
        """Is ``tail`` what a marker of ``kind`` with ``sep`` announces? How sure is it?

        A caption marker takes any text; a credit marker, a "©" or a photo agency make
        any short text a credit; after a bare image word the text must look like a credit.
        """
        sep = sep.strip().lower()
        if not tail.strip(_STRIP):
            return None
        if kind == "cap" and sep in (":", "：", ","):
            return _CAPTION
        credit = self._credit(tail)
        if sep in _BY_WORDS.split("|"):
            # "Photo by Jane Doe", not "Photos by the readers"
            first = tail.split(None, 1)[0].lower()
            strong = credit is not None and credit.strong and first not in CREDIT_WORDS
            return _STRONG if strong else None
        lenient = (
            kind == "cred"
            or copyright
            or sep == "©"
            or tail.lstrip().startswith("©")
            or self._photo_in.search(tail.lower()) is not None
        )
        if lenient and (credit is not None or len(tail.split()) <= _LENIENT_MAX_WORDS):
            return _STRONG
        if credit is None:
            return None
        return _STRONG if credit.strong else _WEAK

    def _end(self, text: str) -> tuple[str, int] | None:
        """A credit that ends the line: its reason and where it starts in ``text``."""
        offset = max(0, len(text) - _TAIL)
        part = text[offset:]
        if part.rstrip(" .").endswith(")"):
            bracket = self._bracket_end.search(part)
            if bracket is not None and self._bracketed(bracket.group("inner")):
                credit = bracket.group(0).strip()
                return f"an image caption ending in the credit {credit!r}", offset + bracket.start()
        if self._separator.search(part) is not None:
            marker = self._marker_end.search(part)
            if marker is not None and self._marked_credit(part, marker):
                credit = part[marker.start("m") :].strip()
                return f"an image caption ending in the credit {credit!r}", offset + marker.start(
                    "m"
                )
        if "/" not in part and "©" not in part:
            return None
        boundary = self._boundary.search(part)  # the last one: the pattern runs in reverse
        start = boundary.end() if boundary is not None else 0
        last = part[start:]
        if last.startswith("©") and (
            self._legal.search(part) is not None or self._year.fullmatch(part[:start].strip())
        ):
            return None  # "Copyright © Example Ltd", "2020 © Example": the page's rights
        if self._bare_credit(last):
            return f"a photo credit {last.strip()!r}", offset + start
        return None

    def _marked_credit(self, part: str, marker: regex.Match[str]) -> bool:
        """'... Photo: Jane Doe': a capitalised marker or one after punctuation."""
        before = part[: marker.start("m")].rstrip(" ([")
        if not before:
            return False  # a marker that opens the line is for ``_head`` to judge
        if before[-1].isalnum() and not marker.group("m")[0].isupper():
            return False  # "she showed us the photo: Jane Doe ..." is a sentence
        kind = "cred" if marker.group("cred") else "img"
        return (
            self._after_marker(kind, marker.group("sep"), marker.group("tail"), False) is not None
        )

    def _bracketed(self, inner: str) -> bool:
        """Is the text inside brackets at the end of a line a credit?"""
        if self._caption_note.fullmatch(inner) is not None:
            return True
        marked = self._inner_marker.match(inner)
        if marked is not None:
            kind = "cred" if marked.group("cred") else "img"
            copyright = marked.group("c") is not None
            tail = marked.group("tail")
            return self._after_marker(kind, marked.group("sep"), tail, copyright) is not None
        name = inner.lstrip("© ")
        if self._photo.fullmatch(name.lower()) or name in self._photo_abbreviations:
            return True
        return self._bare_credit(inner.rpartition(":")[2])

    def _bare_credit(self, text: str) -> bool:
        """A credit without a marker: "© Jane Doe", "Jane Doe/Reuters", "AFP/Getty"."""
        text = text.strip()
        if not text or text.count(" ") >= _SLASH_MAX_WORDS:
            return False
        copyright = self._copyright.match(text) is not None
        if not copyright and "/" not in text and self._via.search(text) is None:
            return False
        if self._url.search(text):
            return False  # a link ("https://t.co/...", "pic.twitter.com/...") is no credit
        if copyright and (self._legal.search(text) or self._year.search(text)):
            return False  # "© 2020 Example Ltd, all rights reserved": the page's, not a picture's
        credit = self._credit(text)
        if credit is None:
            return False
        # "(dpa/AFP)" or "(FR/dpa)" name the sources of an article's text, not a picture;
        # "Foto/Video" or "Credits / Resources" name no one.
        return copyright or credit.photo or ((credit.news or credit.source) and credit.person)

    def _credit(self, text: str) -> _Credit | None:
        """What ``text`` names, if it is made only of names, agencies and credit words."""
        if text.rstrip().endswith(":") or text.count("(") != text.count(")"):
            return None  # "... (for the © holiday offer):" goes on; a credit ends
        text = text.strip(" .,;:-–—|")
        if (
            not text
            or len(text) > _CREDIT_MAX_CHARS
            or text[-1] in "?!"
            or text.count(" ") >= _CREDIT_MAX_WORDS
        ):
            return None
        copyright = self._copyright.match(text)
        if copyright is not None:
            text = text[copyright.end() :]
        bare = self._brackets.sub(" ", text)
        chunks = [c.strip(_STRIP) for c in self._split.split(bare)]
        chunks = [c for c in chunks if c]
        if not chunks:
            return None
        photo = news = person = other = False
        names = usernames = 0
        for chunk in chunks:
            lowered = chunk.lower()
            if self._photo.fullmatch(lowered) or chunk in self._photo_abbreviations:
                photo = True
            elif self._news.fullmatch(lowered) or chunk in self._news_abbreviations:
                news = True
            elif self._source.fullmatch(lowered) or self._domain.fullmatch(lowered):
                other = True
            else:
                capitals = self._capitals(chunk)
                if capitals is None:
                    if " " in chunk:
                        return None
                    usernames += 1  # "Shutterstock/racorn", "ev on Unsplash"
                    continue
                names += capitals
                person = person or self._mixed.search(chunk) is not None
        slash = "/" in text
        if usernames and not (slash or photo or other):
            return None
        strong = photo or news or other or slash or copyright is not None or names >= 2
        return _Credit(strong, photo, news, other, person)

    def _capitals(self, chunk: str) -> int | None:
        """The number of capitalised words of a name, or None if ``chunk`` is no name."""
        capitals = 0
        words = chunk.split()
        if len(words) > 6:
            return None
        for raw in words:
            word = raw.strip(_STRIP)
            if not word or not any(c.isalnum() for c in word) or word.lower() in CREDIT_WORDS:
                continue
            if word in TITLE_WORDS:
                return None
            if word[0].isupper() or any(c.isupper() for c in word[1:]):
                capitals += 1  # "Jane", "DPA", also "iFixit" and "eBay"
            elif not (word[0].isdigit() or self._domain.fullmatch(word.lower())):
                return None
        return capitals

    def _in_list(self, seg: Segment, doc: Document) -> bool:
        """A neighbour is a "Label: value" line too: a spec sheet, not a credit."""
        for step in (-1, 1):
            other = doc.neighbour(seg, step)
            if other is not None and len(other.text) <= 80 and self._label.match(other.text):
                return True
        return False
