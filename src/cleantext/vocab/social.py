"""Share and follow prompts, like widgets and social counters, per language.

A line goes only when these phrases cover all of it (see ``rules._phrase_line``), so
"Share on Facebook" goes and "She shared the prize on Facebook" stays. Phrases compose:
"Share this on Facebook and Twitter" reads as ``SHARE`` + glue + ``NETWORKS`` + glue +
``NETWORKS``, so the lists need not spell out every combination.

* ``SHARE``, ``FOLLOW``, ``LIKE`` and ``COUNTERS`` decide alone: a line made of them is
  a share bar, a follow box, a like widget or a counter ("1.2K shares", "23 comments").
* ``NETWORKS`` are the names of social networks; two or more side by side
  ("Facebook Twitter LinkedIn") make a row of buttons (``NETWORK_ROW``), a single one
  ("Facebook") is a weak label that goes only beside a strong line.
* ``LABELS`` are other weak labels of share bars ("Email", "Print", "Social media").
* ``GLUE`` are the little words between them; ``LINK_NOTES`` the "(opens in new
  window)" remarks that screen-reader text leaves behind.

Every strong phrase must hold one of the ``TRIGGERS`` stems; phrases are lower case.
"""

from __future__ import annotations

# Networks named in share and follow boxes, with the case endings Polish and Russian add
# ("na Facebooku", "в Телеграме"). Alone on a line each is only a weak label.
_NETWORK = (
    r"(?:facebook(?:u|a)?(?:-f)?|twitter(?:ze|a)?|instagram(?:ie|a)?|linkedin(?:-in)?|pinterest(?:-p)?"
    r"|whatsapp|telegram(?:ie)?|reddit|tumblr|youtube|tiktok|snapchat|flipboard|xing|vkontakte"
    r"|mastodon|bluesky|threads|weibo|wechat|google\+|google news|feedly|flickr|vimeo|viber|stumbleupon"
    r"|fb|вконтакте|vk|одноклассник(?:и|ах)|телеграм(?:е|-канале)?|твиттер(?:е)?|фейсбук(?:е)?"
    r"|инстаграм(?:е)?|ютуб(?:е)?|дзен(?:е)?)"
)
# Channels a share button may name besides networks: too common alone to be a network.
_CHANNEL = rf"(?:{_NETWORK}|x|e-?mail|mail|messenger|sms|print|copy link|line|pocket)"
_SEP = r"[\s|·•/,;:]+"

NETWORK_ROW: dict[str, tuple[str, ...]] = {
    "any": (rf"{_NETWORK}(?:{_SEP}{_NETWORK})+",),
}

NETWORKS: dict[str, tuple[str, ...]] = {
    "any": (_NETWORK,),
}

# A count as social widgets print it: "12", "1,204", "1.2K", "3 тыс.", "10+".
_COUNT = r"\d[\d.,]*(?:\s?(?:k|m|тыс\.?))?\+?"

