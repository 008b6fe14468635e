"""Cookie, consent and privacy notices and their buttons.

Why: nearly every page in Europe, and many elsewhere, opens or ends with a cookie
banner. Scraped as text it leaves a notice ("We use cookies to improve your experience.
By continuing to browse, you agree to our use of cookies.") and its buttons ("Accept
all", "Manage preferences", "Cookie settings"), sometimes a whole dialog of cookie
categories, none of which belongs to the article.

How: two readings of a line, then its neighbours.

* A button line: the phrases of ``cleantext.vocab.consent`` cover all of it. Strong
  phrases decide alone ("Accept all cookies", "Cookie-Einstellungen", "Tout accepter");
  links to a cookie policy ("Cookie Policy") decide alone but take nothing beside them,
  since footers list them among other links; weak phrases ("OK", "Accept", "Privacy
  policy", "Mehr erfahren") go only beside a strong line.
* A notice: a line that begins with the site's statement that it uses cookies, or
  that going on means consent ("We use cookies", "Diese Website verwendet Cookies",
  "By continuing to browse"), with nothing before it but a name, a label or a whole
  sentence; it names cookies early, asks for or announces consent ("you agree",
  "Accept", "Cookie policy") and speaks to the reader or of the site itself ("you",
  "our", "this site"). A line that opens with a quotation mark is a quote, not a notice.
* Beside a notice or a button, the rest of the dialog goes too: weak buttons, and lines
  that name cookies and either speak of "these cookies", "this website", a "cookie
  name", or ask the reader for consent.

Removes:
    * cookie notices in nine languages: "We use cookies to ensure that we give you the
      best experience. If you continue, we will assume that you are happy with it. Ok",
      "Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie
      der Verwendung von Cookies zu.", "Nous utilisons des cookies ... En savoir plus",
      "Utilizamos cookies ...", "Мы используем файлы cookie ...";
    * their buttons and links: "Accept all", "Reject all", "Manage preferences",
      "Cookie settings", "Cookie Policy", "Alle Cookies akzeptieren", "Tout refuser",
      "Aceptar todo", "Принять все", and "OK", "Learn more" beside them;
    * the category lines of a cookie dialog beside them ("Strictly necessary cookies",
      "These cookies are essential for the website to function").

Keeps:
    * articles about cookies, privacy law or consent: "The regulator fined the company
      for setting cookies without consent", "Most websites use cookies; by clicking
      accept, users agree to be tracked, the study found";
    * a sentence that quotes a banner ("“We use cookies,” the banner says");
    * recipes: "Bake the cookies for 12 minutes", "Cookies" alone as a heading;
    * "Privacy policy", "OK" or "Accept" away from any notice or cookie button.

Known limit: a notice-like sentence without quotation marks in an article written by
the site about itself ("We use cookies only to count visitors; you can opt out at any
time.") reads as a notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._document import Document, Segment, Verdict
from .._rule import Rule
from ..vocab import alternation, fragments
from ..vocab.consent import (
    BUTTONS,
    CLAUSES,
    DIALOG,
    GLUE,
    OPENERS,
    POLICY_LINKS,
    PREFIX_WORDS,
    PRIVACY_LINKS,
    SELF,
    TRIGGERS,
    WEAK_BUTTONS,
)
from ._phrase_line import Found, PhraseLines, Reading

# Buttons are short; notices are sentences, a few of them at most.
_MAX_BUTTON_CHARS = 200
_MAX_NOTICE_CHARS = 1500
# A dialog line beside a notice: a paragraph of the dialog, not a page of text.
_MAX_DIALOG_CHARS = 600
# The notice must say so at once: the opener within the first characters, after at
# most a few words of name or label, and cookies named early.
_OPENER_WITHIN = 200
_PREFIX_WORDS = 8
_COOKIE_WITHIN = 250
_SENTENCE_END = re.compile(r"[.!?]\s+$")
_QUOTES = "\"'“”„‘’«»‹›"
_NOTICE = "a cookie notice"
_DIALOG = "a cookie-dialog text"


class Consent(Rule):
    name = "consent"
    summary = "Cookie, consent and privacy notices."
    tags = ("cookie", "consent", "privacy")

    def __init__(self) -> None:
        self._lines = PhraseLines(
            strong={"a cookie button": fragments(BUTTONS)},
            lone={"a cookie-policy link": fragments(POLICY_LINKS)},
            weak={
                "a consent button": fragments(WEAK_BUTTONS),
                "a privacy link": fragments(PRIVACY_LINKS),
            },
            glue=fragments(GLUE),
            triggers=TRIGGERS,
        )
        self._cookie = re.compile(r"cooki|куки")
        self._opener = re.compile(rf"(?<!\w){alternation(fragments(OPENERS))}")
        self._clause = re.compile(rf"(?<!\w){alternation(fragments(CLAUSES))}")
        self._self = re.compile(rf"(?<!\w){alternation(fragments(SELF))}(?!\w)")
        self._dialog = re.compile(rf"(?<!\w){alternation(fragments(DIALOG))}")
        self._word = re.compile(r"\w[\w'’-]*")
        self._prefix_words = frozenset(fragments(PREFIX_WORDS))

    def judge(self, doc: Document) -> Iterator[Verdict]:
        strong: list[Found] = []
        for seg in self._lines.candidates(doc, _MAX_NOTICE_CHARS):
            lowered = doc.lowered[seg.start : seg.end]
            reading = None
            if len(lowered) <= _MAX_BUTTON_CHARS:
                reading = self._lines.read(seg.text, lowered)
            if reading is None or not reading.strong:
                reading = self._notice(seg.text, lowered)
            if reading is not None and reading.strong:
                strong.append(Found(seg, reading))
        for found in self._lines.grow(doc, strong, extra=lambda seg: self._dialog_line(doc, seg)):
            yield self.remove(found.seg, found.reason())

    def _notice(self, text: str, lowered: str) -> Reading | None:
        """A cookie notice: see the module docstring for what makes one."""
        if len(lowered) > _MAX_NOTICE_CHARS or lowered[:1] in _QUOTES:
            return None
        if self._cookie.search(lowered, 0, _COOKIE_WITHIN) is None:
            return None
        opener = self._first_opener(text, lowered)
        if opener is None:
            return None
        clause = self._clause.search(lowered, opener.end())
        if clause is None or self._self.search(lowered) is None:
            return None
        return Reading(_NOTICE, text[: clause.end()], strong=True)

    def _first_opener(self, text: str, lowered: str) -> re.Match[str] | None:
        """The opener that begins the line (after a name or label) or a sentence in it.

        "To serve you better we use cookies. By continuing to browse, you agree ..."
        opens its second sentence with the notice.
        """
        for opener in self._opener.finditer(lowered, 0, _OPENER_WITHIN):
            before = text[: opener.start()]
            if self._may_open(before) or _SENTENCE_END.search(before):
                return opener
        return None

    def _may_open(self, prefix: str) -> bool:
        """True if the words before an opener are a name, a label or the site itself."""
        words = self._word.findall(prefix)
        return len(words) <= _PREFIX_WORDS and all(
            w[0].isupper() or w.lower() in self._prefix_words for w in words
        )

    def _dialog_line(self, doc: Document, seg: Segment) -> Reading | None:
        """A line of a cookie dialog: it names cookies and speaks of itself or the site.

        Either it has a word of ``DIALOG`` ("these cookies", "cookie name"), or it asks
        for consent and speaks to the reader ("you can accept ...").
        """
        if len(seg.text) > _MAX_DIALOG_CHARS:
            return None
        lowered = doc.lowered[seg.start : seg.end]
        if self._cookie.search(lowered) is None:
            return None
        notice = self._notice(seg.text, lowered)
        if notice is not None:
            return notice
        speaks_of_itself = self._dialog.search(lowered) is not None or (
            self._clause.search(lowered) is not None and self._self.search(lowered) is not None
        )
        if not speaks_of_itself:
            return None
        return Reading(_DIALOG, seg.text, strong=False)
