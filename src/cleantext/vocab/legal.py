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

* ``DISCLAIMERS``: site-wide notices that open their line: medical, financial and
  editorial disclaimers ("The information on this website is not intended as medical
  advice", "The views expressed in this article do not necessarily reflect ...", "Trotz
  sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung ...").
* ``TRADEMARKS``: "... is a registered trademark of ...", "... sind eingetragene Marken".
* ``CORRECTIONS``: prompts to report an error ("Report an error", "Fehler melden").
* ``NO_WARRANTY``: "Alle Angaben ohne Gewähr", "Errors and omissions excepted".
* ``CITE_LABELS`` and ``RETRIEVED``: a citation line ("Citation: Title (2019, November
  18) retrieved 20 November 2019 from https://...").

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

# Site-wide notices that open their line (or a sentence of it): medical, financial and
# editorial disclaimers, liability for links, "subject to copyright". A line goes when
# its first sentence is one of these, after an optional label ("Disclaimer:", "*").
DISCLAIMERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:the )?(?:information|content|material)s? (?:provided |contained |published |presented )?"
        r"(?:on|in|by|within) this (?:web ?site|site|article|page|blog|post|video|newsletter)"
        r"[^.]{0,160}(?:is|are) (?:not intended|for (?:general )?(?:informational|information|educational)"
        r" purposes only|not (?:a substitute|meant|to be))",
        r"(?:this|the) (?:article|content|post|site|website|blog|page|information)"
        r" (?:is|are) (?:provided )?for (?:general )?(?:informational|information|educational|entertainment)"
        r" purposes only",
        r"(?:\*\s*)?these statements have not been evaluated by the food and drug administration",
        r"(?:this|the) (?:article|content|information|site|website|blog) (?:is not|does not (?:constitute|"
        r"provide|offer)) (?:intended (?:as|to be) )?(?:a substitute for )?(?:professional |personal )?"
        r"(?:medical|legal|financial|investment|tax|professional) advice",
        r"[\w .&'-]{1,40} does not (?:offer|provide|give|constitute) (?:any )?(?:medical|legal|financial"
        r"|investment|tax) advice",
        r"nothing (?:on|in) this (?:site|website|article|page) (?:constitutes|should be (?:construed|taken)"
        r" as) (?:medical|legal|financial|investment|tax|professional) advice",
        r"(?:the )?(?:views|opinions)(?: and (?:opinions|views))? expressed (?:in|on|by) (?:this|the)"
        r" (?:article|post|blog|site|website|column|piece|video|podcast|commentar(?:y|ies)|op-ed)"
        r"[^.]{0,120}(?:do not|don't|does not) necessarily (?:reflect|represent|state)",
        r"(?:the )?(?:views|opinions) expressed (?:here|herein|above) (?:are (?:solely )?those of the"
        r" authors?|do not necessarily)",
        r"[\w .&'-]{1,40} (?:is|are) not (?:responsible|liable) for (?:the |any )?(?:opinions|content"
        r"|statements|views|comments)[^.]{0,80}(?:external|third[- ]party|linked|contributors|users"
        r"|readers|commenters|comments|posted)",
        r"we (?:are not|cannot be held|accept no|take no) (?:responsib\w+|liab\w+)"
        r" for the content of (?:external|third[- ]party|linked) (?:sites|websites|links|pages)",
        r"this (?:document|article|material|content|work) is subject to copyright",
        r"our journalists strive for accuracy",
        r"liability for (?:external )?links$",
    ),
    "de": (
        r"trotz sorgfältiger (?:inhaltlicher )?kontrolle übernehmen? (?:wir|ich) keine (?:haftung|gewähr)",
        r"für den inhalt der verlinkten seiten sind ausschließlich deren betreiber verantwortlich",
        r"(?:die )?(?:informationen|inhalte|angaben|beiträge) (?:auf dieser (?:web)?seite"
        r"|auf dieser website|auf dieser homepage|in diesem"
        r" (?:artikel|beitrag|blog)|dieser (?:web)?seite)[^.]{0,120}(?:ersetzen|stellen) (?:keine|keinen)"
        r" (?:ärztliche|medizinische|professionelle|rechtliche|steuerliche)?\s?(?:beratung|rat|diagnose"
        r"|anlageberatung|rechtsberatung|steuerberatung|arztbesuch)",
        r"(?:dieser (?:artikel|beitrag|inhalt)|diese (?:informationen|inhalte)) (?:ersetzt|ersetzen|stellt"
        r"|stellen) (?:keine|keinen) (?:ärztliche|medizinische|professionelle)?\s?(?:beratung|rat|diagnose"
        r"|anlageberatung|rechtsberatung|steuerberatung|arztbesuch)",
        r"(?:die )?(?:hier )?(?:geäußerten|veröffentlichten|wiedergegebenen) meinungen[^.]{0,120}"
        r"(?:geben nicht|müssen nicht|spiegeln nicht|entsprechen nicht)",
        r"(?:kommentare|beiträge|leserbriefe) (?:von lesern|der leser)? ?(?:stellen|geben) (?:keinesfalls |nicht )?"
        r"(?:die meinung|unbedingt die meinung) der redaktion",
        r"(?:namentlich )?gekennzeichnete (?:beiträge|artikel) geben nicht (?:unbedingt |notwendigerweise )?"
        r"die meinung",
        r"dieses? (?:dokument|inhalt|werk|material) (?:ist|unterliegt) (?:urheberrechtlich geschützt|dem urheberrecht)",
        r"haftung(?:sbeschränkung|sausschluss)? für (?:externe )?links$",
    ),
    "fr": (
        r"(?:les )?(?:informations|contenus?) (?:de|sur|publiés sur|présentés sur) ce (?:site|blog|article)"
        r"[^.]{0,120}ne (?:remplacent|remplace|constituent|constitue) (?:en aucun cas )?(?:pas )?(?:un |une |l['’])?"
        r"(?:avis|conseil|consultation)",
        r"(?:cet article|ce contenu|ce site) ne (?:remplace|constitue) (?:en aucun cas |pas )(?:un |une |l['’])?"
        r"(?:avis|conseil|consultation) (?:médical|juridique|financier|d['’]un médecin)",
        r"(?:les )?(?:opinions|propos|points de vue) (?:exprimé(?:e)?s|tenus) (?:dans|sur|ici)[^.]{0,120}"
        r"(?:n['’]engagent que|ne reflètent pas (?:nécessairement|forcément))",
        r"(?:les )?(?:articles|textes|tribunes|commentaires) (?:publiés )?n['’]engagent que leurs auteurs",
        r"ce (?:document|contenu) est (?:protégé par le droit d['’]auteur|soumis au droit d['’]auteur)",
        r"nous ne sommes pas responsables du contenu des (?:sites|liens) externes",
    ),
    "es": (
        r"(?:la )?(?:información|el contenido) (?:de|en|publicad[ao] en) (?:este|esta) (?:sitio|web|página"
        r"|artículo|blog)[^.]{0,120}no (?:sustituye|reemplaza|constituye)",
        r"(?:este artículo|este contenido|este sitio) no (?:sustituye|reemplaza|constituye) (?:el |un |una )?"
        r"(?:consejo|asesoramiento|consulta|diagnóstico)",
        r"(?:las )?opiniones (?:expresadas|vertidas) (?:en|por)[^.]{0,120}(?:no reflejan necesariamente"
        r"|no representan necesariamente|son responsabilidad exclusiva)",
        r"no nos hacemos responsables del contenido de (?:los )?(?:sitios|enlaces|páginas) externos",
        r"este (?:documento|contenido) está protegido por (?:derechos de autor|el copyright)",
    ),
    "it": (
        r"(?:le )?(?:informazioni|i contenuti) (?:di|su|presenti su|pubblicati su) quest[oa] (?:sito|blog"
        r"|articolo|pagina)[^.]{0,120}non (?:sostituisc|costituisc)\w*",
        r"(?:questo articolo|questo contenuto|questo sito) non (?:sostituisce|costituisce) (?:in alcun modo )?"
        r"(?:il |un |una )?(?:parere|consulenza|consiglio|consulto)",
        r"(?:le )?opinioni espresse[^.]{0,120}non (?:riflettono|rappresentano) necessariamente",
        r"non (?:siamo|è) responsabil[ei] (?:per i|dei) contenuti (?:dei|di) siti esterni",
        r"questo (?:documento|contenuto) è protetto (?:da copyright|dal diritto d['’]autore)",
    ),
    "pt": (
        r"(?:as )?(?:informações|o conteúdo) (?:deste|desta|neste|nesta) (?:site|página|artigo|blog)"
        r"[^.]{0,120}não (?:substitui|substituem|constitui|constituem)",
        r"(?:este artigo|este conteúdo|este site) não (?:substitui|constitui) (?:uma |o |a )?(?:consulta"
        r"|aconselhamento|orientação|recomendação)",
        r"(?:as )?opiniões expressas[^.]{0,120}não (?:refletem|representam) necessariamente",
        r"não nos responsabilizamos pelo conteúdo de (?:sites|links) externos",
        r"este (?:documento|conteúdo) está protegido por direitos autorais",
    ),
    "nl": (
        r"(?:de )?(?:informatie|inhoud) (?:op|in|van) (?:deze|dit) (?:website|site|artikel|blog|pagina)"
        r"[^.]{0,120}(?:vervangt geen|is geen|is niet bedoeld als)",
        r"(?:de )?(?:meningen|standpunten) (?:die )?(?:in|op) (?:dit|deze)[^.]{0,120}(?:weerspiegelen niet"
        r"|geven niet) (?:noodzakelijk|per se|noodzakelijkerwijs)",
        r"(?:wij zijn|we zijn) niet verantwoordelijk voor de inhoud van externe (?:sites|websites|links)",
        r"dit (?:document|artikel) is auteursrechtelijk beschermd",
    ),
    "pl": (
        r"(?:informacje|treści) (?:zawarte |zamieszczone )?(?:na tej stronie|w tym artykule|w serwisie)"
        r"[^.]{0,120}nie (?:stanowią|zastępują)",
        r"(?:ten artykuł|ta treść) nie (?:stanowi|zastępuje) porady",
        r"opinie (?:wyrażone|zamieszczone)[^.]{0,120}nie (?:muszą|zawsze) odzwierciedla",
        r"(?:redakcja )?nie ponosi(?:my)? odpowiedzialności za treść",
        r"ten (?:dokument|materiał) (?:jest )?chroniony prawem autorskim",
    ),
    "ru": (
        r"(?:информация|материалы) (?:на (?:этом|данном) сайте|в (?:этой|данной) статье)[^.]{0,120}"
        r"не (?:является|являются|заменя\w+)",
        r"(?:мнение|точка зрения) (?:редакции|автора|авторов)[^.]{0,80}(?:может не совпадать|не обязательно"
        r" совпадает)",
        r"редакция не несет ответственности за (?:содержание|содержимое|мнени)",
        r"(?:данный|этот) материал (?:защищен|охраняется) авторским правом",
        r"не является публичной офертой",
    ),
}