SHARE: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:click to )?share(?: this| it)?(?: (?:article|story|post|page|entry|video|photo|gallery|recipe|link|via|with))?",
        rf"(?:click to )?share (?:on|via|with|to|by|using) {_CHANNEL}",
        r"(?:click to )?(?:e-?mail|send) (?:this|a link)(?: (?:article|story|page))? to a friend",
        r"tweet(?: this| it)?(?: (?:article|story|page|post))?",
        r"(?:click to )?(?:pin|print|e-?mail) (?:this|it)(?: (?:article|story|page|post))?",
        r"click to (?:pin|print|e-?mail)",
        r"pin it",
        r"retweet",
        r"sharing is caring",
        r"be sociable,? share",
        r"spread the word",
        r"share (?:options|selection|permalink|panel|buttons?)",
        r"(?:more|all|close(?: extra)?) sharing options",
        r"close share panel",
        r"this (?:story|article|post|page|video) has been shared \d[\d.,]* times",
        r"social share",
        rf"view this (?:post|photo|video|profile) on {_NETWORK}",
        r"(?:send to|share via) e-?mail address",
        r"sorry, your blog cannot share posts by e-?mail",
        r"post was not sent - check your e-?mail addresses",
        r"e-?mail check failed, please try again",
        r"(?:recommend|suggest) (?:this|it)(?: (?:article|story|page|post))?(?: to a friend)?",
        r"(?:tell|send to) a friend",
        r"share (?:this )?with (?:a |your )?friends?",
        r"(?:print|e-?mail|save|pin) (?:this |the )?(?:recipe|page|article|story)",
        r"(?:print|e-?mail|pin) recipe",
        r"(?:save|pin) (?:it |this )?(?:to|on) pinterest",
        r"flattr this",
    ),
    "de": (
        r"(?:jetzt |artikel |beitrag |seite |inhalte? |video |bild |link )?teilen",
        r"(?:diesen|den) (?:artikel|beitrag|link|inhalt) teilen",
        r"(?:diese|die) (?:geschichte|seite|nachricht) teilen",
        r"möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\??",
        r"teilen(?: sie)?(?: dies| diesen (?:artikel|beitrag))?(?: mit| auf| über| per| via)",
        rf"(?:klick(?:en)?, um )?(?:auf|über|bei|per|via) {_CHANNEL} (?:zu )?teilen",
        r"(?:klick(?:en)?, um )?(?:dies|diesen (?:artikel|beitrag)) einem freund per e-?mail zu senden",
        r"klick(?:en)?, um (?:zu drucken|dies auszudrucken)",
        r"(?:twittern|tweeten|sharen|sharen mit)",
        r"per e-?mail (?:teilen|senden|versenden|weiterleiten)",
        r"an e-?mail-adresse senden",
        rf"sieh dir diesen beitrag (?:auf|bei) {_NETWORK} an",
        r"ihr blog kann leider keine beiträge per e-?mail teilen",
        r"beitrag nicht abgeschickt - e-?mail[ -]adresse kontrollieren",
        r"e-?mail-überprüfung fehlgeschlagen, bitte versuche es noch einmal",
        r"(?:artikel |beitrag |seite |inhalt |news )?weiterempfehlen",
        r"(?:diesen artikel|diesen beitrag|diese seite|artikel|beitrag|seite) (?:empfehlen|weiterleiten|versenden|drucken)",
        r"(?:empfiehl|empfehlt|empfehlen sie) (?:dies|diesen (?:artikel|beitrag)|diese seite|uns)(?: (?:deinen|euren|ihren) freunden| einem freund| weiter)?",
        r"(?:mit freunden|mit anderen|mit deinen freunden) teilen",
        r"teile (?:diesen|den|unseren) (?:beitrag|artikel|post)(?: mit deinen freunden)?(?: auf| mit| in| über)?",
        r"(?:news|beitrag|artikel|seite|rezept) (?:teilen|drucken|merken|pinnen)",
        r"(?:diese seite|diesen artikel|diesen beitrag) (?:per e-?mail )?(?:verschicken|versenden|drucken)",
        r"(?:bei|auf) pinterest (?:speichern|merken|pinnen)",
        r"pinnen",
        r"(?:vergiss|vergessen sie|vergesst) nicht,? (?:ihn |es |den artikel |den beitrag )?zu teilen!?",
    ),
    "fr": (
        r"partager(?: cet article| cette page| l['’]article| la publication| sur| par| via)?",
        r"partagez(?: cet article| cette page| sur| par| via)?",
        r"envoyer (?:par e-?mail|à un ami)",
        r"tweeter",
        r"(?:recommander|conseiller) (?:cet article|cette page|à un ami)",
        r"imprimer (?:la page|l['’]article|cet article|la recette|cette page)",
        r"(?:partager|envoyer) (?:avec|à) (?:vos|mes|des) amis",
    ),
    "es": (
        r"compartir(?: este artículo| esta noticia| nota| en| vía| por| con)?",
        r"comparte(?: este artículo| esta noticia| en| vía| por)?",
        r"(?:enviar|compartir) por (?:correo|e-?mail)",
        r"tuitear",
        r"recomendar(?: (?:este artículo|esta noticia|a un amigo))?",
        r"imprimir (?:la |esta |este )?(?:noticia|página|artículo|receta|nota)",
        r"comparte con tus amigos",
    ),
    "it": (
        r"condividi(?: questo articolo| l['’]articolo| su| via| con)?",
        r"condividere(?: su)?",
        r"invia (?:per|via) e-?mail",
        r"consiglia(?: (?:questo articolo|ad un amico|a un amico))?",
        r"stampa (?:l['’]articolo|la pagina|la ricetta|questo articolo|questa pagina)",
    ),
    "pt": (
        r"compartilh(?:e|ar)(?: este artigo| esta matéria| esta notícia| no| na| via| por| com)?",
        r"partilh(?:e|ar)(?: este artigo| no| na| via| por| com)?",
        r"enviar por e-?mail",
        r"recomendar(?: (?:este artigo|esta matéria|a um amigo))?",
        r"imprimir (?:a |esta |este )?(?:página|matéria|notícia|receita|artigo)",
    ),
    "ru": (
        r"поделит(?:ь|е)ся(?: в| с друзьями| ссылкой| новостью| статьей| статьёй)?",
        r"отправить (?:другу|по почте)",
        r"(?:сделать )?репост",
        r"(?:распечатать|версия для печати)",
        r"(?:рекомендовать|порекомендовать) (?:другу|друзьям|статью)",
    ),
    "nl": (
        r"(?:dit artikel )?delen(?: op| via| met)?",
        r"deel(?: dit artikel| dit bericht| deze pagina)?(?: op| via| met)?",
        r"(?:tip|stuur) (?:een vriend|door)",
        r"(?:pagina|artikel|recept) (?:printen|afdrukken)",
    ),
    "pl": (
        r"udostępnij(?: na| przez| w)?",
        r"skomentuj lub udostępnij",
        r"wyślij (?:e-?mailem|znajomemu)",
        r"podziel się(?: (?:z innymi|ze znajomymi|artykułem))?",
        r"poleć(?: (?:znajomemu|artykuł|ten artykuł))?",
        r"(?:drukuj|wydrukuj) (?:artykuł|stronę|przepis)",
    ),
    "zh": (
        r"分享(?:到|至)?(?:微博|微信|朋友圈|qq空间|qq)?",
        r"转发(?:到|至)?(?:微博|微信|朋友圈)?",
    ),
    "id": (
        r"bagikan(?: ini| artikel ini)?(?: ke| di| lewat| melalui)?",
        r"sukai ini",
        r"suka memuat",
    ),
    "ja": (
        r"シェア(?:する)?",
        r"ツイート(?:する)?",
    ),
}

