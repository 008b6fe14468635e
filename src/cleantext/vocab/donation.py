"""Donation appeals: the sentences of "support us" boxes, per language.

A line is an appeal when these phrases cover most of it (see ``rules.donation_widget``),
so a body sentence that merely contains "donate" or "support" keeps its place.

``APPEALS`` ask for money in so many words (donate, a donation, become a patron, support
our journalism): one such line is evidence enough. ``SOFT_APPEALS`` are the friendly
lines around them ("Do you like this content?", "Help us keep going", "Thank you for
your support"): a line of them alone is kept (it may be a subheading or a quote), and
goes only beside other evidence of a donation box or together with a second appeal.

Every phrase must contain one of the ``TRIGGERS`` stems (in every alternative): the rule
looks only at lines where a stem occurs, which is what keeps it fast.
"""

from __future__ import annotations

APPEALS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:please )?consider (?:supporting|donating to|making a donation to|a donation to|contributing to) (?:us|our (?:work|site|project|mission|journalism|reporting|newsroom))",
        r"(?:please )?consider (?:supporting us|donating|contributing)",
        r"(?:please )?consider (?:a |making a )?(?:donation|contribution|small donation|one-time donation|monthly donation|small contribution)",
        r"(?:please )?support (?:us|me|my work|our (?:work|journalism|reporting|newsroom|mission|site|website|project|newsletter)|(?:independent|local|quality|nonprofit|non-profit) (?:journalism|media|news|reporting|fact-checking))(?: today| now)?",
        r"(?:please )?(?:donate|give)(?: now| today| here| to us| to (?:our|this|the) (?:site|project|work|cause|newsroom|mission))",
        r"(?:please )?donate",
        r"(?:please )?contribute (?:now|today|to our (?:work|journalism|reporting))",
        r"(?:please )?make a (?:one-time |monthly |small |tax-deductible |recurring |year-end )?(?:donation|contribution|gift)(?: today| now)?",
        r"become a (?:patron|supporter|donor|sustaining member|monthly donor|paying supporter|monthly supporter)(?: today| now)?",
        r"support us on (?:patreon|paypal|ko-fi|liberapay|substack)",
        r"(?:donate|give|support us) (?:via|with|through|using|on) (?:paypal|bitcoin|crypto|card|patreon|stripe|ko-fi|liberapay)",
        r"buy (?:me|us) a coffee",
        r"we (?:need|rely on|depend on|count on) (?:your|readers['’]?|reader) (?:donations|financial support|generosity)",
        r"(?:your|every) (?:donation|contribution|gift|dollar)s?,? (?:however|no matter how) (?:big|small|large)[^.!?\n]{0,60}",
        r"(?:your|every) (?:donation|contribution|gift|dollar)s? (?:helps?|makes? a difference|matters|keeps? us|allows? us|enables? us|counts)[^.!?\n]{0,60}",
        r"(?:all|any) donations? (?:are |is )?(?:welcome|appreciated|tax[- ]deductible)",
        r"(?:thank you|thanks) for (?:your|considering a) (?:donation|contribution)",
        r"we are (?:reader|listener|viewer|member)[- ](?:funded|supported)",
        r"without (?:your )?support,? (?:there is )?no (?:independent|critical|free|quality)[^.!?\n]{0,40}journalism",
        r"(?:this|our) (?:site|work|journalism|newsroom) is (?:reader|community|member)[- ](?:funded|supported)",
    ),
    "de": (
        r"unterstützen sie (?:uns|mich|unsere arbeit|meine arbeit|unseren journalismus|(?:den |diesen )?unabhängigen journalismus|diese form des journalismus)(?: jetzt| heute| mit (?:einer|ihrer) spende)?",
        r"unterstütze (?:uns|mich|unsere arbeit|meine arbeit|das projekt)(?: jetzt| heute| mit (?:einer|deiner) spende)?",
        r"(?:jetzt |bitte |online )?spenden(?: sie)?(?: jetzt| heute| online)?",
        r"(?:jetzt |bitte )?unterstützen",
        r"(?:eine |jetzt )?spende (?:geben|machen|senden)",
        r"wir (?:brauchen|benötigen|sind angewiesen auf) (?:ihre|deine) (?:spende|spenden|finanzielle unterstützung)",
        r"(?:ihre|deine|jede) spende (?:hilft|zählt|macht den unterschied|ermöglicht|sichert)[^.!?\n]{0,60}",
        r"werden sie (?:unterstützer(?:in)?|förderer|förderin|fördermitglied|spender(?:in)?)",
        r"werde (?:unterstützer(?:in)?|förderer|förderin|fördermitglied|spender(?:in)?)",
        r"(?:vielen )?dank für (?:ihre|deine) spende",
        r"wir sind (?:leser|spenden|leserinnen und leser)[- ]?finanziert",
        r"kein(?:en)? [\w-]*journalismus ohne (?:ihre|deine|eure) unterstützung",
        r"ohne (?:ihre |deine |eure )?unterstützung kein(?:en)? [^.!?\n]{0,40}journalismus",
        r"unterstützen sie [^.!?\n]{1,40} mit (?:einer|ihrer) spende",
    ),
    "fr": (
        r"(?:faites|faire|je fais) un don(?: maintenant| aujourd['’]hui| en ligne)?",
        r"soutenez(?:-nous| nous| notre travail| notre journalisme| une presse indépendante| l['’]information indépendante| le journalisme indépendant| notre média| notre rédaction)(?: maintenant| aujourd['’]hui)?",
        r"(?:votre|chaque) don (?:compte|nous aide|est essentiel|nous permet)[^.!?\n]{0,60}",
        r"devenez (?:mécène|donateur|donatrice|membre bienfaiteur)",
        r"merci pour votre don",
        r"je (?:soutiens|donne)",
        r"(?:un )?don (?:ponctuel|mensuel)",
    ),
    "es": (
        r"(?:haz|haga|hacer) una donación(?: ahora| hoy)?",
        r"don(?:a|ar|e) (?:ahora|aquí|hoy)",
        r"apóya(?:nos|nos hoy)",
        r"apoya (?:nuestro trabajo|nuestro periodismo|el periodismo independiente|al periodismo independiente)",
        r"(?:tu|su|cada) (?:donación|aporte) (?:cuenta|nos ayuda|es importante)[^.!?\n]{0,60}",
        r"hazte (?:socio|socia|mecenas|donante)",
        r"gracias por (?:tu|su) donación",
    ),
    "it": (
        r"fai una donazione(?: ora| oggi)?",
        r"dona (?:ora|adesso|oggi)",
        r"sostienici",
        r"sostieni (?:il nostro lavoro|l['’]informazione indipendente|il giornalismo indipendente|la nostra redazione)",
        r"diventa (?:sostenitore|sostenitrice|mecenate|donatore)",
        r"grazie per (?:la tua|la vostra) donazione",
    ),
    "pt": (
        r"(?:faça|fazer) uma doação(?: agora| hoje)?",
        r"doe (?:agora|aqui|hoje)",
        r"apoie-nos",
        r"apoie (?:o nosso|nosso) (?:trabalho|jornalismo)",
        r"apoie o jornalismo independente",
        r"seja (?:um |uma )?(?:apoiador|apoiadora|doador|doadora)",
        r"obrigad[oa] pela sua doação",
    ),
    "ru": (
        r"поддержите (?:нас|проект|наш проект|нашу работу|редакцию|независимую журналистику|автора)",
        r"поддержать (?:нас|проект|редакцию|автора)",
        r"(?:сделать|сделайте) пожертвование",
        r"пожертвовать",
        r"задонатить",
        r"станьте (?:патроном|спонсором|донором)",
        r"спасибо за (?:ваше )?пожертвование",
    ),
    "nl": (
        r"doneer(?: nu| vandaag| hier)?",
        r"steun (?:ons|onze journalistiek|onafhankelijke journalistiek|ons werk)(?: nu| vandaag)?",
        r"word (?:donateur|steunpilaar|vriend van)",
        r"(?:bedankt|dank je|dank u) voor (?:je|jouw|uw) donatie",
    ),
    "pl": (
        r"wesprzyj (?:nas|naszą pracę|niezależne dziennikarstwo|projekt)",
        r"przekaż (?:darowiznę|datek)",
        r"wpłać (?:darowiznę|datek)",
        r"zostań (?:patronem|darczyńcą)",
    ),
}

