"""Image captions, photo credits and image controls, per language.

Markers come in three kinds, because the same word at the head of a line says more or
less about what follows it:

* ``CAPTION_MARKERS`` announce a caption: whatever follows is the description of a
  picture ("Bildunterschrift: ...", "Légende : ...", "На фото: ...").
* ``CREDIT_MARKERS`` announce a credit: whatever short text follows is the name of the
  photographer or the source ("Image credit: ...", "Bildnachweis: ...").
* ``IMAGE_WORDS`` only name a picture ("Photo", "Bild", "Фото"); what follows them is a
  credit only if it looks like one (names, an agency), because "Video: 4K at 60 fps" and
  "Bild: sehr gut" are lines of a spec sheet or a review.

``COMMA_MARKERS`` are the multi-word markers that may be followed by a comma instead of
a colon ("Image source, Getty Images", BBC style). A single word before a comma starts
sentences too ("Grafik, besonders ...", "Crédito, ahorro e inversión ..."), so single
words never count with a comma.

Agencies come in two kinds: ``PHOTO_AGENCIES`` sell pictures, so "(Getty Images)" after a
line is a credit; ``NEWS_AGENCIES`` also write text, so "(dpa)" or "(FR mit dpa)" after a
paragraph is the source of the article's text and stays.
"""

from __future__ import annotations

# Markers after which the rest of the line is a caption.
CAPTION_MARKERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:image|media|photo|picture|video) caption",
        r"caption",
        r"(?:main|lead|top|cover|header|hero|featured?|title|banner) (?:image|photo|picture)",
        r"pictured",
        r"(?:file|archive|stock) (?:photo|image|picture)",
    ),
    "de": (
        r"bildunterschrift",
        r"bildtext",
        r"bildbeschreibung",
        r"symbol(?:bild|foto)",
        r"titel(?:bild|foto)",
        r"aufmacher(?:bild|foto)",
        r"beitragsbild",
        r"archiv(?:bild|foto)",
        r"vorschaubild",
        r"(?:auf dem|im) bild",
    ),
    "fr": (
        r"légende(?: (?:de la )?photo| de l'image)?",
        r"(?:photo|image) d'(?:illustration|archives?)",
        r"sur (?:la|cette) (?:photo|image)",
        r"en photo",
    ),
    "es": (
        r"pie de (?:foto|imagen)",
        r"(?:foto|imagen) (?:de archivo|ilustrativa|de portada)",
        r"en la (?:foto|imagen)",
    ),
    "it": (
        r"didascalia",
        r"(?:foto|immagine) (?:d'archivio|di repertorio|di copertina|d'apertura)",
        r"nella (?:foto|immagine)",
        r"in foto",
    ),
    "pt": (
        r"legenda(?: da (?:foto|imagem))?",
        r"(?:foto|imagem) (?:de arquivo|ilustrativa|de capa)",
        r"na (?:foto|imagem)",
    ),
    "ru": (
        r"подпись к (?:фото|снимку|изображению)",
        r"на (?:фото|снимке|иллюстрации)",
        r"архивное фото",
        r"фото из архива",
        r"иллюстративное фото",
        r"фото (?:на обложке|обложки)",
    ),
    "nl": (
        r"bijschrift",
        r"archieffoto",
        r"op de foto",
    ),
    "pl": (
        r"podpis (?:zdjęcia|pod zdjęciem)",
        r"na zdjęciu",
        r"zdjęcie (?:ilustracyjne|poglądowe)",
    ),
}

# Markers after which a short rest of the line is a credit.
CREDIT_MARKERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:(?:main|lead|top|cover|header|hero|featured?) )?(?:photo|image|picture|video) (?:credits?|sources?|courtesy(?: of)?)",
        r"(?:photo|image|picture)s? courtesy(?: of)?",
        r"photography",
    ),
    "de": (
        r"bildquellen?",
        r"bildrechte",
        r"bildnachweise?",
        r"fotonachweise?",
        r"fotoquellen?",
        r"bildautor(?:in)?",
        r"fotograf(?:ie|in)?",
        r"copyright (?:foto|bild)",
    ),
    "fr": (
        r"crédits? (?:photos?|images?|de la photo)",
        r"source (?:de l'image|photo|image)",
        r"photographe",
    ),
    "es": (
        r"créditos? (?:de (?:la )?)?(?:foto|imagen|fotografía)",
        r"fuente de la (?:foto|imagen)",
        r"(?:foto|imagen) cortesía(?: de)?",
        r"fotógrafo",
    ),
    "it": (
        r"credit[io] (?:foto(?:grafic[io])?|immagine)",
        r"fonte (?:foto|immagine)",
        r"fotografo",
    ),
    "pt": (
        r"créditos? (?:da )?(?:foto|imagem)",
        r"fonte (?:da )?(?:foto|imagem)",
        r"fotógrafo",
    ),
    "ru": (
        r"источник (?:фото|изображения|снимка)",
        r"автор (?:фото|снимка)",
        r"фото предоставлено",
    ),
    "nl": (
        r"foto(?:'s)? credits?",
        r"beeldbron",
        r"fotograaf",
    ),
    "pl": (
        r"źródło zdjęcia",
        r"autor zdjęcia",
    ),
}