FOLLOW: dict[str, tuple[str, ...]] = {
    "en": (
        r"follow(?: us| me| him| her| them)?(?: on| at)?",
        rf"follow [\w.&'’-]+(?: [\w.&'’-]+){{0,5}} on {_NETWORK}",
        r"follow by e-?mail",
        rf"(?:like|find|join|visit|connect with|friend) us on {_NETWORK}",
        rf"visit (?:us|our {_NETWORK} page)(?: on {_NETWORK})?",
        r"connect with us",
        r"stay connected",
        r"tweets by @[\w.]+",
        r"follow [\w.&'’-]+(?: [\w.&'’-]+)? on:?",
        r"join \d[\d.,]* other (?:followers|subscribers)",
    ),
    "de": (
        r"folg(?:e|t|en sie) (?:uns|mir)(?: auf| bei| über)?",
        rf"besuch(?:t|en sie) uns (?:auf|bei) {_NETWORK}",
        rf"(?:finden sie|findet) uns (?:auf|bei) {_NETWORK}",
        r"blog per e-?mail folgen",
        r"(?:thema|autor|autorin|kanal) folgen",
        r"folg(?:e|t|en sie) (?:uns|mir) (?:auch |gerne |jetzt )?(?:auf|bei|in|über)(?: den)? (?:sozialen (?:medien|netzwerken)|social media)(?:,? wir halten (?:dich|euch|sie) (?:auch )?(?:dort )?auf dem laufenden)?",
        r"folg(?:e|t|en sie) (?:uns|mir) überall",
        r"schließe dich \d[\d.,]* (?:anderen )?(?:followern|abonnenten) an",
    ),
    "fr": (
        r"suivez-(?:nous|moi)(?: sur(?: les réseaux sociaux)?)?",
        rf"(?:retrouvez|rejoignez)-nous sur {_NETWORK}",
    ),
    "es": (
        r"(?:síguenos|siguenos|sígueme|síganos)(?: en(?: (?:las )?redes(?: sociales)?)?)?",
        rf"(?:encuéntranos|únete) en {_NETWORK}",
    ),
    "it": (
        r"seguici(?: su| sui social)?",
        r"seguimi(?: su)?",
    ),
    "pt": (
        r"siga-(?:nos|me)(?: no| na| nas redes(?: sociais)?)?",
        r"segue-nos(?: no| na)?",
        r"nos siga(?: no| na)?",
    ),
    "ru": (
        r"подписывайтесь на нас(?: в(?: соцсетях| социальных сетях)?)?",
        r"мы в (?:соцсетях|социальных сетях)",
        rf"(?:читайте|ищите) нас в {_NETWORK}",
    ),
    "nl": (r"volg (?:ons|mij)(?: op| via)?",),
    "zh": (r"关注我们(?:的)?(?:微博|微信|公众号)?",),
    "ja": (r"フォロー(?:する)?",),
    "pl": (
        r"obserwuj (?:nas|mnie)(?: na| w)?",
        rf"polub nas na {_NETWORK}",
    ),
}

