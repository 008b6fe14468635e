"""Words of bylines, datelines and reading-time lines, per language.

Dates are read by a small grammar (``cleantext.rules._dates``), not by phrases: the word
lists below are what the grammar may meet on a date line, all lower case and matched as
whole words (a final full stop is dropped before the look-up: "nov." is "nov").

* ``MONTHS``, ``WEEKDAYS``: names and their usual abbreviations.
* ``DATE_WORDS``: what else stands on a date line: "at", "um", "le", "alle", "Uhr",
  "a.m.", time zones, and the words of the date markers themselves ("Updated" after a
  first date).
* ``DATE_LEADS``: the small words that may open a date ("am 12. März", "le 12 mars").
* ``AGO``, ``UNITS``, ``ONE``, ``TODAY``: relative dates ("3 hours ago", "vor einer
  Stunde", "il y a 2 jours", "вчера").
* ``DATE_MARKERS``: regex fragments that open a date line ("Published", "Veröffentlicht
  am", "Mis à jour le", "发布时间").
* ``FIELD_LABELS``: date markers that also name a field of a table ("Date:", "Datum:").
* ``BYLINE_MARKERS``: the "by" before an author's name ("By", "Von", "Par", "Por",
  "Door", "Posted by"); ``AUTHOR_LABELS``: the same as a label before a colon ("Author:",
  "Autor:", "Автор:"), which needs less proof that a name follows.
* ``NAME_JOINERS``, ``NAME_PARTICLES``: "and" between names, "van"/"de" inside them;
  ``NOT_NAMES``: capitalised words that open a phrase, not a name ("The", "Any", "Die").
* ``STAFF``: words that stand for an author ("staff", "Redaktion", "admin").
* ``READING_TIME``: regex fragments for a reading time, with ``{n}`` for the number.
"""

from __future__ import annotations

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ),
    "de": (
        "januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli",
        "august", "september", "oktober", "november", "dezember",
        "jän", "mär", "mrz", "okt", "dez",
    ),
    "fr": (
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août",
        "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
        "janv", "févr", "fév", "avr", "juil", "déc",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "ene", "abr", "ago", "dic",
    ),
    "it": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre",
        "gen", "mag", "giu", "lug", "set", "ott",
    ),
    "pt": (
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
        "setembro", "outubro", "novembro", "dezembro",
        "fev", "out", "dez",
    ),
    "ru": (
        "январь", "января", "февраль", "февраля", "март", "марта", "апрель", "апреля",
        "май", "мая", "июнь", "июня", "июль", "июля", "август", "августа",
        "сентябрь", "сентября", "октябрь", "октября", "ноябрь", "ноября",
        "декабрь", "декабря",
        "янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя",
        "нояб", "дек",
    ),
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december", "mrt",
    ),
    "pl": (
        "styczeń", "stycznia", "luty", "lutego", "marzec", "marca", "kwiecień", "kwietnia",
        "maj", "maja", "czerwiec", "czerwca", "lipiec", "lipca", "sierpień", "sierpnia",
        "wrzesień", "września", "październik", "października", "listopad", "listopada",
        "grudzień", "grudnia",
        "sty", "lut", "kwi", "cze", "lip", "sie", "wrz", "paź", "lis", "gru",
    ),
}  # fmt: skip

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ),
    "de": (
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
        "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so",
    ),
    "fr": (
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lun", "mer", "jeu", "ven", "sam", "dim",
    ),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": (
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "lunedi", "martedi", "mercoledi", "giovedi", "venerdi",
    ),
    "pt": (
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "segunda", "terça", "quarta", "quinta", "sexta",
    ),
    "ru": (
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "пн", "вт", "ср", "чт", "пт", "сб", "вс",
    ),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pl": (
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
    ),
}  # fmt: skip

DATE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "at", "on", "the", "of", "am", "pm", "a.m", "p.m", "noon", "midnight",
        "published", "updated", "posted", "modified", "last", "first",
    ),
    "de": (
        "am", "um", "uhr", "den", "vom", "stand", "veröffentlicht", "aktualisiert",
        "zuletzt", "geändert", "erstellt", "publiziert", "erschienen",
    ),
    "fr": ("le", "à", "h", "publié", "modifié", "mis", "jour", "mise", "paru"),
    "es": ("el", "de", "del", "a", "las", "la", "publicado", "actualizado", "hrs", "hs"),
    "it": ("il", "alle", "ore", "del", "pubblicato", "aggiornato", "ultima", "modifica"),
    "pt": ("em", "às", "as", "de", "publicado", "atualizado", "atualização", "postado"),
    "ru": ("в", "г", "года", "опубликовано", "обновлено", "изменено", "размещено"),
    "nl": ("om", "op", "gepubliceerd", "bijgewerkt", "laatst", "geplaatst"),
    "pl": ("o", "godz", "r", "opublikowano", "zaktualizowano", "aktualizacja", "dodano"),
    "zones": (
        "gmt", "utc", "z", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt",
        "pt", "pst", "pdt", "akst", "hst", "bst", "ist", "cet", "cest", "mez", "mesz",
        "eet", "eest", "wet", "west", "hkt", "sgt", "jst", "kst", "aest", "aedt", "msk",
        "мск", "wib",
    ),
}  # fmt: skip

