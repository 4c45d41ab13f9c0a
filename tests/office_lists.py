"""Participant lists shaped as Italian offices really send them, written by the tests.

- ``nominativo_xlsx``: a list typed in Excel by the office of another Comune, a title, "N.",
  the whole name in one "Nominativo" column, surname first, some surnames in capitals.
- ``nome_e_cognome_csv``: a Google Forms CSV whose question is "Nome e cognome" (given name
  first), with a consent question and the form's "Informazioni cronologiche", answered out
  of order (the rows sorted by Ente, as the sender did).
- ``ms_forms_full_name_xlsx``: a Microsoft Forms export in English with "Full name",
  "Completion time" and an "I agree" question.
- ``withdrawn_hidden_xlsx`` / ``_xls`` / ``_ods``: a list where the people who withdrew
  are hidden rows (and one filtered out), with a hidden column of internal notes.
- ``libreoffice_contacts_csv``: a list saved by LibreOffice Calc (";" separated) whose phone
  numbers carry ",00", addresses pasted as ``mailto:`` links or in angle brackets, and two
  mistyped mail domains.
"""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

#: (as written in the file, surname, name, Ente, role) — surname first.
NOMINATIVI = [
    ("BIANCHI Luca", "Bianchi", "Luca", "Comune di Desio", "Istruttore amministrativo"),
    ("Di Stefano Anna Rita", "Di Stefano", "Anna Rita", "Comune di Lissone", "Assistente sociale"),
    ("D'Amico Paolo", "D'Amico", "Paolo", "Comune di Seregno", "Funzionario"),
    ("DELLA VALLE Giovanna", "Della Valle", "Giovanna", "Comune di Desio", "Educatrice"),
    ("Lo Presti Carmela", "Lo Presti", "Carmela", "Comune di Cantù", "Istruttore direttivo"),
    ("Fumagalli Maria Teresa", "Fumagalli", "Maria Teresa", "Comune di Lissone", "Funzionario"),
    ("DE LUCA Marco", "De Luca", "Marco", "Comune di Seregno", "Istruttore amministrativo"),
    ("Van Acker Sofie", "Van Acker", "Sofie", "Comune di Cantù", "Tirocinante"),
    ("Colombo Giulia", "Colombo", "Giulia", "Comune di Desio", "Assistente sociale"),
    ("Dal Molin Francesco", "Dal Molin", "Francesco", "Comune di Seregno", "Funzionario"),
    ("RIVA Elisabetta", "Riva", "Elisabetta", "Comune di Lissone", "Educatrice"),
    ("La Rosa Salvatore", "La Rosa", "Salvatore", "Comune di Cantù", "Istruttore direttivo"),
]


def _email(surname: str, name: str) -> str:
    local = f"{name}.{surname}".lower().replace("'", "").replace(" ", "")
    return local + "@comune.example.it"


def nominativo_xlsx(path: Path) -> Path:
    """The Excel list of another Comune: title, blank row, N., Nominativo, Ente, Qualifica…"""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Partecipanti"
    sheet.append(["Scambio buone pratiche – Patti di Cittadinanza – elenco partecipanti"])
    sheet.append([])
    sheet.append(["N.", "Nominativo", "Ente di appartenenza", "Qualifica", "E-mail"])
    for n, (whole, surname, name, ente, role) in enumerate(NOMINATIVI, start=1):
        sheet.append([n, whole, ente, role, _email(surname, name)])
    workbook.save(path)
    return path


