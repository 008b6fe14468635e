"""Markers of related-links blocks ("More on this topic:", "Lesen Sie auch"), per language.

Every fragment must match a whole marker line, bar trailing punctuation. Three kinds:

* ``POINTERS`` point the reader to other articles and may carry one teaser on the same
  line after a colon or a spaced dash ("Read also: ...", "Lesen Sie auch – ..."); on a
  line of their own they open a list of teasers.
* ``WIDGETS`` are the headings of link boxes ("Most read", "You may also like"); they
  open a list of teasers but never stand in front of a teaser on the same line, where
  they would too often begin a sentence ("Don't miss: the fireworks at nine").
* ``LINKS`` are "read more" buttons ("Continue reading", "Weiterlesen"): on a line of
  their own they announce nothing, so the lines after them are not taken for a list
  unless only teasers follow to the end; followed by a colon they work as ``POINTERS``.

Besides the nine languages of the project, ``POINTERS`` holds Indonesian ("Terkait",
"Baca juga"), which blog platforms print under many posts.
Post navigation ("Previous post", "Next article", "Older story") counts as a pointer: on
its own line it opens the one or two headlines it links to, and with a colon it carries
the headline on the same line ("Next post: ...").

``NAME`` is the open part of markers such as "More from <site>": up to five words, the
first of them capitalised (matched case-sensitively, after an optional "the"), so that
"More from the interview" stays a subheading while "More From the Daily Example" and
"Mehr zum Thema Energie" are markers.
Copyright lines, which end many footers and so may follow a teaser list, are marked by
``cleantext.vocab.legal.LEGAL``.
"""

from __future__ import annotations

# A capitalised name of up to five words ("World", "the Daily Example", "U.S."). Matched
# with case-sensitivity switched on, so it must stay a self-contained group.
NAME = r"(?-i:(?:the |The |THE )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: [\p{L}\p{N}&][\p{L}\p{N}.&'’-]*){0,4})"

POINTERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"more on (?:this|the) (?:topic|story|subject|issue)",
        r"more about (?:this|the) (?:topic|story)",
        r"related(?: articles?| stories| posts?| content| news| links| coverage| reading| topics| items| video)?",
        r"read also",
        r"also read",
        r"read next",
        r"read this next",
        r"see also",
        r"further reading",
        r"what to read next",
        r"people also read",
        r"(?:previous|next|newer|older)(?: [\p{L}]+)? (?:post|article|story|entry|news)",
        r"post navigation",
        r"related roundups?",
    ),
    "de": (
        rf"mehr zum thema(?: {NAME})?",
        r"lesen sie auch",
        r"auch interessant",
        r"siehe auch",
        r"zum thema",
        r"passend zum thema",
        r"auch lesenswert",
        r"lesetipps?",
        r"(?:vorheriger|nächster) (?:artikel|beitrag)",
        r"(?:vorherige|nächste) (?:meldung|nachricht)",
    ),
    "fr": (
        r"[àa] lire (?:aussi|également|ensuite)",
        r"lire aussi",
        r"lire également",
        r"sur le même (?:sujet|thème)",
        r"[àa] voir aussi",
        r"[àa] voir également",
        r"voir aussi",
        r"[àa] découvrir (?:aussi|également)",
        r"article (?:précédent|suivant)",
        r"(?:billet|article) précédent",
    ),
    "es": (
        r"lee también",
        r"lea también",
        r"ver también",
        r"noticias relacionadas",
        r"artículos relacionados",
        r"contenido relacionado",
        r"relacionad[oa]s?",
        r"más sobre (?:este|el) tema",
        r"más información",
        r"(?:artículo|entrada|noticia) (?:anterior|siguiente)",
        r"siguiente (?:artículo|entrada|noticia)",
    ),
    "it": (
        r"leggi anche",
        r"articoli correlati",
        r"notizie correlate",
        r"correlati",
        r"vedi anche",
        r"sullo stesso (?:argomento|tema)",
        r"articolo (?:precedente|successivo)",
        r"(?:post|notizia) (?:precedente|successiv[oa])",
    ),
    "pt": (
        r"leia também",
        r"veja também",
        r"notícias relacionadas",
        r"artigos relacionados",
        r"matérias relacionadas",
        r"relacionad[oa]s",
        r"mais sobre o (?:assunto|tema)",
        r"(?:artigo|post|notícia) anterior",
        r"próxim[oa] (?:artigo|post|notícia)",
    ),
    "ru": (
        r"читайте (?:также|тоже|еще|ещё)",
        r"по теме",
        r"(?:ещё|еще) по теме",
        r"смотрите также",
        r"см\. также",
        r"материалы по теме",
        r"новости по теме",
        r"(?:предыдущая|следующая) (?:статья|запись|новость)",
    ),
    "nl": (
        r"lees ook",
        r"bekijk ook",
        r"zie ook",
        r"gerelateerde (?:artikelen|berichten)",
        r"meer over dit onderwerp",
        r"(?:vorig|volgend) (?:artikel|bericht)",
    ),
    "pl": (
        r"czytaj (?:też|także|również)",
        r"przeczytaj (?:też|także|również)",
        r"zobacz (?:też|także|również)",
        r"powiązane(?: artykuły)?",
        r"(?:poprzedni|następny) (?:artykuł|wpis)",
    ),
    "id": (
        r"terkait",
        r"(?:artikel|berita|postingan) terkait",
        r"baca juga",
    ),
}

