"""Amounts of money, and the words that stand beside them in donation widgets."""

from __future__ import annotations

# Symbols and codes, written before or after the number ("$5", "5 $", "5.000 ₽", "10 EUR").
# "Ft" (forint) is matched in its own case only: "6 ft" is a height.
CURRENCIES: tuple[str, ...] = (
    r"[$€£¥₽₹₴₩₺₪฿₦₱₫₸]",
    r"(?:US|C|A|NZ|HK|R)\$",
    r"(?:USD|EUR|GBP|CHF|RUB|UAH|PLN|BRL|MXN|ARS|CLP|COP|CAD|AUD|JPY|CNY|INR|SEK|NOK|DKK|CZK|HUF|TRY)",
    r"zł",
    r"Kč",
    r"руб(?:\.|лей|ля|ль)?",
    r"грн\.?",
    r"р\.",
    r"Fr\.",
    r"kr\.?",
    r"(?-i:Ft)",
    r"lei",
)

# Cheap triggers over lower-cased text that pick the lines worth a closer look: a currency
# symbol or a per cent sign anywhere in the line, or one of these literal codes in a short
# line (the rarer codes are found as neighbours of a box).
CURRENCY_SYMBOLS = "$€£¥₽₹₴₩₺₪฿₦₱₫₸%"
CURRENCY_CODES: tuple[str, ...] = (
    "eur",
    "usd",
    "chf",
    "gbp",
    "pln",
    "brl",
    "руб",
    "грн",
    "zł",
    "kč",
)

# A number with optional thousands separators (",", ".", thin or normal spaces, "'")
# and optional decimals: 0, 25, 2,500, 5.000, 1 000 000, 12.50, 1'000, 27.– (Swiss).
NUMBER = (
    r"\d{1,3}(?:[,.\u00a0\u202f\u2009' ]\d{3})+(?:[.,](?:\d{1,2}|[-–—]{1,2}))?"
    r"|\d+(?:[.,](?:\d{1,2}|[-–—]{1,2}))?"
)

# Labels of a donation form that name the gift itself: beside amounts, evidence enough.
DONATION_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        r"other amount",
        r"custom amount",
        r"give once",
        r"give monthly",
        r"donate(?: once| monthly)?",
        r"donation",
        r"one-time donation",
        r"monthly donation",
    ),
    "de": (
        r"anderer betrag",
        r"eigener betrag",
        r"wunschbetrag",
        r"spenden",
        r"spende",
        r"einmalig spenden",
        r"monatlich spenden",
    ),
    "fr": (
        r"autre montant",
        r"montant libre",
        r"je donne",
        r"don(?: ponctuel| mensuel)?",
    ),
    "es": (
        r"otra cantidad",
        r"otro importe",
        r"otro monto",
        r"donar",
        r"donación",
    ),
    "it": (
        r"altro importo",
        r"dona",
        r"donazione",
    ),
    "pt": (
        r"outro valor",
        r"doar",
        r"doação",
    ),
    "ru": (
        r"другая сумма",
        r"своя сумма",
        r"пожертвовать",
        r"пожертвование",
    ),
    "nl": (r"ander bedrag", r"doneer", r"doneren", r"donatie"),
    "pl": (r"inna kwota", r"wpłać", r"darowizna"),
}

# Other words of a payment form. They are as common on shop pages and in price tables
# ("Monthly $9.99"), so they are no evidence on their own; they only join a donation box
# that other lines prove.
FORM_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        r"other",
        r"custom",
        r"enter (?:an |your )?amount",
        r"choose (?:an |your )?amount",
        r"select (?:an |your )?amount",
        r"amount",
        r"one[- ]time",
        r"once",
        r"monthly",
        r"yearly",
        r"annually",
        r"per month",
        r"a month",
        r"/ ?(?:mo|month|year|yr)",
        r"recurring",
        r"paypal",
        r"credit card",
        r"card",
        r"bank transfer",
        r"bitcoin",
        r"crypto",
    ),
    "de": (
        r"betrag(?: wählen| eingeben)?",
        r"einmalig",
        r"monatlich",
        r"jährlich",
        r"pro monat",
        r"im monat",
        r"überweisung",
        r"lastschrift",
    ),
    "fr": (
        r"montant",
        r"ponctuel(?:le)?",
        r"mensuel(?:le)?",
        r"par mois",
        r"annuel(?:le)?",
        r"virement",
        r"carte bancaire",
    ),
    "es": (
        r"importe",
        r"cantidad",
        r"monto",
        r"una vez",
        r"única vez",
        r"mensual",
        r"al mes",
        r"anual",
        r"transferencia",
        r"tarjeta",
    ),
    "it": (
        r"importo",
        r"una tantum",
        r"mensile",
        r"al mese",
        r"annuale",
        r"bonifico",
        r"carta",
    ),
    "pt": (
        r"valor",
        r"única",
        r"mensal",
        r"por mês",
        r"anual",
        r"transferência",
        r"cartão",
    ),
    "ru": (
        r"сумма",
        r"разово",
        r"единоразово",
        r"ежемесячно",
        r"в месяц",
        r"ежегодно",
        r"картой",
    ),
    "nl": (r"bedrag", r"eenmalig", r"maandelijks", r"per maand"),
    "pl": (r"kwota", r"jednorazowo", r"miesięcznie"),
}

