"""Domain rules: plain Python, no database, no Qt."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchange_desktop.domain import practice as practice_rules
from exchange_desktop.domain import programme, roster, scheduling
from exchange_desktop.domain.enums import (
    AvailabilityAnswer,
    CandidateStatus,
    ItemKind,
    Modality,
    RegistrationStatus,
    SchedulingMode,
    SessionStatus,
)
from exchange_desktop.domain.errors import DomainError, ValidationError
from exchange_desktop.domain.practice import Practice, clean_profiles, copy_title
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.roster import Registration
from exchange_desktop.domain.scheduling import Availability, CandidateDate, Session
from exchange_desktop.domain.validation import SHORT_TEXT_MAX, normalize_email
from exchange_desktop.i18n import Message

# The autouse data-folder fixture is function-scoped; it does not matter between examples.
property_settings = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def errors_of(**fields: object) -> dict[str, Message]:
    return practice_rules.validation_errors(Practice(**{"title": "Patti", **fields}))


# --- practice validation ---------------------------------------------------------------


def test_minimal_practice_with_title_is_valid() -> None:
    assert errors_of() == {}
    assert errors_of(contact_name="\u200fعلي") == {}  # a right-to-left mark is legitimate
    practice_rules.validate(Practice(title="Patti di Cittadinanza"))


@pytest.mark.parametrize("title", ["", " ", "   \t  ", "\n", "\u00a0"])
def test_title_is_required_and_whitespace_does_not_count(title: str) -> None:
    errors = errors_of(title=title)
    assert set(errors) == {"title"}
    assert str(errors["title"]) == "Campo obbligatorio."


def test_validate_raises_validation_error_naming_the_fields() -> None:
    with pytest.raises(ValidationError) as caught:
        practice_rules.validate(Practice(title="", max_participants=0))
    assert set(caught.value.errors) == {"title", "max_participants"}
    assert isinstance(caught.value, DomainError)
    assert str(caught.value) == str(caught.value.message)


@pytest.mark.parametrize("value", [1, 2, 10, 998, 999])
def test_max_participants_accepts_1_to_999(value: int) -> None:
    assert errors_of(max_participants=value) == {}


@pytest.mark.parametrize("value", [0, -1, 1000, 10_000, True, False, 10.0, "10", None])
def test_max_participants_refuses_out_of_range_bool_and_non_int(value: object) -> None:
    errors = errors_of(max_participants=value)
    assert set(errors) == {"max_participants"}
    assert str(errors["max_participants"]) == "Inserire un numero intero da 1 a 999."


@pytest.mark.parametrize(
    ("value", "valid"),
    [(1, True), (2, True), (30, True), (0, False), (-3, False), (True, False), (1.5, False)],
)
def test_duration_days_must_be_a_whole_number_from_one(value: object, valid: bool) -> None:
    assert (errors_of(duration_days=value) == {}) is valid


@pytest.mark.parametrize(
    "email", ["", "  ", "mario.rossi@comune.monza.it", "a@b.it", "  ufficio@comune.it  "]
)
def test_valid_or_empty_email_is_accepted(email: str) -> None:
    assert errors_of(contact_email=email) == {}


@pytest.mark.parametrize(
    "email",
    [
        "mario",
        "mario@",
        "@comune.it",
        "mario@comune",
        "mario rossi@comune.it",
        "mario@@comune.it",
        "mario@comune.i",
        "x" * 250 + "@comune.it",
    ],
)
def test_malformed_email_is_refused(email: str) -> None:
    assert set(errors_of(contact_email=email)) == {"contact_email"}


@pytest.mark.parametrize("field", ["title", "host_comune", "office", "contact_name"])
@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\n", "\t", "\r", "\u2028"])
def test_control_characters_are_refused_in_one_line_fields(field: str, char: str) -> None:
    errors = errors_of(**{field: f"Comune{char}di Monza"})
    assert set(errors) == {field}
    assert "caratteri di controllo" in str(errors[field])


@pytest.mark.parametrize("field", ["description", "aim", "transfer_notes", "dates_note"])
def test_multiline_fields_allow_newlines_and_tabs_but_not_nul(field: str) -> None:
    assert errors_of(**{field: "riga uno\n\triga due\n"}) == {}
    assert set(errors_of(**{field: "riga\x00uno"})) == {field}


@pytest.mark.parametrize("field", ["title", "host_comune", "sector", "office", "contact_phone"])
def test_ten_thousand_characters_are_refused_in_short_fields(field: str) -> None:
    errors = errors_of(**{field: "a" * 10_000})
    assert set(errors) == {field}
    assert str(errors[field]) == f"Testo troppo lungo: al massimo {SHORT_TEXT_MAX} caratteri."


def test_short_field_limit_is_inclusive() -> None:
    assert errors_of(title="a" * SHORT_TEXT_MAX) == {}
    assert set(errors_of(title="a" * (SHORT_TEXT_MAX + 1))) == {"title"}
    assert errors_of(description="a" * 10_000) == {}  # long texts have a higher limit


def test_profiles_are_checked_one_by_one_and_counted() -> None:
    assert set(errors_of(profiles=["ok", "x" * 301])) == {"profiles"}
    assert set(errors_of(profiles=[f"p{i}" for i in range(21)])) == {"profiles"}
    assert errors_of(profiles=[f"p{i}" for i in range(20)]) == {}


def test_with_changes_refuses_unknown_or_identity_fields() -> None:
    original = Practice(id=4, title="Patti")
    changed = practice_rules.with_changes(original, title="Nuovo")
    assert (changed.title, changed.id, original.title) == ("Nuovo", 4, "Patti")
    with pytest.raises(KeyError):
        practice_rules.with_changes(original, id=5)


@given(st.text(max_size=400))
@property_settings
def test_any_title_either_validates_or_yields_a_message(title: str) -> None:
    errors = practice_rules.validation_errors(Practice(title=title))
    assert set(errors) <= {"title"}
    if errors:
        assert isinstance(errors["title"], Message)
        assert str(errors["title"])
    else:
        assert title.strip()
        assert len(title) <= SHORT_TEXT_MAX


@given(st.text(max_size=300), st.text(max_size=300), st.integers() | st.booleans())
@property_settings
def test_validation_never_raises_anything_but_validation_error(
    email: str, office: str, participants: object
) -> None:
    practice = Practice(
        title="Patti", contact_email=email, office=office, max_participants=participants
    )
    try:
        practice_rules.validate(practice)
    except ValidationError as error:
        assert error.errors
        assert all(str(message) for message in error.errors.values())


# --- profiles and duplicate titles ------------------------------------------------------


def test_clean_profiles_trims_folds_spaces_and_drops_repeats_keeping_order() -> None:
    lines = ["  Personale  amministrativo ", "", "   ", "Progettista", "PERSONALE AMMINISTRATIVO"]
    assert clean_profiles(lines) == ["Personale amministrativo", "Progettista"]


def test_copy_title_appends_copia() -> None:
    assert copy_title("Patti di Cittadinanza") == "Patti di Cittadinanza (copia)"


@given(st.text(max_size=SHORT_TEXT_MAX))
@property_settings
def test_copy_title_never_exceeds_the_short_text_limit(title: str) -> None:
    copied = copy_title(title)
    assert len(copied) <= SHORT_TEXT_MAX
    assert copied.endswith(" (copia)")


# --- programme ---------------------------------------------------------------------------


def item(kind: ItemKind = ItemKind.TOPIC, start: str | None = None, end: str | None = None):
    return ProgrammeItem(
        kind=kind,
        title="Voce",
        start_time=time.fromisoformat(start) if start else None,
        end_time=time.fromisoformat(end) if end else None,
    )


def test_item_numbers_count_topics_and_leave_breaks_unnumbered() -> None:
    items = [item(), item(), item(ItemKind.BREAK), item(), item(ItemKind.BREAK), item()]
    assert programme.item_numbers(items) == [1, 2, None, 3, None, 4]
    assert programme.item_numbers([]) == []


def test_programme_item_needs_title_and_both_times_in_order() -> None:
    assert programme.validation_errors(item(start="09:00", end="10:00")) == {}
    assert set(programme.validation_errors(ProgrammeItem(title=" "))) == {"title"}
    assert set(programme.validation_errors(item(start="09:00"))) == {"end_time"}
    assert set(programme.validation_errors(item(start="10:00", end="10:00"))) == {"end_time"}
    with pytest.raises(ValidationError):
        programme.validate(item(start="11:00", end="10:00"))


def test_overlapping_pairs_reports_list_indices_and_ignores_touching_items() -> None:
    items = [
        item(start="09:00", end="10:00"),
        item(start="10:00", end="11:00"),  # touches the first: no overlap
        item(),  # untimed
        item(start="10:30", end="12:00"),
        item(start="08:00", end="13:00"),
    ]
    assert programme.overlapping_pairs(items) == [(0, 4), (1, 3), (1, 4), (3, 4)]
    assert programme.overlapping_pairs(items[:2]) == []


def test_gaps_are_found_in_time_order_whatever_the_list_order() -> None:
    items = [
        item(start="14:00", end="15:00"),
        item(start="09:00", end="10:00"),
        item(ItemKind.BREAK, "10:00", "10:15"),
        item(start="11:00", end="13:00"),
        item(start="11:30", end="12:00"),  # inside the previous one
    ]
    assert programme.gaps(items) == [
        (time(10, 15), time(11, 0)),
        (time(13, 0), time(14, 0)),
    ]
    assert programme.gaps([item(), item()]) == []


def test_total_minutes_spans_first_start_to_last_end() -> None:
    items = [item(start="09:00", end="13:00"), item(), item(start="14:00", end="15:30")]
    assert programme.total_minutes(items) == 390
    assert programme.format_duration(programme.total_minutes(items)) == "6 h 30 min"
    assert programme.total_minutes([item()]) == 0


@pytest.mark.parametrize(
    ("minutes", "text"), [(390, "6 h 30 min"), (45, "45 min"), (120, "2 h"), (0, "0 min")]
)
def test_format_duration_reads_in_italian(minutes: int, text: str) -> None:
    assert programme.format_duration(minutes) == text


# --- scheduling ---------------------------------------------------------------------------

APRIL_20, APRIL_27 = date(2026, 4, 20), date(2026, 4, 27)


def test_alternative_dates_make_one_session_with_two_candidates() -> None:
    sessions = scheduling.sessions_for_dates(
        SchedulingMode.ALTERNATIVE, [APRIL_27, APRIL_20], 10, Modality.IN_PERSON
    )
    assert len(sessions) == 1
    assert [c.day for c in sessions[0].candidate_dates] == [APRIL_20, APRIL_27]
    assert sessions[0].capacity == 10
    assert sessions[0].status is SessionStatus.PROPOSED
    assert sessions[0].confirmed_day is None


def test_several_dates_make_one_session_per_date() -> None:
    sessions = scheduling.sessions_for_dates(
        SchedulingMode.SEVERAL, [APRIL_27, APRIL_20, APRIL_20], 8, Modality.WEBINAR
    )
    assert [[c.day for c in s.candidate_dates] for s in sessions] == [[APRIL_20], [APRIL_27]]
    assert all(s.capacity == 8 and s.modality is Modality.WEBINAR for s in sessions)


def test_confirm_date_confirms_one_and_discards_the_others() -> None:
    (session,) = scheduling.sessions_for_dates(
        SchedulingMode.ALTERNATIVE, [APRIL_20, APRIL_27], 10, Modality.IN_PERSON
    )
    scheduling.confirm_date(session, APRIL_27)
    statuses = {c.day: c.status for c in session.candidate_dates}
    assert statuses == {APRIL_20: CandidateStatus.DISCARDED, APRIL_27: CandidateStatus.CONFIRMED}
    assert session.status is SessionStatus.CONFIRMED
    assert session.confirmed_day == APRIL_27
    assert session.open_days == [APRIL_27]


def test_confirm_date_refuses_a_day_that_was_not_proposed() -> None:
    session = Session(candidate_dates=[CandidateDate(day=APRIL_20)])
    with pytest.raises(DomainError) as caught:
        scheduling.confirm_date(session, date(2026, 5, 4))
    assert "2026-05-04" in str(caught.value)
    assert session.candidate_dates[0].status is CandidateStatus.CANDIDATE
    assert session.status is SessionStatus.PROPOSED


def test_best_candidate_prefers_yes_then_maybe_then_the_earliest_listed() -> None:
    yes, maybe, no = AvailabilityAnswer.YES, AvailabilityAnswer.MAYBE, AvailabilityAnswer.NO
    answers = [Availability(1, 10, maybe), Availability(2, 10, maybe), Availability(1, 11, yes)]
    assert scheduling.best_candidate([10, 11], answers) == 11
    answers_tie = [Availability(1, 10, yes), Availability(2, 11, yes), Availability(3, 11, maybe)]
    assert scheduling.best_candidate([10, 11], answers_tie) == 11
    both = [Availability(1, 10, yes), Availability(2, 11, yes)]
    assert scheduling.best_candidate([11, 10], both) == 11
    assert scheduling.best_candidate([10, 11], both) == 10
    assert scheduling.best_candidate([10], [Availability(1, 10, no)]) is None  # nobody can
    assert scheduling.best_candidate([], answers) is None


def test_session_capacity_and_times_are_validated() -> None:
    assert scheduling.validation_errors(Session()) == {}
    assert set(scheduling.validation_errors(Session(capacity=0))) == {"capacity"}
    late = Session(start_time=time(17), end_time=time(9))
    assert set(scheduling.validation_errors(late)) == {"end_time"}


# --- roster ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("confirmed", "capacity", "expected"),
    [
        (0, 10, RegistrationStatus.CONFIRMED),
        (9, 10, RegistrationStatus.CONFIRMED),
        (10, 10, RegistrationStatus.WAITING),
        (11, 10, RegistrationStatus.WAITING),
    ],
)
def test_new_registration_takes_a_seat_while_one_is_free(
    confirmed: int, capacity: int, expected: RegistrationStatus
) -> None:
    assert roster.status_for_new_registration(confirmed, capacity) is expected


def registration(
    reg_id: int, status: RegistrationStatus, minute: int | None = None
) -> Registration:
    at = datetime(2026, 4, 1, 9, minute) if minute is not None else None
    return Registration(id=reg_id, status=status, registered_at=at)


def test_waiting_list_is_first_registered_first_with_id_breaking_ties() -> None:
    waiting, confirmed = RegistrationStatus.WAITING, RegistrationStatus.CONFIRMED
    registrations = [
        registration(5, waiting, 30),
        registration(2, confirmed, 0),
        registration(4, waiting, 10),
        registration(3, waiting, 10),
        registration(6, waiting, None),  # unknown time: last
        registration(7, RegistrationStatus.CANCELLED, 1),
    ]
    assert [r.id for r in roster.waiting_list(registrations)] == [3, 4, 5, 6]


def test_to_promote_fills_only_the_free_seats() -> None:
    waiting, confirmed = RegistrationStatus.WAITING, RegistrationStatus.CONFIRMED
    registrations = [
        registration(1, confirmed, 0),
        registration(2, confirmed, 1),
        registration(3, waiting, 5),
        registration(4, waiting, 3),
        registration(5, waiting, 4),
    ]
    assert [r.id for r in roster.to_promote(registrations, capacity=4)] == [4, 5]
    assert roster.to_promote(registrations, capacity=2) == []
    assert roster.to_promote(registrations, capacity=1) == []  # over capacity: nobody


def test_participant_and_organisation_need_names_and_valid_emails() -> None:
    assert roster.participant_errors(roster.Participant(surname="Rossi", name="Anna")) == {}
    bad = roster.Participant(surname=" ", name="Anna", email="anna@")
    assert set(roster.participant_errors(bad)) == {"surname", "email"}
    organisation = roster.Organisation(name="Comune di Lecco", pec="protocollo@pec")
    assert set(roster.organisation_errors(organisation)) == {"pec"}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (" anna.rossi@comune.it ", "anna.rossi@comune.it"),
        ("anna.rossi@comune.it,", "anna.rossi@comune.it"),
        ("anna.rossi@comune.it; ", "anna.rossi@comune.it"),
        ("anna.rossi@comune.it ;", "anna.rossi@comune.it"),
        ("anna.rossi@comune.it,,", "anna.rossi@comune.it,"),  # one separator only
        ("", ""),
    ],
)
def test_emails_lose_surrounding_spaces_and_one_trailing_separator(typed: str, stored: str) -> None:
    assert normalize_email(typed) == stored
    expected = {"contact_email"} if stored.endswith(",") else set()
    assert set(errors_of(contact_email=typed)) == expected


@pytest.mark.parametrize(
    "email",
    ["a..b@x.it", ".a@x.it", "<a>@x.it", "a@-x.it", "a@x_y.it", "a,b@x.it", "a@x.it,;", "a@x.test"],
)
def test_the_library_refuses_what_the_old_pattern_let_through(email: str) -> None:
    assert set(errors_of(contact_email=email)) == {"contact_email"}


def test_accented_addresses_are_valid() -> None:
    assert errors_of(contact_email="nicolò@comune.forlì.it") == {}