# Small words that may open a date line ("am 12. März", "on March 12", "le 12 mars").
DATE_LEADS: dict[str, tuple[str, ...]] = {
    "en": ("on", "at"),
    "de": ("am", "vom", "um", "den"),
    "fr": ("le", "du"),
    "es": ("el",),
    "it": ("il",),
    "pt": ("em",),
    "ru": ("от",),
    "nl": ("op", "om"),
    "pl": ("dnia",),
}

AGO: dict[str, tuple[str, ...]] = {
    "en": ("ago",),
    "de": ("vor",),
    "fr": ("il", "y", "a"),
    "es": ("hace",),
    "it": ("fa",),
    "pt": ("há", "ha"),
    "ru": ("назад",),
    "nl": ("geleden",),
    "pl": ("temu",),
}

# "an hour ago", "vor einer Stunde", "il y a une heure": a word for "one".
ONE: dict[str, tuple[str, ...]] = {
    "en": ("a", "an", "one"),
    "de": ("einer", "einem", "einen"),
    "fr": ("une", "un"),
    "es": ("un", "una"),
    "it": ("un", "una", "un'ora"),
    "pt": ("um", "uma"),
}

UNITS: dict[str, tuple[str, ...]] = {
    "en": (
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour",
        "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year",
        "years",
    ),
    "de": (
        "sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tagen",
        "woche", "wochen", "monat", "monaten", "jahr", "jahren", "std",
    ),
    "fr": (
        "seconde", "secondes", "minute", "minutes", "heure", "heures", "jour", "jours",
        "semaine", "semaines", "mois", "an", "ans",
    ),
    "es": (
        "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días",
        "semana", "semanas", "mes", "meses", "año", "años",
    ),
    "it": (
        "secondo", "secondi", "minuto", "minuti", "ora", "ore", "giorno", "giorni",
        "settimana", "settimane", "mese", "mesi", "anno", "anni",
    ),
    "pt": (
        "segundo", "segundos", "minuto", "minutos", "hora", "horas", "dia", "dias",
        "semana", "semanas", "mês", "meses", "ano", "anos",
    ),
    "ru": (
        "секунду", "секунды", "секунд", "минуту", "минуты", "минут", "час", "часа",
        "часов", "день", "дня", "дней", "неделю", "недели", "недель", "месяц", "месяца",
        "месяцев", "год", "лет",
    ),
    "nl": (
        "seconde", "seconden", "minuut", "minuten", "uur", "dag", "dagen", "week", "weken",
        "maand", "maanden", "jaar",
    ),
    "pl": (
        "sekundę", "sekundy", "sekund", "minutę", "minuty", "minut", "godzinę", "godziny",
        "godzin", "dzień", "dni", "tydzień", "tygodnie", "tygodni", "miesiąc", "miesiące",
        "miesięcy", "rok", "lata", "lat",
    ),
}  # fmt: skip

TODAY: dict[str, tuple[str, ...]] = {
    "en": ("today", "yesterday"),
    "de": ("heute", "gestern"),
    "fr": ("aujourd'hui", "aujourd’hui", "hier"),
    "es": ("hoy", "ayer"),
    "it": ("oggi", "ieri"),
    "pt": ("hoje", "ontem"),
    "ru": ("сегодня", "вчера"),
    "nl": ("vandaag", "gisteren"),
    "pl": ("dzisiaj", "dziś", "wczoraj"),
}

