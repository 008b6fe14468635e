"""Markers of tag and category lists, per language.

* ``TAG_MARKERS``: words that only ever open a list of tags ("Tags", "Tagged with",
  "Filed under", "Schlagwörter", "Mots-clés", "Etiquetas", "Теги"). The list may follow
  on the same line without a colon ("Tags politics, economy").
* ``TOPIC_MARKERS``: words that open a list of topics or categories but are also common
  words or subheadings ("Topics", "Themen", "Categories", "Temas", "Argomenti",
  "Рубрики", "Posted in"). They need a colon before items on the same line, and a list
  after them must not run into a paragraph.
* ``STOPWORDS``: small words of sentences ("and", "is", "und", "est", "и"): tags after a
  marker without a colon must hold none ("Tags and categories in WordPress" is a
  subheading).

Every fragment is a regular expression matched case-insensitively against the start of
a line.
"""

from __future__ import annotations

TAG_MARKERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"tags?",
        r"tagged(?: with| as| in)?",
        r"filed under",
        r"keywords",
        r"tag cloud",
        r"topics in this article",
        r"more (?:about|on) these topics",
    ),
    "de": (
        r"schlagw(?:ö|oe|o)rt(?:e|er)?",
        r"schlagwort",
        r"stichw(?:ö|oe|o)rt(?:e|er)",
        r"getaggt mit",
        r"verschlagwortet mit",
        r"markiert(?: mit)?",
        r"themen in diesem artikel",
        r"mehr zu diesen themen",
    ),
    "fr": (r"mots[- ]clés?", r"étiquettes?", r"tags? associés?"),
    "es": (r"etiquetas?", r"palabras clave"),
    "it": (r"parole chiave", r"etichette"),
    "pt": (r"palavras[- ]chave", r"etiquetas", r"marcadores"),
    "ru": (r"теги", r"метки", r"ключевые слова", r"тэги"),
    "nl": (r"trefwoorden", r"labels"),
    "pl": (r"tagi", r"słowa kluczowe", r"tagi artykułu"),
    "zh": (r"标签", r"關鍵詞", r"关键词", r"關鍵字"),
    "ja": (r"タグ", r"キーワード"),
}

TOPIC_MARKERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"topics?",
        r"categor(?:y|ies)",
        r"posted in",
        r"filed in",
        r"read more (?:about|on)",
        r"popular tags",
    ),
    "de": (
        r"(?:blog-|mehr )?themen",
        r"kategorien?",
        r"rubriken?",
        r"veröffentlicht in",
        r"abgelegt unter",
        r"eingetragen (?:in|unter)",
        r"mehr (?:lesen )?(?:über|zu|zum thema)",
        r"beliebte (?:tags|themen)",
    ),
    "fr": (
        r"catégories?",
        r"rubriques?",
        r"thèmes",
        r"sujets",
        r"publié dans",
        r"classé dans",
        r"(?:en savoir|lire) plus sur",
    ),
    "es": (r"categorías?", r"temas", r"archivado en", r"publicado en", r"leer más sobre"),
    "it": (
        r"categori[ae]",
        r"argomenti",
        r"temi",
        r"pubblicato in",
        r"archiviato in",
        r"leggi di più su",
    ),
    "pt": (
        r"categorias?",
        r"tópicos",
        r"assuntos",
        r"temas",
        r"arquivado em",
        r"publicado em",
        r"leia mais sobre",
    ),
    "ru": (r"рубрик[аи]", r"категори[яи]", r"темы", r"опубликовано в"),
    "nl": (
        r"categorie(?:ën)?",
        r"onderwerpen",
        r"rubriek(?:en)?",
        r"geplaatst in",
        r"lees meer over",
    ),
    "pl": (r"kategori[ae]", r"tematy", r"działy?", r"opublikowano w", r"czytaj więcej o"),
    "zh": (r"分类", r"分類", r"栏目"),
    "ja": (r"カテゴリー?",),
}

STOPWORDS: tuple[str, ...] = (
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "of", "on",
    "or", "that", "the", "this", "to", "was", "were", "with", "you", "your", "can", "how",
    "und", "der", "die", "das", "ist", "sind", "für", "mit", "von", "zu", "im", "ein",
    "eine", "wie", "le", "la", "les", "est", "et", "des", "du", "un", "une", "pour",
    "el", "los", "las", "es", "y", "con", "para", "il", "è", "e", "per", "o", "os", "é",
    "com", "и", "в", "на", "это", "с", "het", "een", "zijn", "van", "i", "w", "jest", "oraz",
)  # fmt: skip
