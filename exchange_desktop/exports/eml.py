"""One message as MIME: for the SMTP server, and as an .eml draft for Outlook.

Python's ``email`` package with the SMTP policy does the standards' work: headers with
accents, Arabic, CJK or emoji are encoded per RFC 2047 (names too, so the address itself
stays plain ASCII where it is), the body is UTF-8 (quoted-printable or base64, whichever is
shorter), lines end in CRLF, attachments carry their file names (RFC 2231 for non-ASCII).
A draft adds ``X-Unsent: 1``: classic Outlook then opens the file as a message still to be
checked and sent, attachments included.
"""

from __future__ import annotations

import mimetypes
from datetime import datetime, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime, make_msgid

from exchange_desktop.domain.messages import Mail

EML_SUFFIX = ".eml"


def _domain(domain: str) -> str:
    """An accented domain as IDNA ("comune.cantù.it" → "comune.xn--cant-ioa.it")."""
    if domain.isascii():
        return domain
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain


def _address(name: str, address: str) -> Address:
    username, _, domain = address.strip().rpartition("@")
    return Address(display_name=" ".join(name.split()), username=username, domain=_domain(domain))


def envelope_address(address: str) -> str:
    """The address as the server is told it (RCPT TO): the domain in IDNA."""
    username, _, domain = address.strip().rpartition("@")
    return f"{username}@{_domain(domain)}"


def needs_smtputf8(mail: Mail) -> bool:
    """True when an address has letters beyond ASCII before the "@" (RFC 6531): such a
    message goes only with SMTPUTF8, its headers in UTF-8 rather than RFC 2047."""
    return any(
        not address.strip().rpartition("@")[0].isascii()
        for address in (mail.recipient.address, mail.sender_address)
    )


def mime_message(mail: Mail, *, draft: bool = False, when: datetime | None = None) -> EmailMessage:
    """The message of ``mail``: one recipient in To (a copy to the sender in Cc when asked,
    never anyone else's address), the body as plain text, the attachments with their names.
    """
    message = EmailMessage(policy=SMTPUTF8 if needs_smtputf8(mail) else SMTP)
    message["From"] = _address(mail.sender_name, mail.sender_address)
    message["To"] = _address(mail.recipient.name, mail.recipient.address)
    if mail.copy_to_sender:
        message["Cc"] = _address(mail.sender_name, mail.sender_address)
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(when or datetime.now(timezone.utc))
    domain = mail.sender_address.rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=domain)
    if draft:
        message["X-Unsent"] = "1"
    message.set_content(mail.body, subtype="plain", charset="utf-8")
    for attachment in mail.attachments:
        mime = attachment.mime_type or (
            mimetypes.guess_type(attachment.name)[0] or "application/octet-stream"
        )
        kind, *options = (part.strip() for part in mime.split(";"))
        maintype, _, subtype = kind.partition("/")
        params = dict(option.partition("=")[::2] for option in options if "=" in option)
        message.add_attachment(
            attachment.content,
            maintype=maintype,
            subtype=subtype,
            filename=attachment.name,
            params=params or None,
        )
    return message


def eml_bytes(mail: Mail, *, when: datetime | None = None) -> bytes:
    """The .eml draft of ``mail`` (``X-Unsent: 1``), as the bytes of the file."""
    return mime_message(mail, draft=True, when=when).as_bytes()
