"""Advertisement labels and ad breaks, per language.

* ``LABELS``: the label over an ad or a paid article, which stands alone on its line
  ("Advertisement", "Sponsored content", "Anzeige", "Publicité", "Реклама", "広告").
* ``BARE_LABELS``: labels that are also common words ("Advertising", "Werbung", "Ad",
  "Pub", "Anuncio"): a label alone on its line, never before a teaser ("Werbung: Die
  Branche im Wandel" may be a subheading).
* ``BREAKS``: the line an ad leaves in the middle of an article ("Continue reading below",
  "Story continues below advertisement", "Weiterlesen nach der Anzeige", "La suite après
  cette publicité", "Продолжение после рекламы").
* ``DISCLOSURES``: short notes that a post is paid for or holds affiliate links ("This
  post contains affiliate links", "Dieser Beitrag enthält Werbung", "Paid partnership
  with ...").
* ``SPONSORED_BY``: "Sponsored by", before a name on a short line.

Every fragment is a regular expression matched case-insensitively; ``LABELS`` and
``BREAKS`` must fill the line (bar decoration such as dashes and brackets).
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        r"advertisements?",
        r"advert",
        r"sponsored(?: content| post| story| article| links?| feature| stories)?",
        r"paid (?:content|post|partnership|promotion)",
        r"promoted(?: content| stories| links?| post)?",
        r"partner content",
        r"advertorial",
        r"(?:advertising|ads) by(?: google)?",
        r"ad feature",
        r"from our (?:sponsors|partners)",
    ),
    "de": (
        r"anzeige",
        r"gesponsert",
        r"gesponserte? (?:inhalte?|beitrag|artikel|links?)",
        r"sponsored post",
        r"bezahlte (?:partnerschaft|kooperation)",
        r"advertorial",
        r"werbeanzeige",
    ),
    "fr": (
        r"publicité",
        r"contenu (?:sponsorisé|partenaire|promotionnel)",
        r"sponsorisé",
        r"article sponsorisé",
        r"publi-?rédactionnel",
    ),
    "es": (
        r"publicidad",
        r"contenido (?:patrocinado|publicitario)",
        r"patrocinado",
        r"publirreportaje",
    ),
    "it": (
        r"pubblicità",
        r"contenuto (?:sponsorizzato|pubblicitario)",
        r"sponsorizzato",
        r"pubbliredazionale",
    ),
    "pt": (
        r"publicidade",
        r"conteúdo (?:patrocinado|publicitário|de marca)",
        r"patrocinado",
        r"publieditorial",
    ),
    "ru": (
        r"реклама",
        r"на правах рекламы",
        r"партн[её]рский материал",
        r"спонсорский материал",
        r"рекламный материал",
    ),
    "nl": (r"advertentie", r"gesponsord(?:e inhoud)?", r"gesponsorde content"),
    "pl": (
        r"reklama",
        r"materiał (?:sponsorowany|partnera|promocyjny|reklamowy)",
        r"artykuł sponsorowany",
        r"treść sponsorowana",
    ),
    "zh": (r"广告", r"廣告", r"推广", r"赞助内容"),
    "ja": (r"広告", r"スポンサーリンク", r"スポンサー"),
}

BARE_LABELS: dict[str, tuple[str, ...]] = {
    "en": (r"advertising", r"ads?", r"promotion"),
    "de": (r"werbung", r"anzeigen", r"promotion"),
    "fr": (r"pub", r"annonce"),
    "es": (r"anuncio",),
    "it": (r"annuncio",),
    "pt": (r"anúncio",),
    "nl": (r"adv",),
    "ja": (r"pr",),
}

BREAKS: dict[str, tuple[str, ...]] = {
    "en": (
        r"continue reading below",
        r"(?:the )?(?:story|article|text) continues below(?: (?:(?:this|the|an?) )?(?:advertisement|ad))?",
        r"(?:the )?(?:story|article) continues after (?:this|the) (?:advertisement|ad)",
        r"(?:advertisement|ad)\W*(?:scroll|continue) (?:down )?to continue(?: reading)?",
        r"(?:advertisement|ad)\W*(?:story|article) continues below",
        r"scroll (?:down )?to continue(?: reading| with content)?",
        r"(?:advertisement|ad)\W*continue reading below",
    ),
    "de": (
        r"weiterlesen nach der (?:anzeige|werbung)",
        r"lesen sie nach der (?:anzeige|werbung) weiter",
        r"(?:der )?artikel (?:wird )?(?:geht )?(?:unter|nach) der (?:anzeige|werbung) (?:fortgesetzt|weiter)",
        r"(?:anzeige|werbung)\W*(?:weiterlesen|scrollen zum weiterlesen)",
        r"(?:der )?artikel geht (?:unten|unter der anzeige) weiter",
    ),
    "fr": (
        r"la suite (?:de l['’]article )?après (?:cette|la) (?:publicité|annonce)",
        r"l['’]article continue (?:après|sous) (?:cette|la) publicité",
        r"(?:publicité)\W*(?:la suite ci-dessous|poursuivez votre lecture ci-dessous)",
        r"poursuivez votre lecture ci-dessous",
    ),
    "es": (
        r"(?:continúa|sigue) (?:leyendo|la noticia|el artículo) (?:después|tras|debajo) (?:del|de la) (?:anuncio|publicidad)",
        r"(?:la noticia|el artículo) continúa (?:después|tras|debajo) (?:del|de la) (?:anuncio|publicidad)",
        r"publicidad\W*(?:sigue|continúa) leyendo",
    ),
    "it": (
        r"(?:l['’]articolo )?continua (?:dopo|sotto) (?:la|questa) pubblicità",
        r"(?:l['’]articolo )?prosegue (?:dopo|sotto) (?:la|questa) pubblicità",
        r"pubblicità\W*continua a leggere",
    ),
    "pt": (
        r"(?:a reportagem|o artigo|a matéria|o texto) continua (?:após|depois d[ao]|abaixo d[ao]) (?:a )?(?:publicidade|anúncio)",
        r"continua (?:após|depois d[ao]) (?:a )?(?:publicidade|anúncio)",
        r"publicidade\W*continue (?:a ler|lendo)",
    ),
    "ru": (
        r"продолжение (?:статьи |материала )?(?:после|под|ниже) рекламы",
        r"реклама\W*продолжение (?:ниже|следует)",
        r"статья продолжается (?:после|под|ниже) рекламы",
    ),
    "nl": (
        r"lees verder (?:na|onder) de (?:advertentie|reclame)",
        r"(?:het )?artikel gaat verder (?:na|onder) de (?:advertentie|reclame)",
        r"advertentie\W*lees verder",
    ),
    "pl": (
        r"dalsza część (?:artykułu|tekstu|materiału) (?:pod|poniżej) reklam[ąy]",
        r"czytaj dalej (?:pod|poniżej) reklamą",
        r"artykuł (?:czytaj dalej|jest kontynuowany) (?:pod|poniżej) reklamą",
        r"reklama\W*(?:czytaj dalej|dalsza część)",
    ),
}

DISCLOSURES: dict[str, tuple[str, ...]] = {
    "en": (
        r"this (?:post|article|page|story) (?:contains|may contain|includes) (?:affiliate links|sponsored content|paid links|advertising)",
        r"paid partnership with",
        r"(?:contains|includes) affiliate links",
        r"we may earn (?:a )?commission (?:from|on) (?:links|purchases)",
        r"\*?affiliate[- ]?links?",
    ),
    "de": (
        r"(?:dieser|der) (?:beitrag|artikel|post) enthält (?:werbung|affiliate[- ]links|anzeigen|werbelinks)",
        r"enthält (?:affiliate[- ]links|werbung)",
        r"werbung,? (?:da |weil )?(?:unbezahlt|unbeauftragt|markennennung|markenerkennung)",
        r"bezahlte partnerschaft mit",
        r"\*?(?:affiliate[- ]?link|werbelink)s?",
    ),
    "fr": (
        r"cet article (?:contient|inclut) des liens (?:affiliés|sponsorisés)",
        r"partenariat rémunéré avec",
    ),
    "es": (r"este (?:artículo|post) (?:contiene|incluye) enlaces de afiliados",),
    "it": (r"questo articolo contiene link (?:affiliati|di affiliazione)",),
    "pt": (r"este (?:artigo|post) contém links de afiliados",),
    "ru": (r"материал (?:подготовлен|опубликован) на правах рекламы",),
    "nl": (r"dit (?:artikel|bericht) bevat affiliate links",),
    "pl": (r"artykuł zawiera linki afiliacyjne",),
}

SPONSORED_BY: dict[str, tuple[str, ...]] = {
    "en": (r"sponsored by", r"promoted by", r"paid for by"),
    "de": (r"gesponsert von",),
    "fr": (r"sponsorisé par",),
    "es": (r"patrocinado por",),
    "it": (r"sponsorizzato da",),
    "pt": (r"patrocinado por",),
    "ru": (r"спонсор материала",),
    "nl": (r"gesponsord door",),
    "pl": (r"sponsorem (?:jest|artykułu)", r"partnerem (?:materiału|artykułu) jest"),
}