# Trademark notices: a line whose every sentence says that names are trademarks of a
# company ("Example® is a registered trademark of Example Inc.").
TRADEMARKS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:is|are) (?:a |among the )?(?:federally |u\.s\. )?(?:registered )?(?:trademark|service mark)s?"
        r" (?:of|owned by)",
        r"(?:all )?(?:other )?trademarks (?:are|remain) the property of",
    ),
    "de": (
        r"(?:ist|sind) (?:eine )?(?:eingetragene )?(?:marken?|warenzeichen) (?:der|von|des)",
        r"(?:alle )?(?:genannten )?marken(?:namen)? sind eigentum",
    ),
    "fr": (r"(?:est|sont) (?:une |des )?marques? déposées?", r"marques? commerciales? de"),
    "es": (r"(?:es|son) (?:una )?marcas? registradas? de", r"marcas? comerciales? de"),
    "it": (r"(?:è|sono) (?:un )?march(?:io|i) registrat[oi] di",),
    "pt": (r"(?:é|são) (?:uma )?marcas? registradas? de",),
    "nl": (r"(?:is|zijn) (?:een )?(?:geregistreerde? )?handelsmerk(?:en)? van",),
    "pl": (r"(?:jest|są) zastrzeżonym\w* znak\w* towarow\w*",),
    "ru": (r"(?:является|являются) (?:зарегистрированн\w+ )?товарн\w+ знак\w*",),
}

