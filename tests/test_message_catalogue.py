"""No message shows the clerk an internal number: a record's id in brackets, "(n. 2)", says
nothing to a person and reads like a fault.  The catalogue holds every marked sentence."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

CATALOGUE = Path(__file__).parents[1] / "resources" / "translations" / "exchange_desktop_en.ts"
#: "(n. {id})", "(sessione n. {id})", "(id {id})": an id in brackets after a sentence.
INTERNAL_NUMBER = re.compile(r"\((?:[^()]*\s)?(?:n\.|id|nr\.)\s*\{(?:id|[a-z_]*_id)\}\)")


def test_no_message_ends_with_an_internal_number() -> None:
    sources = [
        message.findtext("source") or ""
        for message in ElementTree.parse(CATALOGUE).getroot().iter("message")
        if message.find("translation") is None
        or message.find("translation").get("type") not in ("vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert len(sources) > 500
    offending = [text for text in sources if INTERNAL_NUMBER.search(text)]
    assert offending == []
    assert INTERNAL_NUMBER.search("L'Ente «{name}» è già nell'elenco (n. {id}).")
    assert INTERNAL_NUMBER.search("C'è già una sessione {day} (sessione n. {id}).")