SOFT_APPEALS: dict[str, tuple[str, ...]] = {
    "en": (
        r"do you (?:like|enjoy|value|appreciate) (?:this|our|the) (?:content|article|work|site|website|journalism|reporting|post|story|podcast|newsletter)",
        r"if you (?:like|enjoy|value|appreciate) (?:this|our|the) (?:content|article|work|site|website|journalism|reporting|post|story)",
        r"(?:please )?consider helping (?:us|our (?:work|site|project|mission))",
        r"help (?:us|keep us) (?:keep|stay|remain|continue|grow)[^.!?\n]{0,60}",
        r"help (?:us|our work|this site)(?: out)?",
        r"we (?:need|rely on|depend on|count on) (?:your|readers['’]?|reader) (?:help|support)[^.!?\n]{0,60}",
        r"(?:your|every) support,? (?:however|no matter how) (?:big|small|large)[^.!?\n]{0,60}",
        r"(?:your|every) support (?:helps?|makes? a difference|matters|keeps? us|allows? us|enables? us|counts)[^.!?\n]{0,60}",
        r"(?:thank you|thanks) for (?:your|all your) support",
        r"(?:please )?(?:give|contribute|chip in)",
        r"become a (?:member|subscriber)(?: today| now)?",
    ),
    "de": (
        r"(?:gefällt|gefallen) (?:ihnen|dir|euch) (?:dieser|dieses|diese|unser|unsere) (?:inhalt|artikel|beitrag|arbeit|journalismus|seite|text)",
        r"wenn (?:ihnen|dir|euch) (?:dieser|unser|der) (?:artikel|beitrag|text) gefallen hat",
        r"(?:mit einer spende )?helfen sie (?:uns|mit)[^.!?\n]{0,60}",
        r"hilf uns[^.!?\n]{0,60}",
        r"wir (?:brauchen|benötigen|sind angewiesen auf) (?:ihre|deine) (?:hilfe|unterstützung)",
        r"(?:ihre|deine|jede) unterstützung (?:hilft|zählt|macht den unterschied)[^.!?\n]{0,60}",
        r"(?:vielen )?dank für (?:ihre|deine) unterstützung",
        r"werden sie mitglied",
        r"(?:jetzt )?unterstützen (?:über|per|via|mit)",
    ),
    "fr": (
        r"(?:vous aimez|aimez-vous|tu aimes) (?:ce contenu|cet article|notre travail|notre site|notre journalisme)",
        r"(?:aidez|aide)-nous[^.!?\n]{0,60}",
        r"nous avons besoin de (?:votre|ton) (?:aide|soutien)",
        r"(?:votre|chaque) (?:soutien|contribution) (?:compte|nous aide|est essentiel)[^.!?\n]{0,60}",
        r"merci pour votre soutien",
        r"devenez membre",
    ),
    "es": (
        r"(?:¿\s*)?(?:te gusta|le gusta|te gustó) (?:este contenido|este artículo|nuestro trabajo|nuestro periodismo)",
        r"ayúdanos[^.!?\n]{0,60}",
        r"necesitamos (?:tu|su) (?:ayuda|apoyo)[^.!?\n]{0,60}",
        r"(?:tu|su|cada) (?:apoyo|contribución) (?:cuenta|nos ayuda|es importante)[^.!?\n]{0,60}",
        r"colabora con nosotros",
        r"gracias por (?:tu|su) apoyo",
        r"hazte (?:miembro|suscriptor)",
    ),
    "it": (
        r"ti (?:piace|è piaciuto) (?:questo contenuto|questo articolo|il nostro lavoro)",
        r"aiutaci[^.!?\n]{0,60}",
        r"abbiamo bisogno del (?:tuo|vostro) (?:aiuto|sostegno)",
        r"grazie per il (?:tuo|vostro) (?:sostegno|contributo)",
        r"diventa socio",
    ),
    "pt": (
        r"gostou (?:deste conteúdo|desta matéria|deste artigo|do nosso trabalho)",
        r"ajude-nos[^.!?\n]{0,60}",
        r"precisamos do seu apoio",
        r"obrigad[oa] pelo seu apoio",
        r"seja (?:um |uma )?membro",
    ),
    "ru": (
        r"(?:вам|тебе) (?:нравится|понравился|понравилась|понравился) (?:наш контент|этот материал|эта статья|наша работа)",
        r"помогите (?:нам|проекту)[^.!?\n]{0,60}",
        r"нам нужна ваша (?:помощь|поддержка)",
        r"спасибо за (?:вашу )?поддержку",
    ),
}

