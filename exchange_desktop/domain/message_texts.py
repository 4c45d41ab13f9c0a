"""The default texts of the messages, in Italian and in English.

They are letters from a Comune's office, not interface strings: the Italian is what goes to
Italian colleagues, so it is not marked for translation; the English version is offered in
the editor for a practice whose guests do not read Italian.  Each uses only placeholders
that every recipient of its kind has (``{saluto}`` rather than ``{nome}``, which an Ente
without a contact person lacks).
"""

from __future__ import annotations

from exchange_desktop.domain.messages import MessageKind, Template

_SIGN_OFF_IT = "\n\nCordiali saluti,\n{firma}\n"
_SIGN_OFF_EN = "\n\nKind regards,\n{firma}\n"

_ITALIAN: dict[MessageKind, tuple[str, str]] = {
    MessageKind.INVITE: (
        "Invito allo scambio di buone pratiche «{titolo}»",
        "{saluto},\n\n"
        "{comune} invita il personale del vostro Ente allo scambio di buone pratiche "
        "«{titolo}».\n\n"
        "Date proposte: {date} (le date possono essere soggette a modifiche).\n\n"
        "In allegato trovate la scheda della buona pratica. Per aderire, rispondete a questo "
        "messaggio indicando le date in cui il vostro Ente può partecipare e, per ogni "
        "partecipante, nome, cognome, ruolo e indirizzo email (al massimo {posti} persone "
        "per sessione)." + _SIGN_OFF_IT,
    ),
    MessageKind.CONFIRMATION: (
        "Conferma d'iscrizione: {titolo}, {data}",
        "{saluto},\n\n"
        "confermiamo la sua iscrizione allo scambio di buone pratiche «{titolo}», che si "
        "terrà {data}, {orario}, {dove}.\n\n"
        "In allegato trova il programma della giornata e l'evento per il calendario (file "
        ".ics): aprendolo, Outlook lo aggiunge al suo calendario.\n\n"
        "Se non potesse partecipare, ce lo comunichi rispondendo a questo messaggio: il "
        "posto andrà a chi è in lista d'attesa." + _SIGN_OFF_IT,
    ),
    MessageKind.WAITING: (
        "Lista d'attesa: {titolo}, {data}",
        "{saluto},\n\n"
        "grazie per l'iscrizione allo scambio di buone pratiche «{titolo}», in programma "
        "{data}. I "
        "posti sono già tutti occupati: la sua iscrizione è in lista d'attesa, in posizione "
        "{posizione}.\n\n"
        "Se si libera un posto le scriveremo subito. Se nel frattempo preferisse rinunciare, "
        "ce lo comunichi rispondendo a questo messaggio." + _SIGN_OFF_IT,
    ),
    MessageKind.SEAT: (
        "Posto disponibile: {titolo}, {data}",
        "{saluto},\n\n"
        "si è liberato un posto per lo scambio di buone pratiche «{titolo}»: la sua "
        "iscrizione è confermata. La giornata si terrà {data}, {orario}, {dove}.\n\n"
        "In allegato trova il programma e l'evento per il calendario (file .ics).\n\n"
        "Se non potesse più partecipare, ce lo comunichi rispondendo a questo messaggio."
        + _SIGN_OFF_IT,
    ),
    MessageKind.CHANGE: (
        "Variazione: {titolo}",
        "{saluto},\n\n"
        "la informiamo di una variazione dello scambio di buone pratiche «{titolo}»: "
        "{variazione}.\n\n"
        "Il file di calendario allegato (.ics) aggiorna l'evento già presente nel suo "
        "calendario di Outlook.\n\n"
        "Per qualsiasi domanda può rispondere a questo messaggio." + _SIGN_OFF_IT,
    ),
    MessageKind.REMINDER: (
        "Promemoria: {titolo}, {data}",
        "{saluto},\n\n"
        "le ricordiamo lo scambio di buone pratiche «{titolo}», {data}, {orario}.\n\n"
        "{accesso}\n\n"
        "Se non potesse più partecipare, ce lo comunichi rispondendo a questo messaggio."
        + _SIGN_OFF_IT,
    ),
    MessageKind.CERTIFICATE: (
        "Attestato di partecipazione: {titolo}",
        "{saluto},\n\n"
        "in allegato trova l'attestato della sua partecipazione allo scambio di buone "
        "pratiche «{titolo}», tenutosi {data}: {ore} di formazione.\n\n"
        "La ringraziamo per la partecipazione." + _SIGN_OFF_IT,
    ),
    MessageKind.AFTER: (
        "Grazie per la partecipazione: {titolo}",
        "{saluto},\n\n"
        "grazie per aver partecipato allo scambio di buone pratiche «{titolo}», tenutosi "
        "{data}.\n\n"
        "Se desidera ricevere i materiali presentati durante la giornata, o ha suggerimenti "
        "per le prossime edizioni, può rispondere a questo messaggio." + _SIGN_OFF_IT,
    ),
}

