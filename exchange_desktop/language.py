"""The interface language: Italian unless the preferences (or the environment) say English.

One place decides it for the window and the command line alike: the key
``interface/language`` in ``settings.ini`` in the data folder, overridden for one run by the
environment variable ``EXCHANGE_DESKTOP_LANG`` (``it`` or ``en``; handy for scripts).  The
source strings are Italian, so Italian needs only Qt's own catalogue (Yes/No buttons, file
pickers: PySide6's ``qtbase_it.qm``); English needs only ours
(``resources/translations/exchange_desktop_en.qm``), Qt's own texts being English already.

Documents stay Italian whatever the language: see :mod:`exchange_desktop.formatting`.

Qt is imported only when a translator is needed: a command in Italian (the source language)
runs without loading PySide6, which would cost a good part of its start-up.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from exchange_desktop.paths import data_dir
from exchange_desktop.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QSettings, QTranslator

#: The languages offered, each named in itself (as the preferences list them).
LANGUAGES = {"it": "Italiano", "en": "English"}
SETTING_KEY = "interface/language"
LANGUAGE_ENV = "EXCHANGE_DESKTOP_LANG"
SETTINGS_FILE_NAME = "settings.ini"
#: Babel's locale for dates on screen: British English writes "Monday 20 April 2026".
_BABEL_LOCALES = {"it": "it", "en": "en_GB"}

_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []


def settings() -> QSettings:
    """Settings in an .ini file in the data folder: one place, easy to back up or reset."""
    from PySide6.QtCore import QSettings

    return QSettings(str(data_dir() / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)


def saved_language(store: QSettings | None = None) -> str:
    """The language chosen in the preferences; Italian when none was chosen.

    Without ``store`` the file is read directly (see :func:`_language_in_file`), not
    through ``QSettings``.
    """
    stored = _language_in_file() if store is None else store.value(SETTING_KEY, "it")
    value = str(stored or "it")
    return value if value in LANGUAGES else "it"


def _language_in_file() -> str:
    """The ``language`` key of the ``[interface]`` group of settings.ini, "" when absent.

    The one value needed is a plain word ("it", "en"), which ``QSettings`` writes as
    ``language=en`` under ``[interface]``; reading those lines spares the command line the
    import of Qt.
    """
    section, key = SETTING_KEY.split("/")
    try:
        text = (data_dir() / SETTINGS_FILE_NAME).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    current = ""
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
        elif current == section and "=" in line:
            name, _, value = line.partition("=")
            if name.strip() == key:
                return value.strip().strip('"')
    return ""


def save_language(language: str, store: QSettings | None = None) -> None:
    """Remember ``language`` for the next start (the open window keeps its language)."""
    store = store or settings()
    store.setValue(SETTING_KEY, language)
    store.sync()


def chosen_language(store: QSettings | None = None) -> str:
    """The language of this run: the environment variable, else the preferences."""
    override = os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    return override if override in LANGUAGES else saved_language(store)


def _catalogues(language: str) -> list[tuple[str, str]]:
    """(file name, folder) of the .qm files ``language`` needs."""
    from PySide6.QtCore import QLibraryInfo

    if language == "en":
        return [("exchange_desktop_en", str(resource_path("translations")))]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [(f"qtbase_{language}", qt_dir)]


#: Qt's Italian for the text fields' own context menu, where it differs from the words of
#: the program's Modifica menu (and of Office): "Rifai" there, "Ripeti" here.
_OFFICE_WORDS = {"&Redo": "&Ripeti", "&Undo": "&Annulla"}
_TEXT_FIELD_CONTEXTS = ("QLineEdit", "QWidgetTextControl")


def _office_words() -> QTranslator:
    from PySide6.QtCore import QTranslator

    class OfficeWords(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            # None, not "": the next translator (Qt's Italian) is asked for the rest
            if context in _TEXT_FIELD_CONTEXTS:
                return _OFFICE_WORDS.get(source)
            return None

        def isEmpty(self) -> bool:
            return False

    return OfficeWords()


def install_translators(language: str) -> None:
    """Speak ``language`` from now on: Qt's translators, Qt's locale, dates in messages.

    Works with or without a ``QCoreApplication``: the command line runs without one (the
    same process may go on to open the window, which needs a ``QApplication``), and then
    :func:`translate` asks the loaded translators directly.
    """
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from exchange_desktop.formatting import set_interface_locale

    remove_translators()
    if not _locale_before:
        _locale_before.append(QLocale())
    language = language if language in LANGUAGES else "it"
    for name, folder in _catalogues(language):
        translator = QTranslator()
        if translator.load(name, folder):
            _installed.append(translator)
            if QCoreApplication.instance() is not None:
                QCoreApplication.installTranslator(translator)
    if language == "it":
        office_words = _office_words()
        _installed.append(office_words)  # installed last: asked first
        if QCoreApplication.instance() is not None:
            QCoreApplication.installTranslator(office_words)
    qt_locales = {
        "it": (QLocale.Language.Italian, QLocale.Country.Italy),
        "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    }
    QLocale.setDefault(QLocale(*qt_locales[language]))
    set_interface_locale(_BABEL_LOCALES[language])


def remove_translators() -> None:
    """Back to the source language (Italian) without Qt's own catalogue, and to the locale
    Qt had before the first :func:`install_translators` (tests switch languages)."""
    from exchange_desktop.formatting import DEFAULT_LOCALE, set_interface_locale

    if "PySide6.QtCore" in sys.modules:  # else nothing was installed, no locale changed
        from PySide6.QtCore import QCoreApplication, QLocale

        if QCoreApplication.instance() is not None:
            for translator in _installed:
                QCoreApplication.removeTranslator(translator)
        if _locale_before:
            QLocale.setDefault(_locale_before[0])
    _installed.clear()
    set_interface_locale(DEFAULT_LOCALE)


def install_command_line_language(language: str) -> None:
    """The command line's language: Italian is the source text, so it needs no translator
    and no Qt; another language installs its translators as the window does.

    (Qt's own Italian catalogue and locale only matter to Qt's widgets, which a command
    does not show; the window installs them when it opens.)
    """
    if language in LANGUAGES and language != "it":
        install_translators(language)
    elif _locale_before:  # translators installed earlier in this process (tests): as before
        install_translators("it")


def translate(context: str, text: str) -> str:
    """``text`` (an Italian source string marked in ``context``) in the interface language."""
    if "PySide6.QtCore" in sys.modules:  # without QtCore there is no application yet
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:
            return QCoreApplication.translate(context, text)
    for translator in _installed:
        found = translator.translate(context, text)
        if found:
            return found
    return text
