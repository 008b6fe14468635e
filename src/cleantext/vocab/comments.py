"""Comment-section phrases, per language. Every fragment must fill a whole line.

* ``MARKERS`` head a comment section or count its comments ("Leave a reply", "23
  Comments", "Kommentare (4)", "3 thoughts on “Title”"): the thread may follow them.
* ``WIDGETS`` head a box of the latest comments elsewhere on the site ("Recent
  comments"): a heading, no thread follows it.
* ``CLOSED`` say that there is no thread ("Comments are closed", "No comments yet").
* ``FORM`` are the lines of a comment form ("Your email address will not be published",
  "Cancel reply", "Post comment").
* ``REPLY`` are the buttons under or beside each comment ("Reply", "Antworten",
  "Ответить"), alone or at the end of an author and date line ("Ben, 19 June 2018 at
  15:28 - Reply").
* ``SAYS`` are the verbs of a comment's author line ("Anna says:", "Jonas sagt:").

``TRIGGER_STEMS``: every phrase holds one of these lower-case stems (checked when the
rule is built), so that only lines holding one are matched against the phrases.
"""

from __future__ import annotations

_N = r"\d[\d.,]*[km]?"  # a count: 23, 1.2k

MARKERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"leave a (?:reply|comment|response)",
        r"(?:post|add|write|submit) (?:a |your )?comments?",
        r"join the (?:discussion|conversation)",
        r"(?:show|view|load|read|see|hide) (?:all )?(?:" + _N + r" )?comments?",
        r"(?:reader |user )?comments?(?: \(" + _N + r"\))?",
        r"comments (?:&|and) replies",
        _N + r" (?:comments?|responses?|replies)",
        r"(?:"
        + _N
        + r"|one|two|three) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) .{1,150}",
        r"discussion(?: \(" + _N + r"\))?",
        r"\(" + _N + r"\) comments?",
        r"new, " + _N + r" comments?",
        r"comments?: " + _N,
        r"(?:total|all) comments?:? " + _N,
        r"comment on this (?:story|article|post|entry)",
        r"(?:read|show|view) all " + _N + r" comments",
        r"have your say",
        r"(?:" + _N + r" comments?|no comments yet) comment from the forums",
    ),
    "de": (
        r"(?:leser)?kommentare?(?: \(" + _N + r"\))?",
        _N + r" (?:kommentare?|antworten|reaktionen)",
        r"kommentar (?:schreiben|verfassen|hinzufügen|abgeben)",
        r"schreibe(?:n sie)? einen kommentar",
        r"(?:alle )?kommentare (?:anzeigen|lesen|einblenden|ausblenden)",
        r"alle " + _N + r" kommentare (?:im forum )?(?:anzeigen|lesen)",
        r"(?:"
        + _N
        + r"|ein|eine|zwei|drei) (?:gedanken?|antwort(?:en)?|kommentare?) (?:zu|auf) .{1,150}",
        r"diskussion(?: \(" + _N + r"\))?",
        r"kommentare insgesamt:?(?: " + _N + r")?",
        r"kommentare: " + _N,
        r"(?:jetzt )?(?:hinterlasse|hinterlassen sie) (?:jetzt )?einen kommentar",
        r"kommentar hinterlassen",
        r"diskussion zu diesem artikel(?: auf [\w.-]{1,40})?",
        r"(?:jetzt )?kommentieren",
        r"" + _N + r" ergänzungen",
    ),
    "fr": (
        r"commentaires?(?: \(" + _N + r"\))?",
        _N + r" (?:commentaires?|réponses?|réactions?)",
        r"laiss(?:er|ez) un commentaire",
        r"(?:ajouter|écrire|rédiger) un commentaire",
        r"(?:afficher|voir|lire) (?:les )?(?:" + _N + r" )?commentaires",
        r"(?:"
        + _N
        + r"|une?) (?:réflexions?|réponses?|commentaires?) (?:au sujet de|sur|à) .{1,150}",
        r"réagi(?:r|ssez)",
        r"commenter (?:cet article|ce billet)",
    ),
    "es": (
        r"comentarios?(?: \(" + _N + r"\))?",
        _N + r" (?:comentarios?|respuestas?)",
        r"(?:deja|dejar|escribe|añade|añadir) (?:un|tu) comentario",
        r"(?:ver|mostrar|leer) (?:los )?(?:" + _N + r" )?comentarios",
        r"(?:" + _N + r"|una?) (?:respuestas?|comentarios?|pensamientos?) (?:a|sobre|en) .{1,150}",
        r"comenta(?:r)? (?:este artículo|esta noticia)",
    ),
    "it": (
        r"comment[io](?: \(" + _N + r"\))?",
        _N + r" (?:commenti|risposte)",
        r"(?:lascia|scrivi|aggiungi) un commento",
        r"(?:mostra|vedi|leggi) (?:i |tutti i )?(?:" + _N + r" )?commenti",
        r"(?:" + _N + r"|una?) (?:risposte?|commenti|pensieri(?:ro)?) (?:su|a) .{1,150}",
        r"commenta (?:l'articolo|questo articolo|la notizia)",
    ),
    "pt": (
        r"comentários?(?: \(" + _N + r"\))?",
        _N + r" (?:comentários?|respostas?)",
        r"deixe (?:um|o seu|seu) comentário",
        r"deixe uma resposta",
        r"comente (?:esta notícia|este artigo)",
        r"(?:escreva|adicione|adicionar) (?:um )?comentário",
        r"(?:ver|mostrar|ler) (?:os )?(?:" + _N + r" )?comentários",
        r"(?:"
        + _N
        + r"|uma?) (?:respostas?|comentários?|pensamentos?) (?:para|sobre|a|em) .{1,150}",
    ),
    "nl": (
        r"reacties?(?: \(" + _N + r"\))?",
        _N + r" reacties?",
        r"(?:laat een|plaats een|geef een|schrijf een) reactie(?: achter)?",
        r"(?:bekijk|toon|lees) (?:alle )?(?:" + _N + r" )?reacties",
        r"(?:" + _N + r"|één|een) (?:reacties?|gedachten?) (?:op|over) .{1,150}",
    ),
    "pl": (
        r"komentarz(?:e|y)?(?: \(" + _N + r"\))?",
        _N + r" komentarz(?:e|y|y)?",
        r"(?:dodaj|napisz|zostaw) (?:komentarz|odpowiedź)",
        r"(?:pokaż|zobacz|czytaj) (?:wszystkie )?komentarze",
        r"(?:"
        + _N
        + r"|jeden|jedna) (?:komentarz(?:e|y)?|odpowied(?:ź|zi)|przemyśleni[ae]) (?:do|na temat|o) .{1,150}",
    ),
    "ru": (
        r"комментари(?:и|ев|й)(?: \(" + _N + r"\))?",
        _N + r" (?:комментари(?:й|я|ев)|ответ(?:а|ов)?)",
        r"(?:оставить|добавить|написать|оставьте) (?:свой )?комментарий",
        r"(?:показать|читать|смотреть) (?:все )?комментарии",
        r"обсуждение",
        r"всего комментариев:? " + _N,
    ),
    "id": (
        r"(?:satu|" + _N + r") tanggapan(?: (?:untuk|pada) .{1,150})?",
        r"(?:tinggalkan|berikan) (?:balasan|komentar)",
        r"komentar(?: \(" + _N + r"\))?",
        _N + r" komentar",
    ),
}

