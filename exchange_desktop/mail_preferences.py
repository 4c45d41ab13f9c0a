"""How messages leave, as the clerk chose in File → Preferenze (Messaggi), shared by the
window and the command line: drafts for Outlook or the Comune's mail server, the server's
address (never its password: that is in the credential store), the sender, a copy to
oneself, the drafts folder and how many days before the day a reminder is due.  Kept in
``settings.ini`` under ``[mail]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.paths import data_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

CHANNEL_KEY = "mail/channel"
SERVER_KEY = "mail/server_url"
SENDER_NAME_KEY = "mail/sender_name"
SENDER_ADDRESS_KEY = "mail/sender_address"
COPY_KEY = "mail/copy_to_self"
DRAFTS_KEY = "mail/drafts_folder"
REMINDER_KEY = "mail/reminder_days"
DEFAULT_REMINDER_DAYS = 3
MAX_REMINDER_DAYS = 60


@dataclass(frozen=True)
class MailPreferences:
    """``channel`` is "eml" (drafts for Outlook) or "smtp" (the Comune's server)."""

    channel: str = "eml"
    server_url: str = ""
    sender_name: str = ""
    sender_address: str = ""
    copy_to_self: bool = False
    drafts_folder: str = ""
    reminder_days: int = DEFAULT_REMINDER_DAYS

    def drafts_path(self) -> Path:
        """The drafts folder chosen, else ``Bozze messaggi`` in the data folder."""
        return Path(self.drafts_folder) if self.drafts_folder else data_dir() / "Bozze messaggi"


def _store(store: QSettings | None) -> QSettings:
    if store is None:
        from exchange_desktop.language import settings

        return settings()
    return store


def _flag(value: object) -> bool:
    return str(value).strip().lower() in {"true", "1", "yes"}


def _days(value: object) -> int:
    try:
        days = int(str(value))
    except ValueError:
        return DEFAULT_REMINDER_DAYS
    return days if 0 <= days <= MAX_REMINDER_DAYS else DEFAULT_REMINDER_DAYS


def mail_preferences(store: QSettings | None = None) -> MailPreferences:
    """The saved choices; drafts for Outlook and nothing else when none were made."""
    store = _store(store)
    channel = str(store.value(CHANNEL_KEY, "eml") or "eml")
    return MailPreferences(
        channel=channel if channel in {"eml", "smtp"} else "eml",
        server_url=str(store.value(SERVER_KEY, "") or "").strip(),
        sender_name=" ".join(str(store.value(SENDER_NAME_KEY, "") or "").split()),
        sender_address=str(store.value(SENDER_ADDRESS_KEY, "") or "").strip(),
        copy_to_self=_flag(store.value(COPY_KEY, False)),
        drafts_folder=str(store.value(DRAFTS_KEY, "") or "").strip(),
        reminder_days=_days(store.value(REMINDER_KEY, DEFAULT_REMINDER_DAYS)),
    )


def save_mail_preferences(preferences: MailPreferences, store: QSettings) -> None:
    store.setValue(CHANNEL_KEY, preferences.channel)
    store.setValue(SERVER_KEY, preferences.server_url.strip())
    store.setValue(SENDER_NAME_KEY, " ".join(preferences.sender_name.split()))
    store.setValue(SENDER_ADDRESS_KEY, preferences.sender_address.strip())
    store.setValue(COPY_KEY, preferences.copy_to_self)
    store.setValue(DRAFTS_KEY, preferences.drafts_folder.strip())
    store.setValue(REMINDER_KEY, preferences.reminder_days)
    store.sync()
