"""Who gets an attestato and who signs it: the rules, apart from the PDF and the database.

An attestato states the hours attended out of those planned, so that an employee can count
them towards the yearly training hours; an office usually issues one only above a minimum
share of the planned hours (75–80 %).  Without planned hours (a programme without times)
the share cannot be computed, and no minimum applies.
"""

from __future__ import annotations

from dataclasses import dataclass

from exchange_desktop.domain.practice import Practice

#: Printed under the signature when neither the practice nor the preferences name a signer.
NEUTRAL_SIGNER_TITLE = "Il/La responsabile"


@dataclass(frozen=True)
class Signer:
    """The official who signs: a name ("Dott.ssa Maria Bianchi") and a qualifica."""

    name: str = ""
    title: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name.strip() or self.title.strip())


def signer_of(practice: Practice, default: Signer | None = None) -> Signer:
    """The practice's own signer, else ``default`` (the preferences'), else nobody named.

    The two parts go together: a practice with only a qualifica does not borrow the name of
    whoever the preferences name, who may well be someone else.
    """
    own = Signer(practice.signer_name.strip(), practice.signer_title.strip())
    if not own.is_empty:
        return own
    if default is not None:
        return Signer(" ".join(default.name.split()), " ".join(default.title.split()))
    return Signer()


def required_minutes(planned_minutes: int, min_percent: int) -> int:
    """The fewest minutes that reach ``min_percent`` of ``planned_minutes`` (rounded up)."""
    return -(-planned_minutes * min_percent // 100)


def threshold_applies(planned_minutes: int, min_percent: int) -> bool:
    """A minimum counts only when it is set and there are planned hours to take it of."""
    return planned_minutes > 0 and min_percent > 0


def meets_minimum(minutes_attended: int, planned_minutes: int, min_percent: int) -> bool:
    """Whether someone present attended enough of the planned training for an attestato."""
    if not threshold_applies(planned_minutes, min_percent):
        return True
    return minutes_attended * 100 >= planned_minutes * min_percent


#: A coat of arms is a small picture; a bigger file is most likely the wrong one.
MAX_COAT_OF_ARMS_BYTES = 2 * 1024 * 1024
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def coat_of_arms_format_of(data: bytes) -> str:
    """ "png" or "svg" from the file's first bytes (not its name), "" for anything else."""
    if data.startswith(_PNG_SIGNATURE):
        return "png"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (
        head.startswith((b"<?xml", b"<svg", b"<!doctype svg", b"<!--"))
        and b"<svg" in data[:65536].lower()
    ):
        return "svg"
    return ""


#: Titles written before a name, ignored when the printed signer is compared with the
#: certificate's (dots removed: "Dott.ssa" is "dottssa").
_TITLES = frozenset(
    {
        "arch",
        "avv",
        "dott",
        "dottssa",
        "dottore",
        "dottoressa",
        "dr",
        "dssa",
        "geom",
        "ing",
        "prof",
        "profssa",
        "professore",
        "professoressa",
        "rag",
        "sig",
        "sigra",
        "signor",
        "signora",
    }
)


def name_words(name: str) -> list[str]:
    """The words of a person's name as compared: no accents, no case, no titles, in order
    of the alphabet (a certificate often says "NERI PAOLO" for Paolo Neri)."""
    import re
    import unicodedata

    plain = unicodedata.normalize("NFKD", name.replace(".", ""))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return sorted(word for word in re.split(r"[^\w]+", plain) if word and word not in _TITLES)


def same_signer(printed: str, certificate: str) -> bool:
    """Whether the name on the attestato is the certificate holder's (see :func:`name_words`)."""
    words = name_words(printed)
    return bool(words) and words == name_words(certificate)
