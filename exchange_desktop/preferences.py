"""Preferences other than the language, shared by the window and the command line.

For now the default signer of the attestati: the official who signs for every practice that
names nobody of its own (an office usually has one), kept in ``settings.ini`` under
``[certificates]`` next to the interface language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from exchange_desktop.domain.certificates import Signer

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

SIGNER_NAME_KEY = "certificates/signer_name"
SIGNER_TITLE_KEY = "certificates/signer_title"


def default_signer(store: QSettings | None = None) -> Signer:
    """The signer the preferences name; nobody when none was set.

    Without ``store``, the settings file of the data folder (Qt is imported then, which the
    commands that print the signer, ``export-certificates`` and ``export-signin``, can
    afford).
    """
    if store is None:
        from exchange_desktop.language import settings

        store = settings()
    name = str(store.value(SIGNER_NAME_KEY, "") or "")
    title = str(store.value(SIGNER_TITLE_KEY, "") or "")
    return Signer(" ".join(name.split()), " ".join(title.split()))


def save_default_signer(signer: Signer, store: QSettings) -> None:
    store.setValue(SIGNER_NAME_KEY, " ".join(signer.name.split()))
    store.setValue(SIGNER_TITLE_KEY, " ".join(signer.title.split()))
    store.sync()
