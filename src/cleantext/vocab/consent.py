"""Cookie, consent and privacy notices and their buttons, per language.

Two ways a line is read as part of a consent banner (see ``rules.consent``):

* Short lines that these phrases cover whole (see ``rules._phrase_line``). ``BUTTONS``
  decide alone ("Accept all cookies", "Cookie settings", "Alle akzeptieren"), and so do
  ``POLICY_LINKS`` ("Cookie policy"), which do not take the lines beside them;
  ``WEAK_BUTTONS`` ("OK", "Accept", "Mehr erfahren") and ``PRIVACY_LINKS`` ("Privacy
  policy") go only beside a strong line; ``GLUE`` fills the gaps.
* Notice sentences: a line whose first words say that the site uses cookies or that
  going on means consent (``OPENERS``, "We use cookies", "Diese Website verwendet
  Cookies", "By continuing to browse"), that names cookies, and that asks for or
  announces consent (``CLAUSES``, "you agree", "Accept", "Cookie policy").

``DIALOG`` words mark the other text of a cookie dialog ("These cookies ...", "Cookie
name", "Laufzeit"): a line with cookies and one of them goes when it stands beside a
notice or a button.

Every phrase of ``BUTTONS`` must hold one of the ``TRIGGERS`` stems; phrases are lower
case. ``OPENERS``, ``CLAUSES`` and ``DIALOG`` are searched inside a line, so each is a
whole word or phrase.
"""

from __future__ import annotations

_COOKIE = (
    r"(?:cookies?|cookie-dateien|(?:файл(?:ы|ов) )?(?:cookie|куки)|(?:plik(?:i|ów) )?cookies?)"
)

# Links to a cookie or privacy policy: they go, but say nothing of the lines beside
# them (a footer lists "Cookie policy" among "Imprint" and "Contact").
POLICY_LINKS: dict[str, tuple[str, ...]] = {
    "en": (
        r"cookies? (?:policy|notice|statement|declaration|information|list)",
        r"privacy (?:&|and) cookies? policy",
        r"cookies? (?:&|and) privacy policy",
        r"do not sell (?:or share )?my (?:personal )?(?:info|information|data)",
    ),
    "de": (
        r"cookie-?(?:richtlinien?|hinweis|erklärung|informationen|policy)",
        r"datenschutz (?:&|und) cookies",
    ),
    "fr": (r"politique (?:de |relative aux |d['’]utilisation des )cookies",),
    "es": (r"(?:política|aviso) de cookies",),
    "it": (r"(?:informativa|politica) (?:dei |sui |sull['’]uso dei )?cookies?", r"cookie policy"),
    "pt": (r"política de cookies",),
    "ru": (rf"политика(?: использования)? {_COOKIE}",),
    "nl": (r"cookie-?(?:beleid|verklaring)",),
    "pl": (rf"(?:polityka|informacja o|informacje o) {_COOKIE}",),
}

