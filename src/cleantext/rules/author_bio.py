"""Author boxes: the short biography of the writer, and its links.

Why: many pages put a box about the writer after the article (and some beside the byline
at the top): a heading ("About the author", "Über den Autor", "À propos de l'auteur",
"Sobre el autor", "L'autore", "Sobre o autor", "Over de auteur", "O autorze", "Об
авторе"), the writer's name, one to three sentences about them ("Jane Doe is a freelance
writer based in Leeds.", "Jane Doe ist Redakteurin bei ...", "... est journaliste"), and
links ("More articles from Jane Doe", "Read more from this author", "Follow @janedoe").
Benchmarks of article bodies leave the box out.

How: a box is read from where it starts, line by line, as long as the lines are parts of
a box: a name alone on its line, a role ("Senior editor at Example"), a bio sentence, a
handle, an author link. It starts at

    * an author-box heading, or a label ("Author", "Autor", "Автор") with a name after it;
    * a name alone on its line with a role or a bio right after it ("Jane Doe", then
      "Jane is a reporter for ..." or "Redakteurin im Ressort Politik"; "Regan", then
      "Regan is a Leeds native living in ..."), unless the name line is one of a list
      of names ("Jane Doe, writer" under "John Roe, journalist": signatories);
    * a bio without a subject right under a byline that the byline rule removed ("Von
      Jane Doe", then "Freie Autorin in Berlin und ...", "ist Gründungspartner ...");
    * a bio sentence with no name line above it: a full name, "is" (or "ist", "est",
      "es", "è", "é", "jest", "—") and a role within a few words ("Jane Doe is a senior
      writer for Example."), no more than three sentences, and only where the article's
      prose has ended (no paragraph in the next lines) or when the name is the byline's;
    * "About" and a person's full name ("About Jane Doe", "Über Jan Muster", "Sobre
      Ana Exemplo", "À propos de ...", "Acerca de ...", "Informazioni su ...", "Over
      ...", "O ...", "Об ...") over a bio that names the person again, where the
      article has ended;
    * an author link that says so ("Read more from this author", "All posts by Jane Doe",
      "Alle Artikel von Jane Doe", "Все статьи автора").

Keeps:
    * a sentence of the article about a reporter ("Smith is a reporter for the Times who
      broke the story in 2015."), with paragraphs after it: a bio sentence without a box
      needs the article's end or the byline's name;
    * a name over a paragraph that is not about a writer's role (a speaker in an
      interview, a heading);
    * "More stories from Example News" alone (the related_footer rule's marker): a plain
      "more from" link goes only inside a box;
    * "About Example Tools" over a text about a company ("is a maker", "headquartered
      in", "Unternehmen", "société", "empresa"): no author box (press releases' company
      boilerplate is left to other rules);
    * a heading "About the author" over prose that is no bio is still a box heading: the
      first line under it goes, the next ones only if they speak of the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.author_bio import COMPANY, HEADERS, LABELS, LIFE, LINKS, PRONOUNS, ROLES, VERBS
from ..vocab.stopwords import WORDS as STOPWORDS
from ._dates import DateGrammar
from ._names import NameGrammar

_TRIGGER = (
    r"autor|author|auteur|autrice|автор|作者|著者|筆者|執筆|この記事"
    r"|writer|reporter|editor|journalist|redakt|correspond|columnist|contributor|founder"
    r"|gründ|rédact|repórter|periodist|giornalist|jornalist|dziennikar|журналист|корреспондент"
    r"|редактор|redacteur|redactor|redattor|redator|verslaggever|freelance|freie"
    r"|articles|artikel|artículos|articoli|artigos|artikelen|artykuł|статьи|материалы"
    r"|posts|beiträge|this author|follow|@|native|living in|lives in|based in|lebt|wohnt"
    r"|vit |vive |mora em|woont|mieszka|живет|живёт"
)
_NAME_MAX_WORDS = 5
_ROLE_MAX_WORDS = 14  # "Senior editor at Example, covering science and space"
_ROLE_WINDOW = 8  # the role stands within this many words after the verb
_BIO_MAX_CHARS = 900
_BIO_MAX_SENTENCES = 4
_BOX_MAX_LINES = 9
_BOX_MAX_PROSE = 3
_TAIL_LINES = 3  # the article's prose has ended: no paragraph in the next lines
_PARAGRAPH_WORDS = 20
_SENTENCE = re.compile(r"[.!?](?:\s|$)")
_HANDLE = regex.compile(r"@[\w.]{2,30}")
_SPLIT = regex.compile(r"\s*[|•·]\s*")
# A role in the singular: "Redakteurin", "Autor*in", "dziennikarzem"; not "Editorial",
# "Contributors", "Journalisten-Preis" (headings and links of a site's menu).
_ROLE_END = r"(?:[*:_/]?in|a|ka|zem|em|ką|ом|ем|ка|кой|ica)?(?![\p{L}\p{N}*:_/-])"
_FUNCTION_WORD = 3  # a lower-case word this short before a role: "Letters to the Editor"
_PROSE_WORDS = 8  # the first line under a heading is its bio only if it is a sentence
# Words that open a greeting or a heading, not a name: "Dear Jane", "About This Site".
_NOT_FIRST = frozenset(
    [
        "about",
        "dear",
        "hi",
        "hello",
        "hey",
        "liebe",
        "lieber",
        "liebes",
        "hallo",
        "servus",
        "moin",
        "cher",
        "chère",
        "chers",
        "bonjour",
        "salut",
        "querido",
        "querida",
        "queridos",
        "hola",
        "caro",
        "cara",
        "cari",
        "ciao",
        "olá",
        "oi",
        "beste",
        "hoi",
        "drogi",
        "droga",
        "witaj",
        "дорогой",
        "дорогая",
        "привет",
        "email",
        "e-mail",
        "more",
        "all",
        "über",
        "mehr",
        "zum",
        "zur",
    ]
)
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "del",
        "della",
        "dos",
        "das",
        "do",
        "bin",
        "al",
        "ten",
        "ter",
    ]
)
# Stop words that are also first names ("Will Knight", "May Example").
_NAME_STOPWORDS = frozenset(("will", "may", "bill", "art", "hope", "grace", "joy"))
_FUNCTION = (
    frozenset(w for words in STOPWORDS.values() for w in words) - _PARTICLES - _NAME_STOPWORDS
)
_ARTICLES = frozenset(
    (
        "the",
        "a",
        "an",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "le",
        "la",
        "les",
        "un",
        "une",
        "el",
        "los",
        "una",
        "il",
        "lo",
        "o",
        "os",
        "um",
        "uma",
        "de",
        "het",
        "een",
    )
)
_COPULAS = frozenset(
    [
        "is",
        "was",
        "ist",
        "war",
        "est",
        "es",
        "fue",
        "è",
        "é",
        "foi",
        "jest",
        "był",
        "była",
        "—",
        "–",
        "является",
    ]
)
_NETWORKS = regex.compile(
    r"(?:e-?mail|twitter|x|facebook|linkedin|instagram|website|web|rss|mastodon|threads"
    r"|bluesky|youtube|tiktok|posts|keys)(?:\s+(?:e-?mail|twitter|facebook|linkedin"
    r"|instagram|website|posts|keys))*",
    FLAGS,
)


@dataclass(slots=True)
class _Box:
    """What is known of the box being read: the person's name words, how many lines."""

    names: set[str] = field(default_factory=set)
    prose: int = 0
    header: bool = False