LIKE: dict[str, tuple[str, ...]] = {
    "en": (
        r"like this",
        r"like loading",
        r"be the first to like this",
        r"(?:%d|\d+) bloggers? likes? this",
    ),
    "de": (
        r"gefällt mir(?: wird geladen)?",
        r"(?:%d|\d+) bloggern gefällt das",
    ),
    "fr": (r"j['’]aime(?: chargement)?",),
    "es": (r"me gusta(?: cargando)?",),
    "it": (r"mi piace(?: caricamento)?",),
    "pt": (r"curtir(?: carregando)?",),
    "id": (r"(?:%d|\d+) blogger menyukai ini",),
}

# "Was this article helpful?" and the other questions under an article that ask the
# reader to rate it, and thanks for a vote.
_EN_THIS = r"(?:this|the|our) (?:article|post|story|page|information|answer|guide|recipe|review|content|tip)"
_DE_THIS = r"(?:dieser|diesen|der|den|unser(?:en)?|diese|die|dieses|das) (?:artikel|beitrag|text|seite|information(?:en)?|rezept|tipp|ratgeber|inhalt)"

RATING: dict[str, tuple[str, ...]] = {
    "en": (
        rf"(?:was|is|did you find|do you find|have you found) {_EN_THIS} (?:helpful|useful|interesting)\??",
        r"(?:was|is) this helpful\??",
        rf"how (?:helpful|useful|interesting) (?:was|is|did you find) {_EN_THIS}\??",
        rf"did you (?:like|enjoy) {_EN_THIS}\??",
        rf"(?:liked|like|enjoyed|enjoy) {_EN_THIS}\?",
        rf"(?:rate|rating for|please rate|rate and review) {_EN_THIS}",
    ),
    "de": (
        rf"(?:fanden sie|fandest du|findest du|finden sie|war|ist|wie hilfreich war|wie hilfreich ist) {_DE_THIS} (?:hilfreich|nützlich|interessant|informativ)\??",
        r"(?:war|ist) (?:das|dies) (?:hilfreich|nützlich)\??",
        rf"(?:gefällt|gefiel) (?:ihnen|dir|euch) {_DE_THIS}\??",
        rf"{_DE_THIS} (?:gefällt|gefiel|hat) (?:ihnen|dir|euch)(?: gefallen)?\??",
        r"(?:der |dieser )?(?:artikel|beitrag|text) (?:hat )?(?:ihnen |dir )?gefallen\??",
        rf"(?:ihnen|dir|euch) (?:hat|haben) {_DE_THIS} gefallen\??",
        rf"wie (?:gefällt|gefiel) (?:ihnen|dir|euch) {_DE_THIS}\??",
        r"(?:artikel|beitrag|rezept|seite|tipp|text) bewerten",
        r"bewerten sie (?:diesen|den) (?:artikel|beitrag)",
        r"sterne anklicken zum bewerten",
    ),
    "fr": (
        r"cet article (?:vous )?(?:a[- ]t[- ]il été|était|est)(?: vraiment)? (?:utile|intéressant)\s?\??",
        r"cet article vous a[- ]t[- ]il (?:plu|aidé|été utile)\s?\??",
        r"(?:noter|évaluer|notez|évaluez) (?:cet article|cette page|la recette)",
    ),
    "es": (
        r"¿?(?:te|le) (?:ha )?(?:resultado|sido|pareció|parece|resultó) útil (?:este artículo|esta (?:noticia|información|nota))\??",
        r"¿?(?:fue|es|te fue|le fue) útil (?:este artículo|esta (?:noticia|información|nota))\??",
        r"¿?(?:te|le) (?:gustó|ha gustado) (?:este artículo|esta (?:noticia|nota|receta))\??",
        r"(?:valora|califica|puntúa) (?:esta (?:noticia|nota|receta)|este artículo)",
    ),
    "it": (
        r"(?:questo articolo|questa pagina) (?:ti |vi )?è stat[oa] utile\??",
        r"(?:ti|vi) è (?:piaciuto|stato utile) questo articolo\??",
        r"(?:valuta|vota) (?:questo articolo|l['’]articolo|la ricetta)",
    ),
    "pt": (
        r"(?:este artigo|esta matéria|esta notícia|esta informação|este conteúdo) (?:foi|é) útil\??",
        r"(?:gostou|você gostou) (?:deste artigo|desta matéria|desta notícia|desta receita)\??",
        r"(?:avalie|classifique) (?:este artigo|esta matéria|esta notícia|esta receita)",
    ),
    "nl": (
        r"(?:was|is) dit (?:artikel |bericht )?(?:nuttig|handig|behulpzaam)\??",
        r"vond je dit (?:artikel |bericht )?(?:nuttig|interessant|handig)\??",
        r"beoordeel (?:dit|het) (?:artikel|recept)",
    ),
    "pl": (
        r"czy (?:ten artykuł|ta informacja|ten tekst) (?:był|była) (?:pomocn[ya]|przydatn[ya])\??",
        r"oceń (?:ten )?(?:artykuł|tekst|przepis)",
    ),
    "ru": (
        r"(?:была ли )?(?:эта )?(?:статья|информация) (?:была )?полезн(?:а|ой)\??",
        r"оцените (?:эту )?(?:статью|материал|новость)",
    ),
}