DATE_MARKERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:first |last )?published(?: on| at)?",
        r"(?:last )?updated(?: on| at)?",
        r"(?:last )?modified(?: on)?",
        r"posted(?: on| at)?",
        r"date(?: published)?",
        r"created(?: on)?",
    ),
    "de": (
        r"veröffentlicht(?: am)?",
        r"(?:zuletzt )?aktualisiert(?: am)?",
        r"(?:zuletzt )?geändert(?: am)?",
        r"erstellt(?: am)?",
        r"erschienen(?: am)?",
        r"publiziert(?: am)?",
        r"stand",
        r"datum",
    ),
    "fr": (
        r"publié(?: le)?",
        r"mis à jour(?: le)?",
        r"mise à jour(?: le)?",
        r"modifié(?: le)?",
        r"paru le",
        r"date de publication",
    ),
    "es": (
        r"publicado(?: el)?",
        r"actualizado(?: el)?",
        r"última actualización",
        r"fecha(?: de publicación)?",
    ),
    "it": (
        r"pubblicato(?: il)?",
        r"aggiornato(?: il| alle)?",
        r"ultimo aggiornamento",
        r"ultima modifica",
        r"data(?: di pubblicazione)?",
    ),
    "pt": (
        r"publicado(?: em)?",
        r"atualizado(?: em)?",
        r"(?:última )?atualização",
        r"postado em",
        r"data de publicação",
    ),
    "ru": (
        r"опубликовано",
        r"обновлено",
        r"изменено",
        r"дата(?: публикации)?",
        r"размещено",
    ),
    "nl": (
        r"gepubliceerd(?: op)?",
        r"(?:laatst )?bijgewerkt(?: op)?",
        r"geplaatst(?: op)?",
        r"datum",
    ),
    "pl": (
        r"opublikowano",
        r"zaktualizowano",
        r"aktualizacja",
        r"data(?: publikacji)?",
        r"dodano",
    ),
    "zh": (
        r"发布时间",
        r"发表时间",
        r"发布日期",
        r"发布于",
        r"更新时间",
        r"更新于",
        r"日期",
        r"时间",
    ),
    "ja": (r"投稿日", r"公開日", r"更新日", r"掲載日", r"配信日", r"作成日", r"最終更新日"),
}

# Date markers that are also the generic name of a field in a table ("Date: 31/08/2019"
# among "Place: ...", "Camera: ..."), where the date is the article's content.
FIELD_LABELS: tuple[str, ...] = (
    r"date", r"datum", r"fecha", r"data", r"дата", r"stand", r"日期", r"时间",
)  # fmt: skip

BYLINE_MARKERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"by",
        r"written by",
        r"posted by",
        r"reported by",
        r"words by",
        r"story by",
        r"text by",
    ),
    "de": (r"von", r"geschrieben von", r"verfasst von", r"ein beitrag von", r"text von"),
    "fr": (r"par", r"écrit par", r"publié par", r"rédigé par", r"texte par"),
    "es": (r"por", r"escrito por", r"publicado por", r"redactado por"),
    "it": (r"di", r"scritto da", r"pubblicato da", r"a cura di"),
    "pt": (r"por", r"escrito por", r"publicado por", r"postado por"),
    "nl": (r"door", r"geschreven door", r"geplaatst door"),
    "pl": (r"napisane przez", r"autorstwa"),
    "ru": (r"опубликовал", r"опубликовала"),
}

AUTHOR_LABELS: dict[str, tuple[str, ...]] = {
    "en": (r"authors?", r"writers?", r"reporters?", r"text", r"words", r"editor"),
    "de": (r"autor(?:in|en)?", r"text", r"redakteur(?:in)?", r"verfasser(?:in)?"),
    "fr": (r"auteur(?:e|s)?", r"texte", r"rédaction", r"journaliste"),
    "es": (r"autor(?:a|es)?", r"texto", r"redacción"),
    "it": (r"autore", r"autrice", r"testo", r"redazione"),
    "pt": (r"autor(?:a|es)?", r"texto", r"redação"),
    "ru": (r"автор(?:ы)?", r"текст"),
    "nl": (r"auteur", r"tekst", r"redactie"),
    "pl": (r"autor(?:ka|zy)?", r"tekst", r"redakcja"),
    "zh": (r"作者", r"记者", r"编辑", r"责任编辑", r"文"),
    "ja": (r"著者", r"記者", r"文"),
}

NAME_JOINERS: tuple[str, ...] = ("and", "&", "und", "et", "y", "e", "i", "и", "en", "oraz")

NAME_PARTICLES: tuple[str, ...] = (
    "van", "von", "der", "den", "de", "del", "della", "dei", "da", "di", "dos", "das", "du",
    "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "y",
)  # fmt: skip