# Comment counts, which a post's meta line may hold beside its date, author or category
# ("Posted in News | Permalink | 10 Comments", "19.6.2007 Christoph Becker 71 Kommentare").
COUNTS: dict[str, tuple[str, ...]] = {
    "en": (
        _N + r" (?:comments?|responses?|replies)",
        r"comments? \(" + _N + r"\)",
        r"\(" + _N + r"\) comments?",
    ),
    "de": (_N + r" (?:kommentare?|antworten|reaktionen)", r"kommentare? \(" + _N + r"\)"),
    "fr": (_N + r" (?:commentaires?|réponses?|réactions?)", r"commentaires? \(" + _N + r"\)"),
    "es": (_N + r" (?:comentarios?|respuestas?)", r"comentarios? \(" + _N + r"\)"),
    "it": (_N + r" (?:commenti|commento|risposte)", r"commenti \(" + _N + r"\)"),
    "pt": (_N + r" (?:comentários?|respostas?)", r"comentários? \(" + _N + r"\)"),
    "nl": (_N + r" reacties?", r"reacties \(" + _N + r"\)"),
    "pl": (_N + r" komentarz(?:e|y)?", r"komentarze \(" + _N + r"\)"),
    "ru": (_N + r" комментари(?:й|я|ев)", r"комментарии \(" + _N + r"\)"),
}

