"""The ``import-attendance`` and ``mark-present`` commands: who attended, sitting by sitting.

``import-attendance`` reads a Teams or Zoom report and credits each person found with the
minutes actually connected in each sitting; ``mark-present`` records one sitting by hand,
as the *Orari…* dialog does.  The services are imported only when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from exchange_desktop.cli.argparse_it import one_line
from exchange_desktop.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    database,
    db_argument,
    file_path,
    iso_date,
    not_registered,
    positive_int,
    registration_of,
    session_argument,
    tr,
)

if TYPE_CHECKING:
    from exchange_desktop.services.attendance.attendance_conflicts import ReplacedMark
    from exchange_desktop.services.attendance.attendance_report_import import (
        AttendanceImportOutcome,
        NotMarkedLine,
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import-attendance`` and ``mark-present`` to the command line."""
    report = commands.add_parser(
        "import-attendance",
        help=tr("segna le presenze di un webinar dal report di Teams o Zoom"),
        description=tr(
            "Legge il report delle presenze di Teams o Zoom (.csv, .txt, .xlsx, .xls, .ods), "
            "riconosce gli iscritti confermati della sessione (per email, poi per nome e "
            "cognome) e li segna seduta per seduta con i minuti effettivamente collegati: "
            "ogni collegamento conta per sé, le pause e l'intervallo tra le sedute no. Una "
            "seduta senza collegamenti diventa assente, salvo che sia stata segnata a mano. "
            "Stampa una riga per persona segnata; le persone in lista d'attesa, con "
            "l'iscrizione annullata, non riconosciute o senza orari non sono segnate e sono "
            "elencate sullo standard error, con il motivo. Codice 1, senza scrivere nulla, se "
            "il report è di un altro giorno, se il file non è un report o, con --strict, se "
            "c'è anche una sola riga non segnata."
        ),
    )
    db_argument(report, default=argparse.SUPPRESS)
    session_argument(report)
    report.add_argument(
        "--dry-run",
        action="store_true",
        help=tr("mostra soltanto che cosa verrebbe segnato, senza scrivere nulla"),
    )
    report.add_argument(
        "--strict",
        action="store_true",
        help=tr(
            "rifiuta l'intero report (codice 1, nulla scritto) se una riga non è di un "
            "iscritto confermato con orari"
        ),
    )
    report.add_argument(
        "report",
        metavar="REPORT",
        type=file_path,
        help=tr("il report delle presenze scaricato da Teams o da Zoom"),
    )
    report.set_defaults(handler=_cmd_import_attendance)

    mark = commands.add_parser(
        "mark-present",
        help=tr("segna presente o assente una persona in una seduta"),
        description=tr(
            "Segna la presenza di un partecipante della sessione in una seduta della giornata "
            "(la prima, se non indicata), con gli orari di entrata e di uscita se noti; con "
            "--absent lo segna assente. Codice 1 per chi è in lista d'attesa, un orario non "
            "valido, una seduta che non esiste o un giorno che non è della sessione."
        ),
    )
    db_argument(mark, default=argparse.SUPPRESS)
    session_argument(mark)
    mark.add_argument(
        "--participant",
        metavar="PID",
        type=positive_int,
        required=True,
        help=tr("id del partecipante (vedi il comando roster --json, participant_id)"),
    )
    mark.add_argument(
        "--sitting",
        metavar="N",
        type=positive_int,
        default=1,
        help=tr("numero della seduta: 1 la prima della giornata (predefinito 1)"),
    )
    mark.add_argument("--in", dest="time_in", metavar="HH:MM", help=tr("ora di entrata"))
    mark.add_argument("--out", dest="time_out", metavar="HH:MM", help=tr("ora di uscita"))
    mark.add_argument("--absent", action="store_true", help=tr("segna la persona assente"))
    mark.add_argument(
        "--day",
        metavar="AAAA-MM-GG",
        type=iso_date,
        help=tr("il giorno, per una sessione di più giorni (predefinito: il primo)"),
    )
    mark.set_defaults(handler=_cmd_mark_present)