# Correction and feedback prompts: "Report an error", "Feedback to editors", "Fehler
# melden", "Signaler une erreur"; matched against the whole line.
CORRECTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        r"report (?:an? )?(?:error|mistake|typo|correction)",
        r"(?:send |give )?feedback to (?:the )?editors?",
        r"(?:spotted|found|see) (?:an? )?(?:error|mistake|typo)(?: in this (?:article|story))?",
        r"(?:request|suggest|submit) a correction",
    ),
    "de": (
        r"fehler (?:melden|gefunden|entdeckt)",
        r"(?:einen )?fehler im (?:text|artikel) (?:gefunden|entdeckt|melden)",
        r"(?:haben sie|hast du) einen fehler (?:gefunden|entdeckt)",
    ),
    "fr": (
        r"signaler (?:une|un) (?:erreur|faute|coquille)",
        r"vous avez (?:repéré|trouvé) une erreur",
    ),
    "es": (
        r"reportar (?:un )?error",
        r"(?:has|ha) encontrado un error",
        r"notificar (?:un )?error",
    ),
    "it": (r"segnala (?:un )?errore", r"hai trovato un errore"),
    "pt": (r"reportar (?:um )?erro", r"(?:encontrou|viu) (?:um )?erro", r"comunicar (?:um )?erro"),
    "nl": (r"(?:meld (?:een )?fout|fout (?:gezien|gevonden|melden))",),
    "pl": (r"zgłoś błąd", r"(?:zauważyłeś|znalazłeś) błąd"),
    "ru": (r"сообщить об ошибке", r"нашли (?:ошибку|опечатку)"),
}

