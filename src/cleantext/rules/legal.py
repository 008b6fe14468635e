"""Copyright, legal and imprint lines.

Why: the foot of a page carries its copyright notice ("© 2024 Example Media. All rights
reserved."), its legal small print ("This material may not be published, broadcast,
rewritten or redistributed.") and its links to legal pages ("Terms of use | Privacy
policy | Imprint", "Impressum", "Datenschutz", "Mentions légales", "Aviso legal", "Note
legali", "Termos de uso", "Политика конфиденциальности"). None of it belongs to the
article.

Removes:
    * copyright lines: a line that opens with "©", "(c) 2024" or "Copyright" and a sign, a
      year, "by" or a colon ("Copyright © 2024 Example Ltd", "Copyright 2019"); a line with
      "© 2024" or "Copyright 2024" after a few words ("Example Inc © 2024."); a line in
      which a rights phrase stands as a sentence of its own ("All rights reserved.",
      "Alle Rechte vorbehalten", "Tous droits réservés", "Все права защищены", "版权所有");
    * legal small print ("This material may not be published ...", "Nachdruck nur mit
      Genehmigung", "Reproduction interdite", "При использовании материалов ...");
    * lines made only of links to legal and footer pages, with at least one legal page
      among them ("Privacy Policy | Terms of Use", "Impressum & Datenschutz", "Kontakt ·
      Impressum · AGB");
    * a legal-page link alone on its line ("Impressum", "Privacy Policy") unless a
      paragraph follows it, which makes it a subheading (but not after another link:
      "Impressum", then "Datenschutz", then "Powered by WordPress." is a list of links);
    * site-wide notices whose first sentence opens the line (after an optional label such
      as "Disclaimer:" or "*"): medical, financial and editorial disclaimers ("The
      information on this website is not intended as medical advice", "These statements
      have not been evaluated by the Food and Drug Administration", "The views expressed
      in this article do not necessarily reflect ...", "Die Informationen ersetzen keine
      ärztliche Beratung", "Les opinions exprimées n'engagent que leurs auteurs"), liability
      for links ("Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung
      ..."), "This document is subject to copyright", "Our journalists strive for accuracy";
    * trademark notices, every sentence of the line one ("Example® is a registered
      trademark of Example Inc.", "... ist eine eingetragene Marke der ..."), and long
      footer lines that open with "©" and hold little else;
    * Creative Commons licence lines ("Content on this site is licensed under a Creative
      Commons ... license", "steht unter einer Creative Commons ... Lizenz");
    * citation lines ("Citation: Title (2019, November 18) retrieved ... from https://..."),
      error-report prompts alone on a line ("Report an error", "Feedback to editors",
      "Fehler melden", "Signaler une erreur", "Сообщить об ошибке") and no-warranty notes
      standing as a sentence ("Alle Angaben ohne Gewähr", "Salvo error u omisión").

Keeps:
    * prose about copyright and rights ("Copyright law changed in 2019.", "... stand
      between all rights reserved and the public domain."): "Copyright" must be followed
      by a sign, a year, "by" or a colon, and a rights phrase must stand as a sentence;
    * credits in captions ("The new bridge at night © Jane Doe"): a "©" in the middle of a
      line counts only before a year;
    * list items of a contract ("(c) The tenant pays the rent."): "(c)" needs a year, or a
      short line without a full stop;
    * "Privacy", "Disclaimer", "Datenschutz" as the subheading of a paragraph, and a line
      of footer links without any legal page ("Contact | About us"), which is left to the
      navigation rule;
    * on a legal page itself (its first line, the <title> as a rule, opens with the name:
      "Impressum - Example GmbH"), that name alone on a line: it may be the headline;
    * sentences of an article on the same subjects: a disclaimer must open its line, a
      trademark sentence must be a list of names, the phrase and an owner ("The firm
      argued that the word Harbour is a registered trademark of ..." stays), a licence
      line needs "under a Creative Commons" ("Creative Commons licences let authors
      ..." stays), an error prompt must be the whole line ("Officials admitted an error
      ..." stays).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import FLAGS, alternation, fragments
from ..vocab.legal import (
    CITE_LABELS,
    CORRECTIONS,
    DISCLAIMERS,
    FOOTER_PAGES,
    LEGAL_PAGES,
    NO_WARRANTY,
    NOTICES,
    RETRIEVED,
    RIGHTS,
    TRADEMARKS,
)
from ..vocab.stopwords import WORDS as STOPWORDS
from ._openers import Openers
from ._phrase_line import trie

# Every copyright line and every piece of small print holds one of these (lowered);
# legal links open their line, so a look at its first word suffices for them.
_TRIGGER = (
    r"©|\(c\)|copyright|reserv|réserv|riservat|rechte|prawa|права|版权|保留所有|著作権|無断"
    r"|constitutes acceptance|may not be published|reprodu|riprodu|nachdruck|vervielfältig"
    r"|материалов|перепечат|uitgave|kopiowanie"
)
# Stems of the site-wide notices: disclaimers, trademarks, licences, citations, errata.
_NOTICE_TRIGGER = (
    r"intended|purposes only|advice|evaluated by the food|necessarily|responsib|subject to copy"
    r"|strive for accuracy|trademark|service mark|creative commons|cc by|cc-by|error|mistake|typo"
    r"|feedback to|correction|omission|haftung|gewähr|ersetz|stellen kein|meinung|urheberrecht"
    r"|marke|warenzeichen|fehler|vorbehalt|conseil|avis|engagent|reflètent|droit d|marque|erreur"
    r"|sustitu|reemplaz|constitu|reflejan|representan|derechos|marca|sostitu|riflettono"
    r"|rappresentano|copyright|marchi|errore|substitu|refletem|direitos|erro|vervangt|is geen"
    r"|niet bedoeld|weerspiegelen|verantwoordelijk|auteursrecht|handelsmerk|fout|rechten"
    r"|stanowi|zastępuj|odzwierciedla|odpowiedzialności|prawem autorskim|znak|błąd|gwarancji"
    r"|является|заменя|совпада|ответственност|авторским|оферт|товарн|ошибк|опечатк"
    r"|citation|cite|citer|citar|citare|citeer|cytow|цитир|zitier|référence"
)
# Labels that may stand before a disclaimer: "Disclaimer:", "*", "Hinweis:".
_NOTICE_LABEL = (
    r"[\s*†¹]*(?:(?:medical |financial |editor['’]s |important |advertising )?"
    r"(?:disclaimer|disclosure|werbehinweis|transparenzhinweis|note|notice"
    r"|haftungsausschluss|hinweis|rechtlicher hinweis|avertissement|aviso(?: legal)?|avviso|nota"
    r"|zastrzeżenie|примечание|отказ от ответственности)\s*[:：-]\s*)?"
)
_NOTICE_MAX_CHARS = 900
_SENTENCES = regex.compile(r"(?<=[.!?])\s+(?=[\p{Lu}\p{N}©*])")
# "licensed under a Creative Commons ... licence", "steht unter einer Creative Commons ...".
_LICENCE = (
    r"(?:licen[cs]ed|lizenziert|published|available|released|distributed|steht|stehen|ist|sind"
    r"|est|sont|está|están|è|sono|estão|is|are|zijn|jest|są|распространяется|доступн\w*"
    r"|licenciad[oa]s?|licenziat[oi]|licencjonowan\w*|gelicentieerd)"
    r"\s+(?:\S+\s+){0,4}?(?:under|unter|sous|bajo|sotto|sob|onder|na|по|als|as|come|como|comme)"
    r"\s+(?:\S+\s+){0,4}?(?:creative\s*commons|cc[ -]by)"
)
_MARK_WORDS = 15  # names before "is a registered trademark of", the owner after it
# Function words that make the words before a trademark phrase a clause, not a list of names.
_FUNCTION = frozenset(w for words in STOPWORDS.values() for w in words) - frozenset(
    [
        "and",
        "the",
        "of",
        "und",
        "der",
        "die",
        "das",
        "et",
        "le",
        "la",
        "les",
        "y",
        "el",
        "los",
        "e",
        "o",
        "a",
        "i",
        "en",
        "и",
        "all",
        "other",
        "its",
        "their",
        "alle",
    ]
)
_MAX_CHARS = 400
_PREFIX_WORDS = 8  # "Example Media Group © 2024": a name before the sign
_SHORT_WORDS = 10
_PARAGRAPH_WORDS = 8  # a line of this many words after a lone link makes it a subheading
_SEPARATORS = (
    r"(?:\s*(?:[|•·/,+&]|[–—-]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bи\b|\ben\b)\s*|\s+)"
)
_HARD_SEPARATOR = re.compile(r"[|•·/]")
_DECORATION = r"[\s|•·/–—>»›:-]*"


class Legal(Rule):
    name = "legal"
    summary = "Copyright notices, legal small print and links to legal pages."
    tags = ("copyright", "legal", "footer", "multilingual")
    context = True  # a lone legal link is judged by the line after it

    def __init__(self) -> None:
        self._trigger = re.compile(_TRIGGER)
        self._openers = Openers([*fragments(LEGAL_PAGES), *fragments(FOOTER_PAGES)])
        rights = alternation(fragments(RIGHTS))
        # The notice opens the line: "©", "(c) 2024", "Copyright ©", "Copyright 2019".
        self._opens = regex.compile(
            r"^[^\p{L}\p{N}©(]*(?:©|℗|\(c\)(?=\s*(?:\d{4}|\p{L}))"
            r"|copyright\s*(?:©|\(c\)|\d{4}|by\b|:))",
            FLAGS,
        )
        # "© 2024" after a few words: "Example Inc © 2024.", "Copyright Example © 2024"
        self._sign_year = regex.compile(r"(?:©|\(c\))\s*\d{4}", FLAGS)
        # A rights phrase that makes a sentence of its own.
        self._rights = regex.compile(
            rf"(?:^|[.!|•·,;–—:-]\s*|\d{{4}}\s*|©\s*|\s\s)(?P<phrase>{rights})(?=\s*(?:$|[|•·–—!-]|\.(?:\s|$)|\d{{4}}))",
            FLAGS,
        )
        self._notice = regex.compile(alternation(fragments(NOTICES)), FLAGS)
        legal = alternation(fragments(LEGAL_PAGES))
        item = alternation([*fragments(LEGAL_PAGES), *fragments(FOOTER_PAGES)])
        self._links = regex.compile(
            rf"{_DECORATION}{item}(?:{_SEPARATORS}{item})*{_DECORATION}", FLAGS
        )
        self._legal_item = regex.compile(rf"(?<!\p{{L}}){legal}(?!\p{{L}})", FLAGS)
        self._single = regex.compile(rf"{_DECORATION}(?P<item>{legal}){_DECORATION}", FLAGS)
        # The notices are read with ``re``: their phrases need nothing of ``regex``, and
        # ``re`` is many times faster on them. The trigger is a trie of literal stems.
        self._notice_trigger = re.compile(trie(_NOTICE_TRIGGER.split("|")))
        self._disclaimer = re.compile(
            rf"{_NOTICE_LABEL}(?P<phrase>{alternation(fragments(DISCLAIMERS))})", re.IGNORECASE
        )
        self._trademark = re.compile(
            rf"(?<![^\W\d_]){alternation(fragments(TRADEMARKS))}", re.IGNORECASE
        )
        self._licence = re.compile(_LICENCE, re.IGNORECASE)
        self._correction = re.compile(
            rf"[\s*»›>|-]*{alternation(fragments(CORRECTIONS))}[\s?!.:»›>|]*", re.IGNORECASE
        )
        warranty = alternation(fragments(NO_WARRANTY))
        self._warranty = re.compile(
            rf"(?:^|[.!|–—(-]\s*|©.*?\s)\(?(?P<phrase>{warranty})(?=\s*(?:$|[.!)|–—-]))",
            re.IGNORECASE,
        )
        self._citation = re.compile(
            rf"[\s*]*(?:{alternation(fragments(CITE_LABELS))})\s*[:：]\s*\S.*?"
            rf"(?:{alternation(fragments(RETRIEVED))})",
            re.IGNORECASE,
        )

    def judge(self, doc: Document) -> Iterator[Verdict]:
        done: set[int] = set()
        for seg in doc.matching(self._trigger):
            if len(seg.text) <= _MAX_CHARS:
                reason = self._copyright(seg.text) or self._small_print(seg.text)
                if reason is not None:
                    done.add(seg.index)
                    yield self.remove(seg, reason)
        for seg in doc.matching(self._notice_trigger):
            if seg.index not in done and len(seg.text) <= _NOTICE_MAX_CHARS:
                reason = self._site_notice(seg.text)
                if reason is not None:
                    done.add(seg.index)
                    yield self.remove(seg, reason)
        for seg in doc.kept():
            text = seg.text
            if seg.index in done or len(text) > _MAX_CHARS // 2:
                continue
            if self._openers.may_open(text):
                reason = self._pages(seg, doc)
                if reason is not None:
                    yield self.remove(seg, reason)

    def _copyright(self, text: str) -> str | None:
        """The reason when ``text`` is a copyright line, else None."""
        quoted = _quote(text)
        opens = self._opens.match(text)
        if opens is not None and (not opens.group().lower().endswith("(c)") or self._c_ok(text)):
            return f"a copyright notice: {quoted}"
        sign = self._sign_year.search(text)
        if sign is not None and len(text[: sign.start()].split()) <= _PREFIX_WORDS:
            return f"a copyright notice: {quoted}"
        rights = self._rights.search(text)
        if rights is not None:
            return f"a copyright notice ({rights.group('phrase')!r}): {quoted}"
        return None

    @staticmethod
    def _c_ok(text: str) -> bool:
        """ "(c)" opens a notice before a year, or on a short line without a full stop."""
        after = text.lower().split("(c)", 1)[1].lstrip()
        if after[:4].isdigit():
            return True
        return len(text.split()) <= _SHORT_WORDS and not text.rstrip().endswith((".", ";"))

    def _small_print(self, text: str) -> str | None:
        found = self._notice.search(text)
        if found is None:
            return None
        return f"legal small print ({found.group()!r})"

    def _site_notice(self, text: str) -> str | None:
        """The reason when ``text`` is a site-wide notice: a disclaimer, a trademark or
        licence notice, a citation line, an error-report prompt."""
        found = self._disclaimer.match(text)
        if found is not None:
            return f"a site-wide disclaimer ({_quote(found.group('phrase'))})"
        if self._correction.fullmatch(text) is not None:
            return f"a prompt to report an error: {_quote(text)}"
        if self._citation.match(text) is not None:
            return f"a line telling how to cite the page: {_quote(text)}"
        found = self._warranty.search(text)
        if found is not None and len(text) <= _MAX_CHARS:
            return f"a no-warranty note ({found.group('phrase')!r})"
        if len(text) <= _MAX_CHARS and self._licence.search(text) is not None:
            return f"a Creative Commons licence notice: {_quote(text)}"
        if self._trademarks(text):
            return f"a trademark notice: {_quote(text)}"
        if len(text) > _MAX_CHARS and self._opens.match(text) and self._long_notice(text):
            return f"a copyright and trademark notice: {_quote(text)}"
        return None

    def _long_notice(self, text: str) -> bool:
        """A long footer line that opens with "©": its sentences are notices or pointers to
        them ("For a list of our trademarks, see ..."), all but one at most."""
        sentences = _SENTENCES.split(text)
        notices = sum(
            1
            for s in sentences
            if self._copyright(s) or "trademark" in s.lower() or self._licence.search(s)
        )
        return notices >= max(2, len(sentences) - 1)  # one sentence may explain them

    def _trademarks(self, text: str) -> bool:
        """Every sentence of ``text`` is a trademark (or copyright) notice."""
        sentences = _SENTENCES.split(text)
        marks = [self._trademark_sentence(s) for s in sentences]
        return any(marks) and all(
            m or self._copyright(s) for m, s in zip(marks, sentences, strict=True)
        )

    def _trademark_sentence(self, sentence: str) -> bool:
        """ "Example® and Sample are registered trademarks of Example Inc.": names, the
        phrase, an owner. A clause before the names ("The firm argued that the word ...")
        makes it a sentence of an article."""
        found = self._trademark.search(sentence)
        if found is None:
            return False
        before = sentence[: found.start()].lower().split()
        after = sentence[found.end() :].split()
        return (
            len(before) <= _MARK_WORDS
            and len(after) <= _MARK_WORDS
            and not any(w.strip(",;:") in _FUNCTION for w in before)
        )

    def _pages(self, seg: Segment, doc: Document) -> str | None:
        """Links to legal pages: several on one line, or one with no paragraph after it."""
        text = seg.text
        if self._links.fullmatch(text) is None:
            return None
        items = self._legal_item.findall(text)
        if not items:
            return None  # footer links without a legal page: navigation's business
        single = self._single.fullmatch(text)
        if single is None and (len(items) > 2 or _HARD_SEPARATOR.search(text)):
            return f"links to legal pages: {_quote(text)}"
        after = doc.neighbour(seg, 1)
        before = doc.neighbour(seg, -1)
        in_links = before is not None and self._links.fullmatch(before.text) is not None
        if after is not None and _paragraph(after.text) and not in_links:
            return None  # "Datenschutz", "Privacy and cookies" over a paragraph: a subheading
        if single is not None and _names_page(single.group("item"), doc):
            return None  # on the imprint page itself, "Impressum" is its headline
        if single is None:
            return f"links to legal pages: {_quote(text)}"
        return f"a link to the legal page {single.group('item')!r}"


def _names_page(item: str, doc: Document) -> bool:
    """True if the first line of the page (its <title>, as a rule) opens with ``item``."""
    if not doc.segments:
        return False
    first = doc.segments[0].text
    return (
        first[: len(item)].lower() == item.lower()
        and not first[len(item) : len(item) + 1].isalpha()
    )


def _paragraph(text: str) -> bool:
    return len(text.split()) >= _PARAGRAPH_WORDS or text.rstrip().endswith((".", "!", "?", ":"))


def _quote(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")