BUTTONS: dict[str, tuple[str, ...]] = {
    "en": (
        r"cookies? (?:settings|preferences|consent|banner)",
        r"(?:accept|allow|reject|decline|refuse|deny|manage|customi[sz]e|configure|block) (?:all |optional |non-essential |these |the |my )?cookies",
        r"(?:accept|allow|reject|decline|refuse) all(?: cookies)?",
        r"(?:accept|allow) (?:selected|selection|necessary|essential)(?: cookies)?",
        r"only (?:accept )?(?:necessary|essential|required) cookies",
        r"strictly necessary cookies",
        r"privacy (?:&|and) cookies?",
        r"cookies? (?:&|and) privacy",
        r"how we use cookies",
        r"(?:we|this (?:web)?site) uses? cookies",
        r"(?:this (?:web)?site|we) (?:is|are) using cookies",
        r"manage (?:your |my )?(?:consent|preferences|cookie preferences|privacy preferences|privacy settings)",
        r"gdpr cookie (?:settings|compliance)",
    ),
    "de": (
        r"cookie-?(?:einstellungen|informationen|manager|banner|zustimmung|verwendung|nutzung)(?: (?:anzeigen|ausblenden|ändern|verwalten|bearbeiten|verbergen))+",
        r"cookie-?(?:einstellungen|manager|banner|zustimmung|einwilligung|verwendung|nutzung)",
        r"cookie-zustimmung verwalten",
        r"(?:alle |nur )?(?:notwendigen? |essenziellen? |erforderlichen? )?cookies (?:akzeptieren|zulassen|ablehnen|verwalten|anpassen|erlauben|auswählen|bestätigen)",
        r"alle (?:akzeptieren|ablehnen|zulassen)",
        r"auswahl (?:akzeptieren|bestätigen|erlauben|zulassen)",
        r"(?:hinweis zur )?(?:verwendung|einsatz|nutzung) von cookies",
        r"hinweis zu cookies",
        r"datenschutz-?einstellungen (?:verwalten|ändern|anpassen|öffnen)",
        r"mit dem laden des (?:beitrags|videos|inhalts|tweets|posts) akzeptieren sie die datenschutzerklärung von [\w.+-]+(?: [\w.+-]+){0,2}",
        r"wie wir cookies verwenden",
        r"diese (?:web)?seite (?:verwendet|benutzt|nutzt) cookies",
        r"wir (?:verwenden|nutzen|benutzen|setzen) cookies(?: ein)?",
        r"(?:[\w]+-)?(?:inhalte|beiträge|videos) immer entsperren",
    ),
    "fr": (
        r"(?:gestion|paramètres|paramétrage|réglages|préférences) des cookies",
        r"(?:accepter|refuser|autoriser|personnaliser|gérer) (?:tous )?(?:les )?cookies",
        r"tout (?:accepter|refuser)",
        r"accepter et fermer",
        r"continuer sans accepter",
        r"nous utilisons des cookies",
        r"ce site utilise des cookies",
        r"utilisation des cookies",
    ),
    "es": (
        r"(?:configuración|configurar|ajustes|preferencias) de cookies",
        r"(?:aceptar|rechazar|configurar|permitir|gestionar) (?:todas )?(?:las )?cookies",
        r"(?:aceptar|rechazar) todo",
        r"(?:este sitio(?: web)?|esta web) utiliza cookies",
        r"utilizamos cookies",
        r"uso de cookies",
    ),
    "it": (
        r"(?:impostazioni|preferenze|gestione) (?:dei |sui )?cookies?",
        r"(?:accetta|rifiuta|gestisci) (?:tutti )?(?:i )?cookies?",
        r"(?:accetta|rifiuta) tutto",
        r"questo sito (?:utilizza|usa) (?:i )?cookies?",
        r"utilizziamo (?:i )?cookies?",
        r"uso dei cookies?",
    ),
    "pt": (
        r"(?:configurações|definições|preferências|gestão) de cookies",
        r"(?:aceitar|rejeitar|recusar|gerir|gerenciar) (?:todos )?(?:os )?cookies",
        r"(?:aceitar|rejeitar) (?:tudo|todos)",
        r"este site (?:utiliza|usa) cookies",
        r"(?:utilizamos|usamos) cookies",
    ),
    "ru": (
        rf"(?:настройки|использование) {_COOKIE}",
        rf"(?:принять|отклонить|разрешить) (?:все )?{_COOKIE}",
        r"принять все",
        rf"мы используем {_COOKIE}",
        rf"(?:этот |наш )?сайт использует {_COOKIE}",
    ),
    "nl": (
        r"cookie-?(?:instellingen|melding|voorkeuren)",
        r"(?:alle )?cookies (?:accepteren|toestaan|weigeren|beheren)",
        r"alles (?:accepteren|weigeren)",
        r"(?:deze (?:web)?site|wij) gebruik(?:t|en) cookies",
    ),
    "pl": (
        rf"(?:ustawienia|zarządzaj) {_COOKIE}",
        rf"(?:akceptuj(?:ę)?|zaakceptuj|odrzuć|zezwól na) (?:wszystkie )?{_COOKIE}",
        r"(?:zaakceptuj|odrzuć) wszystkie",
        rf"(?:ta strona|serwis) (?:używa|wykorzystuje) {_COOKIE}",
        rf"używamy {_COOKIE}",
    ),
}