# An appeal that opens with the reader's liking of the article and asks them to share,
# subscribe or pay ("If you enjoyed this article, please share it ...", "Wenn Ihnen
# dieser Artikel gefallen hat, ..."): the whole line goes, whatever follows the opening.
APPEALS: dict[str, tuple[str, ...]] = {
    "en": (
        r"if you (?:enjoyed|liked|found value in|appreciated) (?:reading )?this (?:article|post|story|piece|recipe|guide|content)\b",
        r"(?:do you )?(?:like|enjoy|love) (?:our|this) (?:site|website|magazine|blog|journalism|newsletter|podcast|work)\?",
    ),
    "de": (
        r"(?:wenn|falls) (?:ihnen|dir|euch) (?:dieser|der|unser) (?:artikel|beitrag|text) gefallen hat\b",
        r"(?:hat|haben) (?:ihnen|dir|euch) (?:dieser|der|unser) (?:artikel|beitrag|text) gefallen\?",
        r"(?:wie )?(?:gefällt|gefiel) (?:ihnen|dir|euch) unser(?:e|er)? [\w-]*(?:magazin|blog|website|webseite|seite|portal|newsletter|podcast|journalismus|angebot)\b",
    ),
    "fr": (r"si (?:vous avez|tu as) aimé (?:cet article|ce billet|cette lecture)\b",),
    "es": (r"si (?:te|le) (?:gustó|ha gustado) (?:este artículo|esta nota|este post)\b",),
    "it": (r"se (?:ti|vi) è piaciut[oa] (?:questo articolo|questo post)\b",),
    "pt": (r"se (?:você )?gostou (?:deste artigo|desta matéria|deste post)\b",),
    "nl": (
        r"(?:als je dit artikel (?:leuk|interessant) vond|vond je dit artikel (?:leuk|interessant)\?)",
    ),
    "pl": (r"jeśli (?:podobał|spodobał) (?:ci|wam|się) (?:się )?(?:ten )?(?:artykuł|tekst)\b",),
    "ru": (r"если вам понравил(?:ась|ся) (?:эта |этот )?(?:статья|материал|пост)\b",),
}