# Questions that ask the reader for a comment ("What do you think?", "Was denkst du?"):
# markers, but between two paragraphs they may be the article's own question.
QUESTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        r"what do you think\??",
        r"tell us what you think",
        r"let us know what you think(?: in the comments)?",
        r"what are your thoughts\??",
    ),
    "de": (
        r"was (?:denkst|meinst) du(?: dazu)?\??",
        r"was denken sie(?: dazu)?\??",
        r"was meinen sie(?: dazu)?\??",
        r"was meint ihr(?: dazu)?\??",
        r"(?:sag|sagen sie) (?:uns|mir),? was (?:du|sie) (?:denkst|denken)",
    ),
    "fr": (r"qu'en pensez-vous\s?\??", r"et vous,? qu'en pensez-vous\s?\??", r"donnez votre avis"),
    "es": (r"¿?qué (?:opinas|piensas|opina usted)\??", r"danos tu opinión"),
    "it": (r"(?:e )?(?:voi )?che ne pensate\??", r"che ne pensi\??", r"dicci la tua"),
    "pt": (r"o que (?:você acha|vocês acham|achou)\??", r"dê a sua opinião"),
    "nl": (r"wat vind (?:jij|je|u) ervan\??", r"wat denk (?:jij|je)\??"),
    "pl": (r"co (?:o tym )?(?:myślisz|sądzisz)\??", r"a ty co o tym (?:myślisz|sądzisz)\??"),
    "ru": (r"а (?:вы|ты) что думаете\??", r"что вы (?:об этом )?думаете\??"),
}

WIDGETS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:recent|latest|last|top|most) (?:rated |popular )?comments",
        r"comments? rss",
        r"comments feed",
    ),
    "de": (
        r"(?:neueste|letzte|aktuelle|beliebteste|meist ?diskutierte) kommentare",
        r"kommentare[- ](?:als )?(?:rss|feed)",
    ),
    "fr": (r"(?:derniers|commentaires) (?:commentaires|récents)", r"flux des commentaires"),
    "es": (r"(?:últimos|comentarios) (?:comentarios|recientes)",),
    "it": (r"(?:ultimi|commenti) (?:commenti|recenti)",),
    "pt": (r"(?:últimos|comentários) (?:comentários|recentes)",),
    "nl": (r"(?:recente|laatste|nieuwste) reacties",),
    "pl": (r"(?:ostatnie|najnowsze) komentarze",),
    "ru": (r"(?:последние|свежие|новые) комментарии", r"комментарии недели"),
}

CLOSED: dict[str, tuple[str, ...]] = {
    "en": (
        r"comments (?:are|have been) (?:closed|disabled|turned off)",
        r"commenting (?:is|has been) (?:closed|disabled|turned off)",
        r"comments (?:closed|disabled)",
        r"no comments(?: yet)?",
        r"be the first to comment(?: on this article)?",
        r"there are no comments(?: yet)?",
    ),
    "de": (
        r"(?:die )?kommentare sind (?:geschlossen|deaktiviert)",
        r"(?:die )?kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert|abgeschaltet)",
        r"(?:noch )?keine kommentare(?: vorhanden)?",
        r"(?:sei|seien sie) der erste,? der (?:einen kommentar schreibt|kommentiert)",
        r"es gibt (?:noch )?keine kommentare",
        r"(?:leider )?sind (?:hier )?keine kommentare möglich",
        r"kommentare sind (?:hier )?nicht möglich",
    ),
    "fr": (
        r"les commentaires sont (?:fermés|désactivés|clos)",
        r"commentaires (?:fermés|désactivés|clos)",
        r"(?:aucun|pas de|pas encore de) commentaires?",
        r"soyez le premier à (?:commenter|réagir)",
        r"il n'y a pas (?:encore )?de commentaires?",
    ),
    "es": (
        r"los comentarios están (?:cerrados|desactivados)",
        r"comentarios (?:cerrados|desactivados)",
        r"(?:sin|no hay|aún no hay) comentarios(?: aún)?",
        r"sé el primero en comentar",
        r"(?:todavía|aún) no hay comentarios",
    ),
    "it": (
        r"i commenti sono (?:chiusi|disattivati)",
        r"commenti (?:chiusi|disattivati)",
        r"(?:nessun|ancora nessun) commento",
        r"non ci sono (?:ancora )?commenti",
        r"(?:sii|commenta per) (?:il )?primo(?: a commentare)?",
    ),
    "pt": (
        r"os comentários estão (?:fechados|encerrados|desativados)",
        r"comentários (?:fechados|encerrados|desativados)",
        r"(?:sem|nenhum|ainda não há) comentários?",
        r"seja o primeiro a comentar",
    ),
    "nl": (
        r"reageren is niet (?:meer )?mogelijk",
        r"(?:de )?reacties zijn gesloten",
        r"(?:nog )?geen reacties",
        r"wees de eerste om te reageren",
        r"er zijn (?:nog )?geen reacties",
    ),
    "pl": (
        r"komentarze (?:są )?(?:wyłączone|zamknięte)",
        r"(?:brak|nie ma jeszcze) komentarzy",
        r"bądź pierwszy(?:, który skomentuje| do komentowania)?",
    ),
    "ru": (
        r"комментарии (?:закрыты|отключены)",
        r"(?:нет|пока нет) комментариев",
        r"комментариев (?:пока )?нет",
        r"будьте первым,? (?:кто )?(?:оставит комментарий|прокомментирует)",
    ),
}