#: (as written, surname, name, Ente, consent answer, minutes after the form opened)
NOME_E_COGNOME = [
    ("Anna Rita Di Stefano", "Di Stefano", "Anna Rita", "Comune di Cantù", "Acconsento", 50),
    ("Paolo D'Amico", "D'Amico", "Paolo", "Comune di Cantù", "Non acconsento", 5),
    ("Luca BIANCHI", "Bianchi", "Luca", "Comune di Desio", "Acconsento", 31),
    ("Giulia Colombo", "Colombo", "Giulia", "Comune di Desio", "Acconsento", 2),
    ("Marco De Luca", "De Luca", "Marco", "Comune di Desio", "Acconsento", 45),
    ("Carmela Lo Presti", "Lo Presti", "Carmela", "Comune di Lissone", "Acconsento", 12),
    ("Elisabetta Riva", "Riva", "Elisabetta", "Comune di Lissone", "Acconsento", 61),
    ("Francesco Dal Molin", "Dal Molin", "Francesco", "Comune di Lissone", "Acconsento", 9),
    ("Salvatore La Rosa", "La Rosa", "Salvatore", "Comune di Seregno", "Acconsento", 20),
    ("Giovanna Della Valle", "Della Valle", "Giovanna", "Comune di Seregno", "Acconsento", 3),
    ("Sofie Van Acker", "Van Acker", "Sofie", "Comune di Seregno", "Non acconsento", 70),
    ("Maria Teresa Fumagalli", "Fumagalli", "Maria Teresa", "Comune di Seregno", "Acconsento", 15),
]
FORM_OPENED = datetime(2026, 3, 2, 9, 0, 0)


def nome_e_cognome_csv(path: Path) -> Path:
    """Google Forms' CSV, rows re-sorted by Ente by whoever forwarded it."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(
            [
                "Informazioni cronologiche",
                "Nome e cognome",
                "Ente di appartenenza",
                "Indirizzo email",
                "Acconsento al trattamento dei dati personali ai sensi del Reg. UE 2016/679",
            ]
        )
        for whole, surname, name, ente, consent, minutes in NOME_E_COGNOME:
            when = FORM_OPENED + timedelta(minutes=minutes, seconds=minutes % 7)
            writer.writerow(
                [when.strftime("%d/%m/%Y %H.%M.%S"), whole, ente, _email(surname, name), consent]
            )
    return path


def ms_forms_full_name_xlsx(path: Path) -> Path:
    """Microsoft Forms in English: ID, times, the account, then Full name and the answers."""
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
            "Full name",
            "Organisation",
            "Email address",
            "I agree to the processing of my personal data",
        ]
    )
    answers = ["Yes", "No", "Yes", "I agree"]
    for n, (whole, surname, name, ente, _consent, minutes) in enumerate(NOME_E_COGNOME[:4]):
        done = FORM_OPENED + timedelta(minutes=minutes)
        sheet.append(
            [
                n + 1,
                done - timedelta(minutes=2),
                done,
                "anonymous",
                "anonymous",
                whole,
                ente,
                _email(surname, name),
                answers[n],
            ]
        )
    workbook.save(path)
    return path


#: (surname, name, Ente, hidden) — the hidden ones withdrew (Excel writes the rows an
#: AutoFilter hides the same way, `<row hidden="1">`).
WITHDRAWN = [
    ("Bianchi", "Luca", "Comune di Desio", False),
    ("Colombo", "Giulia", "Comune di Desio", True),
    ("D'Amico", "Paolo", "Comune di Seregno", False),
    ("Fumagalli", "Maria Teresa", "Comune di Lissone", False),
    ("Riva", "Elisabetta", "Comune di Lissone", True),
    ("La Rosa", "Salvatore", "Comune di Cantù", True),
    ("Dal Molin", "Francesco", "Comune di Seregno", False),
]
WITHDRAWN_HEADER = ["Cognome", "Nome", "Ente", "Email", "Note interne"]


def withdrawn_hidden_xlsx(path: Path) -> Path:
    """The header on row 1 with an AutoFilter; the rows of people who withdrew hidden."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Iscritti"
    sheet.append(WITHDRAWN_HEADER)
    for surname, name, ente, hidden in WITHDRAWN:
        note = "ritirato" if hidden else ""
        sheet.append([surname, name, ente, _email(surname, name), note])
        if hidden:
            sheet.row_dimensions[sheet.max_row].hidden = True
    sheet.column_dimensions["E"].hidden = True
    sheet.auto_filter.ref = f"A1:E{sheet.max_row}"
    workbook.save(path)
    return path


def withdrawn_hidden_xls(path: Path) -> Path:
    """The same list kept in an old Excel 97-2003 .xls: hidden rows and a hidden column."""
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("Iscritti")
    for column, title in enumerate(WITHDRAWN_HEADER):
        sheet.write(0, column, title)
    for row, (surname, name, ente, hidden) in enumerate(WITHDRAWN, start=1):
        values = [surname, name, ente, _email(surname, name), "ritirato" if hidden else ""]
        for column, value in enumerate(values):
            sheet.write(row, column, value)
        if hidden:
            sheet.row(row).hidden = True
    sheet.col(4).hidden = True
    workbook.save(str(path))
    return path