def _refuse(text: str) -> int:
    print(one_line(text), file=sys.stderr)
    return EXIT_DATA


def _duration(minutes: int) -> str:
    from exchange_desktop.domain.programme import format_duration

    return format_duration(minutes)


def _not_marked_text(line: NotMarkedLine) -> str:
    from exchange_desktop.translation import tr_message

    who = f"{line.name} ({line.email})" if line.name and line.email else line.name or line.email
    return one_line(tr("{person}: {reason}").format(person=who, reason=tr_message(line.reason)))


def _print_outcome(outcome: AttendanceImportOutcome) -> None:
    """The people marked and the summary on stdout; each line not marked on stderr."""
    from exchange_desktop.translation import tr_message

    if not outcome.refused:
        for person in outcome.marked:
            if person.minutes:
                text = tr("{person}: {duration}").format(
                    person=person.name, duration=_duration(person.minutes)
                )
            else:
                text = tr("{person}: assente (nessun collegamento durante le sedute)").format(
                    person=person.name
                )
            print(one_line(text))
        for name in outcome.absent:
            text = tr("{person}: assente (confermato, non nel report che copre le sedute)")
            print(one_line(text.format(person=name)))
        if outcome.changed:
            text = tr("Segni cambiati dal report (erano presenti a mano): {people}.")
            print(one_line(text.format(people=", ".join(outcome.changed))))
    for line in outcome.not_marked:
        print(_not_marked_text(line), file=sys.stderr)
    summary = one_line(tr_message(outcome.message))
    print(summary, file=sys.stderr if outcome.refused else sys.stdout)


def _cmd_import_attendance(args: argparse.Namespace) -> int:
    from exchange_desktop.services.attendance.attendance_report_import import (
        import_attendance_report,
    )

    with database(args) as db:
        outcome = import_attendance_report(
            db, args.session, args.report, strict=args.strict, dry_run=args.dry_run
        )
    _print_outcome(outcome)
    return EXIT_DATA if outcome.refused else EXIT_OK


def _replaced_text(mark: ReplacedMark) -> str:
    if mark.present:
        times = (
            f" {mark.time_in:%H:%M}–{mark.time_out:%H:%M}" if mark.time_in and mark.time_out else ""
        )
        what = tr("presente") + times
    else:
        what = tr("assente")
    return tr("Sostituisce quanto segnato da {author} alle {when}: {what}.").format(
        author=mark.author,
        when=f"{mark.changed_at:%H:%M:%S}" if mark.changed_at else "?",
        what=what,
    )


def _cmd_mark_present(args: argparse.Namespace) -> int:
    from exchange_desktop.domain.typed_values import parse_optional_clock_time
    from exchange_desktop.services.attendance.marks import set_attendance

    # a bad time is the domain's TypedValueError: one line on stderr, the window's words
    time_in = parse_optional_clock_time(args.time_in)
    time_out = parse_optional_clock_time(args.time_out)
    with database(args) as db:
        registration_id = registration_of(db, args.session, args.participant)
        if registration_id is None:
            raise not_registered(args.session, args.participant)
        replaced: list[ReplacedMark] = []
        row = set_attendance(
            db,
            registration_id,
            not args.absent,
            time_in,
            time_out,
            args.day,
            args.sitting,
            replaced,
        )
    person = f"{row.name} {row.surname}".strip()
    for mark in replaced:  # a colleague marked the same sitting before: say whose mark goes
        print(one_line(_replaced_text(mark)))
    if args.absent:
        text = tr("{person}: assente nella seduta {sitting}.")
    else:
        text = tr("{person}: presente nella seduta {sitting}.")
    text = text.format(person=person, sitting=args.sitting)
    total = tr("In tutto: {duration}.").format(duration=_duration(row.minutes_attended))
    print(one_line(f"{text} {total}"))
    return EXIT_OK
