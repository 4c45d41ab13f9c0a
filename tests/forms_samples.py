"""Sign-up sheets shaped like the ones an Italian office receives, written by the tests.

- A Microsoft Forms export (.xlsx, sheet "Sheet1"): ID, start and completion times, the
  respondent's account (email and display name, "anonymous" for people outside the
  office), in newer exports a modification time, then one column per question.  Italian
  and English headings.
- A Google Forms CSV (comma-separated UTF-8, "Informazioni cronologiche" first).
- A list typed in Excel: a title, "N." numbers, and totals under it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

MS_FORMS_IT = [
    "ID",
    "Ora di inizio",
    "Ora di completamento",
    "Posta elettronica",
    "Nome",
    "Ora ultima modifica",
    "Nome",
    "Cognome",
    "Ente di appartenenza",
    "Indirizzo email istituzionale",
    "Profilo professionale",
    "Acconsento al trattamento dei dati personali",
]
MS_FORMS_EN = [
    "ID",
    "Start time",
    "Completion time",
    "Email",
    "Name",
    "Last modified time",
    "First name",
    "Surname",
    "Organisation",
    "Email address",
    "Job title",
    "I agree to the processing of my personal data",
]
GOOGLE_FORMS = [
    "Informazioni cronologiche",
    "Indirizzo email",
    "Cognome",
    "Nome",
    "Ente di appartenenza",
    "Ruolo",
]


@dataclass(frozen=True)
class Person:
    surname: str
    name: str
    ente: str

    @property
    def email(self) -> str:
        local = f"{self.name}.{self.surname}".lower().replace("’", "").replace(" ", "")
        return local.translate(str.maketrans("àèéìòù", "aeeiou")) + "@comune.example.it"


PEOPLE = [
    Person("Bernasconi", "Niccolò", "Comune di Cantù"),
    Person("D’Amico", "Agnese", "Comune di Lissone"),
    Person("Fumagalli", "Lucrezia", "Comune di Cantù"),
    Person("Crippa", "Zoè", "Comune di Lissone"),
    Person("Galimberti", "José", "Unione dei Comuni Lombarda Valle del Lambro"),
    Person("Perego", "Noè", "Comune di Lissone"),
    Person("Colzani", "Andrea", "Comune di Cantù"),
    Person("Riva", "Elisabetta", "Comune di Seregno"),
    Person("Mauri", "Pietro", "Comune di Cantù"),
    Person("Sala", "Benedetta", "Comune di Seregno"),
    Person("Cazzaniga", "Ludovica", "Comune di Cantù"),
    Person("Motta", "Gioele", "Comune di Lissone"),
    Person("De Luca", "Maria Grazia", "Comune di Monza"),
]
#: People of the host office answer signed in: their account is in the metadata columns.
INTERNAL = {"De Luca"}
START = datetime(2026, 3, 2, 9, 14, 5)


def _pasted(email: str, n: int) -> str:
    """Addresses as people type them: some with spaces, one with Outlook's ";"."""
    return {3: f" {email} ", 7: f"{email};", 9: f"{email},"}.get(n, email)


def ms_forms_xlsx(path: Path, people: list[Person] = PEOPLE, *, english: bool = False) -> Path:
    """A Microsoft Forms "Apri in Excel" download: times as Excel dates, answers as text."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet.append(MS_FORMS_EN if english else MS_FORMS_IT)
    for n, person in enumerate(people, start=1):
        started = START + timedelta(hours=n, minutes=3 * n)
        internal = person.surname in INTERNAL
        account = (
            (person.email, f"{person.surname} {person.name}")
            if internal
            else ("anonymous", "anonymous")
        )
        sheet.append(
            [
                n,
                started,
                started + timedelta(minutes=2, seconds=17),
                *account,
                None,
                person.name,
                person.surname,
                person.ente,
                _pasted(person.email, n),
                "Istruttore amministrativo" if n % 2 else "Progettista di interventi sociali",
                "Sì" if not english else "Yes",
            ]
        )
    workbook.save(path)
    return path


def google_forms_csv(path: Path, people: list[Person] = PEOPLE) -> Path:
    """Google Forms' "Scarica le risposte (.csv)": comma-separated, UTF-8, the timestamp first."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(GOOGLE_FORMS)
        for n, person in enumerate(people, start=1):
            when = START + timedelta(hours=n)
            writer.writerow(
                [
                    when.strftime("%d/%m/%Y %H.%M.%S"),
                    person.email,
                    person.surname,
                    person.name,
                    person.ente,
                    "Istruttore amministrativo",
                ]
            )
    return path


def excel_list_with_totals(path: Path, people: list[Person] = PEOPLE) -> Path:
    """A list typed by hand: a title, N., the people, then the totals the office adds."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Iscritti"
    sheet.append(["Elenco iscritti – scambio Patti di Cittadinanza"])
    sheet.append([])
    sheet.append(["N.", "Cognome", "Nome", "Ente", "Email"])
    for n, person in enumerate(people, start=1):
        sheet.append([n, person.surname, person.name, person.ente, person.email])
    sheet.append([])
    sheet.append([None, f"Totale iscritti {len(people)}"])
    sheet.append(["Tot.", None, None, len({p.ente for p in people})])
    sheet.append([None, len(people), len(people)])  # =CONTA.VALORI(B4:B16) under the names
    sheet.append([None, "Somma", None, None, None])
    workbook.save(path)
    return path


def multi_sheet_xlsx(path: Path) -> Path:
    """One sheet per session date: the second one holds the 13 people."""
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "20 aprile"
    first.append(["Cognome", "Nome", "Ente"])
    first.append(["Rossi", "Anna", "Comune di Monza"])
    second = workbook.create_sheet("27 aprile")
    second.append(["Cognome", "Nome", "Ente", "Email"])
    for person in PEOPLE:
        second.append([person.surname, person.name, person.ente, person.email])
    workbook.save(path)
    return path


def custom_questions_xlsx(path: Path) -> Path:
    """A Microsoft Forms export in English whose questions no heading rule knows."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet.append(
        [
            "ID",
            "Start time",
            "Completion time",
            "Email",
            "Name",
            "First name",
            "Your family name",
            "Which municipality do you work for?",
        ]
    )
    for n, person in enumerate(PEOPLE, start=1):
        sheet.append(
            [n, START, START, "anonymous", "anonymous", person.name, person.surname, person.ente]
        )
    workbook.save(path)
    return path
