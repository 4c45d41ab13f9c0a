"""Field checks shared by every entity, so that one kind of mistake reads the same everywhere."""

from __future__ import annotations

import unicodedata

from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message

CONTEXT = "Validation"

SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 20_000
EMAIL_MAX = 254

#: What an address pasted from Outlook or a spreadsheet carries after it: one separator.
_EMAIL_TRAILERS = (",", ";")
#: Control characters and lone surrogates: refused in every text field.
_FORBIDDEN_CATEGORIES = {"Cc", "Cs"}
_BOM = "\ufeff"


def _message(template: str, **params: object) -> Message:
    return Message(CONTEXT, template, **params)


def has_control_characters(value: str, *, multiline: bool) -> bool:
    """True when ``value`` holds characters that are invisible and break files and printouts.

    Newlines and tabs are allowed in multi-line texts; format characters such as the
    right-to-left mark (category Cf) are allowed because they are legitimate in names.
    Lone surrogates (half an emoji, from a broken paste or file) cannot be stored at all,
    and noncharacters (U+FFFF…) cannot be written into an Excel file.
    """
    allowed = {"\n", "\t"} if multiline else set()
    return any(
        (unicodedata.category(ch) in _FORBIDDEN_CATEGORIES and ch not in allowed)
        or _is_noncharacter(ch)
        for ch in value
    ) or (not multiline and ("\u2028" in value or "\u2029" in value))


def _is_noncharacter(ch: str) -> bool:
    """U+FDD0–U+FDEF and the last two code points of every plane: never text."""
    code = ord(ch)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


def check_text(
    errors: dict[str, Message],
    field: str,
    value: str,
    *,
    required: bool = False,
    max_length: int = SHORT_TEXT_MAX,
    multiline: bool = False,
) -> None:
    """Record in ``errors`` what is wrong with a text field, if anything."""
    if required and not _visible(value):
        errors[field] = _message(QT_TRANSLATE_NOOP("Validation", "Campo obbligatorio."))
    elif len(value) > max_length:
        errors[field] = _message(
            QT_TRANSLATE_NOOP("Validation", "Testo troppo lungo: al massimo {max} caratteri."),
            max=max_length,
        )
    elif has_control_characters(value, multiline=multiline):
        errors[field] = _message(
            QT_TRANSLATE_NOOP("Validation", "Il testo contiene caratteri di controllo non ammessi.")
        )


def _visible(value: str) -> str:
    """The text without white space and invisible format characters (zero-width space…)."""
    return "".join(ch for ch in value if not ch.isspace() and unicodedata.category(ch) != "Cf")


def normalize_multiline(value: str) -> str:
    """Windows line ends (pasted text, imports) become plain newlines; byte-order marks
    pasted from a file are dropped (invisible, and lost by calendar files anyway)."""
    return value.replace("\r\n", "\n").replace("\r", "\n").replace(_BOM, "")


def normalize_email(value: str) -> str:
    """An address as stored: trimmed, without the one "," or ";" that a list pasted from
    Outlook (or a column of a sign-up sheet) leaves after it.  Anything else is kept, so that
    a wrong address is refused rather than silently changed."""
    value = value.strip()
    if value.endswith(_EMAIL_TRAILERS):
        value = value[:-1].rstrip()
    return value


def check_email(errors: dict[str, Message], field: str, value: str) -> None:
    """An empty email is accepted (optional); a given one must be a valid address.

    The syntax is the maintained ``email-validator`` library's (RFC 5321/5322, accented
    addresses allowed), without its DNS check: the workstation may be offline and personal
    data is not sent anywhere.  A hand-written pattern let through "a..b@x.it",
    "<a>@x.it" or "a@x_y.it".  One rule of ours stays on top: a top-level domain of at
    least two letters.
    """
    value = normalize_email(value)
    if not value:
        return
    if (
        len(value) > EMAIL_MAX
        or has_control_characters(value, multiline=False)
        or (not _valid_address(value))
    ):
        errors[field] = _message(
            QT_TRANSLATE_NOOP(
                "Validation", "Indirizzo email non valido (esempio: nome.cognome@comune.it)."
            )
        )


def _valid_address(value: str) -> bool:
    from email_validator import EmailNotValidError, validate_email  # 20 ms: when needed

    try:
        address = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return False
    # No top-level domain has one letter: "nome@comune.i" is a typo the library lets through.
    return len(address.ascii_domain.rsplit(".", 1)[-1]) >= 2


def check_int_range(
    errors: dict[str, Message], field: str, value: object, minimum: int, maximum: int
) -> None:
    """The value must be a whole number between ``minimum`` and ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        errors[field] = _message(
            QT_TRANSLATE_NOOP("Validation", "Inserire un numero intero da {min} a {max}."),
            min=minimum,
            max=maximum,
        )


def normalize_line(value: str) -> str:
    """Trim a one-line text and fold runs of white space, as a clerk would expect.

    Tabs, line ends and the Unicode line separators are white space, so they become one
    space; a byte-order mark pasted from a file is dropped.
    """
    return " ".join(value.replace(_BOM, "").split())


def name_key(value: str) -> str:
    """How names are compared and sorted: without case, accents or extra spaces.

    "Comune di Forlì", "COMUNE DI FORLI" and " comune di  forlì " give the same key, so a
    list reads in dictionary order and the same Ente is not entered twice.  It serves both
    interface languages: CLDR has no collation tailoring for Italian or English, so both
    sort Latin names by the root collation's first level, which this key reproduces.
    """
    if value.isascii():  # most names and every email: nothing to decompose (a quick path)
        return normalize_line(value).casefold()
    decomposed = unicodedata.normalize("NFKD", normalize_line(value))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