def withdrawn_hidden_ods(path: Path) -> Path:
    """The same list saved by LibreOffice Calc: hidden rows are ``table:visibility``."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Iscritti")
    table.addElement(TableColumn(numbercolumnsrepeated=4))
    table.addElement(TableColumn(visibility="collapse"))

    def row(values: list[str], hidden: bool = False) -> TableRow:
        element = TableRow(visibility="collapse") if hidden else TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            element.addElement(cell)
        return element

    table.addElement(row(WITHDRAWN_HEADER))
    for surname, name, ente, hidden in WITHDRAWN:
        note = "ritirato" if hidden else ""
        table.addElement(row([surname, name, ente, _email(surname, name), note], hidden))
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


#: (surname, name, Ente, email as pasted, phone as LibreOffice wrote it)
CONTACTS = [
    (
        "Bianchi",
        "Luca",
        "Comune di Desio",
        "mailto:luca.bianchi@comune.desio.mb.it",
        "3471234567,00",
    ),
    ("Colombo", "Giulia", "Comune di Desio", "<giulia.colombo@comune.desio.mb.it>", "0362 392 1"),
    ("Riva", "Elisabetta", "Comune di Lissone", "elisabetta.riva@gmial.com", "3389876543,00"),
    ("Sala", "Benedetta", "Comune di Seregno", "benedetta.sala@libero.ti", "+393331112223,00"),
    ("Mauri", "Pietro", "Comune di Cantù", "MAILTO:pietro.mauri@comune.cantu.co.it", ""),
]


def libreoffice_contacts_csv(path: Path) -> Path:
    """Saved by LibreOffice as "Testo CSV": ";" separated, numbers with two decimals."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Cognome", "Nome", "Ente", "Email", "Cellulare"])
        for row in CONTACTS:
            writer.writerow(row)
    return path


#: (surname, name, Ente, privacy, photos and videos, contacted again) as answered in a
#: Comune's sign-up form; "" is a question left unanswered, "Forse" an answer that says neither.
OPTIONAL_CONSENTS = [
    ("Colombo", "Giulia", "Comune di Desio", "Acconsento", "Acconsento", "Sì"),
    ("Bianchi", "Luca", "Comune di Desio", "Acconsento", "Non acconsento", "No"),
    ("Di Stefano", "Anna Rita", "Comune di Lissone", "Acconsento", "Acconsento", ""),
    ("Riva", "Elisabetta", "Comune di Lissone", "Acconsento", "Forse", "Sì"),
    ("La Rosa", "Salvatore", "Comune di Seregno", "Non acconsento", "Non acconsento", "No"),
]
PRIVACY_QUESTION = (
    "Acconsento al trattamento dei dati personali ai sensi del Reg. UE 2016/679 "
    "(informativa allegata)"
)
MEDIA_QUESTION = (
    "Acconsento alla pubblicazione di foto/video della giornata in cui compaio sul sito e "
    "sui canali social istituzionali del Comune"
)
CONTACT_QUESTION = "Acconsento a essere ricontattato/a per future iniziative di scambio"


def optional_consents_csv(path: Path) -> Path:
    """Google Forms' CSV of a sign-up form with the privacy question and two optional uses
    (photos and videos of the day, being contacted again), in the order a Comune asks them."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(
            [
                "Informazioni cronologiche",
                "Cognome",
                "Nome",
                "Ente di appartenenza",
                "Indirizzo email",
                PRIVACY_QUESTION,
                MEDIA_QUESTION,
                CONTACT_QUESTION,
            ]
        )
        for n, (surname, name, ente, privacy, media, contact) in enumerate(OPTIONAL_CONSENTS):
            when = FORM_OPENED + timedelta(minutes=3 * n + 1)
            writer.writerow(
                [
                    when.strftime("%d/%m/%Y %H.%M.%S"),
                    surname,
                    name,
                    ente,
                    _email(surname, name),
                    privacy,
                    media,
                    contact,
                ]
            )
    return path
