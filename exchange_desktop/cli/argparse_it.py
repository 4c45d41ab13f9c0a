"""argparse speaking the user's language: its built-in texts go through Qt's translation.

argparse looks its messages up through ``gettext`` each time it needs one; Python ships no
Italian catalogue for them, so this module supplies the Italian source texts (marked for
translation in context "argparse") and answers argparse's look-ups with them.
"""

from __future__ import annotations

import argparse
import unicodedata
from typing import Any

from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.language import translate

CONTEXT = "argparse"

_ITALIAN: dict[str, str] = {
    "usage: ": QT_TRANSLATE_NOOP("argparse", "uso: "),
    "options": QT_TRANSLATE_NOOP("argparse", "opzioni"),
    "positional arguments": QT_TRANSLATE_NOOP("argparse", "argomenti"),
    "show this help message and exit": QT_TRANSLATE_NOOP("argparse", "mostra questo aiuto ed esce"),
    "show program's version number and exit": QT_TRANSLATE_NOOP(
        "argparse", "mostra la versione del programma ed esce"
    ),
    "%(prog)s: error: %(message)s\n": QT_TRANSLATE_NOOP(
        "argparse", "%(prog)s: errore: %(message)s\n"
    ),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP(
        "argparse", "argomento %(argument_name)s: %(message)s"
    ),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP(
        "argparse", "mancano gli argomenti obbligatori: %s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "argparse", "scelta non valida: %(value)r (scegliere tra %(choices)s)"
    ),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("argparse", "argomenti non riconosciuti: %s"),
    "expected one argument": QT_TRANSLATE_NOOP("argparse", "manca il valore"),
    "expected at least one argument": QT_TRANSLATE_NOOP("argparse", "serve almeno un valore"),
    "expected at most one argument": QT_TRANSLATE_NOOP(
        "argparse", "è ammesso al massimo un valore"
    ),
    "expected %s argument": QT_TRANSLATE_NOOP("argparse", "serve %s valore"),
    "expected %s arguments": QT_TRANSLATE_NOOP("argparse", "servono %s valori"),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP(
        "argparse", "valore non valido: %(value)r"
    ),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
        "argparse", "opzione ambigua: %(option)s potrebbe essere %(matches)s"
    ),
    "not allowed with argument %s": QT_TRANSLATE_NOOP("argparse", "non ammesso insieme a %s"),
    "one of the arguments %s is required": QT_TRANSLATE_NOOP(
        "argparse", "serve uno degli argomenti %s"
    ),
    "ignored explicit argument %r": QT_TRANSLATE_NOOP("argparse", "non accetta il valore %r"),
}


def _gettext(message: str) -> str:
    italian = _ITALIAN.get(message)
    return translate(CONTEXT, italian) if italian else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Make argparse's own texts Italian (or the language Qt's translators provide)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


class ItalianArgumentParser(argparse.ArgumentParser):
    """Usage errors on one line, pointing at --help, with exit code 2.

    Call :func:`install` before creating one: argparse looks up the titles of the option
    groups and the help of ``-h`` when the parser is built.
    """

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        # Before Python 3.12 the help of --version is a fixed default, not looked up.
        if kwargs.get("action") == "version" and "help" not in kwargs:
            kwargs["help"] = _gettext("show program's version number and exit")
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(
            2,
            translate("argparse", "{prog}: errore: {message} (vedere --help)\n").format(
                prog=self.prog, message=one_line(message)
            ),
        )


def one_line(text: str) -> str:
    """``text`` fit for one line of a terminal: line ends become spaces, and the other
    control characters of a typed value (ESC, NEL…) and lone surrogates are shown escaped,
    never obeyed."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in {"Cc", "Cs", "Zl", "Zp"}
        else ch
        for ch in text.replace("\r\n", " ").replace("\n", " ")
    )