FORM: dict[str, tuple[str, ...]] = {
    "en": (
        r"your email(?: address)? will not be published\.?(?: required fields are marked \*?)?",
        r"required fields are marked \*?",
        r"save my name, email, and website in this browser for the next time i comment",
        r"notify me of (?:follow-up comments|new comments|new posts|replies) (?:by|via) e-?mail",
        r"(?:post|submit|send|publish) (?:your )?comment",
        r"cancel reply",
        r"(?:leave a (?:reply|comment)|share your thoughts|join the discussion|add a comment) cancel reply",
        r"you must be logged in to post a comment",
        r"log in to (?:leave a )?(?:comment|reply)",
        r"your comment(?: \*)?",
        r"please log in using one of these methods to post your comment:?",
        r"you are commenting using your [\w.]+ account\.?(?: \( ?log ?out ?/ ?\w+ ?\))?",
        r"notify me (?:via|by) e-?mail if anyone (?:answers|replies to) my comment\.?",
        r"notify me of (?:follow-up comments|new comments|new posts|replies)(?: by| via)? e-?mail\.?",
        r"this site uses akismet to reduce spam\.?(?: learn how your comment data is processed\.?)?",
        r"learn how your comment data is processed\.?",
        r"(?:please )?enable javascript to view (?:the )?comments(?: powered by disqus)?\.?(?: (?:blog )?comments powered by disqus\.?)?",
        r"(?:blog )?comments powered by disqus\.?",
        r"javascript is required to (?:load|view|see) (?:the )?comments\.?",
        r"loading comments(?:\.\.\.|…)?",
        r"by submitting this form,? you agree to .{1,120}comments?\.?",
        r"(?:log ?in|sign in|register) to (?:post|leave|write|add) (?:a |your )?(?:comments?|reply)\.?",
        r"(?:log ?in|sign in) to reply",
        r"(?:comments?|reply) (?:as|with) (?:a )?guest",
        r"e-?mail \(required\)(?: \(address never made public\))?",
        r"connecting to %s",
    ),
    "de": (
        r"(?:deine|ihre) e-?mail-?adresse wird nicht veröffentlicht\.?(?: erforderliche felder sind mit \*? markiert)?",
        r"erforderliche felder sind mit \*? markiert",
        r"(?:antworten|antwort) abbrechen",
        r"(?:schreibe einen kommentar|kommentar verfassen) antwort(?:en)? abbrechen",
        r"kommentar (?:abschicken|absenden|senden|veröffentlichen)",
        r"meinen namen, (?:meine )?e-?mail(?:-adresse)? und (?:meine )?website in diesem browser speichern, bis ich wieder kommentiere",
        r"benachrichtige mich über (?:nachfolgende kommentare|neue beiträge) (?:via|per) e-?mail",
        r"du musst (?:dich )?angemeldet sein, um einen kommentar (?:abzugeben|zu schreiben)",
        r"(?:dein|ihr) kommentar(?: \*)?",
        r"diese website verwendet akismet,? um spam zu reduzieren\.?(?: erfahre mehr darüber,? wie deine kommentardaten verarbeitet werden\.?)?",
        r"benachrichtige mich (?:per|via) e-?mail,? wenn (?:jemand )?(?:auf )?meinen kommentar (?:antwortet|beantwortet)\.?",
        r"mit (?:dem|der) (?:von (?:dir|ihnen) )?abgeschickten kommentar .{1,400}",
        r"(?:zum antworten anmelden|anmelden,? um (?:zu antworten|einen kommentar zu schreiben|zu kommentieren))",
        r"(?:du musst|sie müssen) (?:eingeloggt|angemeldet|registriert) sein,? um (?:einen )?kommentare? zu (?:schreiben|verfassen|hinterlassen)!?(?: oder noch (?:gar )?nicht registriert\??)?",
        r"e-?mail-?benachrichtigung bei (?:weiteren|neuen) kommentaren\.?",
        r"auch möglich: abo ohne kommentar\.?",
        r"(?:leave a (?:reply|comment)|schreibe einen kommentar|kommentar (?:verfassen|hinterlassen)|hinterlasse (?:jetzt )?einen kommentar)!? antwort(?:en)? abbrechen",
        r"kommentar(?:e)? (?:wird|werden) geladen(?:\.\.\.|…)?",
        r"e-?mail-?adresse wird nicht veröffentlicht\.?",
    ),
    "fr": (
        r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\.?(?: les champs obligatoires sont indiqués avec \*?)?",
        r"les champs obligatoires sont indiqués avec \*?",
        r"annuler (?:la )?réponse",
        r"laisser un commentaire annuler (?:la )?réponse",
        r"(?:publier|envoyer|poster) (?:le |un |votre )?commentaire",
        r"enregistrer mon nom, mon e-?mail et mon site (?:web )?dans le navigateur pour mon prochain commentaire",
        r"votre commentaire(?: \*)?",
        r"ce site utilise akismet pour réduire les indésirables\.?(?: en savoir plus sur (?:comment|la façon dont) les données de vos commentaires sont (?:utilisées|traitées)\.?)?",
        r"prévenez-moi de tous les nouveaux commentaires par e-?mail\.?",
        r"(?:connectez-vous|identifiez-vous) pour (?:répondre|commenter|laisser un commentaire)",
        r"vous devez (?:être connecté|vous connecter) pour (?:publier|poster|laisser) un commentaire\.?",
    ),
    "es": (
        r"tu (?:dirección de )?correo electrónico no será publicad[oa]\.?(?: los campos obligatorios están marcados con \*?)?",
        r"los campos obligatorios están marcados con \*?",
        r"cancelar (?:la )?respuesta",
        r"(?:publicar|enviar) (?:el |un )?comentario",
        r"guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente",
        r"tu comentario(?: \*)?",
        r"este sitio usa akismet para reducir el spam\.?(?: aprende cómo se procesan los datos de tus comentarios\.?)?",
        r"(?:inicia sesión|accede) para (?:responder|comentar)",
        r"debes (?:estar registrado|iniciar sesión) para (?:publicar|dejar) un comentario\.?",
        r"(?:recibir|notificarme) (?:un aviso|por correo electrónico) de (?:los )?(?:nuevos )?comentarios\.?",
    ),
    "it": (
        r"il tuo indirizzo (?:e-?mail )?non sarà pubblicato\.?(?: i campi obbligatori sono contrassegnati \*?)?",
        r"i campi obbligatori sono contrassegnati \*?",
        r"annulla (?:la )?risposta",
        r"(?:invia|pubblica) (?:il )?commento",
        r"salva il mio nome, e-?mail e sito web in questo browser per la prossima volta che commento",
        r"il tuo commento(?: \*)?",
        r"questo sito usa akismet per ridurre lo spam\.?(?: scopri come i tuoi dati vengono elaborati\.?)?",
        r"(?:accedi|effettua il login) per (?:rispondere|commentare)",
        r"devi essere (?:connesso|registrato) per (?:inviare|pubblicare|lasciare) un commento\.?",
        r"lascia un commento annulla (?:la )?risposta",
        r"avvisami (?:via|per) e-?mail (?:in caso di|alla pubblicazione di) (?:risposte|nuovi commenti)\.?",
    ),
    "pt": (
        r"o (?:seu )?endereço de e-?mail não será publicado\.?(?: campos obrigatórios são marcados com \*?)?",
        r"seu endereço de e-?mail não será publicado\.?",
        r"campos obrigatórios são marcados com \*?",
        r"cancelar (?:a )?resposta",
        r"deixe uma resposta cancelar (?:a )?resposta",
        r"(?:publicar|enviar) (?:o )?comentário",
        r"o seu comentário(?: \*)?",
        r"(?:seu )?comentário(?: \*)",
        r"este site utiliza o akismet para reduzir spam\.?(?: (?:saiba|aprenda) como (?:os )?seus dados de comentários? são processados\.?)?",
        r"(?:faça login|entre) para (?:responder|comentar)",
        r"você precisa (?:estar logado|fazer login) para (?:publicar|postar) um comentário\.?",
        r"notifique-me (?:sobre|de) novos comentários por e-?mail\.?",
    ),
    "nl": (
        r"(?:je|uw) e-?mailadres wordt niet gepubliceerd\.?(?: vereiste velden zijn gemarkeerd met \*?)?",
        r"vereiste velden zijn gemarkeerd met \*?",
        r"(?:reactie (?:plaatsen|annuleren|verzenden)|annuleer reactie)",
        r"(?:je|jouw|uw) reactie(?: \*)?",
        r"deze site gebruikt akismet om spam te verminderen\.?(?: (?:bekijk|ontdek) hoe (?:je|jouw) reactie-?gegevens (?:worden )?verwerkt(?: worden)?\.?)?",
        r"log in om te reageren",
        r"je moet ingelogd zijn om (?:een reactie te plaatsen|te reageren)\.?",
        r"stuur mij een e-?mail (?:als|bij) (?:nieuwe )?reacties\.?",
    ),
    "pl": (
        r"twój adres (?:e-?mail )?nie zostanie opublikowany\.?(?: wymagane pola są oznaczone \*?)?",
        r"wymagane pola są oznaczone \*?",
        r"anuluj (?:pisanie )?odpowied(?:ź|zi)",
        r"(?:opublikuj|wyślij) komentarz",
        r"(?:twój )?komentarz(?: \*)",
        r"ta (?:strona|witryna) (?:używa|wykorzystuje) akismet,? (?:aby|by) (?:ograniczyć|zredukować) spam\.?(?: dowiedz się,? (?:jak|w jaki sposób) (?:są )?przetwarzane (?:są )?dane (?:twoich )?komentarzy\.?)?",
        r"zaloguj się,? (?:aby|by) (?:odpowiedzieć|skomentować|dodać komentarz)",
        r"musisz (?:się zalogować|być zalogowany),? (?:aby|by) (?:dodać|opublikować) komentarz\.?",
        r"powiadom mnie o (?:nowych )?(?:komentarzach|odpowiedziach) (?:przez|via) e-?mail\.?",
    ),
    "ru": (
        r"ваш (?:адрес )?e-?mail не будет опубликован\.?(?: обязательные поля помечены \*?)?",
        r"обязательные поля помечены \*?",
        r"отменить ответ",
        r"отправить комментарий",
        r"ваш комментарий(?: \*)?",
        r"этот сайт использует akismet для борьбы со спамом\.?(?: узнайте,? как обрабатываются ваши данные комментариев\.?)?",
        r"(?:войдите|авторизуйтесь),? чтобы (?:ответить|оставить комментарий|комментировать)",
        r"(?:для отправки комментария|чтобы оставить комментарий),? (?:вам )?необходимо (?:авторизоваться|войти)\.?",
        r"уведомлять (?:меня )?о новых комментариях (?:по|через) e-?mail\.?",
    ),
    "id": (
        r"(?:tinggalkan balasan|beri komentar) batalkan balasan",
        r"batalkan balasan",
        r"ketikkan komentar (?:anda )?di sini(?:\.\.\.|…)?",
        r"beri ?tahu saya (?:komentar baru|balasan) (?:melalui|lewat) (?:e-?mail|surel|surat elektronik)\.?",
        r"anda (?:sedang )?berkomentar (?:menggunakan|dengan) akun [\w.]+ ?(?:anda)?\.?",
    ),
}