# Words allowed between the amounts of a row ("5 € or 10 €").
ROW_CONNECTORS: dict[str, tuple[str, ...]] = {
    "en": (r"or",),
    "de": (r"oder",),
    "fr": (r"ou",),
    "es": (r"o",),
    "it": (r"o",),
    "pt": (r"ou",),
    "ru": (r"или",),
    "nl": (r"of",),
    "pl": (r"lub",),
}

# Short form lines that ask for an amount ("Choose an amount:", "mit einem Betrag von",
# "Oder Betrag eintippen:"): a line of at most four words holding one of these.
AMOUNT_WORDS: tuple[str, ...] = (
    r"amount",
    r"betrag",
    r"montant",
    r"importe",
    r"cantidad",
    r"monto",
    r"importo",
    r"valor",
    r"сумм\w*",
    r"bedrag",
    r"kwot\w*",
)

# Words of a fundraising progress line that speak of money given: "Raised: 3,516 $",
# "75% funded", "Собрано 12 000 ₽". With an amount, a line of these is evidence enough.
RAISED_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        r"raised(?: so far)?",
        r"collected",
        r"donated",
        r"pledged",
        r"funded",
        r"fundraising goal",
        r"donors?",
        r"backers",
    ),
    "de": (
        r"gesammelt",
        r"gespendet",
        r"spendenziel",
        r"finanziert",
        r"spender(?:innen)?",
    ),
    "fr": (
        r"collectés?",
        r"récoltés?",
        r"financé",
        r"donateurs?",
    ),
    "es": (
        r"recaudados?",
        r"financiado",
        r"donantes?",
    ),
    "it": (
        r"raccolti",
        r"raccolto",
        r"finanziato",
        r"donatori",
    ),
    "pt": (
        r"arrecadados?",
        r"financiado",
        r"doadores",
    ),
    "ru": (
        r"собрано",
        r"профинансировано",
        r"жертвователей",
    ),
    "nl": (r"opgehaald", r"ingezameld", r"donateurs"),
    "pl": (r"zebrano", r"wpłacono", r"darczyńców"),
}

# Words of a goal line: "Goal: €10,000", "noch 2.000 €". Also said of inflation targets
# and sales goals, so one such line alone is kept.
GOAL_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        r"goal",
        r"target",
        r"our goal",
        r"monthly goal",
        r"of (?:our |the )?goal",
        r"to go",
        r"remaining",
        r"supporters?",
    ),
    "de": (
        r"ziel",
        r"vom ziel",
        r"erreicht",
        r"noch",
        r"unterstützer(?:innen)?",
    ),
    "fr": (
        r"objectif",
        r"atteint",
        r"restants?",
    ),
    "es": (
        r"meta",
        r"objetivo",
        r"restantes?",
    ),
    "it": (
        r"obiettivo",
        r"mancano",
    ),
    "pt": (
        r"meta",
        r"objetivo",
        r"faltam",
    ),
    "ru": (
        r"цель",
        r"осталось",
    ),
    "nl": (r"doel", r"streefbedrag", r"nog"),
    "pl": (r"cel", r"brakuje"),
}

# Small words allowed between the amounts and labels of a progress line ("$5 of $10").
PROGRESS_CONNECTORS: dict[str, tuple[str, ...]] = {
    "en": (r"of", r"out of", r"from", r"to", r"so far", r"already", r"our", r"the", r"and"),
    "de": (r"von", r"bereits", r"unser(?:e|em)?", r"und", r"schon"),
    "fr": (r"de", r"sur", r"déjà", r"notre", r"et"),
    "es": (r"de", r"ya", r"nuestra", r"nuestro", r"y"),
    "it": (r"di", r"su", r"già", r"e"),
    "pt": (r"de", r"já", r"da", r"nossa", r"nosso", r"e"),
    "ru": (r"из", r"уже", r"наша", r"наш", r"и"),
    "nl": (r"van", r"al", r"ons", r"en"),
    "pl": (r"z", r"już", r"nasz", r"i"),
}
