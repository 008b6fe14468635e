"""Small stop-word lists: the most frequent function words of each language.

The content scorer uses them to tell prose from menus, lists of names and other
boilerplate: running text is full of articles, prepositions, pronouns and auxiliaries,
a menu or a footer has almost none. A few dozen words per language are enough for that
(they cover roughly a third of the words of ordinary prose); they are also how the scorer
guesses the language of a page (the list with the most hits wins).

``WORDS`` holds, per language, the lower-case words of languages written with spaces.
Words are split at white space, and in the languages of ``ELIDING`` also after an
apostrophe, so elided forms are listed with theirs ("l'", "qu'", "dell'").
``CHARACTERS`` holds, for Chinese and Japanese (written without spaces), the function
characters (particles, the possessive 的, the aspect marker 了 ...) whose share among
the characters plays the same part. ``PROSE_SHARE`` is the usual share of the list in
running text, which the scorer measures lines against.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The words of a block of text: one list, written as prose is, easy to read."""
    return frozenset(text.split())


WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        the of and to a an in is are was were be been being that this these those for
        it its as with on at by from or but not no have has had do does did will would
        can could should may might must he she they we you i his her their our your my
        him them us me which who whom what when where while if than then so there here
        about into over after before also only just more most such all any each other
        some very
        """
    ),
    "de": _words(
        """
        der die das den dem des ein eine einer einem einen eines und oder aber in im an
        am auf aus bei mit nach von vom vor zu zum zur für über unter durch um bis gegen
        ist sind war waren wird werden wurde wurden hat haben hatte sein sei kann können
        muss soll nicht auch noch nur schon sehr so wie als wenn dass ob weil denn doch
        er sie es wir ihr ich man sich ihre ihren ihrem seine seinen seiner dieser diese
        dieses diesem mehr dann da hier was
        """
    ),
    "fr": _words(
        """
        le la les l' un une des du de d' et ou mais en dans sur sous pour par avec sans
        chez entre vers au aux ce cet cette ces c' qui que qu' quoi dont où il ils elle
        elles on nous vous je j' se s' sa son ses leur leurs lui y est sont était été
        être a ont avait avoir fait peut ne n' pas plus aussi comme tout tous très si
        même bien
        """
    ),
    "es": _words(
        """
        el la los las lo un una unos unas de del al a en y e o u que qué se por para con
        sin sobre entre hasta desde durante como más pero ya también muy no ni su sus
        le les me nos te mi es son fue era ser está están ha han hay había este esta
        estos estas ese esa eso esto cuando donde porque si sí todo todos quien cual
        """
    ),
    "it": _words(
        """
        il lo la i gli le l' un una un' uno di del della dello dei degli delle dell' d'
        a al alla allo ai agli alle all' da dal dalla dall' dai in nel nella nei nelle
        nell' con su sul sulla sull' per tra fra e ed o ma anche come che chi cui non
        più si ci ne mi ti
        è sono era erano essere stato stata ha hanno ho questo questa quello quella
        suo sua loro molto se quando
        """
    ),
    "pt": _words(
        """
        o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo
        pela pelos pelas para com sem sobre entre até e ou mas também como que se não
        mais muito já é são foi era ser está estão estava tem têm há ele ela eles elas
        seu sua seus suas este esta isso isto esse essa quando onde quem você eu
        """
    ),
    "nl": _words(
        """
        de het een en of maar in op aan van voor met door naar bij uit over tot om als
        dan dat die dit deze er ook niet geen wel nog al zo is zijn was waren wordt
        worden werd werden heeft hebben had kan kunnen zal zou moet hij zij ze we wij
        je jij u ik hun haar zich wat wie waar hoe meer veel
        """
    ),
    "pl": _words(
        """
        w we i a o u z ze na do od po za przy przez pod nad dla bez oraz lub albo ale
        czy że jak jako tak też także już jeszcze nie to ten ta te tego tej tym tych
        jest są był była było były być będzie może ma mają się go mu jego jej ich który
        która które którzy co gdy bardzo tylko
        """
    ),
    "ru": _words(
        """
        и в во не на что с со по как а но к ко из у за о об от до при для без через под
        над это этот эта эти этого этой так же ли бы то все всё он она оно они мы вы я
        его её ее их ему ей им был была было были быть есть будет может уже только
        также или если когда чтобы который которая которые где
        """
    ),
}

# Languages whose articles and prepositions elide before a vowel ("l'eau", "dell'arte").
ELIDING = frozenset(("fr", "it"))

# Per character: particles, the possessive and aspect markers, common pronouns.
CHARACTERS: dict[str, frozenset[str]] = {
    "zh": frozenset("的了是在和有不这也就都与而对将为以但被把其们个之于或所等着从"),
    "ja": frozenset("のにはをがでともへやかなたてしれるいす"),
}

# The usual share of these stop words among the words (for Chinese and Japanese: the
# characters) of running text, the median over paragraphs of news and blog prose; Dutch,
# for want of pages, is taken to be like German. Languages without articles (Polish,
# Russian) have fewer. The scorer judges a line's share relative to this, so that one set
# of thresholds serves all languages.
PROSE_SHARE: dict[str, float] = {
    "en": 0.40,
    "de": 0.39,
    "fr": 0.44,
    "es": 0.45,
    "it": 0.38,
    "pt": 0.42,
    "nl": 0.40,
    "pl": 0.26,
    "ru": 0.24,
    "zh": 0.10,
    "ja": 0.38,
}
