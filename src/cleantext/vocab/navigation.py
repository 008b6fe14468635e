"""Navigation phrases: skip links, menu buttons and their labels, per language.

Every fragment must fill a whole line (bar trailing punctuation and arrows).

* ``SKIP_LINKS`` are links that jump over or back to parts of the page ("Skip to main
  content", "Zum Inhalt springen", "Back to top") and buttons that open, close or
  toggle a menu ("Toggle navigation", "Menü öffnen"). They are never text, wherever
  they stand.
* ``MENU_LABELS`` are the one-word labels of menu and search buttons ("Menu", "Suche",
  "Поиск"). Such a word may also head a section of an article (a restaurant's "Menu", a
  car's "Navigation"), so a label between two paragraphs is kept as a subheading.
"""

from __future__ import annotations

# What an English skip link jumps to: "main content", "navigation", "search" ...
_EN_TARGET = (
    r"(?:the )?(?:main |primary |page )?"
    r"(?:content|navigation|menu|search|footer|article|text|sidebar)"
)

SKIP_LINKS: dict[str, tuple[str, ...]] = {
    "en": (
        rf"skip (?:to|over|past) {_EN_TARGET}",
        rf"jump to {_EN_TARGET}",
        rf"go to {_EN_TARGET}",
        r"skip navigation",
        r"skip links?",
        r"(?:open|close|toggle|show|hide|expand|collapse) (?:the )?(?:main )?(?:menu|navigation|search)",
        r"toggle (?:main )?navigation",
        r"(?:back|return|scroll) to (?:the )?top(?: of (?:the )?page)?",
        r"top of (?:the )?page",
    ),
    "de": (
        r"(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln| gehen)?",
        r"(?:direkt )?zur (?:haupt)?navigation(?: springen| wechseln)?",
        r"zur suche(?: springen)?",
        r"(?:haupt)?inhalt überspringen",
        r"navigation überspringen",
        r"springe? (?:zum|zur) (?:haupt)?(?:inhalt|navigation|suche)",
        r"(?:menü|navigation|suche) (?:öffnen|schließen|ein-?/?ausblenden|anzeigen)",
        r"(?:zurück )?(?:nach oben|zum seitenanfang)",
        r"seitenanfang",
    ),
    "fr": (
        r"(?:aller|passer|accéder|sauter) (?:au|à la) (?:contenu(?: principal)?|navigation|menu|recherche)",
        r"(?:ouvrir|fermer|afficher|masquer) (?:le )?(?:menu|la navigation|la recherche)",
        r"retour en haut(?: de (?:la )?page)?",
        r"haut de (?:la )?page",
    ),
    "es": (
        r"(?:saltar|ir|pasar) (?:al|a la) (?:contenido(?: principal)?|navegación|menú)",
        r"(?:abrir|cerrar|mostrar|ocultar) (?:el )?(?:menú|la navegación)",
        r"(?:volver|ir) arriba",
        r"volver al inicio de la página",
    ),
    "it": (
        r"(?:vai|salta|passa) (?:al|alla) (?:contenuto(?: principale)?|navigazione|menu)",
        r"(?:apri|chiudi) (?:il )?menu",
        r"torna (?:su|in alto|all'inizio)",
    ),
    "pt": (
        r"(?:ir|saltar|pular) para (?:o )?(?:conteúdo(?: principal)?|navegação|menu)",
        r"(?:abrir|fechar) (?:o )?menu",
        r"voltar ao topo",
    ),
    "nl": (
        r"(?:ga |direct |spring )?naar (?:de )?(?:hoofd)?(?:inhoud|navigatie|content)",
        r"navigatie overslaan",
        r"(?:open|sluit) (?:het )?menu",
        r"(?:terug )?naar boven",
    ),
    "pl": (
        r"(?:przejdź|przeskocz) do (?:głównej )?(?:treści|zawartości|nawigacji|menu|wyszukiwarki)",
        r"(?:otwórz|zamknij) menu",
        r"(?:powrót )?do góry",
    ),
    "ru": (
        r"перейти к (?:основному )?(?:содержанию|содержимому|контенту|навигации|поиску)",
        r"к (?:основному )?(?:содержанию|содержимому)",
        r"пропустить навигацию",
        r"(?:открыть|закрыть) меню",
        r"(?:вернуться )?наверх",
    ),
}

MENU_LABELS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:main |site )?menu", r"(?:main |site )?navigation", r"search"),
    "de": (r"(?:haupt)?menü", r"(?:haupt)?navigation", r"suche(?:n)?"),
    "fr": (r"menu(?: principal)?", r"navigation", r"recherche(?:r)?"),
    "es": (r"menú(?: principal)?", r"navegación", r"buscar", r"búsqueda"),
    "it": (r"menu(?: principale)?", r"navigazione", r"cerca", r"ricerca"),
    "pt": (r"menu(?: principal)?", r"navegação", r"pesquisar", r"buscar"),
    "nl": (r"(?:hoofd)?menu", r"navigatie", r"zoeken"),
    "pl": (r"menu(?: główne)?", r"nawigacja", r"szukaj", r"wyszukaj"),
    "ru": (r"(?:главное )?меню", r"навигация", r"поиск", r"найти"),
}

# Every phrase above holds one of these lower-case stems: a cheap first test that picks
# the few lines worth matching against the phrases (see ``Document.matching``).
TRIGGER_STEMS: tuple[str, ...] = (
    # what a skip link jumps to
    "skip", "jump", "content", "contenu", "contenido", "contenuto", "conteúdo", "inhalt",
    "inhoud", "treści", "zawartości", "содерж", "контент",
    # menus and navigation
    "menu", "menü", "menú", "меню", "navig", "naveg", "nawigac", "навигац",
    # search
    "search", "such", "recherch", "buscar", "búsqueda", "cerca", "pesquis", "zoek",
    "szukaj", "wyszuk", "поиск", "найти",
    # back to top
    "top", "oben", "seitenanfang", "haut", "arriba", "inicio", "torna", "topo", "boven",
    "góry", "наверх",
)  # fmt: skip