# Words that only name a picture (or a credit); a credit must follow them.
IMAGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        r"photo(?:graph)?s?",
        r"images?",
        r"pictures?",
        r"pics?",
        r"illustrations?",
        r"graphics?",
        r"infographic",
        r"artwork",
        r"videos?",
        r"screenshot",
        r"credits?",
    ),
    "de": (
        r"fotos?",
        r"bild(?:er)?",
        r"grafik(?:en)?",
        r"infografik",
        r"karikatur",
        r"zeichnung",
        r"montage",
    ),
    "fr": (
        r"photos?",
        r"photographie",
        r"dessin",
        r"infographie",
        r"vidéo",
        r"crédits?",
        r"capture d'écran",
    ),
    "es": (
        r"fotos?",
        r"fotografías?",
        r"imagen(?:es)?",
        r"ilustración",
        r"infografía",
        r"vídeo",
        r"créditos?",
    ),
    "it": (
        r"fotografi[ae]",
        r"immagin[ei]",
        r"illustrazione",
        r"infografica",
        r"credit[io]",
    ),
    "pt": (
        r"fotografia",
        r"image(?:m|ns)",
        r"ilustração",
        r"infografia",
    ),
    "ru": (
        r"фото(?:графия)?",
        r"изображение",
        r"иллюстрация",
        r"инфографика",
        r"видео",
        r"кадр",
        r"снимок",
        r"коллаж",
        r"скриншот",
    ),
    "nl": (
        r"beeld",
        r"illustratie",
    ),
    "pl": (
        r"zdjęci[ae]",
        r"ilustracja",
    ),
}

# Multi-word markers that may take a comma instead of a colon ("Image source, ...").
COMMA_MARKERS: tuple[str, ...] = (
    r"(?:image|photo|picture) (?:source|caption|credit)",
    r"media caption",
    r"fuente de la imagen",
    r"pie de foto",
    r"legenda da foto",
    r"crédit photo",
    r"légende (?:photo|image)",
    r"автор фото",
    r"подпись к фото",
)

# A parenthesised note that marks a line as a caption: "... (Symbolbild)".
CAPTION_NOTES: tuple[str, ...] = (
    r"symbol(?:bild|foto)",
    r"archiv(?:bild|foto)",
    r"(?:file|archive|stock) (?:photo|image)",
    r"photo d'archives?",
    r"(?:foto|imagen) de archivo",
    r"foto d'archivio",
    r"foto de arquivo",
    r"архивное фото",
    r"фото из архива",
)

# Agencies and libraries that sell pictures: in brackets after a line they are a credit.
# Written in lower case (they are also matched against lowered lines).
PHOTO_AGENCIES: tuple[str, ...] = (
    r"getty(?: ?images)?",
    r"(?:ap|afp|epa|pa) (?:photo|images)",
    r"shutterstock(?:\.com)?",
    r"istock(?:photo)?(?:\.com)?",
    r"alamy(?: stock photo)?",
    r"imago(?: images)?",
    r"picture[- ]alliance",
    r"adobe ?stock",
    r"stock\.adobe\.com",
    r"123rf(?:\.com)?",
    r"fotolia(?:\.com)?",
    r"dreamstime(?:\.com)?",
    r"depositphotos",
    r"unsplash(?:\.com)?",
    r"pexels(?:\.com)?",
    r"pixabay(?:\.com)?",
    r"flickr",
    r"wikimedia(?: commons)?",
    r"bongarts",
    r"zuma(?: press| wire)?",
    r"nurphoto",
    r"sopa images",
    r"rex(?: features)?",
    r"keystone",
    r"epa-efe",
    r"sipa(?: press)?",
    r"abaca(?:press)?",
    r"bestimage",
    r"corbis",
    r"ullstein ?bild",
    r"laif",
    r"magnum photos",
)

# News agencies: their name after a paragraph may be the source of its text.
NEWS_AGENCIES: tuple[str, ...] = (
    r"dpa",
    r"reuters",
    r"associated press",
    r"press association",
    r"pa (?:wire|media)",
    r"agence france-presse",
    r"xinhua",
    r"kyodo(?: news)?",
    r"yonhap",
    r"anadolu(?: agency| ajansı)?",
    r"bloomberg",
    r"tass",
    r"тасс",
    r"риа новости",
    r"ria novosti",
    r"sputnik",
    r"интерфакс",
    r"interfax",
    r"europa press",
    r"agencia efe",
    r"lusa",
    r"agência brasil",
    r"belga",
    r"ritzau",
    r"epd",
    r"télam",
    r"andina",
)