REPLY: dict[str, tuple[str, ...]] = {
    "en": (r"reply", r"replies", r"reply to (?:this )?comment"),
    "de": (r"antworten",),
    "fr": (r"répondre",),
    "es": (r"responder",),
    "it": (r"rispondi",),
    "pt": (r"responder",),
    "nl": (r"reageer", r"beantwoorden"),
    "pl": (r"odpowiedz",),
    "ru": (r"ответить",),
    # and a few more languages whose reply button is one plain word
    "xx": (
        r"回复",
        r"回覆",
        r"返信",
        r"답글",
        r"balas",
        r"svara",
        r"svar",
        r"vastaa",
        r"odpovědět",
        r"odpovedať",
        r"yanıtla",
        r"răspunde",
        r"válasz",
        r"odgovori",
        r"απάντηση",
    ),
}

SAYS: dict[str, tuple[str, ...]] = {
    "en": (r"says", r"said", r"wrote", r"commented"),
    "de": (r"sagt", r"schreibt", r"meint", r"kommentierte"),
    "fr": (r"dit", r"a dit", r"écrit", r"a écrit"),
    "es": (r"dice", r"dijo", r"escribió", r"comentó"),
    "it": (r"dice", r"scrive", r"ha scritto", r"ha detto"),
    "pt": (r"disse", r"diz", r"escreveu", r"comentou"),
    "nl": (r"zegt", r"schreef", r"schrijft"),
    "pl": (r"napisał(?:a)?", r"pisze", r"mówi"),
    "ru": (r"пишет", r"написал(?:а)?", r"говорит"),
    "id": (r"berkata", r"mengatakan"),
}

