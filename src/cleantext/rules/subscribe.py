"""Newsletter, subscription, paywall and sign-in prompts.

Why: news sites and blogs surround the article with offers to subscribe, newsletter
boxes and sign-in links. Scraped as text they leave lines such as "Subscribe now",
"Sign up for our newsletter", "Already a subscriber? Log in", "Enter your email
address", "Jetzt abonnieren" or "Abonnez-vous dès 1 €" above, inside and below the text.

How: a line goes only when the phrases of ``cleantext.vocab.subscribe`` cover all of it
(punctuation, prices and little words such as "or", "now", "free" allowed). Strong
phrases decide alone; weak ones (form fields such as "Email" or "Password", buttons
such as "Submit", nouns such as "Subscriptions") go only beside a strong line, in the
same run of kept lines.

Removes:
    * newsletter boxes: "Sign up for our newsletter", "Get the Morning Brief in your
      inbox", "Newsletter abonnieren", "Abonnez-vous à notre newsletter",
      "Suscríbete a nuestro boletín", "Iscriviti alla newsletter", "Assine a nossa
      newsletter", "Подпишитесь на рассылку", "Schrijf je in voor de nieuwsbrief",
      "Zapisz się do newslettera";
    * subscription and paywall offers: "Subscribe to continue reading", "Subscribers
      only", "Jetzt abonnieren", "Réservé aux abonnés", "Suscríbete por $60",
      "Abbonati", "Assine já", "Оформить подписку";
    * sign-in links and forms: "Sign in", "Log in or sign up", "Forgot your password?",
      "Anmelden", "Se connecter", "Iniciar sesión", "Accedi", "Entrar", "Войти",
      "Inloggen", "Zaloguj się", "登录", "ログイン";
    * the sentences of a newsletter box ("Mit unserem Newsletter erhalten Sie ...",
      "Sign up to get the best stories of the week", "Tous nos podcasts dans votre
      boîte mail"), requests to allow push notifications, account widgets ("I have an
      Example account", "Delete account", "Sie sind nicht eingeloggt") and membership
      offers ("Hazte miembro", "Jetzt Mitglied werden");
    * form fields and buttons ("Email address", "Password", "Submit") beside them;
    * the consent sentence of a sign-up form, which opens with the reader's agreement
      and names the privacy policy, the newsletter, its e-mails or the right to
      withdraw ("I agree my information will be processed ...", "Ich bin damit
      einverstanden, E-Mails zu erhalten ...", "J'accepte la politique de
      confidentialité", "Acepto la política de privacidad").

Keeps:
    * sentences that use these words: "The paper now has 200,000 digital subscribers",
      "Readers who subscribe to the print edition get the magazine free", "Log in to
      the portal failed for thousands of taxpayers on Monday";
    * a lone "Email", "Password" or "Subscriptions" away from any prompt (a label, or
      the heading of a paragraph about the press);
    * "Mitglied werden", "Stay informed" or "X Newsletter" alone, away from a prompt (a
      club's subheading, a heading);
    * first-person sentences that agree with something else ("I agree with the
      minister that the terms are unfair"), and agreement inside quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._document import Document, Verdict
from .._rule import Rule
from ..vocab import alternation, fragments
from ..vocab.social import LINK_NOTES
from ..vocab.subscribe import (
    ACCOUNT,
    FIELDS,
    FORM_CONSENT,
    FORM_TOPICS,
    GLUE,
    LINKS,
    NEWSLETTER,
    NOTIFY,
    PAYWALL,
    TRIGGERS,
)
from ._phrase_line import PhraseLines, quote

# Prompts are short; a longer line is read only if it is a neighbour of one.
_MAX_CHARS = 250
# The consent sentence of a form may run to a paragraph of small print.
_MAX_CONSENT_CHARS = 800


class Subscribe(Rule):
    name = "subscribe"
    summary = "Newsletter, subscribe, paywall and sign-in prompts."
    tags = ("newsletter", "subscribe", "paywall", "login")

    def __init__(self) -> None:
        self._lines = PhraseLines(
            strong={
                "a newsletter prompt": fragments(NEWSLETTER),
                "a request to allow notifications": fragments(NOTIFY),
                "a subscription offer": fragments(PAYWALL),
                "a sign-in link": fragments(ACCOUNT),
            },
            weak={
                "a sign-up form field": fragments(FIELDS),
                "a subscription link": fragments(LINKS),
            },
            glue=[*fragments(GLUE), *fragments(LINK_NOTES)],
            triggers=TRIGGERS,
        )
        self._consent = re.compile(alternation(fragments(FORM_CONSENT)))
        self._topic = re.compile(rf"\b{alternation(fragments(FORM_TOPICS))}\b")

    def judge(self, doc: Document) -> Iterator[Verdict]:
        taken = set()
        for found in self._lines.find(doc, _MAX_CHARS):
            taken.add(found.seg.index)
            yield self.remove(found.seg, found.reason())
        lowered = doc.lowered
        for seg in doc.kept():
            if seg.index in taken or seg.end - seg.start > _MAX_CONSENT_CHARS:
                continue
            if self._consent.match(lowered, seg.start, seg.end) and self._topic.search(
                lowered, seg.start, seg.end
            ):
                reason = f"the consent sentence of a sign-up form ({quote(seg.text)})"
                yield self.remove(seg, reason)