class AuthorBio(Rule):
    name = "author_bio"
    summary = "Author boxes: 'About the author', the writer's bio and links."
    tags = ("author", "bio", "multilingual")
    context = True  # a box is judged by the lines after it

    def __init__(self) -> None:
        self._trigger = re.compile(_TRIGGER)
        self._names = NameGrammar(DateGrammar())
        sep = r"[\s:：\-–—|]*"
        self._header = regex.compile(
            rf"{sep}(?:{alternation(fragments(HEADERS))})(?:{sep}$|\s*[:：\-–—|]\s*(?P<rest>.+))",
            FLAGS,
        )
        self._label = regex.compile(rf"{sep}(?:{alternation(fragments(LABELS))}){sep}", FLAGS)
        about = r"(?:about|über|à propos de|a propos de|acerca de|sobre|informazioni su|over|o|об)"
        self._about = regex.compile(rf"{about}\s+(?P<n>.+)", FLAGS)
        self._company = regex.compile(
            rf"(?<![\p{{L}}-])(?:{alternation(fragments(COMPANY))})(?!\p{{L}})", FLAGS
        )
        self._about_trigger = re.compile(rf"(?m)^[ \t]*{about}\s")
        links = alternation(fragments(LINKS))
        self._link = regex.compile(rf"[\s»›→>]*(?P<p>{links})(?P<rest>.*?)[\s»›→>:.]*", FLAGS)
        self._author_word = regex.compile(
            r"auth|autor|auteur|автор|writer|all posts|alle|tous|todos|tutti|wszystkie|все",
            FLAGS,
        )
        roles = alternation(fragments(ROLES))
        self._life = regex.compile(
            rf"(?<![\p{{L}}-])(?:{alternation(fragments(LIFE))})(?!\p{{L}})", FLAGS
        )
        self._role = regex.compile(rf"(?<![\p{{L}}-]){roles}{_ROLE_END}", FLAGS)
        verbs = alternation(fragments(VERBS))
        self._verb = regex.compile(rf"(?:\(\d{{1,3}}\)\s*)?,?\s*(?:{verbs})(?=[\s,])", FLAGS)
        self._verb_first = regex.compile(rf"(?P<v>{verbs})\s", FLAGS)
        self._role_first = regex.compile(
            rf"(?:(?:an?|the|ein|eine|einer|un|une|uno|una|um|uma|een|de|der|die)\s+)?"
            rf"(?:[\p{{L}}.-]+\s+){{0,3}}?{roles}{_ROLE_END}",
            FLAGS,
        )
        # A role at the very start, maybe after one word: "Freier Autor in ...".
        self._role_lead = regex.compile(rf"(?:(?P<w>[\p{{L}}.-]+)\s+)?{roles}{_ROLE_END}", FLAGS)
        self._pronoun = regex.compile(
            rf"(?:{alternation(fragments(PRONOUNS))})(?![\p{{L}}])", FLAGS
        )

    def judge(self, doc: Document) -> Iterator[Verdict]:
        done: set[int] = set()
        for seg in doc.matching(self._trigger):
            if seg.index in done or len(seg.text) > _BIO_MAX_CHARS:
                continue
            for part, reason in self._start(doc, seg):
                if part.index not in done:
                    done.add(part.index)
                    yield self.remove(part, reason)
        for seg in doc.matching(self._about_trigger):
            if seg.index in done or seg.words > _NAME_MAX_WORDS + 3:
                continue
            for part, reason in self._about_name(doc, seg):
                if part.index not in done:
                    done.add(part.index)
                    yield self.remove(part, reason)

    # ------------------------------------------------------------------ where a box starts

    def _about_name(self, doc: Document, seg: Segment) -> list[tuple[Segment, str]]:
        """ "About Jane Doe" over a bio that names her again, where the article has ended:
        a heading made of a person's full name (a company's name is no person's)."""
        about = self._about.fullmatch(seg.text.rstrip(" :"))
        names = self._name_line(about.group("n")) if about is not None else None
        after = doc.neighbour(seg, 1)
        if names is None or after is None or not self._sentences_ok(after.text):
            return []
        if not any(w.strip(".,;:'’s") in names for w in after.text.split()[:30]):
            return []  # the line under it does not speak of the person
        if self._company.search(after.text) is not None:
            return []  # "Example Tools is a maker of spades": a company, no author
        parts = self._read(doc, seg, "an author box", _Box(names=set(names), header=True))
        if len(parts) < 2 or not self._placed(doc, parts[-1][0], names, box=True):
            return []
        return parts

    def _start(self, doc: Document, seg: Segment) -> list[tuple[Segment, str]]:
        text = seg.text
        header = self._header.fullmatch(text)
        if header is not None:
            return self._from_header(doc, seg, header.group("rest") or "")
        if self._label.fullmatch(text) is not None:
            after = doc.neighbour(seg, 1)
            if after is not None and self._name_line(after.text) is not None:
                return self._read(doc, seg, "an author label", _Box(header=True))
            return []
        if self._author_link(text, doc):
            return [(seg, f"a link to the author's articles: {_quote(text)}")]
        before = doc.neighbour(seg, -1)
        name = self._name_line(before.text) if before is not None else None
        if before is not None and name is None and _same_first_word(before.text, text):
            name = {before.text}  # "Regan", then "Regan is a Leeds native ..."
        if before is not None and name is not None:
            if "," in before.text or self._in_list(doc, before):
                return []  # "Jane Doe, Example University": a list of signatories
            box = _Box(names=set(name))
            if not (self._role_line(text) or self._bio_after_name(text, box)):
                return []
            parts = self._read(doc, before, "an author's name and bio", box)
            if box.prose == 0:
                return parts  # a name and a role ("Senior Editor"): no paragraph of prose
            return parts if parts and self._placed(doc, parts[-1][0], name, box=True) else []
        if self._beside_byline(doc, seg):
            parts = self._read(doc, seg, "an author's bio under the byline", _Box(), first=True)
            return parts if self._placed(doc, parts[-1][0], {""}, box=True) else []
        names = self._bio_subject(text)
        if names and self._placed(doc, seg, names):
            return self._read(doc, seg, "an author's bio", _Box(names=names), first=True)
        return []

    def _beside_byline(self, doc: Document, seg: Segment) -> bool:
        """A bio without a subject ("Freier Autor in Berlin ...", "ist Redakteurin bei ...")
        right under a byline that an earlier rule removed ("Von Jane Doe")."""
        if seg.index == 0 or not self._sentences_ok(seg.text):
            return False
        above = doc.segments[seg.index - 1]
        if doc.is_kept(above) or above.words > _NAME_MAX_WORDS + 1 or above is doc.title:
            return False
        if not any(w[:1].isupper() for w in above.text.split()[1:]):
            return False
        if not _prose(seg.text) and not seg.text.endswith("."):
            return False  # "View author archive", "Opinion Columnist": links and labels
        verb = self._verb_first.match(seg.text)
        if verb is not None:
            return self._role_window(seg.text, 0)
        lead = self._role_lead.match(seg.text)
        return (lead is not None and lead.group("w") is None) or (
            lead is not None and lead.group("w").lower() not in _ARTICLES
        )

    def _in_list(self, doc: Document, seg: Segment) -> bool:
        """True if the line above the name line is a name too: a list of people."""
        above = doc.neighbour(seg, -1)
        return above is not None and (
            self._name_line(above.text) is not None or self._role_line(above.text)
        )

    def _from_header(self, doc: Document, seg: Segment, rest: str) -> list[tuple[Segment, str]]:
        box = _Box(header=True)
        if rest:
            name = self._name_line(rest)
            if name is None and len(rest.split()) <= _NAME_MAX_WORDS:
                return []  # "About the author of this book" is a sentence
            if name is not None:
                box.names |= name
            else:
                box.prose = 1  # "Über den Autor: Ich ...", the bio on the heading's line
        return self._read(doc, seg, "an author box", box)

    def _read(
        self, doc: Document, seg: Segment, why: str, box: _Box, *, first: bool = False
    ) -> list[tuple[Segment, str]]:
        """``seg`` and the lines after it that are parts of the box; [] if none follows a
        bare heading."""
        parts = [(seg, f"{why}: {_quote(seg.text)}")]
        if first:
            box.prose += 1
        current: Segment | None = seg
        while len(parts) < _BOX_MAX_LINES:
            current = doc.neighbour(current, 1) if current is not None else None
            if current is None:
                break
            kind = self._part(current.text, box)
            if kind is None:
                break
            parts.append((current, f"{kind} in an author box: {_quote(current.text)}"))
        if len(parts) == 1 and not first and why != "an author box":
            return []
        if len(parts) == 1 and why == "an author box" and box.prose == 0 and not box.names:
            return []  # a heading with nothing of a box under it
        return parts

    # ------------------------------------------------------------------ parts of a box

    def _part(self, text: str, box: _Box) -> str | None:
        """What ``text`` is as a part of the box being read, or None if it is none."""
        if len(text) > _BIO_MAX_CHARS:
            return None
        if self._extras(text):
            return "the author's links"
        name = self._name_line(text, single=box.header and not box.names)
        if name is not None and (not box.names or name & box.names or box.header):
            if box.prose:
                return None if not name & box.names else "the author's name"
            box.names |= name
            return "the author's name"
        if box.prose == 0 and self._role_line(text):
            box.prose += 1 if len(text.split()) > _ROLE_MAX_WORDS else 0
            return "the author's role"
        if box.prose >= _BOX_MAX_PROSE or not self._sentences_ok(text):
            return None
        if box.prose == 0 and (
            (box.header and _prose(text)) or (box.names and self._bio_after_name(text, box))
        ):
            box.prose += 1
            return "the author's bio"
        if box.prose and self._about_person(text, box):
            box.prose += 1
            return "the author's bio"
        return None

    def _extras(self, text: str) -> bool:
        """Handles, network buttons and author links, alone or between separators."""
        return all(
            _HANDLE.fullmatch(p)
            or _NETWORKS.fullmatch(p)
            or self._author_link(p)
            or (
                p.lower().startswith(("email ", "e-mail ", "hire "))
                and len(p.split()) <= _NAME_MAX_WORDS
            )
            for p in _SPLIT.split(text.strip(" |•·"))
            if p
        )

    def _author_link(self, text: str, doc: Document | None = None) -> bool:
        """An author link; alone on its line (``doc`` given) it must say "author" or
        name the byline's author ("Más artículos de Lucía Ejemplo")."""
        found = self._link.fullmatch(text)
        if found is None:
            return False
        rest = found.group("rest").strip(" :")
        if rest and not (
            _HANDLE.fullmatch(rest.split()[-1] if rest.split() else "") or self._name_line(rest)
        ):
            return False  # "Follow the river north", "More from the archive"
        if doc is None:
            return True
        if self._author_word.search(found.group("p")):
            return True
        names = self._name_line(rest) if rest else None
        return names is not None and _in_byline(doc, names)

    def _role_line(self, text: str) -> bool:
        """A short line that names a role: "Senior editor at Example", "Redakteur"."""
        words = text.split()
        if len(words) > _ROLE_MAX_WORDS * 2:
            return False
        found = self._role.search(text)
        if found is None:
            return False
        before = text[: found.start()].split()
        if "," in text[: found.start()]:
            return False  # "Jane Doe, writer": an entry of a list of names
        return len(before) <= 4 and not any(
            w.islower() and len(w) <= _FUNCTION_WORD for w in before
        )

    def _bio_after_name(self, text: str, box: _Box) -> bool:
        """After a name line: the name (or part of it) and the bio grammar, or the bio
        grammar alone ("ist Redakteur bei ...", "A professor at ...")."""
        subject = self._bio_subject(text, life=True)
        if subject:
            return bool(subject & box.names) or subject <= box.names
        verb = self._verb_first.match(text)
        if verb is not None:
            return verb.group("v").lower() not in _COPULAS or self._role_window(text, 0)
        return self._role_first.match(text) is not None

    def _about_person(self, text: str, box: _Box) -> bool:
        """A later line of a bio: it speaks of the person (name or pronoun at its start,
        or the name within it)."""
        if self._pronoun.match(text) is not None or self._verb_first.match(text) is not None:
            return True
        head = text.split()[:12]
        return any(w.strip(".,;:'’s") in box.names for w in head)

    def _bio_subject(self, text: str, *, life: bool = False) -> set[str]:
        """The name words of "Jane Doe is a reporter for ...", else an empty set; with
        ``life``, a personal bio too ("Jane is a Leeds native ...")."""
        lead = self._role_lead.match(text)
        if lead is not None and lead.end() < len(text) and text[lead.end()] == " ":
            text = text[
                lead.end() + 1 :
            ]  # "Guest columnist Jane Doe is ...", "NRO contributor ..."
        words = text.split()
        for size in range(min(4, len(words) - 1), 0, -1):
            candidate = " ".join(words[:size])
            names = self._name_line(candidate, single=True)
            if names is None:
                continue
            rest = text[len(candidate) :]
            verb = self._verb.match(rest)
            if verb is not None and self._role_window(rest, verb.end(), life=life):
                return names
        return set()

    def _role_window(self, text: str, start: int, *, life: bool = False) -> bool:
        window = " ".join(text[start:].split()[:_ROLE_WINDOW])
        found = self._role.search(window) or (life and self._life.search(window))
        return bool(found)

    def _name_line(self, text: str, *, single: bool = False) -> set[str] | None:
        """The name words if ``text`` is a person's name alone ("Jane Doe", "Dr. Jan de
        Vries"); one word only when ``single``."""
        text = text.strip(" :|")
        words = text.split()
        if not words or words[0].lower().strip(".,!") in _NOT_FIRST or text.endswith(","):
            return None
        if (text.isupper() and len(words) > 1) or any(w.lower() in _FUNCTION for w in words):
            return None  # "LEARN MORE", "Contact Us", "The Example Reporter"
        if len(words) > _NAME_MAX_WORDS or (_SENTENCE.search(text + " ") and not _initials(text)):
            return None
        names = self._names.read(text, labelled=False)
        if names is None or names.dated or names.staff:
            return None
        if not names.full and not (single and names.single):
            return None
        return {w.strip(".,") for w in words if w[:1].isupper()}

    def _sentences_ok(self, text: str) -> bool:
        return len(_SENTENCE.findall(text)) <= _BIO_MAX_SENTENCES

    # ------------------------------------------------------------------ position

    def _placed(self, doc: Document, seg: Segment, names: set[str], *, box: bool = False) -> bool:
        """A bio without a heading: a full name (or a name line above it), at most a few
        sentences, and the article's end after it, or the byline's name."""
        if not box and (len(names) < 2 or not self._sentences_ok(seg.text) or '"' in seg.text):
            return False
        if _in_byline(doc, names):
            return True
        after = seg
        for _ in range(_TAIL_LINES):
            nxt = doc.neighbour(after, 1)
            if nxt is None:
                return True
            if nxt.words >= _PARAGRAPH_WORDS and not self._bio_subject(nxt.text):
                return False
            after = nxt
        return True


def _in_byline(doc: Document, names: set[str]) -> bool:
    """True if a removed short line near the top names the person ("By Jane Doe")."""
    for seg in doc.segments[: max(40, len(doc.segments) // 4)]:
        if doc.is_kept(seg) or seg.words > 12:
            continue
        if all(n in seg.text for n in names):
            return True
    return False


def _same_first_word(name: str, text: str) -> bool:
    """A one-word name line ("Regan") over a line that opens with it and a verb."""
    return (
        name.isalpha() and name[:1].isupper() and not name.isupper() and text.startswith(name + " ")
    )


def _prose(text: str) -> bool:
    """A sentence rather than a label: enough words, or a long line of CJK text."""
    return len(text.split()) >= _PROSE_WORDS or (" " not in text and len(text) >= 2 * _PROSE_WORDS)


def _initials(text: str) -> bool:
    """ "Perry Bacon Jr.", "J.O. Haselhoef": full stops inside a name are no sentence."""
    return all(w[:1].isupper() for w in text.split())


def _quote(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")
