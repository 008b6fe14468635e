"""Navigation phrases: skip links, menu buttons and their labels, per language.

Every fragment must fill a whole line (bar trailing punctuation and arrows).

* ``SKIP_LINKS`` are links that jump over or back to parts of the page ("Skip to main
  content", "Zum Inhalt springen", "Back to top") and buttons that open, close or
  toggle a menu ("Toggle navigation", "Menü öffnen"). They are never text, wherever
  they stand.
* ``MENU_LABELS`` are the one-word labels of menu and search buttons ("Menu", "Suche",
  "Поиск"). Such a word may also head a section of an article (a restaurant's "Menu", a
  car's "Navigation"), so a label between two paragraphs is kept as a subheading.
* ``BACK_LINKS`` lead back to an overview or the home page ("Back to overview", "Zurück
  zur Übersicht", "Retour à la liste", "Volver al inicio").
* ``READ_MORE`` are "read more" links under a teaser or a cut article ("Read more",
  "Weiterlesen", "Lire la suite", "Leer más", "Czytaj dalej", "Читать далее") and "more
  about me" links of a blog's sidebar.
* ``PAGER`` links lead to the next or previous post ("Next post", "Vorheriger Artikel",
  "Article suivant", "Entrada anterior"); they may carry that post's title after them.
* ``PAGER_LABELS`` are one-word buttons of the same kind ("Next", "Zurück", "Weiter",
  "Précédent"): like menu labels, kept between two paragraphs.
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
        r"(?:jump|skip|go) to (?:the )?(?:recipe|comments|video)",
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
        r"(?:direkt )?zu(?:m|r|den) (?:rezept|kommentaren|video)(?: springen)?",
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

_EN_PLACE = (
    r"(?:the )?(?:overview|home ?page|home|start page|front page|main page|list|index|archive"
    r"|previous page|search results|results|blog|news|gallery|articles|posts|stories|top"
    r"|all (?:news|articles|posts|stories|press releases|reports|events|galleries))"
)

BACK_LINKS: dict[str, tuple[str, ...]] = {
    "en": (
        rf"(?:back|return|go back|take me back) to {_EN_PLACE}",
        r"(?:back|return) to [\w&'’-]+(?: [\w&'’-]+)? (?:overview|home ?page|list|archive|index)",
    ),
    "de": (
        r"(?:zurück )?zu(?:r|m) (?:übersicht|startseite|homepage|liste|listenansicht|artikelübersicht"
        r"|newsübersicht|news-übersicht|vorherigen seite|suche|trefferliste|suchergebnissen|galerie"
        r"|archiv|blog|lexikon|glossar|themenübersicht|rubrik|bildergalerie|news|presseübersicht)",
        r"zurück zu (?:allen|den) (?:meldungen|artikeln|beiträgen|news|nachrichten|presse(?:mitteilungen|meldungen)"
        r"|terminen|veranstaltungen|suchergebnissen|themen|blogbeiträgen|übersicht)",
        r"zurück zu(?:r|m)? [\w-]+(?:übersicht|liste|archiv)",
    ),
    "fr": (
        r"retour (?:à|a) (?:l['’]accueil|la liste|la page précédente|l['’]aperçu|la recherche"
        r"|l['’]index|la galerie|la rubrique|l['’]article|la une)",
        r"retour (?:aux|à tous les|à toutes les) (?:actualités|articles|résultats|communiqués|news)",
        r"revenir (?:à l['’]accueil|à la liste|en arrière)",
    ),
    "es": (
        r"(?:volver|regresar|ir) (?:a la portada|al inicio|a inicio|al listado|a la lista|a la página anterior"
        r"|a (?:las )?noticias|a la galería|al índice|a la búsqueda|a resultados|al blog)",
    ),
    "it": (
        r"torna (?:alla home(?:page)?|all['’]elenco|alla lista|alla pagina precedente|alle notizie"
        r"|alla ricerca|alla galleria|all['’]indice|al blog|agli articoli)",
        r"ritorna (?:alla home(?:page)?|all['’]elenco|alla lista)",
    ),
    "pt": (
        r"voltar (?:para|à|ao|a) (?:(?:a )?página inicial|home|(?:a )?lista|(?:a )?página anterior"
        r"|(?:as )?notícias|(?:o )?início|(?:a )?galeria|(?:o )?blog)",
    ),
    "nl": (
        r"terug naar (?:het |de )?(?:overzicht|home|homepage|startpagina|vorige pagina|nieuws|lijst"
        r"|zoekresultaten|archief|blog|galerij)",
    ),
    "pl": (
        r"(?:wróć|powrót|wstecz) do (?:strony głównej|listy|poprzedniej strony|wiadomości|aktualności"
        r"|artykułów|galerii|wyników wyszukiwania|bloga)",
    ),
    "ru": (
        r"(?:вернуться|назад|возврат) (?:на главную(?: страницу)?|к списку(?: новостей| статей)?"
        r"|к новостям|к статьям|на предыдущую страницу|в раздел|к разделу|к галерее)",
        r"(?:все|ко всем) (?:новост(?:и|ям)|стать(?:и|ям))",
    ),
}

# A reading time a "read more" link may carry: "Weiterlesen 5 Minuten", "Read more 3 min".
_MINUTES = r"(?: \d+ (?:min\.?|minutes?|minuten|mins))?"

READ_MORE: dict[str, tuple[str, ...]] = {
    "en": (
        rf"read (?:more|on|further){_MINUTES}(?: \.\.\.|…)?",
        r"read (?:the )?(?:full|whole|entire|complete) (?:article|story|post|review|report|interview|text)",
        r"read the rest(?: of (?:this|the) (?:article|story|post|entry))?",
        r"continue reading(?: (?:this|the) (?:article|story|post))?",
        r"keep reading",
        r"(?:view|see|show|load) (?:more|all)(?: (?:articles|posts|stories|news|results))?",
        r"more about (?:me|us|the author)",
    ),
    "de": (
        rf"weiter ?lesen{_MINUTES}(?: \.\.\.|…)?",
        r"mehr lesen",
        r"(?:hier )?(?:mehr|weiter) lesen",
        r"lesen sie (?:mehr|weiter)",
        r"(?:den |zum )?(?:ganzen|kompletten|vollständigen|gesamten) (?:artikel|beitrag|text)(?: lesen)?",
        r"(?:zum )?artikel (?:lesen|weiterlesen)",
        r"(?:alle|mehr) (?:artikel|beiträge|meldungen|news) (?:anzeigen|laden)",
        r"mehr (?:anzeigen|laden)",
        r"(?:\.\.\.|…)?(?:mehr|mehr erfahren) über (?:mich|uns)",
    ),
    "fr": (
        r"lire la suite(?: de l['’]article)?",
        r"(?:en )?lire plus",
        r"continuer (?:à|la) lecture",
        r"lire l['’]article(?: complet)?",
        r"voir plus(?: d['’]articles)?",
        r"(?:plus|en savoir plus) sur (?:moi|nous)",
    ),
    "es": (
        r"(?:leer|ver) más",
        r"(?:seguir|sigue|continuar|continúa) leyendo",
        r"leer (?:la )?(?:nota|noticia|artículo) completa?",
        r"más sobre (?:mí|nosotros)",
    ),
    "it": (
        r"leggi (?:tutto|di più|oltre|l['’]articolo(?: completo)?)",
        r"continua a leggere",
        r"(?:mostra|vedi) (?:di più|altro|tutti)",
        r"(?:di più|altro) su di me",
    ),
    "pt": (
        r"(?:leia|ler|ver) mais",
        r"(?:continue|continuar) (?:lendo|a ler)",
        r"leia (?:a matéria|o artigo|a notícia) completa?",
        r"mais sobre (?:mim|nós)",
    ),
    "nl": (r"lees (?:meer|verder)", r"verder lezen", r"meer lezen", r"(?:toon|bekijk) meer"),
    "pl": (r"czytaj (?:więcej|dalej|całość)", r"zobacz więcej", r"pokaż więcej", r"więcej o mnie"),
    "ru": (
        r"читать (?:далее|дальше|полностью|больше)",
        r"подробнее",
        r"показать (?:ещё|еще|больше)",
        r"(?:ещё|еще|больше) обо мне",
    ),
}

_EN_POST = r"(?:post|article|story|news|entry|page|item|image|photo|slide|chapter|episode|video)"

PAGER: dict[str, tuple[str, ...]] = {
    "en": (
        rf"(?:next|previous|prev|older|newer|last) (?:[\w-]+ )?{_EN_POST}s?",
        r"(?:older|newer) (?:posts|entries|articles)",
        r"(?:view|read)(?: (?:as|on))? (?:a )?(?:single|one) page",
    ),
    "de": (
        r"(?:nächster|vorheriger|voriger|älterer|neuerer|letzter) (?:beitrag|artikel|eintrag|post|bericht)",
        r"(?:nächste|vorherige|vorige|ältere|neuere) (?:seite|beiträge|einträge|artikel|nachricht|meldung|news|bild|folge|geschichte)",
        r"(?:nächstes|vorheriges|voriges) (?:bild|foto|video|kapitel|rezept)",
        r"(?:auf einer seite|als eine seite) (?:lesen|anzeigen)",
    ),
    "fr": (
        r"(?:article|billet|page|message|photo|image|épisode) (?:précédent|précédente|suivant|suivante)",
        r"(?:articles|billets) (?:plus anciens|plus récents|précédents|suivants)",
    ),
    "es": (
        r"(?:artículo|entrada|nota|noticia|página|publicación|foto|imagen) (?:anterior|siguiente)",
        r"(?:entradas|artículos) (?:anteriores|siguientes|más antiguas|más recientes)",
    ),
    "it": (
        r"(?:articolo|post|pagina|notizia|foto|immagine) (?:precedente|successiv[oa])",
        r"(?:articoli|post) (?:precedenti|successivi|più vecchi|più recenti)",
    ),
    "pt": (
        r"(?:artigo|post|matéria|página|notícia|foto|imagem) (?:anterior|seguinte)",
        r"(?:próxim[oa]|anterior) (?:artigo|post|matéria|página|notícia)",
        r"(?:posts|artigos) (?:anteriores|mais antigos|mais recentes)",
    ),
    "nl": (
        r"(?:vorig|volgend) (?:artikel|bericht)",
        r"(?:vorige|volgende) (?:pagina|post|artikel|bericht|foto)",
        r"(?:oudere|nieuwere) (?:berichten|artikelen)",
    ),
    "pl": (
        r"(?:poprzedni|następny) (?:artykuł|wpis|post|tekst)",
        r"(?:poprzednia|następna) (?:strona|wiadomość|informacja)",
        r"(?:starsze|nowsze) (?:wpisy|artykuły|posty)",
    ),
    "ru": (
        r"(?:предыдущая|следующая) (?:статья|запись|новость|страница)",
        r"(?:предыдущий|следующий) (?:пост|материал|выпуск)",
        r"(?:более )?(?:старые|новые) записи",
    ),
}

# The buttons of an image viewer: "View image", "Bild schließen", "Agrandir la photo".
GALLERY: dict[str, tuple[str, ...]] = {
    "en": (r"(?:view|close|enlarge|zoom|open) (?:the )?(?:image|photo|picture|gallery)",),
    "de": (r"(?:bild|foto|galerie) (?:anzeigen|schließen|vergrößern|öffnen)",),
    "fr": (r"(?:agrandir|fermer|voir) (?:l['’]image|la photo|la galerie)",),
    "es": (r"(?:ampliar|cerrar|ver) (?:la )?(?:imagen|foto|galería)",),
    "it": (r"(?:ingrandisci|chiudi|apri) (?:l['’]immagine|la foto|la galleria)",),
    "pt": (r"(?:ampliar|fechar|ver) (?:a )?(?:imagem|foto|galeria)",),
    "nl": (r"(?:vergroot|sluit|bekijk) (?:de )?(?:afbeelding|foto|galerij)",),
    "pl": (r"(?:powiększ|zamknij|zobacz) (?:zdjęcie|galerię)",),
    "ru": (r"(?:увеличить|закрыть|открыть) (?:фото|изображение|галерею)",),
}

PAGER_LABELS: dict[str, tuple[str, ...]] = {
    "en": (r"next", r"previous", r"prev", r"back", r"more"),
    "de": (r"weiter", r"zurück", r"vorheriges?", r"nächste[sr]?", r"mehr"),
    "fr": (r"suivant", r"précédent", r"retour"),
    "es": (r"siguiente", r"anterior", r"volver"),
    "it": (r"successivo", r"precedente", r"indietro", r"avanti"),
    "pt": (r"próximo", r"anterior", r"voltar", r"seguinte"),
    "nl": (r"volgende", r"vorige", r"terug"),
    "pl": (r"następny", r"poprzedni", r"wstecz", r"dalej", r"więcej"),
    "ru": (r"далее", r"назад", r"вперёд", r"вперед"),
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
    # back links, read more, pagers
    "back", "return", "zurück", "zur ", "zum ", "retour", "revenir", "volver", "regresar", "ir a",
    "torna", "voltar", "terug", "wróć", "powrót", "wstecz", "вернуться", "назад", "возврат",
    "все ", "ко всем", "read", "reading", "view", "see ", "show", "load", "more", "lesen", "mehr",
    "artikel", "beitr", "lire", "lecture", "voir", "plus", "leer", "leyendo", "más", "leggi",
    "leggere", "mostra", "vedi", "di più", "altro", "leia", "ler ", "a ler", "text", "ver ", "lendo", "mais",
    "lees", "lezen", "toon", "bekijk", "meer", "czytaj", "zobacz", "pokaż", "więcej", "читать",
    "подробнее", "показать", "обо мне", "next", "prev", "older", "newer", "last", "nächst",
    "vorherig", "vorig", "älter", "neuer", "letzter", "précéd", "suivant", "anci", "récent",
    "anterior", "siguiente", "precedent", "successiv", "recenti", "vecchi", "seguinte", "próxim",
    "antigos", "vorig", "volgend", "oudere", "nieuwere", "poprzedni", "następn", "starsze",
    "nowsze", "предыдущ", "следующ", "стары", "новые", "weiter", "vor", "home", "startseite",
    "accueil", "inicio", "indietro", "avanti", "início", "dalej", "далее", "вперёд", "вперед",
    "ещё", "еще", "über", "image", "photo", "picture", "gallery", "bild", "foto", "galerie",
    "single", "one page", "einer seite", "eine seite", "agrandir", "l'image", "la photo",
    "imagen", "galería", "immagine", "galleria", "imagem", "galeria", "afbeelding", "galerij",
    "zdjęcie", "galerię", "фото", "изображение", "галерею", "rezept", "kommentar", "recipe", "comments", "video", "sobre", "sur ", "su di", "o mnie",
)  # fmt: skip