WIDGETS: dict[str, tuple[str, ...]] = {
    "en": (
        r"you (?:may|might) also (?:like|enjoy|be interested in)",
        r"you may have missed",
        r"recommended(?: for you| articles| stories| reading)?",
        r"we recommend",
        r"suggested (?:articles|stories|reading|for you)",
        r"more (?:stories|articles|news|reading|to read|to explore|like this|headlines)",
        rf"more (?:from|in|on) {NAME}",
        r"most (?:read|popular|viewed|shared|commented)",
        r"trending(?: now| stories| news)?",
        r"popular (?:stories|posts|articles|now)",
        r"don['’]t miss",
        r"editor['’]?s['’]? picks",
        r"top stories",
        r"latest (?:news|stories|articles)",
        r"other (?:stories|articles|news)",
        r"around the web",
        r"from around the web",
        rf"elsewhere on {NAME}",
        rf"more (?:great |top |recent |latest )?{NAME} (?:stories|articles|news|headlines|posts)",
        rf"next up in {NAME}",
        rf"latest {NAME} (?:news|stories|headlines|articles)",
        r"(?:latest|recent|top|today['’]s) headlines",
        r"(?:recent|latest|popular|featured|related) (?:posts|articles|stories|news)",
        r"want more stories like this",
        r"(?:more )?stories (?:you may like|like this(?: one)?)",
        r"(?:last|latest|recent) comments",
        r"featured",
        r"popular",
        r"in case you missed it",
        r"(?:more )?(?:stories|articles|posts) you (?:may|might) have missed",
        r"related (?:tutorials|guides|videos|reads|questions)",
    ),
    "de": (
        r"das könnte (?:sie|dich) (?:auch )?interessieren",
        r"ähnliche (?:artikel|beiträge|themen)",
        r"verwandte (?:artikel|themen|beiträge)",
        r"weitere (?:artikel|nachrichten|beiträge|themen|meldungen)",
        r"beliebte (?:artikel|beiträge)",
        r"meistgelesen(?:e artikel)?",
        r"am meisten gelesen",
        r"empfohlene (?:artikel|beiträge)",
        r"unsere empfehlungen?",
        r"top-themen",
        r"mehr aus (?:dem ressort|der rubrik)",
        rf"mehr (?:zu|zum|zur|aus|von) {NAME}",
        r"aktuelle (?:berichte|artikel|beiträge|nachrichten|meldungen)(?: aus dieser (?:kategorie|rubrik))?",
        r"weitere (?:artikel|beiträge|berichte|meldungen) aus dieser (?:kategorie|rubrik)",
        r"mehr aus dieser (?:kategorie|rubrik)",
        r"neueste (?:artikel|beiträge|nachrichten|meldungen)",
        r"lade weitere inhalte",
        r"neueste",
        r"beliebteste",
        r"schon gelesen",
        r"zum weiterlesen",
        rf"weitere (?:beiträge|artikel|meldungen|nachrichten|berichte) (?:aus|zu|zum|zur|von|in|dieses|dieser)(?: (?:der|dem|den|des|die|das))? {NAME}",
        r"(?:die )?(?:meistgelesenen|beliebtesten|populärsten|populäre|beliebte) (?:artikel|beiträge|nachrichten)(?: der (?:letzten \d+ tage|woche))?",
    ),
    "fr": (
        r"articles? (?:similaires|liés|connexes|recommandés)",
        r"vous (?:aimerez|pourriez) aussi(?: aimer)?",
        r"les plus (?:lus|populaires|partagés)",
        r"dans la même rubrique",
        r"nos articles",
        r"plus d['’]articles",
        r"(?:articles|billets) récents",
        r"derniers (?:articles|billets)",
        r"dernières (?:actualités|nouvelles|infos)",
        r"(?:à|a) la une",
        r"articles? correspondants?",
        r"(?:charger|voir) plus d['’]articles",
    ),
    "es": (
        r"(?:también )?te puede interesar",
        r"(?:también )?le puede interesar",
        r"te recomendamos",
        r"más noticias",
        r"lo más (?:leído|visto)",
        r"(?:últimas|ultimas) noticias",
        r"(?:entradas|artículos) recientes",
        r"(?:últimos|ultimos) artículos",
    ),
    "it": (
        r"(?:ti )?potrebbe (?:interessarti|anche interessarti)",
        r"ti potrebbe interessare",
        r"altri articoli",
        r"(?:i )?più letti",
        r"potrebbe piacerti anche",
        r"ultime notizie",
        r"(?:articoli|post) recenti",
        r"ultimi articoli",
    ),
    "pt": (
        r"(?:as )?mais lidas",
        r"você (?:também )?pode gostar",
        r"pode te interessar",
        r"(?:últimas|ultimas) notícias",
        r"(?:posts|artigos) recentes",
        r"(?:últimos|ultimos) artigos",
    ),
    "ru": (
        r"похожие (?:статьи|материалы|новости|публикации)",
        r"другие (?:статьи|материалы|новости)",
        r"рекомендуем(?: прочитать)?",
        r"самое (?:читаемое|популярное)",
        r"популярное",
        r"вам (?:может быть )?(?:также )?будет интересно",
        r"последние (?:новости|статьи|записи|публикации)",
        r"свежие (?:новости|статьи|записи)",
    ),
    "nl": (
        r"meest gelezen",
        r"ook interessant",
        r"laatste nieuws",
        r"meer nieuws",
        r"recente (?:artikelen|berichten)",
    ),
    "pl": (
        r"najczęściej czytane",
        r"podobne artykuły",
        r"polecamy",
        r"najnowsze(?: artykuły| wiadomości| wpisy)?",
        r"ostatnie wpisy",
    ),
}

LINKS: dict[str, tuple[str, ...]] = {
    "en": (
        r"read more",
        r"continue reading(?: the main story)?",
        r"keep reading",
    ),
    "de": (
        r"weiterlesen",
        r"lesen sie (?:hier )?mehr",
        r"mehr lesen",
    ),
    "fr": (
        r"lire la suite",
        r"lire plus",
        r"en savoir plus",
    ),
    "es": (
        r"leer más",
        r"lee más",
        r"lea más",
        r"sigue leyendo",
        r"seguir leyendo",
    ),
    "it": (
        r"leggi (?:di più|tutto)",
        r"continua a leggere",
    ),
    "pt": (
        r"leia mais",
        r"veja mais",
        r"saiba mais",
        r"continue lendo",
        r"continuar lendo",
    ),
    "ru": (
        r"читать (?:далее|дальше|ещё|еще|полностью)",
        r"подробнее",
    ),
    "nl": (r"lees meer", r"lees verder"),
    "pl": (r"czytaj (?:więcej|dalej)",),
}
