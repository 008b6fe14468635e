"""Notices about the reader's browser: enable JavaScript, update the browser.

Why: a page fetched by a scraper shows the notices meant for a browser without
scripts or an old one: "Please enable JavaScript to view this page", "This slideshow
requires JavaScript.", "Your browser does not support the video tag", "Sie verwenden
einen veralteten Browser". They speak to a visitor's machine, not about the topic.

How: only lines that name JavaScript or a browser are read (one pass over the
lower-cased text finds them), and a line goes only when a notice's grammar opens it:

Removes, in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish and
Russian:
    * requests to switch scripts on: "Please enable JavaScript ...", "Bitte aktivieren
      Sie JavaScript ...", "Activez JavaScript ...", "Włącz obsługę JavaScript ...";
    * "JavaScript is disabled", "JavaScript ist deaktiviert", "Javascript deaktiviert";
    * a page part that needs scripts: "This slideshow requires JavaScript.", "Diese
      Seite benötigt JavaScript ...", "Sorry, but your browser needs JavaScript ...";
    * the reader's browser: "Your browser does not support the video tag", "Ihr
      Browser unterstützt Inlineframes nicht", "Du verwendest einen veralteten
      Browser", "You are using an outdated browser", "Please update your browser".

Keeps:
    * sentences about browsers and scripts that do not speak to the reader: "The new
      browser requires 4 GB of memory", "JavaScript is disabled by default in the Tor
      browser, the developers said": a notice must open its line with its grammar
      ("please enable", "your browser", "this page requires", "you are using");
    * long lines (over 250 characters): a paragraph that explains how to change
      browser settings on a help page is the page's content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._document import Document, Verdict
from .._rule import Rule

_MAX_CHARS = 250
_TRIGGER = re.compile(r"javascript|browser|navigat|navegador|przegl[aą]dar|браузер")

_PLEASE = r"(?:(?:please|bitte|veuillez|por favor|per favore|proszę|пожалуйста|graag)[\s,:]+)?"
_ENABLE = (
    r"(?:enable|activate|turn on|switch on|aktivieren sie|aktiviere|aktivier|schalten sie"
    r"|einschalten|activez|activer|activa|habilita|habilite|active|ative|attiva|abilita"
    r"|włącz|wlacz|включите|включить|schakel|zet)"
)
_JS = r"(?:javascript|js)"
_BROWSER = r"(?:web ?)?(?:browser\w*|navigateur|navegador|przeglądark\w*|браузер\w*)"
_YOUR = (
    r"(?:your|ihr|ihrem|ihren|dein|deinem|deinen|votre|tu|su|il tuo|seu|o seu|twoja|twojej"
    r"|ваш|вашем|вашего|uw|je)"
)
_NEEDS = (
    r"(?:requires|require|needs|need|benötigt|erfordert|braucht|nécessite|requiere|necesita"
    r"|richiede|requer|precisa|wymaga|требует|vereist|heeft \S+ nodig)"
)
# Things on a page that may need scripts: the subject of "... requires JavaScript".
_THING = (
    r"(?:this|diese[rs]?|cette|ce|cet|este|esta|questo|questa|ta|ten|to|этот|эта|это|deze|dit"
    r"|the|die|der|das|la|le|el|il|a|o|de|het)?\s*"
    r"(?:site|website|page|slideshow|gallery|video|map|player|application|app|shop|content"
    r"|seite|webseite|diashow|galerie|karte|anwendung|inhalt\w*|page|diaporama|carte"
    r"|página|sitio|mapa|pagina|sito|strona|odtwarzacz\w*|mapa|сайт|страница|карта"
    r"|pagina|kaart)"
)
_OPENER = r"(?:sorry[,:]?\s*(?:but\s*)?|leider\s*|hinweis:\s*|note:\s*|achtung:\s*)?"
_STATE = (
    r"(?:disabled|switched off|turned off|deaktiviert|ausgeschaltet|désactivé|desactivado"
    r"|disattivato|desativado|wyłączon\w*|отключ\w*|uitgeschakeld)"
)
_OLD = (
    r"(?:outdated|old|out-of-date|unsupported|veraltet\w*|alte[nm]?|obsolète|ancien"
    r"|desactualizado|antiguo|obsoleto|vecchio|desatualizado|antigo|przestarzał\w*"
    r"|nieaktualn\w*|устаревш\w*|verouderde)"
)
_USING = (
    r"(?:you are using|you're using|you use|sie verwenden|sie nutzen|du verwendest|du nutzt"
    r"|vous utilisez|estás usando|está usando|usas|stai usando|sta usando|utilizzi"
    r"|você está usando|está a usar|używasz|вы используете|u gebruikt|je gebruikt"
    r"|we've detected you are on|we have detected that you are using)"
)
_REFUSES = (
    r"(?:does not support|doesn't support|do not support|cannot|can't|is not supported"
    r"|is(?: \w+)? outdated|is out of date|needs|unterstützt|kann|ist(?: \w+)? veraltet"
    r"|ne prend pas en charge|ne supporte pas|n'est pas compatible|est obsolète|no admite"
    r"|no soporta|no es compatible|no puede|non supporta|non è supportato|è obsoleto"
    r"|não suporta|não é compatível|nie obsługuje|jest przestarzała|не поддерживает"
    r"|устарел|ondersteunt)"
)
_UPDATE = (
    r"(?:update|upgrade|aktualisieren sie|aktualisiere|mettez à jour|actualiza|actualice"
    r"|aggiorna|atualize|zaktualizuj|обновите|werk)"
)
# A request to enable scripts is a notice when it is short or speaks of the page, the
# browser or seeing something; "Enable JavaScript source maps to debug" is a tutorial.
_FOR_THE_PAGE = (
    r"(?=.{0,60}$|.*(?:browser|navigat|navegador|przegl|браузер|seite|page|site|sitio|strona"
    r"|сайт|pagina|página|continue|weiter|view|display|anzeig|darstell|sehen|\bsee\b|nutzen"
    r"|funktion|afficher|\bver\b|vedere|visualizz|korzyst|просмотр|działa))"
)
_NOTICES = (
    (
        "a request to enable JavaScript",
        rf"{_FOR_THE_PAGE}{_OPENER}{_PLEASE}{_ENABLE}\b.{{0,60}}\b{_JS}\b",
    ),
    (
        "a notice that JavaScript is off",
        rf"{_OPENER}{_JS}\s*(?:\w+\s+)?{_STATE}\b(?:[^.!?]{{0,80}}{_BROWSER})?[\s.!]*(?:$|[.!]\s)",
    ),
    (
        "a notice that the page needs JavaScript",
        rf"{_OPENER}(?:{_THING}(?:\s+\w+)?|{_YOUR}\s+{_BROWSER})\s+{_NEEDS}\b.{{0,40}}\b{_JS}\b",
    ),
    (
        "a notice about the reader's browser",
        rf"{_OPENER}{_YOUR}\s+{_BROWSER}\s+(?:\w+\s+)?{_REFUSES}\b",
    ),
    (
        "a notice about the reader's browser",
        rf"{_OPENER}{_USING}\s+\w+\s+(?:{_OLD}\s+{_BROWSER}|{_BROWSER}\s+{_OLD})",
    ),
    (
        "a request to update the browser",
        rf"{_OPENER}{_PLEASE}{_UPDATE}\s+{_YOUR}\s+{_BROWSER}",
    ),
)


class BrowserNotice(Rule):
    name = "browser_notice"
    summary = "Notices about the reader's browser: enable JavaScript, update the browser."
    tags = ("javascript", "browser", "multilingual")
    context = False

    def __init__(self) -> None:
        self._notices = [(kind, re.compile(pattern)) for kind, pattern in _NOTICES]

    def judge(self, doc: Document) -> Iterator[Verdict]:
        for seg in doc.matching(_TRIGGER):
            if len(seg.text) > _MAX_CHARS:
                continue
            lowered = doc.lowered[seg.start : seg.end]
            for kind, pattern in self._notices:
                if pattern.match(lowered):
                    yield self.remove(seg, f"{kind} ({_quote(seg.text)})")
                    break


def _quote(text: str) -> str:
    return repr(text if len(text) <= 50 else text[:49] + "…")
