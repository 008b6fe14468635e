"""Copyright notices, legal notices and the names of legal pages, per language.

* ``RIGHTS``: the phrase that closes a copyright notice ("All rights reserved", "Alle
  Rechte vorbehalten", "Tous droits réservés", "Все права защищены", "版权所有").
* ``LEGAL``: what marks a copyright line anywhere in it: the sign "©", "(c) 2024",
  "Copyright 2024" and the ``RIGHTS`` phrases. The related_footer rule uses it to let a
  copyright line close a list of teasers; the legal rule reads the same words with more
  structure (the sign or "Copyright" opening the line, the phrase ending a sentence).
* ``NOTICES``: sentences that only stand in legal small print ("This material may not be
  published, broadcast, rewritten or redistributed", "Nachdruck nur mit Genehmigung",
  "При использовании материалов ссылка обязательна").
* ``LEGAL_PAGES``: names of the legal pages a footer links to ("Privacy Policy",
  "Impressum", "Mentions légales", "Aviso legal", "Note legali", "Termos de uso").
* ``FOOTER_PAGES``: other pages that share a footer line with them ("Contact", "About
  us", "Sitemap"); on their own they are navigation, not legal lines.

Every fragment is a regular expression matched case-insensitively against a whole item.
"""

from __future__ import annotations

RIGHTS: dict[str, tuple[str, ...]] = {
    "en": (r"all rights reserved", r"some rights reserved"),
    "de": (r"alle rechte vorbehalten", r"einige rechte vorbehalten"),
    "fr": (r"tous droits réservés", r"tous droits reserves", r"droits réservés"),
    "es": (r"todos los derechos reservados", r"derechos reservados"),
    "it": (r"tutti i diritti riservati", r"riproduzione riservata"),
    "pt": (r"todos os direitos reservados", r"direitos reservados"),
    "ru": (r"все права защищены", r"все права сохранены"),
    "nl": (r"alle rechten voorbehouden",),
    "pl": (r"wszelkie prawa zastrzeżone", r"wszystkie prawa zastrzeżone"),
    "zh": (r"版权所有", r"保留所有权利"),
    "ja": (r"無断転載(?:を)?禁(?:じます|止)", r"著作権所有"),
}

LEGAL: dict[str, tuple[str, ...]] = {
    "any": (r"©", r"\(c\) \d{4}", r"copyright \d{4}"),
    **RIGHTS,
}

NOTICES: dict[str, tuple[str, ...]] = {
    "en": (
        r"this material may not be published, broadcast, rewritten,? or redistributed",
        r"(?:registration on or )?use of (?:and/or registration on any portion of )?this"
        r" site constitutes acceptance of (?:our|the)",
        r"reproduction (?:in whole or in part )?(?:is )?(?:strictly )?prohibited",
    ),
    "de": (
        r"nachdruck(?: und weiterverbreitung)?(?: - auch auszugsweise -)? nur mit"
        r" (?:schriftlicher )?genehmigung",
        r"vervielfältigung nur mit (?:schriftlicher )?genehmigung",
    ),
    "fr": (r"reproduction interdite", r"toute reproduction (?:même partielle )?est interdite"),
    "es": (r"prohibida (?:su|la) reproducción(?: total o parcial)?",),
    "it": (r"vietata la riproduzione",),
    "pt": (r"proibida a reprodução",),
    "ru": (
        r"при (?:полном или частичном )?(?:использовании|цитировании|копировании|перепечатке)"
        r" материалов",
        r"перепечатка (?:материалов )?(?:без|только с)",
    ),
    "nl": (r"niets uit deze uitgave mag worden",),
    "pl": (r"kopiowanie (?:materiałów )?bez zgody (?:jest )?zabronione",),
}