# Agencies known by an upper-case abbreviation, matched case-sensitively, so that the
# words "ap" or "pa" in running text never count.
PHOTO_ABBREVIATIONS: tuple[str, ...] = ("EPA",)
NEWS_ABBREVIATIONS: tuple[str, ...] = (
    "AP",
    "AFP",
    "PA",
    "APA",
    "ANP",
    "ANSA",
    "EFE",
    "KNA",
    "SID",
    "NTB",
    "TT",
    "DDP",
    "PAP",
    "ČTK",
    "CTK",
)
# Abbreviations that name other things too ("EPA", the US agency): never a credit alone.
AMBIGUOUS_ALONE: tuple[str, ...] = ("EPA", "TT", "SID")

# Platforms that appear inside credits ("Photo: Screenshot/Twitter"), never alone.
SOURCES: tuple[str, ...] = (
    r"instagram",
    r"twitter",
    r"facebook",
    r"youtube",
    r"tiktok",
    r"wikipedia",
    r"pinterest",
    r"nasa",
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case words that may stand in a credit ("Foto: Recherche/privat").
CREDIT_WORDS: frozenset[str] = _words(
    # name particles and connectors
    "von van der den de da di del della du des la le los las dos das do bin ibn al el ten "
    "ter zu vom zur of the and und et y e и for on via vía from by & "
    # words of credits
    "privat private archiv archive archives archivo archivio arquivo archivbild handout "
    "screenshot screencap pool file montage collage courtesy stock photo photos foto fotos "
    "image images bild picture pictures cc by-sa by-nc by-nc-nd by-nd public domain "
    "copyright фото архив"
)

# Capitalised words that make a phrase a title, not a name ("How To Make Pancakes").
TITLE_WORDS: frozenset[str] = _words(
    "How Why What When Where Who Which Is Are Was Were Be To With Your You Our My We I It "
    "Its This That These Those Can Will Do Does Not Watch Read See Here Get Make Should "
    "Could Would Has Have Into"
)

# Lines that are only the furniture of an image: "Click to enlarge".
IMAGE_FURNITURE: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:click|tap)(?: here)? to (?:enlarge|zoom(?: in)?|expand|view larger|see larger)(?: (?:this )?(?:image|photo|picture))?",
        r"(?:enlarge|expand) (?:this )?(?:image|photo|picture)",
        r"view (?:larger|full(?:[- ]size)?) (?:image|photo|picture|version)",
        r"view (?:the )?(?:image|photo) gallery",
        r"open (?:image|photo) gallery",
        r"(?:hide|show|toggle) caption",
        r"zoom in",
        r"(?:image|photo|picture|slide) \d+ (?:of|/) \d+",
        r"full ?screen",
    ),
    "de": (
        r"zum vergrößern (?:klicken|anklicken|tippen)",
        r"(?:klicken|tippen) (?:sie )?zum vergrößern",
        r"(?:bild|foto) vergrößern",
        r"bildergalerie öffnen",
        r"vergrößern",
        r"(?:bild|foto) \d+ (?:von|/) \d+",
        r"vollbild",
    ),
    "fr": (
        r"cliquez (?:pour|ici pour) agrandir(?: l'image| la photo)?",
        r"agrandir (?:l'image|la photo)",
        r"voir (?:la|les) photos?",
        r"agrandir",
        r"(?:photo|image) \d+ (?:sur|/) \d+",
        r"plein écran",
    ),
    "es": (
        r"(?:haz|haga) clic (?:aquí )?para ampliar",
        r"pulse para ampliar",
        r"ampliar (?:imagen|foto)",
        r"ver galería",
        r"(?:foto|imagen) \d+ (?:de|/) \d+",
        r"pantalla completa",
    ),
    "it": (
        r"clicca (?:per|qui per) ingrandire",
        r"ingrandisci(?: l'immagine| la foto)?",
        r"apri la gallery",
        r"guarda la gallery",
        r"(?:foto|immagine) \d+ (?:di|/) \d+",
        r"schermo intero",
    ),
    "pt": (
        r"clique (?:para|aqui para) ampliar",
        r"ampliar (?:imagem|foto)",
        r"ver galeria",
        r"(?:foto|imagem) \d+ (?:de|/) \d+",
        r"tela cheia",
    ),
    "ru": (
        r"нажмите(?:,)? чтобы увеличить",
        r"нажмите для увеличения",
        r"увеличить(?: фото| изображение)?",
        r"открыть галерею",
        r"фото \d+ (?:из|/) \d+",
        r"во весь экран",
    ),
    "nl": (r"klik om te vergroten",),
    "pl": (r"kliknij,? aby powiększyć",),
}

# The word between the two numbers of a gallery's counter alone on its line ("3 of 12",
# "3 von 12", "3 sur 12", "3 de 12", "3 di 12", "3 van 12", "3 z 12", "3 из 12").
COUNTER_WORDS: tuple[str, ...] = ("of", "von", "sur", "de", "di", "van", "z", "из")