WEAK_BUTTONS: dict[str, tuple[str, ...]] = {
    "en": (
        r"ok(?:ay)?",
        r"(?:i )?(?:accept|agree)(?: (?:&|and) (?:close|continue))?",
        r"got it",
        r"allow",
        r"decline",
        r"reject",
        r"deny",
        r"close",
        r"dismiss",
        r"no,? thanks",
        r"yes",
        r"no",
        r"read more",
        r"learn more",
        r"more info(?:rmation)?",
        r"find out more",
        r"settings",
        r"preferences",
        r"details",
        r"(?:show|hide) details",
        r"customi[sz]e(?: settings| preferences)?",
        r"save (?:settings|preferences|(?:&|and) (?:close|exit))",
        r"always active",
        r"(?:necessary|essential|functional|analytics|statistics|marketing|performance|advertising|third[- ]party|other|additional|google analytics|targeting) cookies",
        r"cookies",
    ),
    "de": (
        r"akzeptieren",
        r"ablehnen",
        r"zustimmen",
        r"einverstanden!?",
        r"ich stimme zu",
        r"alle auswählen",
        r"speichern",
        r"einstellungen(?: speichern)?",
        r"schließen",
        r"mehr erfahren",
        r"mehr infos?",
        r"weitere informationen",
        r"details anzeigen",
        r"ja",
        r"nein",
        r"(?:unbedingt |technisch )?(?:notwendige|erforderliche|essenzielle|essentielle|funktionale|statistik-?|marketing-?|analyse-?|externe|andere|zusätzliche)\s?cookies",
    ),
    "fr": (
        r"accepter",
        r"j['’]accepte",
        r"refuser",
        r"fermer",
        r"en savoir plus",
        r"paramètres",
        r"personnaliser",
        r"d['’]accord",
        r"continuer",
    ),
    "es": (
        r"aceptar",
        r"acepto",
        r"rechazar",
        r"cerrar",
        r"más información",
        r"configuración",
        r"de acuerdo",
        r"entendido",
    ),
    "it": (
        r"accetto",
        r"accetta",
        r"rifiuta",
        r"chiudi",
        r"maggiori informazioni",
        r"leggi di più",
        r"impostazioni",
        r"ho capito",
        r"personalizza",
    ),
    "pt": (
        r"aceitar",
        r"aceito",
        r"recusar",
        r"rejeitar",
        r"fechar",
        r"saiba mais",
        r"configurações",
        r"concordo",
        r"entendi",
    ),
    "ru": (
        r"принять",
        r"принимаю",
        r"отклонить",
        r"закрыть",
        r"подробнее",
        r"настройки",
        r"согласен",
        r"понятно",
    ),
    "nl": (
        r"accepteren",
        r"akkoord",
        r"weigeren",
        r"sluiten",
        r"meer informatie",
        r"instellingen",
    ),
    "pl": (
        r"akceptuj(?:ę)?",
        r"odrzuć",
        r"zamknij",
        r"więcej informacji",
        r"ustawienia",
        r"zgadzam się",
        r"rozumiem",
    ),
    # the questions a cookie dialog answers below its buttons
    "questions": (
        r"what are cookies\??",
        r"how (?:do|can) i (?:disable|delete|manage|block|control) cookies\??",
        r"was sind cookies\??",
        r"wie kann ich cookies (?:deaktivieren|löschen|verwalten|blockieren)\??",
        r"qu['’]est-ce qu['’]un cookie\s?\??",
        r"¿?qué son las cookies\??",
        r"cosa sono i cookie\??",
        r"o que são (?:os )?cookies\??",
        r"wat zijn cookies\??",
        r"czym są (?:pliki )?cookies?\??",
        r"что такое (?:файлы )?(?:cookie|куки)\??",
    ),
    "agree": (
        r"ich bin (?:damit )?einverstanden",
        r"je suis d['’]accord",
        r"estoy de acuerdo",
        r"sono d['’]accordo",
        r"(?:eu )?concordo",
        r"ik ga akkoord",
        r"zgadzam się",
        r"я соглас(?:ен|на)",
    ),
}