LEGAL_PAGES: dict[str, tuple[str, ...]] = {
    "en": (
        r"privacy(?: policy| notice| statement| settings| preferences| center| centre)?",
        r"(?:your )?(?:california )?privacy rights",
        r"cookie(?:s)? (?:policy|notice|statement|settings|preferences)",
        r"privacy (?:&|and) cookies?(?: policy)?",
        r"terms(?: (?:of (?:use|service|sale)|and conditions|& conditions))?",
        r"terms (?:&|and) privacy",
        r"(?:user|subscriber) agreement",
        r"legal(?: notice| notices| information| info| terms)?",
        r"imprint",
        r"disclaimer",
        r"copyright(?: policy| notice| information)?",
        r"accessibility(?: statement)?",
        r"do not sell my (?:personal )?info(?:rmation)?",
        r"(?:ad|advertising) choices",
        r"dmca",
        r"gdpr",
    ),
    "de": (
        r"impressum",
        r"datenschutz(?:erklärung|hinweise?|bestimmungen|richtlinie|einstellungen|information)?",
        r"datenschutz-(?:erklärung|hinweise?|einstellungen)",
        r"agb",
        r"nutzungsbedingungen",
        r"allgemeine geschäftsbedingungen",
        r"haftungsausschluss",
        r"rechtliche hinweise",
        r"barrierefreiheit(?:serklärung)?",
        r"cookie-(?:richtlinie|einstellungen)",
        r"widerrufsbelehrung",
    ),
    "fr": (
        r"mentions légales",
        r"politique de confidentialité",
        r"(?:politique|gestion) (?:des|de) cookies",
        r"conditions générales(?: d['’]utilisation| de vente)?",
        r"conditions d['’]utilisation",
        r"cgu",
        r"cgv",
        r"données personnelles",
        r"confidentialité",
        r"accessibilité",
    ),
    "es": (
        r"aviso legal",
        r"política de privacidad",
        r"política de cookies",
        r"términos y condiciones",
        r"condiciones de uso",
        r"términos de uso",
        r"privacidad",
        r"accesibilidad",
    ),
    "it": (
        r"note legali",
        r"informativa(?: sulla)? privacy",
        r"privacy policy",
        r"cookie policy",
        r"termini e condizioni",
        r"condizioni d['’]uso",
        r"termini d['’]uso",
    ),
    "pt": (
        r"termos de uso",
        r"termos e condições",
        r"política de privacidade",
        r"política de cookies",
        r"aviso legal",
        r"privacidade",
    ),
    "ru": (
        r"политика конфиденциальности",
        r"пользовательское соглашение",
        r"правовая информация",
        r"условия использования",
        r"правила использования",
        r"обработка персональных данных",
    ),
    "nl": (
        r"privacybeleid",
        r"privacyverklaring",
        r"cookiebeleid",
        r"algemene voorwaarden",
        r"gebruiksvoorwaarden",
        r"colofon",
        r"disclaimer",
    ),
    "pl": (
        r"polityka prywatności",
        r"polityka cookies",
        r"regulamin",
        r"nota prawna",
        r"warunki korzystania",
    ),
}

FOOTER_PAGES: dict[str, tuple[str, ...]] = {
    "en": (
        r"contact(?: us)?",
        r"about(?: us)?",
        r"sitemap",
        r"site map",
        r"advertise(?: with us)?",
        r"careers",
        r"jobs",
        r"help",
        r"faq",
        r"rss",
        r"feedback",
        r"newsletter",
        r"editorial standards",
        r"ethics statement",
    ),
    "de": (
        r"kontakt",
        r"über uns",
        r"mediadaten",
        r"hilfe",
        r"jobs",
        r"karriere",
        r"presse",
        r"newsletter",
    ),
    "fr": (r"nous contacter", r"contact", r"qui sommes-nous", r"plan du site", r"aide"),
    "es": (r"contacto", r"quiénes somos", r"mapa del sitio", r"ayuda"),
    "it": (r"contatti", r"chi siamo", r"mappa del sito"),
    "pt": (r"contato", r"contacto", r"quem somos", r"mapa do site", r"fale conosco"),
    "ru": (r"контакты", r"о нас", r"о проекте", r"реклама", r"карта сайта"),
    "nl": (r"over ons", r"adverteren", r"sitemap"),
    "pl": (r"kontakt", r"o nas", r"reklama", r"mapa strony"),
}