# Lower-case stems; a line is read as a possible appeal only when one of them occurs in
# it. Every alternative of every phrase above must contain one of them (the rule checks
# that each phrase holds one when it starts).
TRIGGERS: tuple[str, ...] = (
    # en
    "don",  # donate, donation, donor; also French "don", Spanish and Italian "dona"
    "support",
    "contribut",
    "give",
    "gift",
    "patr",  # patron, Patreon
    "member",
    "coffee",
    "help",
    "chip in",
    "do you",
    "if you",
    "dollar",
    "generos",
    "funded",
    # de
    "spend",
    "unterstütz",
    "gefällt",
    "gefallen",
    "helf",
    "hilf",
    "förder",
    "mitglied",
    "finanziert",
    # fr
    "souten",
    "soutien",
    "aime",
    "aide",
    "mécène",
    "membre",
    # es
    "apóy",
    "apoy",
    "ayúd",
    "necesitamos",
    "gusta",
    "gustó",
    "hazte",
    "colabora",
    "aporte",
    # it
    "sost",
    "aiut",
    "piace",
    "piaciuto",
    "diventa",
    # pt
    "doa",
    "doe ",
    "apoi",
    "ajud",
    "gostou",
    "precisamos",
    "membro",
    # ru
    "поддерж",
    "пожертв",
    "задонат",
    "помогите",
    "помощь",
    "станьте",
    "нравится",
    "понравил",
    # nl, pl
    "steun",
    "word donateur",
    "wesprzyj",
    "przekaż",
    "wpłać",
    "zostań",
)