# Pronouns, articles and the verbs of a byline: "He said:", "The minister says:",
# "Asked 3 hours ago", "Updated 2 days ago" are no comment's author line.
NOT_NAMES: frozenset[str] = frozenset(
    (
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "this", "that", "the", "a", "an", "his", "their", "our", "my", "your",
        "er", "sie", "es", "wir", "ich", "du", "ihr", "der", "die", "das", "ein", "eine", "dieser", "diese", "man",
        "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "le", "la", "les", "un", "une", "ce", "cette",
        "él", "ella", "ellos", "ellas", "nosotros", "usted", "yo", "el", "los", "las", "una", "este", "esta",
        "lui", "lei", "loro", "noi", "io", "gli", "lo", "uno", "questo", "questa",
        "ele", "ela", "eles", "elas", "nós", "eu", "o", "os", "as", "um", "uma",
        "hij", "zij", "ze", "wij", "jij", "het", "de", "een", "dit", "deze",
        "on", "ona", "ono", "oni", "my", "ja", "ty", "ten", "ta", "to",
        "он", "она", "оно", "они", "мы", "я", "ты", "вы", "этот", "эта",
        "asked", "answered", "modified", "edited", "viewed", "posted", "updated", "published", "created", "joined", "active",
        "last", "by", "from", "gefragt", "beantwortet", "bearbeitet", "geändert", "aktualisiert", "veröffentlicht",
        "erstellt", "von", "publié", "modifié", "posté", "mis", "par", "publicado", "actualizado", "modificado", "por",
        "pubblicato", "aggiornato", "modificato", "di", "gepubliceerd", "bijgewerkt", "door", "opublikowano",
        "zaktualizowano", "przez", "опубликовано", "обновлено", "изменено",
        "update", "edit", "nachtrag", "stand", "ergänzung",
    )
)  # fmt: skip