# Links to the privacy policy inside a banner: weak, like the buttons.
PRIVACY_LINKS: dict[str, tuple[str, ...]] = {
    "en": (
        r"privacy (?:policy|notice|statement|settings|preferences|center|centre)",
        r"data protection",
    ),
    "de": (r"datenschutz(?:erklärung|hinweise|richtlinie|einstellungen)?",),
    "fr": (r"politique de confidentialité",),
    "es": (r"política de privacidad",),
    "it": (r"informativa(?: sulla privacy)?",),
    "pt": (r"política de privacidade",),
    "ru": (r"политика конфиденциальности",),
    "nl": (r"privacy(?:beleid|verklaring)",),
    "pl": (r"polityka prywatności",),
}

GLUE: dict[str, tuple[str, ...]] = {
    "any": (
        r"and",
        r"or",
        r"our",
        r"the",
        r"here",
        r"und",
        r"oder",
        r"unsere",
        r"hier",
        r"et",
        r"ou",
        r"ici",
        r"y",
        r"o",
        r"e",
        r"aquí",
        r"qui",
        r"aqui",
        r"и",
        r"или",
        r"здесь",
        r"en",
        r"of",
        r"lub",
        r"i",
        r"x",
    ),
}

# The first words of a notice: the site uses cookies, or going on means consent.
OPENERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:uses?|is using|are using|may use|utili[sz]es?) cookies?",
        r"cookies? (?:help|are used|enable|allow)",
        r"by (?:continuing|using|clicking|browsing|choosing|staying|navigating|proceeding)",
        r"if you continue",
        r"(?:we|this site) and (?:our|selected|trusted) (?:partners|third parties|vendors)",
    ),
    "de": (
        r"(?:verwendet|verwenden|benutzt|benutzen|nutzt|nutzen|setzt|setzen|einsetzen|verwende|nutze) (?:auf (?:dieser|unserer) (?:web)?seite )?cookies",
        r"(?:auf|in) (?:dieser|unserer) (?:website|webseite|seite|internetpräsenz|internetauftritt) werden cookies",
        r"cookies (?:erleichtern|helfen|ermöglichen)",
        r"(?:durch|mit) (?:der|die) (?:weiteren? )?(?:nutzung|benutzung|verwendung)",
        r"wenn (?:sie|du) (?:die|diese|unsere) (?:web)?seite weiter",
        r"mit einem klick auf",
    ),
    "fr": (
        r"(?:utilise|utilisons|utilisent) (?:des |les )?cookies",
        r"en (?:poursuivant|continuant|cliquant|naviguant)",
    ),
    "es": (
        r"(?:utiliza|utilizamos|usa|usamos|emplea) (?:las |sus |propias )?cookies",
        r"al (?:continuar|navegar|utilizar|hacer clic|pulsar)",
        r"si (?:continúas|continúa|sigues|sigue) navegando",
    ),
    "it": (
        r"(?:utilizza|utilizziamo|usa|usiamo) (?:i )?cookies?",
        r"(?:proseguendo|continuando) (?:la navigazione|a navigare)",
        r"se continui",
    ),
    "pt": (
        r"(?:utiliza|utilizamos|usa|usamos) cookies",
        r"ao (?:continuar|navegar|utilizar|clicar)",
    ),
    "ru": (
        rf"(?:использует|используем|используют) {_COOKIE}",
        r"продолжая (?:использовать|пользоваться|просмотр|работу)",
    ),
    "nl": (
        r"(?:gebruikt|gebruiken) cookies",
        r"door (?:verder te gaan|gebruik te maken|op .{1,20} te klikken)",
    ),
    "pl": (
        rf"(?:używa|używamy|wykorzystuje|wykorzystujemy|stosuje|stosujemy) {_COOKIE}",
        r"korzystając z (?:tej |naszej )?(?:strony|serwisu|witryny)",
    ),
}

