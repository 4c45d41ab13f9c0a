"""A database as years of exchanges leave it: ``python benchmarks/make_large_db.py OUT.sqlite``.

50 practices (the sample's programme, each with its own title and host), 4 sessions each
with a confirmed date (200 in all), 10,000 people from 300 Enti with Italian names, and
their registrations: practice 1, a webinar for the whole region, holds every one of the
10,000 (2,000 seats per session, the rest on the waiting list: the worst roster to open);
the other practices have 25–40 seats per session and 30–50 people each, some waiting.
Sessions already held have most confirmed people marked present.

Written with bulk inserts through the storage models, in one transaction: a tool, not the
clerk's path (which goes through the services one person at a time).
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common  # noqa: F401 - puts the repository on sys.path
from sqlalchemy import delete, insert, update

from exchange_desktop.domain.enums import (
    CandidateStatus,
    Modality,
    RegistrationStatus,
    SchedulingMode,
    SessionStatus,
)
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import open_database
from exchange_desktop.storage.models import (
    AttendanceRow,
    CandidateDateRow,
    OrganisationRow,
    ParticipantRow,
    PracticeRow,
    RegistrationRow,
    SessionRow,
)

PRACTICES = 50
SESSIONS_PER_PRACTICE = 4
PEOPLE = 10_000
ENTI = 300
BIG_PRACTICE_SEATS = 2_000
#: The id of the practice whose roster holds all the people (the first one written).
PRACTICE_ONE = 1

SURNAMES = (
    "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
    "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
    "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra "
    "Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini "
    "Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi "
    "Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani "
    "Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino Fiore "
    "De_Rosa Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini "
    "Milani Pagano Ruggiero Sorrentino D'Amico Orlando Damico Negri Nicolò Ñañez Zanetti"
)
SURNAMES = [s.replace("_", " ") for s in SURNAMES.split()]
NAMES = [
    "Marco",
    "Alessandro",
    "Giuseppe",
    "Flavio",
    "Luca",
    "Giovanni",
    "Roberto",
    "Andrea",
    "Stefano",
    "Angelo",
    "Francesco",
    "Mario",
    "Luigi",
    "Antonio",
    "Paolo",
    "Simone",
    "Davide",
    "Matteo",
    "Federico",
    "Nicola",
    "Lorenzo",
    "Fabio",
    "Emanuele",
    "Anna",
    "Maria",
    "Giulia",
    "Francesca",
    "Chiara",
    "Sara",
    "Laura",
    "Valentina",
    "Alessandra",
    "Elena",
    "Silvia",
    "Paola",
    "Federica",
    "Martina",
    "Giorgia",
    "Roberta",
    "Cristina",
    "Daniela",
    "Barbara",
    "Monica",
    "Elisa",
    "Claudia",
    "Ilaria",
    "Beatrice",
    "Noemi",
    "Ludovica",
    "Niccolò",
    "Nicolò",
    "Gianluca",
    "Pierpaolo",
    "Annamaria",
    "Mariagrazia",
]
COMUNI = (
    "Monza Brescia Bergamo Como Lecco Lodi Cremona Mantova Pavia Sondrio Varese Vigevano "
    "Legnano Busto_Arsizio Gallarate Rho Cinisello_Balsamo Sesto_San_Giovanni Seregno Desio "
    "Lissone Cantù Saronno Abbiategrasso Magenta Crema Treviglio Seriate Dalmine Voghera "
    "Vimercate Agrate_Brianza Arcore Carate_Brianza Giussano Meda Cesano_Maderno Limbiate "
    "Paderno_Dugnano Cologno_Monzese Segrate Pioltello San_Donato_Milanese Rozzano Corsico "
    "Bollate Garbagnate_Milanese Cernusco_sul_Naviglio Melzo Gorgonzola Trezzo_sull'Adda "
    "Chiari Rovato Palazzolo_sull'Oglio Lumezzane Desenzano_del_Garda Salò Darfo_Boario_Terme "
    "Sant'Angelo_Lodigiano Codogno Casalpusterlengo Viadana Suzzara Castiglione_delle_Stiviere"
)
COMUNI = [c.replace("_", " ") for c in COMUNI.split()]
TITLES = (
    "Patti di cittadinanza",
    "Bilancio partecipativo",
    "Sportello unico digitale",
    "Baratto amministrativo",
    "Portierato di quartiere",
    "Orti urbani condivisi",
    "Regolamento beni comuni",
    "Mensa scolastica a km zero",
    "Protocollo informatico unificato",
    "Carta d'identità in un giorno",
)
ROLES = (
    "Istruttore amministrativo",
    "Funzionario",
    "Dirigente",
    "Assessore",
    "Responsabile di servizio",
    "Assistente sociale",
)


def _enti(rng: random.Random) -> list[str]:
    kinds = ("Comune di {c}", "Comune di {c}", "Comune di {c}", "Unione dei Comuni di {c}")
    names: list[str] = []
    for n in range(ENTI):
        place = " ".join(rng.sample(COMUNI, 2)) if n >= len(COMUNI) else COMUNI[n]
        names.append(kinds[n % len(kinds)].format(c=place))
    return names


def build(path: Path, seed: int = 20261125) -> dict[str, int]:
    """Write the database at ``path`` (a new file); return how many rows of each kind."""
    rng = random.Random(seed)
    db = open_database(path)
    try:
        practice_ids = [load_sample(db).id for _n in range(PRACTICES)]
        today = date(2026, 11, 25)
        with db.transaction() as orm:
            orm.execute(delete(SessionRow))
            enti = _enti(rng)
            orm.execute(
                insert(OrganisationRow), [{"id": i + 1, "name": e} for i, e in enumerate(enti)]
            )
            people = []
            for n in range(PEOPLE):
                surname, name = rng.choice(SURNAMES), rng.choice(NAMES)
                ente = rng.randrange(ENTI)
                people.append(
                    {
                        "id": n + 1,
                        "surname": surname,
                        "name": name,
                        "organisation_id": ente + 1,
                        "role": rng.choice(ROLES),
                        "email": f"{name}.{surname}{n}@comune{ente}.it".lower().replace(" ", ""),
                        "phone": f"+39 0{rng.randrange(10, 99)} {rng.randrange(100000, 999999)}",
                        "fiscal_code": "",
                        "privacy_consent": True,
                        "privacy_consent_date": today - timedelta(days=rng.randrange(900)),
                    }
                )
            orm.execute(insert(ParticipantRow), people)
            sessions, candidates = [], []
            session_id = 0
            for p, practice_id in enumerate(practice_ids):
                orm.execute(
                    update(PracticeRow)
                    .where(PracticeRow.id == practice_id)
                    .values(
                        title=f"{TITLES[p % len(TITLES)]} ({2023 + p % 4})",
                        host_comune=f"Comune di {COMUNI[p % len(COMUNI)]}",
                        scheduling_mode=SchedulingMode.SEVERAL,
                    )
                )
                for s in range(SESSIONS_PER_PRACTICE):
                    session_id += 1
                    day = date(2023 + p % 4, 2 + 2 * s, 3 + p % 20)
                    while day.weekday() >= 5:
                        day += timedelta(days=1)
                    big = p == 0
                    sessions.append(
                        {
                            "id": session_id,
                            "practice_id": practice_id,
                            "capacity": BIG_PRACTICE_SEATS if big else rng.randrange(25, 41),
                            "modality": Modality.WEBINAR if big else Modality.IN_PERSON,
                            "venue": "" if big else "Sala consiliare",
                            "status": SessionStatus.HELD
                            if day < today
                            else SessionStatus.CONFIRMED,
                            "_day": day,
                        }
                    )
                    candidates.append(
                        {"session_id": session_id, "day": day, "status": CandidateStatus.CONFIRMED}
                    )
            orm.execute(
                insert(SessionRow), [{k: v for k, v in s.items() if k != "_day"} for s in sessions]
            )
            orm.execute(insert(CandidateDateRow), candidates)
            registrations, attendance = _registrations(rng, sessions)
            orm.execute(insert(RegistrationRow), registrations)
            orm.execute(insert(AttendanceRow), attendance)
        return {
            "practices": PRACTICES,
            "sessions": len(sessions),
            "participants": PEOPLE,
            "registrations": len(registrations),
            "attendance": len(attendance),
        }
    finally:
        db.close()


def _registrations(
    rng: random.Random, sessions: list[dict[str, object]]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Everybody in the big practice; 30–50 random people in each other session."""
    registrations: list[dict[str, object]] = []
    attendance: list[dict[str, object]] = []
    big = [s for s in sessions if s["practice_id"] == sessions[0]["practice_id"]]
    members: dict[int, list[int]] = {int(s["id"]): [] for s in sessions}  # type: ignore[arg-type]
    for person in range(1, PEOPLE + 1):
        members[int(big[person % len(big)]["id"])].append(person)  # type: ignore[arg-type]
    for s in sessions[len(big) :]:
        members[int(s["id"])] = rng.sample(range(1, PEOPLE + 1), rng.randrange(30, 51))  # type: ignore[arg-type]
    for s in sessions:
        day: date = s["_day"]  # type: ignore[assignment]
        start = datetime.combine(day - timedelta(days=60), datetime.min.time())
        taken = 0
        for n, person in enumerate(members[int(s["id"])]):  # type: ignore[arg-type]
            if rng.random() < 0.03:
                status = RegistrationStatus.CANCELLED
            elif taken < int(s["capacity"]):  # type: ignore[arg-type]
                status = RegistrationStatus.CONFIRMED
                taken += 1
            else:
                status = RegistrationStatus.WAITING
            registration_id = len(registrations) + 1
            registrations.append(
                {
                    "id": registration_id,
                    "participant_id": person,
                    "session_id": s["id"],
                    "status": status,
                    "registered_at": start + timedelta(minutes=7 * n),
                }
            )
            if status is RegistrationStatus.CONFIRMED and s["status"] is SessionStatus.HELD:
                attendance.append(
                    {"registration_id": registration_id, "day": day, "present": rng.random() < 0.85}
                )
    return registrations, attendance


def main() -> int:
    if len(sys.argv) != 2:
        print("uso: python benchmarks/make_large_db.py OUT.sqlite", file=sys.stderr)
        return 2
    path = Path(sys.argv[1])
    if path.exists():
        print(f"{path} esiste già: scegliere un file nuovo", file=sys.stderr)
        return 1
    started = time.perf_counter()
    counts = build(path)
    print(
        ", ".join(f"{v} {k}" for k, v in counts.items())
        + f" in {time.perf_counter() - started:.1f} s → {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