# "Comment by Anna", "Kommentar von Anna": a comment's author line that names it.
COMMENT_BY: dict[str, tuple[str, ...]] = {
    "en": (
        r"comment (?:by|from)",
        r"reply (?:by|from)",
        r"pingback(?: from)?:?",
        r"trackback(?: from)?:?",
    ),
    "de": (r"kommentar von", r"antwort von", r"pingback von", r"trackback von"),
    "fr": (r"commentaire (?:de|par)", r"réponse (?:de|par)", r"rétrolien(?: de)?:?"),
    "es": (r"comentario (?:de|por)", r"respuesta (?:de|por)"),
    "it": (r"commento (?:di|da)", r"risposta (?:di|da)"),
    "pt": (r"comentário (?:de|por)", r"resposta (?:de|por)"),
    "nl": (r"reactie (?:van|door)",),
    "pl": (r"komentarz (?:od|użytkownika)", r"odpowiedź (?:od|użytkownika)"),
    "ru": (r"комментарий (?:от|пользователя)", r"ответ (?:от|пользователя)"),
}

# "Anna commented", "Anna kommentierte": the verb of an author line without a colon.
COMMENTED: dict[str, tuple[str, ...]] = {
    "en": (r"commented", r"replied"),
    "de": (r"kommentierte", r"hat kommentiert", r"antwortete"),
    "fr": (r"a commenté", r"a répondu"),
    "es": (r"comentó", r"respondió"),
    "it": (r"ha commentato", r"ha risposto"),
    "pt": (r"comentou", r"respondeu"),
    "nl": (r"reageerde",),
    "pl": (r"skomentował(?:a)?", r"odpowiedział(?:a)?"),
    "ru": (r"прокомментировал(?:а)?", r"ответил(?:а)?"),
}