_ENGLISH: dict[MessageKind, tuple[str, str]] = {
    MessageKind.INVITE: (
        "Invitation to the good practice exchange “{titolo}”",
        "{saluto_en},\n\n"
        "{comune} invites the staff of your organisation to the good practice exchange "
        "“{titolo}”.\n\n"
        "Proposed dates: {date} (dates may be subject to change).\n\n"
        "Please find the practice card attached. To take part, reply to this message with "
        "the dates your organisation can attend and, for each participant, their name, "
        "surname, role and email address (at most {posti} people per session)." + _SIGN_OFF_EN,
    ),
    MessageKind.CONFIRMATION: (
        "Registration confirmed: {titolo}, {data}",
        "{saluto_en},\n\n"
        "we confirm your registration for the good practice exchange “{titolo}”, to be held "
        "on {data}, {orario}, {dove}.\n\n"
        "Please find attached the programme of the day and the calendar event (.ics file): "
        "opening it adds the event to your Outlook calendar.\n\n"
        "If you cannot attend, please let us know by replying to this message, so that the "
        "seat can go to someone on the waiting list." + _SIGN_OFF_EN,
    ),
    MessageKind.WAITING: (
        "Waiting list: {titolo}, {data}",
        "{saluto_en},\n\n"
        "thank you for registering for the good practice exchange “{titolo}” on {data}. All "
        "seats are taken: your registration is on the waiting list, in position "
        "{posizione}.\n\n"
        "We will write to you as soon as a seat becomes free. If you decide to withdraw in "
        "the meantime, please reply to this message." + _SIGN_OFF_EN,
    ),
    MessageKind.SEAT: (
        "A seat is available: {titolo}, {data}",
        "{saluto_en},\n\n"
        "a seat has become free for the good practice exchange “{titolo}”: your registration "
        "is confirmed. The day will be held on {data}, {orario}, {dove}.\n\n"
        "Please find attached the programme and the calendar event (.ics file).\n\n"
        "If you can no longer attend, please let us know by replying to this message."
        + _SIGN_OFF_EN,
    ),
    MessageKind.CHANGE: (
        "Change: {titolo}",
        "{saluto_en},\n\n"
        "please note a change to the good practice exchange “{titolo}”: {variazione}.\n\n"
        "The attached calendar file (.ics) updates the event already in your Outlook "
        "calendar.\n\n"
        "If you have any questions, please reply to this message." + _SIGN_OFF_EN,
    ),
    MessageKind.REMINDER: (
        "Reminder: {titolo}, {data}",
        "{saluto_en},\n\n"
        "this is a reminder of the good practice exchange “{titolo}”, {data}, {orario}.\n\n"
        "{accesso}\n\n"
        "If you can no longer attend, please let us know by replying to this message."
        + _SIGN_OFF_EN,
    ),
    MessageKind.CERTIFICATE: (
        "Certificate of attendance: {titolo}",
        "{saluto_en},\n\n"
        "please find attached your certificate of attendance of the good practice exchange "
        "“{titolo}” on {data}: {ore} of training.\n\n"
        "Thank you for taking part." + _SIGN_OFF_EN,
    ),
    MessageKind.AFTER: (
        "Thank you for taking part: {titolo}",
        "{saluto_en},\n\n"
        "thank you for taking part in the good practice exchange “{titolo}” on {data}.\n\n"
        "If you would like the materials presented on the day, or have suggestions for the "
        "next editions, please reply to this message." + _SIGN_OFF_EN,
    ),
}

LANGUAGES = ("it", "en")


def default_template(kind: MessageKind, language: str = "it") -> Template:
    """The default subject and body of ``kind`` (Italian unless ``language`` is "en")."""
    subject, body = (_ENGLISH if language == "en" else _ITALIAN)[kind]
    return Template(kind, subject, body)


def template_language(template: Template) -> str:
    """ "en" for a text in English (the English default, or one greeting with
    ``{saluto_en}``), else "it": the dates and times of its placeholders follow it."""
    english = default_template(template.kind, "en")
    if (template.subject, template.body) == (english.subject, english.body):
        return "en"
    return "en" if "{saluto_en}" in template.subject + template.body else "it"
