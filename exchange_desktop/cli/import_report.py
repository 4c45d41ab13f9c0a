"""What ``import-participants`` prints: the summary of an import, or with ``--dry-run`` the
preview's report — the same counts and the same row-by-row reasons and notes as the window's
preview, with nothing written."""

from __future__ import annotations

from collections.abc import Sequence

from exchange_desktop.cli.common import tr
from exchange_desktop.i18n import Message
from exchange_desktop.services.importing.participant_import import ImportSummary, PreviewRow
from exchange_desktop.translation import tr_message


def _rows(rows: Sequence[tuple[int, Message | str]]) -> None:
    """One line per row: its reason (a message, translated) or the person (a name)."""
    for row_number, reason in rows:
        said = tr_message(reason) if isinstance(reason, Message) else reason
        print(tr("  riga {row}: {reason}").format(row=row_number, reason=said))


def print_summary(summary: ImportSummary) -> None:
    """The outcome of an import, one line per count and per row left out or to check."""
    confirmed = summary.imported - summary.waiting
    print(
        tr("Importati: {imported} ({confirmed} confermati, {waiting} in lista d'attesa)").format(
            imported=summary.imported, confirmed=confirmed, waiting=summary.waiting
        )
    )
    if summary.reinstated:
        print(
            tr("  di cui annullati in precedenza e iscritti di nuovo: {count}").format(
                count=summary.reinstated
            )
        )
    print(tr("Doppioni saltati: {count}").format(count=summary.duplicates))
    print(tr("Righe con errori saltate: {count}").format(count=len(summary.errors)))
    _rows(summary.errors)
    if summary.not_people:
        print(
            tr("Righe che non sono persone, saltate: {count}").format(count=len(summary.not_people))
        )
        _rows(summary.not_people)
    if summary.cancelled:
        print(
            tr(
                "Annullati in precedenza, non iscritti di nuovo (--include-cancelled per "
                "iscriverli): {count}"
            ).format(count=len(summary.cancelled))
        )
        _rows(summary.cancelled)
    if summary.hidden:
        print(
            tr(
                "Righe nascoste nel file, non importate (--include-hidden per importarle): {count}"
            ).format(count=len(summary.hidden))
        )
        _rows(summary.hidden)
    if summary.notes:
        print(tr("Da controllare: {count}").format(count=len(summary.notes)))
        _rows(summary.notes)


def print_preview(rows: list[PreviewRow], include_cancelled: bool) -> None:
    """The preview's counts, then every row that is not simply new, or has a note."""

    def count(status: str) -> int:
        return sum(1 for row in rows if row.status == status)

    new = count("new") + (count("cancelled") if include_cancelled else 0)
    print(tr("Prova senza scrivere nulla (--dry-run)."))
    duplicates = count("duplicate")
    doubles = (
        tr("1 doppione (saltato)")
        if duplicates == 1
        else tr("{n} doppioni (saltati)").format(n=duplicates)
    )
    print(
        tr("{new} da importare · {duplicates} · {errors} con errori").format(
            new=new, duplicates=doubles, errors=count("error")
        )
    )
    labels = {
        "duplicate": tr("doppione"),
        "error": tr("errore"),
        "not_person": tr("non è una persona"),
        "cancelled": tr("annullato in precedenza"),
        "hidden": tr("nascosta nel file"),
    }
    for row in rows:
        parts = [labels[row.status]] if row.status in labels else []
        parts += [tr_message(said) for said in (row.reason, row.notes) if said is not None]
        name = " ".join(v for v in (row.values.get("surname"), row.values.get("name")) if v)
        if parts:
            print(
                tr("  riga {row} ({person}): {reason}").format(
                    row=row.row_number, person=name or "—", reason=" · ".join(parts)
                )
            )