# Words of a relative time that say it lies in the past: "3 hours ago", "vor 2 Tagen".
AGO_WORDS: frozenset[str] = frozenset(
    ("ago", "vor", "hace", "fa", "há", "назад", "geleden", "temu", "lalu", "sedan", "siden")
)

TRIGGER_STEMS: tuple[str, ...] = (
    # comments, replies, discussions
    "comment", "koment", "kommentar", "coment", "комментар", "reactie", "respost",
    "reageren", "repl", "respon", "respuest", "rispost", "antwort", "réponse", "thought",
    "gedank", "réflexion", "pensamiento", "pensier", "gedachte", "przemyślen", "discussion",
    "diskussion", "обсужд", "reaktion", "réagi", "ответ", "odpowied",
    # comment forms
    "e-?mail", "correo", "indirizzo", "endereço", "adres", "required", "erforderlich",
    "obligatoires", "obligatorios", "obbligatori", "obrigatórios", "vereiste", "wymagane",
    "обязательные", "cancel", "abbrechen", "annuler", "annulla", "anuluj", "отменить",
    "logged in", "log in", "angemeldet",
    # the rest of the forms, markers and questions to the reader
    "kommentier", "ergänzung", "have your say", "tanggap", "balas", "akismet", "think",
    "denkst", "meinst", "denken sie", "meinen sie", "meint ihr", "opin", "pensez",
    "che ne pens", "dicci la tua", "wat vind", "wat denk", "myślisz", "sądzisz", "acha", "achou",
    "думаете", "connecting to %s", "donnez votre avis",
)  # fmt: skip

# Every ``REPLY`` phrase holds one of these stems.
REPLY_STEMS: tuple[str, ...] = (
    "repl", "antwort", "répond", "respond", "rispond", "reageer", "beantwoord", "odpowiedz",
    "ответить", "balas", "svar", "vastaa", "odpověd", "odpoved", "yanıtla", "răspunde",
    "válasz", "odgovori", "απάντηση", "回复", "回覆", "返信", "답글",
)  # fmt: skip

# A comment policy names the comments and a rule for them ("Please keep your comments
# civil", "Kommentare werden moderiert"); the rule removes it only beside the comment
# section. Lower-case stems.
POLICY_TOPIC: tuple[str, ...] = (
    "comment", "kommentar", "komment", "coment", "reactie", "komentarz", "комментар",
    "posts", "beiträge", "contributions", "submission",
)  # fmt: skip
POLICY_WORDS: tuple[str, ...] = (
    # en
    "moderat", "guideline", "respectful", "civil", "on topic", "on-topic", "abusive",
    "profan", "harass", "personal attack", "libel", "offensive", "house rules",
    "community standards", "terms of use", "off-topic", "republish",
    # de
    "netiquette", "moderiert", "respektvoll", "sachlich", "beleidig", "richtlinien",
    "nutzungsbedingungen", "freigeschaltet",
    # fr
    "modér", "charte", "respectueu", "injurieu", "diffamat",
    # es, pt
    "moderad", "respetuos", "normas", "ofensiv", "respeitos", "regras",
    # it
    "rispettos", "regolamento", "offensiv",
    # nl
    "gemodereerd", "respectvol", "huisregels",
    # pl
    "moderowan", "regulamin", "obraźliw",
    # ru
    "модерац", "модерир", "правила", "оскорб",
)  # fmt: skip
