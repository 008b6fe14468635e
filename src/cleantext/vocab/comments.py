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
        r"(?:reader )?comments?(?: \(" + _N + r"\))?",
        r"comments (?:&|and) replies",
        _N + r" (?:comments?|responses?|replies)",
        r"(?:"
        + _N
        + r"|one|two|three) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) .{1,150}",
        r"discussion(?: \(" + _N + r"\))?",
    ),
    "de": (
        r"(?:leser)?kommentare?(?: \(" + _N + r"\))?",
        _N + r" (?:kommentare?|antworten|reaktionen)",
        r"kommentar (?:schreiben|verfassen|hinzufügen|abgeben)",
        r"schreibe(?:n sie)? einen kommentar",
        r"(?:alle )?kommentare (?:anzeigen|lesen|einblenden|ausblenden)",
        r"(?:"
        + _N
        + r"|ein|eine|zwei|drei) (?:gedanken?|antwort(?:en)?|kommentare?) (?:zu|auf) .{1,150}",
        r"diskussion(?: \(" + _N + r"\))?",
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
    ),
    "es": (
        r"comentarios?(?: \(" + _N + r"\))?",
        _N + r" (?:comentarios?|respuestas?)",
        r"(?:deja|dejar|escribe|añade|añadir) (?:un|tu) comentario",
        r"(?:ver|mostrar|leer) (?:los )?(?:" + _N + r" )?comentarios",
        r"(?:" + _N + r"|una?) (?:respuestas?|comentarios?|pensamientos?) (?:a|sobre|en) .{1,150}",
    ),
    "it": (
        r"comment[io](?: \(" + _N + r"\))?",
        _N + r" (?:commenti|risposte)",
        r"(?:lascia|scrivi|aggiungi) un commento",
        r"(?:mostra|vedi|leggi) (?:i |tutti i )?(?:" + _N + r" )?commenti",
        r"(?:" + _N + r"|una?) (?:risposte?|commenti|pensieri(?:ro)?) (?:su|a) .{1,150}",
    ),
    "pt": (
        r"comentários?(?: \(" + _N + r"\))?",
        _N + r" (?:comentários?|respostas?)",
        r"deixe (?:um|o seu|seu) comentário",
        r"deixe uma resposta",
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
    ),
}

WIDGETS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:recent|latest|top|most) (?:rated |popular )?comments",
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
    ),
    "fr": (
        r"les commentaires sont (?:fermés|désactivés|clos)",
        r"commentaires (?:fermés|désactivés|clos)",
        r"(?:aucun|pas de|pas encore de) commentaires?",
        r"soyez le premier à (?:commenter|réagir)",
    ),
    "es": (
        r"los comentarios están (?:cerrados|desactivados)",
        r"comentarios (?:cerrados|desactivados)",
        r"(?:sin|no hay|aún no hay) comentarios(?: aún)?",
        r"sé el primero en comentar",
    ),
    "it": (
        r"i commenti sono (?:chiusi|disattivati)",
        r"commenti (?:chiusi|disattivati)",
        r"(?:nessun|ancora nessun) commento",
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
    ),
    "pl": (
        r"komentarze (?:są )?(?:wyłączone|zamknięte)",
        r"(?:brak|nie ma jeszcze) komentarzy",
        r"bądź pierwszy(?:, który skomentuje| do komentowania)?",
    ),
    "ru": (
        r"комментарии (?:закрыты|отключены)",
        r"(?:нет|пока нет) комментариев",
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
    ),
    "fr": (
        r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\.?(?: les champs obligatoires sont indiqués avec \*?)?",
        r"les champs obligatoires sont indiqués avec \*?",
        r"annuler (?:la )?réponse",
        r"laisser un commentaire annuler (?:la )?réponse",
        r"(?:publier|envoyer|poster) (?:le |un |votre )?commentaire",
        r"enregistrer mon nom, mon e-?mail et mon site (?:web )?dans le navigateur pour mon prochain commentaire",
    ),
    "es": (
        r"tu (?:dirección de )?correo electrónico no será publicad[oa]\.?(?: los campos obligatorios están marcados con \*?)?",
        r"los campos obligatorios están marcados con \*?",
        r"cancelar (?:la )?respuesta",
        r"(?:publicar|enviar) (?:el |un )?comentario",
        r"guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente",
    ),
    "it": (
        r"il tuo indirizzo (?:e-?mail )?non sarà pubblicato\.?(?: i campi obbligatori sono contrassegnati \*?)?",
        r"i campi obbligatori sono contrassegnati \*?",
        r"annulla (?:la )?risposta",
        r"(?:invia|pubblica) (?:il )?commento",
        r"salva il mio nome, e-?mail e sito web in questo browser per la prossima volta che commento",
    ),
    "pt": (
        r"o (?:seu )?endereço de e-?mail não será publicado\.?(?: campos obrigatórios são marcados com \*?)?",
        r"seu endereço de e-?mail não será publicado\.?",
        r"campos obrigatórios são marcados com \*?",
        r"cancelar (?:a )?resposta",
        r"deixe uma resposta cancelar (?:a )?resposta",
        r"(?:publicar|enviar) (?:o )?comentário",
    ),
    "nl": (
        r"(?:je|uw) e-?mailadres wordt niet gepubliceerd\.?(?: vereiste velden zijn gemarkeerd met \*?)?",
        r"vereiste velden zijn gemarkeerd met \*?",
        r"(?:reactie (?:plaatsen|annuleren|verzenden)|annuleer reactie)",
    ),
    "pl": (
        r"twój adres (?:e-?mail )?nie zostanie opublikowany\.?(?: wymagane pola są oznaczone \*?)?",
        r"wymagane pola są oznaczone \*?",
        r"anuluj (?:pisanie )?odpowied(?:ź|zi)",
        r"(?:opublikuj|wyślij) komentarz",
    ),
    "ru": (
        r"ваш (?:адрес )?e-?mail не будет опубликован\.?(?: обязательные поля помечены \*?)?",
        r"обязательные поля помечены \*?",
        r"отменить ответ",
        r"отправить комментарий",
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
}

TRIGGER_STEMS: tuple[str, ...] = (
    # comments, replies, discussions
    "comment", "koment", "kommentar", "comentar", "comentár", "комментар", "reactie", "respost",
    "reageren", "repl", "respon", "respuest", "rispost", "antwort", "réponse", "thought",
    "gedank", "réflexion", "pensamiento", "pensier", "gedachte", "przemyślen", "discussion",
    "diskussion", "обсужд", "reaktion", "réagi", "ответ", "odpowied",
    # comment forms
    "e-?mail", "correo", "indirizzo", "endereço", "adres", "required", "erforderlich",
    "obligatoires", "obligatorios", "obbligatori", "obrigatórios", "vereiste", "wymagane",
    "обязательные", "cancel", "abbrechen", "annuler", "annulla", "anuluj", "отменить",
    "logged in", "log in", "angemeldet",
)  # fmt: skip

# Every ``REPLY`` phrase holds one of these stems.
REPLY_STEMS: tuple[str, ...] = (
    "repl", "antwort", "répond", "respond", "rispond", "reageer", "beantwoord", "odpowiedz",
    "ответить",
)  # fmt: skip