# Links that save the page as a PDF file: "Download as PDF", "Pressemitteilung als PDF".
PDF: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:download|save|print)(?: this)?(?: (?:article|page|recipe|story|report))?(?: as)? (?:a )?pdf",
        r"(?:[\w-]+ )?as (?:a )?pdf",
    ),
    "de": (
        r"(?:(?:diese[ns]?|den|die|das|der) )?(?:[\w-]+ )?als pdf(?: herunterladen| downloaden| speichern| drucken)?",
    ),
    "fr": (
        r"(?:télécharger|enregistrer|imprimer)(?: (?:l['’]article|la page|cet article))?(?: en)? pdf",
    ),
    "es": (
        r"(?:descargar|guardar|imprimir)(?: (?:el artículo|la página|la nota))?(?: en| como)? pdf",
    ),
    "it": (r"(?:scarica|salva|stampa)(?: (?:l['’]articolo|la pagina))?(?: in| come)? pdf",),
    "pt": (r"(?:baixar|salvar|imprimir)(?: (?:o artigo|a página|a matéria))?(?: em| como)? pdf",),
    "nl": (r"(?:download|opslaan|bewaar)(?: als)? pdf",),
    "pl": (r"(?:pobierz|zapisz)(?: jako| w)? pdf",),
    "ru": (r"(?:скачать|сохранить)(?: в)? pdf",),
}

# "23 comments", "1.2K shares", "Kommentare (0)", "Comments: 4". Shares are also stock:
# "Shares: 77.4m" may be a company's figures, so only "1.2K shares" counts for them.
_SHARES = r"(?:shares?|partages?|compartidos|condivisioni|compartilhamentos|partilhas|mal geteilt|geteilt|keer gedeeld|udostępnie(?:ń|nia))"
_COUNTED = (
    r"(?:comments?|likes?|views?|reactions?|retweets?|reposts?|followers?"
    r"|kommentare?|leserkommentare?|aufrufe|reaktionen"
    r"|commentaires?|vues|réactions?"
    r"|comentarios?|visitas|reacciones|seguidores"
    r"|commenti|commento|visualizzazioni"
    r"|comentários?|curtidas|visualizações"
    r"|комментари(?:й|я|ев|и)|репост(?:ов|а|ы)?|просмотр(?:ов|а|ы)?|лайк(?:ов|а|и)?"
    r"|reacties?|weergaven|volgers"
    r"|komentarz(?:e|y|a)?|polubie(?:ń|nia)|wyświetle(?:ń|nia)"
    # ratings: "3737 Bewertungen", "2 reviews", "(Noch keine Bewertungen)"
    # (not votes: "1,234 votes" may be a row of election results)
    r"|ratings?|reviews?|bewertung(?:en)?|avis|évaluations?|valoraciones"
    r"|recensioni|avaliações|beoordelingen|ocen(?:y|a)?|оцен(?:ок|ки|ка))"
)

COUNTERS: dict[str, tuple[str, ...]] = {
    "any": (
        rf"{_COUNT}\s?(?:{_COUNTED}|{_SHARES})",
        rf"{_COUNTED}:?\s?\(\s?{_COUNT}\s?\)",
        rf"{_COUNTED}:\s?{_COUNT}",
        r"\(?(?:noch )?keine bewertungen\)?",
        r"\(?no (?:ratings|reviews|votes) yet\)?",
        rf"(?:helpful|hilfreich|utile|útil|nuttig|przydatn[ey]|полезно)\??:?\s?{_COUNT}",
        rf"(?:rating|bewertung|note|valoración|voto|avaliação|ocena|рейтинг):\s?{_COUNT}\s?(?:votes?|stimmen|votos|voti|głos(?:y|ów)?|голос(?:а|ов)?)",
    ),
}

LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        r"e-?mail",
        r"print",
        r"pin",
        r"like",
        r"shares",
        r"followers?",
        r"following",
        r"copy(?: link| url)?",
        r"(?:click to )?copy",
        r"blogthis!?",
        r"link copied",
        r"social media",
        r"@[\w.]+",
    ),
    "de": (
        r"drucken",
        r"link kopieren",
        r"mitteilen",
        r"empfehlen",
        r"folgen",
        r"entfolgen",
        r"mailen",
        r"merken",
        r"soziale (?:netzwerke|medien)",
    ),
    "fr": (r"imprimer", r"copier le lien", r"réseaux sociaux"),
    "es": (r"imprimir", r"copiar (?:el )?enlace", r"redes sociales"),
    "it": (r"stampa", r"copia (?:il )?link"),
    "pt": (r"imprimir", r"copiar (?:o )?link", r"redes sociais"),
    "ru": (r"печать", r"скопировать ссылку", r"соцсети", r"социальные сети"),
    "pl": (r"drukuj", r"kopiuj link"),
    "nl": (r"printen", r"afdrukken"),
    "any": (r"bewerten", r"rate", r"rating", r"messenger"),
    # a recipe's jump link beside its print and pin buttons
    "recipes": (
        r"(?:jump|skip|go) to (?:the )?recipe",
        r"(?:direkt )?zum rezept(?: springen)?",
        r"(?:aller|passer) à la recette",
        r"(?:ir|saltar) a la receta",
        r"(?:vai|salta) alla ricetta",
        r"(?:ir|pular) para (?:a )?receita",
        r"naar (?:het )?recept",
        r"przejdź do przepisu",
        r"перейти к рецепту",
    ),
    # thanks under a rating or donation box: a letter may end so, so only beside one
    "thanks": (
        r"thanks? (?:you )?for (?:your |the )?(?:support|feedback|rating|vote|voting)",
        r"(?:vielen )?dank für (?:ihre|deine|eure) (?:bewertung|unterstützung|stimme|feedback)",
        r"merci pour votre (?:soutien|vote|avis|note)",
        r"gracias por (?:tu|su) (?:apoyo|voto|valoración)",
        r"grazie per il (?:tuo |vostro )?(?:supporto|voto|sostegno)",
        r"obrigad[oa] pelo (?:seu )?(?:apoio|voto)",
        r"bedankt voor je (?:steun|stem|beoordeling)",
        r"dziękujemy za (?:wsparcie|ocenę|głos)",
        r"спасибо за (?:вашу )?(?:поддержку|оценку|голос)",
    ),
}

# Screen-reader notes left after link texts. Shared with the subscribe vocabulary.
LINK_NOTES: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:this link )?opens in (?:a )?new (?:window|tab)",
        r"icon",
        r"logo",
        r"button",
    ),
    "de": (r"wird in neuem (?:fenster|tab) geöffnet", r"öffnet in neuem (?:fenster|tab)"),
    "fr": (r"(?:s['’])?ouvre dans une nouvelle (?:fenêtre|page|onglet)",),
    "es": (r"se abre en una nueva (?:ventana|pestaña)",),
    "it": (r"si apre in una nuova (?:finestra|scheda)",),
    "pt": (r"abre (?:em )?(?:uma )?nova (?:janela|aba)",),
    "ru": (r"откроется в новом окне",),
}

GLUE: dict[str, tuple[str, ...]] = {
    "any": (
        r"on",
        r"via",
        r"and",
        r"or",
        r"us",
        r"the",
        r"und",
        r"oder",
        r"auf",
        r"bei",
        r"et",
        r"ou",
        r"sur",
        r"y",
        r"o",
        r"e",
        r"en",
        r"su",
        r"no",
        r"na",
        r"и",
        r"или",
        r"в",
        r"op",
        r"w",
        r"lub",
        r"x",
        r"click here(?: to)?",
        _COUNT,
    ),
}