# Capitalised words that open a phrase (a headline, a sentence), not a name.
NOT_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "the", "a", "an", "any", "all", "this", "that", "these", "those", "our", "your",
        "my", "his", "her", "their", "its", "no", "not", "now", "then", "far", "way",
        "what", "how", "why", "when", "where", "who", "which", "every", "some",
        "one", "two", "more", "most", "contrast", "comparison", "default", "design",
        "law", "night", "day", "car", "train", "air", "sea", "hand", "mail", "phone",
        "email", "subject", "date", "category", "popularity", "relevance", "name",
    ),
    "de": (
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einer", "einen",
        "diesem", "dieser", "diese", "allen", "jedem", "mir", "dir", "uns", "euch",
        "ihnen", "wegen", "heute", "morgen", "anfang", "beginn",
    ),
    "fr": (
        "le", "la", "les", "un", "une", "des", "du", "ce", "cette", "ces", "mon", "ton",
        "son", "notre", "votre", "leur", "ailleurs", "contre", "exemple", "ici", "là",
    ),
    "es": (
        "el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "este", "esta", "eso",
        "su", "sus", "qué", "que", "favor", "ejemplo", "supuesto", "fin", "ello",
    ),
    "it": (
        "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "questo", "questa",
        "nuovo", "nuova", "più", "tutto", "tutti",
    ),
    "pt": ("o", "a", "os", "as", "um", "uma", "este", "esta", "isso", "favor", "exemplo"),
    "nl": ("de", "het", "een", "deze", "dit", "die", "dat"),
}  # fmt: skip

STAFF: tuple[str, ...] = (
    "staff", "admin", "administrator", "editor", "editors", "agencies", "redaktion",
    "rédaction", "redacción", "redazione", "redação", "redactie", "redakcja", "редакция",
)  # fmt: skip

# {n} stands for the number of minutes ("5", "3-4", "ca. 5").
READING_TIME: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:estimated )?(?:reading|read) time\s*[:：]?\s*{n}\s*(?:min(?:ute)?s?\.?)?",
        r"{n}\s*(?:-\s*)?min(?:ute)?s?\.?\s*(?:read|reading(?: time)?)",
    ),
    "de": (
        r"(?:lesezeit|lesedauer)\s*[:：]?\s*{n}\s*(?:min(?:uten?|\.)?)?",
        r"{n}\s*min(?:uten?|\.)?\s*(?:lesezeit|lesedauer)",
    ),
    "fr": (
        r"(?:temps|durée) de lecture\s*[:：]?\s*{n}\s*(?:min(?:utes?|\.)?)?",
        r"lecture\s*[:：]?\s*{n}\s*min(?:utes?|\.)?",
        r"{n}\s*min(?:utes?|\.)?\s*de lecture",
    ),
    "es": (
        r"tiempo de lectura\s*[:：]?\s*{n}\s*(?:min(?:utos?|\.)?)?",
        r"lectura\s*[:：]?\s*{n}\s*min(?:utos?|\.)?",
        r"{n}\s*min(?:utos?|\.)?\s*de lectura",
    ),
    "it": (
        r"tempo di lettura\s*[:：]?\s*{n}\s*(?:min(?:uti|uto|\.)?)?",
        r"lettura\s*[:：]?\s*{n}\s*min(?:uti|uto|\.)?",
        r"{n}\s*min(?:uti|uto|\.)?\s*di lettura",
    ),
    "pt": (
        r"tempo de leitura\s*[:：]?\s*{n}\s*(?:min(?:utos?|\.)?)?",
        r"leitura\s*[:：]?\s*{n}\s*min(?:utos?|\.)?",
        r"{n}\s*min(?:utos?|\.)?\s*de leitura",
    ),
    "ru": (
        r"время (?:чтения|прочтения)\s*[:：]?\s*{n}\s*(?:мин(?:ут[аы]?|\.)?)?",
        r"{n}\s*мин(?:ут[аы]?|\.)?\s*(?:на )?(?:чтени[ея]|прочтени[ея])",
    ),
    "nl": (
        r"leestijd\s*[:：]?\s*{n}\s*(?:min(?:uut|uten|\.)?)?",
        r"{n}\s*min(?:uut|uten|\.)?\s*(?:leestijd|lezen)",
    ),
    "pl": (
        r"czas (?:czytania|lektury)\s*[:：]?\s*{n}\s*(?:min(?:ut[ay]?|\.)?)?",
        r"{n}\s*min(?:ut[ay]?|\.)?\s*(?:czytania|lektury)",
    ),
    "zh": (
        r"阅读(?:时间|时长)?\s*[:：]?\s*(?:约)?{n}\s*分钟",
        r"(?:预计)?阅读(?:需要|约需)\s*{n}\s*分钟",
    ),
    "ja": (r"読了(?:時間|目安)?\s*[:：]?\s*(?:約)?{n}\s*分", r"(?:約)?{n}分で読めます"),
}