# What a notice asks for or points to: consent, a policy, a settings button.
CLAUSES: dict[str, tuple[str, ...]] = {
    "en": (
        r"you (?:agree|accept|consent|acknowledge)",
        r"(?:agree|consent) to (?:the|our) use",
        r"(?:your|of) consent",
        r"assume (?:that )?you(?:['’]re| are)? (?:ok|okay|happy|fine)",
        r"opt[- ]out",
        r"(?:privacy|cookie) (?:policy|notice|statement|settings|preferences)",
        r"(?:learn|read|find out) more",
        r"more info(?:rmation)?",
        r"change (?:your )?(?:cookie )?(?:settings|preferences)",
        r"accept(?: all)?",
        r"got it",
        r"ok(?:ay)?\W*$",
    ),
    "de": (
        r"stimm(?:en|st) (?:sie|du) [^.]{0,60}zu",
        r"(?:einverstanden|einverständnis|einwilligung|zustimmung)",
        r"zustimmen",
        r"datenschutz(?:erklärung|hinweise|richtlinie|bestimmungen)",
        r"cookie-richtlinie",
        r"akzeptieren",
        r"mehr erfahren",
        r"(?:weitere|mehr) (?:informationen|infos)",
        r"widerspruch",
        r"ok\W*$",
    ),
    "fr": (
        r"vous (?:acceptez|consentez)",
        r"(?:votre )?consentement",
        r"en savoir plus",
        r"politique de (?:confidentialité|cookies)",
        r"accepter",
        r"paramétrer",
        r"ok\W*$",
    ),
    "es": (
        r"(?:acepta|aceptas|consiente|consientes)",
        r"(?:su|tu) consentimiento",
        r"más información",
        r"política de (?:privacidad|cookies)",
        r"aceptar",
        r"configurar",
    ),
    "it": (
        r"(?:accetti|acconsenti|accetta|acconsente)",
        r"(?:consenso|informativa)",
        r"maggiori informazioni",
        r"ne sia felice",
        r"ok\W*$",
    ),
    "pt": (
        r"(?:concorda|aceita|consente)",
        r"consentimento",
        r"saiba mais",
        r"política de (?:privacidade|cookies)",
        r"aceitar",
    ),
    "ru": (
        r"(?:соглашаетесь|согласие|согласны)",
        r"подробнее",
        r"политик",
        r"принять",
    ),
    "nl": (r"(?:akkoord|toestemming|accepteren|accepteert)", r"meer informatie"),
    "pl": (r"(?:zgadzasz|zgodę|zgoda|akceptujesz|akceptuj)", r"polityk", r"więcej informacji"),
}

# Words of the other text of a cookie dialog: it speaks of itself and of the site.
DIALOG: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:these|this|such) cookies?",
        r"this (?:category|website|site)",
        r"our (?:website|site)",
        r"cookie (?:name|duration|expiry|purpose|provider|type)",
        r"how to (?:control|manage|delete|disable|block) cookies",
        r"your (?:consent|browser|preferences|settings|browsing experience)",
    ),
    "de": (
        r"diese(?:s|n)? cookies?",
        r"(?:diese|unsere) (?:web)?seite",
        r"(?:ihre|deine) (?:einwilligung|zustimmung|einstellungen|auswahl)",
        r"laufzeit",
        r"zweck",
        r"anbieter",
        r"cookie[- ]?name",
        r"(?:zur )?kontrolle von cookies",
        r"wie man cookies (?:kontrolliert|löscht|deaktiviert)",
        r"(?:zustimmung|einwilligung) widerrufen",
    ),
    "fr": (r"ces cookies", r"(?:ce|notre) site", r"votre (?:consentement|navigateur|choix)"),
    "es": (r"estas cookies", r"(?:este|nuestro) sitio", r"su (?:consentimiento|navegador)"),
    "it": (r"questi cookie", r"(?:questo|nostro) sito", r"(?:tuo|suo) consenso"),
    "pt": (r"estes cookies", r"(?:este|nosso) site", r"seu (?:consentimento|navegador)"),
    "ru": (r"эти (?:файлы )?(?:cookie|куки)", r"(?:наш|этот) сайт", r"ваш(?:его|е) согласи"),
    "nl": (r"deze cookies", r"(?:deze|onze) (?:web)?site", r"uw toestemming"),
    "pl": (r"te pliki", r"(?:ta|nasza) strona", r"(?:twoja|twoją) zgod"),
}