TRIGGERS: tuple[str, ...] = (
    # share, in every language
    "share",
    "sharing",
    "teilen",
    "partag",
    "compart",
    "condivid",
    "partilh",
    "подел",
    "udostępn",
    "delen",
    "deel",
    "tweet",
    "tuit",
    "twitter",
    "pin",
    "print",
    "mail",
    "send",
    "spread",
    "репост",
    "отправить",
    "wyślij",
    "envoyer",
    "enviar",
    "invia",
    "klick",
    # follow
    "follow",
    "folg",
    "besuch",
    "schließe dich",
    "join",
    "finde",
    "suivez",
    "retrouvez",
    "rejoignez",
    "síg",
    "sigu",
    "encuéntranos",
    "únete",
    "segui",
    "siga",
    "segue",
    "подписывайтесь",
    "соцсет",
    "социальных",
    "читайте нас",
    "ищите нас",
    "sieh dir",
    "volg",
    "obserwuj",
    "polub",
    "like us",
    "find us",
    "join us",
    "visit",
    "connect",
    "friend us",
    "stay connected",
    # like widgets
    "like",
    "gefällt",
    "aime",
    "gusta",
    "piace",
    "curtir",
    # counters
    "comment",
    "comentar",
    "comentár",
    "kommentar",
    "коммент",
    "komentarz",
    "geteilt",
    "aufrufe",
    "reaktion",
    "reaction",
    "réaction",
    "reaccion",
    "view",
    "vues",
    "visit",
    "visualiz",
    "seguidor",
    "curtidas",
    "просмотр",
    "лайк",
    "reactie",
    "weergave",
    "volger",
    "polubie",
    "wyświetle",
    "retweet",
    "repost",
    # rows of networks
    "facebook",
    "instagram",
    "linkedin",
    "pinterest",
    "whatsapp",
    "telegram",
    "reddit",
    "tumblr",
    "youtube",
    "tiktok",
    "xing",
    # Chinese, Japanese
    "分享",
    "转发",
    "关注",
    "シェア",
    "ツイート",
    "フォロー",
    "vkontakte",
    "вконтакте",
    "телеграм",
    "flipboard",
    "mastodon",
    # recommend, print
    "recommend",
    "suggest",
    "a friend",
    "friends",
    "save",
    "flattr",
    "empf",
    "pinn",
    "verschick",
    "recommander",
    "conseiller",
    "imprimer",
    "recomendar",
    "imprimir",
    "consiglia",
    "stampa",
    "stuur",
    "printen",
    "afdrukken",
    "podziel",
    "poleć",
    "drukuj",
    "распечат",
    "печати",
    "рекоменд",
    "teile ",
    "pdf",
    "drucken",
    "weiterleiten",
    "versenden",
    "merken",
    "intéress",
    "cet article vous",
    "piaciuto",
    "een vriend",
    "door",
    "bagikan",
    "suka",
    # rating prompts
    "helpful",
    "useful",
    "interesting",
    "enjoy",
    "rate",
    "rating",
    "thank",
    "hilfreich",
    "nützlich",
    "interessant",
    "gefiel",
    "gefallen",
    "bewert",
    "dank",
    "utile",
    "noter",
    "évalu",
    "notez",
    "merci",
    "útil",
    "gust",
    "valora",
    "califica",
    "puntúa",
    "gracias",
    "valuta",
    "vota",
    "grazie",
    "gostou",
    "avalie",
    "classifique",
    "obrigad",
    "nuttig",
    "handig",
    "behulpzaam",
    "vond je",
    "beoordeel",
    "bedankt",
    "pomocn",
    "przydatn",
    "oceń",
    "dziękujemy",
    "полезн",
    "оцените",
    "спасибо",
    "keine bewertungen",
    "menyukai",
    "полезно",
    "votes",
    "stimmen",
    "votos",
    "voti",
    "głos",
    "голос",
    "yet",
    "review",
    "avis",
    "recension",
    "avalia",
    "ocen",
    "оцен",
)