NO_WARRANTY: dict[str, tuple[str, ...]] = {
    "en": (r"errors and omissions excepted", r"all information without guarantee", r"e&oe"),
    "de": (r"(?:alle )?angaben ohne gewähr", r"irrtümer und änderungen vorbehalten"),
    "fr": (r"sous réserve d['’]erreurs?(?: typographiques)?",),
    "es": (r"salvo error u omisión",),
    "it": (r"salvo errori e omissioni",),
    "pt": (r"salvo erro ou omissão",),
    "nl": (
        r"onder voorbehoud van (?:druk- en zet)?fouten",
        r"aan deze informatie kunnen geen rechten worden ontleend",
    ),
    "pl": (r"bez gwarancji poprawności",),
    "ru": (r"не является публичной офертой",),
}

CITE_LABELS: dict[str, tuple[str, ...]] = {
    "en": (r"citation", r"cite this(?: article| page| story)?", r"how to cite(?: this article)?"),
    "de": (r"zitiervorschlag", r"zitierweise", r"zitieren(?: sie)?(?: diesen artikel)?"),
    "fr": (r"(?:pour )?citer cet article", r"référence"),
    "es": (r"cómo citar(?: este artículo)?", r"para citar(?: este artículo)?"),
    "it": (r"come citare(?: questo articolo)?", r"per citare(?: questo articolo)?"),
    "pt": (r"como citar(?: este artigo)?", r"para citar(?: este artigo)?"),
    "nl": (r"citeer(?: dit artikel)?", r"citeren"),
    "pl": (r"jak cytować", r"cytowanie"),
    "ru": (r"как цитировать", r"для цитирования", r"ссылка для цитирования"),
}

RETRIEVED: dict[str, tuple[str, ...]] = {
    "en": (r"retrieved", r"accessed"),
    "de": (r"abgerufen",),
    "fr": (r"consulté",),
    "es": (r"consultado",),
    "it": (r"consultato",),
    "pt": (r"acessado", r"consultado"),
    "nl": (r"geraadpleegd",),
    "pl": (r"dostęp",),
    "ru": (r"дата обращения",),
    "any": (r"https?://", r"doi:", r"doi\.org"),
}