# A notice speaks to the reader or of the site itself; an article about cookies speaks
# of others ("users consent to ...").
SELF: dict[str, tuple[str, ...]] = {
    "en": (r"we", r"our", r"us", r"you", r"your", r"this (?:web)?site"),
    "de": (
        r"wir",
        r"unser\w*",
        r"sie",
        r"ihr\w*",
        r"du",
        r"dein\w*",
        r"diese (?:web)?seite",
        r"diese website",
    ),
    "fr": (r"nous", r"notre", r"nos", r"vous", r"votre", r"vos", r"ce site"),
    "es": (
        r"utilizamos",
        r"usamos",
        r"nuestr\w+",
        r"usted",
        r"tu",
        r"su",
        r"este sitio",
        r"esta web",
    ),
    "it": (
        r"utilizziamo",
        r"usiamo",
        r"nostr\w+",
        r"tu",
        r"tuo",
        r"suo",
        r"questo sito",
        r"continui",
    ),
    "pt": (
        r"utilizamos",
        r"usamos",
        r"nosso\w*",
        r"nossa\w*",
        r"você",
        r"seu",
        r"sua",
        r"este site",
    ),
    "ru": (r"мы", r"наш\w*", r"вы", r"ваш\w*", r"этот сайт"),
    "nl": (r"wij", r"we", r"onze", r"ons", r"u", r"uw", r"je", r"jouw", r"deze (?:web)?site"),
    "pl": (
        r"używamy",
        r"wykorzystujemy",
        r"nasz\w*",
        r"twoj\w*",
        r"państw\w*",
        r"ta strona",
        r"serwis",
    ),
}

# Lower-case words that may stand before the opener of a notice ("This website uses
# cookies", "Auf unserer Website werden Cookies"); capitalised words (a site's name, a
# label such as "Datenschutz & Cookies:") may too. "Most websites use cookies" may not.
PREFIX_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "this",
        "our",
        "the",
        "and",
        "of",
        "on",
        "to",
        "we",
        "website",
        "site",
        "web",
        "page",
        "blog",
        "portal",
        "app",
    ),
    "de": (
        "diese",
        "dieser",
        "dieses",
        "unsere",
        "unserer",
        "unseren",
        "auf",
        "der",
        "die",
        "das",
        "und",
        "wir",
        "website",
        "webseite",
        "seite",
        "internetauftritt",
    ),
    "fr": ("ce", "notre", "nos", "le", "la", "les", "et", "nous", "site"),
    "es": ("este", "esta", "nuestro", "nuestra", "el", "la", "y", "sitio", "web"),
    "it": ("questo", "nostro", "il", "lo", "la", "e", "sito"),
    "pt": ("este", "nosso", "nossa", "o", "a", "e", "site"),
    "ru": ("этот", "наш", "наши", "и", "мы", "сайт"),
    "nl": ("deze", "onze", "de", "het", "en", "site"),
    "pl": ("ta", "nasza", "nasz", "i", "strona", "serwis"),
}

TRIGGERS: tuple[str, ...] = (
    "cooki",
    "куки",
    "accept",
    "allow",
    "reject",
    "decline",
    "refuse",
    "do not sell",
    "akzeptieren",
    "ablehnen",
    "zulassen",
    "entsperren",
    "datenschutz",
    "accepter",
    "refuser",
    "aceptar",
    "rechazar",
    "accetta",
    "rifiuta",
    "aceitar",
    "rejeitar",
    "принять",
    "accepteren",
    "weigeren",
    "zaakceptuj",
    "odrzuć",
)
