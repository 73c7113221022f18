"""Dismissals as real news tell them (issue 24, second wave): made to vacate a post ("muss seinen
Posten räumen", also verb-final after "dass" and for a "sowohl … als auch" pair), a club's object
right after the club's name ("stellte der FC Hausen Paul Wendler frei", which the NER reads as one
organisation), and a body named by the one who leads it ("entmachtete die Regierung um
Präsidentin X"). Look-alikes: vacating of one's own accord (a resignation), a flat vacated, a time
after "um", a club with no person after it."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows, facts, nlp


def _dismissed(text: str) -> list[tuple[str, str | None]]:
    return [(who, office) for who, _, office in dismissal_rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stadtkämmerer Bernd Oltmann muss seinen Posten räumen.", [("Bernd Oltmann", "Stadtkämmerer")]),
        (
            "Nach dem Finanzloch musste Kämmerin Ilse Vogtland ihren Stuhl räumen.",
            [("Ilse Vogtland", "Kämmerin")],
        ),
        (
            "Die Senatorin kündigte an, dass Amtsleiter Bernd Oltmann seinen Posten räumen muss.",
            [("Bernd Oltmann", "Amtsleiter")],
        ),
        (
            "Der Senat erklärte, dass sowohl Amtsleiter Bernd Oltmann als auch Kämmerin Ilse Vogtland "
            "ihre Posten räumen müssen.",
            [("Bernd Oltmann", "Amtsleiter"), ("Ilse Vogtland", "Kämmerin")],
        ),
    ],
)
def test_made_to_vacate_a_post_is_a_dismissal(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dismissed(text) == expected
    assert facts(text).resignations == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Stadtkämmerer Bernd Oltmann räumte seinen Posten.", "Bernd Oltmann"),
        ("Kämmerin Ilse Vogtland räumt nach zwölf Jahren ihren Posten.", "Ilse Vogtland"),
    ],
)
def test_vacating_of_ones_own_accord_stays_a_resignation(text: str, who: str) -> None:
    assert _dismissed(text) == []
    assert [r.resigned.label for r in facts(text).resignations] == [who]


def test_a_wish_to_vacate_is_no_dismissal() -> None:
    assert _dismissed("Amtsleiter Bernd Oltmann will seinen Posten räumen.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Mieter müssen bis Freitag die Wohnung räumen.",
        "Die Demonstranten mussten den Platz vor dem Rathaus räumen.",
    ],
)
def test_a_place_vacated_is_no_dismissal(text: str) -> None:
    assert dismissal_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag stellte der FC Hausen Paul Wendler frei.",
        "Schon am Dienstag entließ der VfL Neustadt Paul Wendler und holte einen Nachfolger.",
    ],
)
def test_the_clubs_object_right_after_its_name(text: str) -> None:
    assert [who for who, _, _ in dismissal_rows(text)] == ["Paul Wendler"]


def test_a_club_name_with_no_person_after_it_stays_whole() -> None:
    doc = nlp()("Am Montag gewann der FC Hausen gegen den VfL Neustadt.")
    assert not any(e.label_ == "PER" for e in doc.ents)
    assert dismissal_rows("Am Montag gewann der FC Hausen gegen den VfL Neustadt.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Militär hat die Regierung um Präsidentin Eva Lorant entmachtet.",
            [("Eva Lorant", "Präsidentin")],
        ),
        (
            "In Kordanien entmachteten Offiziere die zivile Führung um Regierungschef Timo Aalberg.",
            [("Timo Aalberg", "Regierungschef")],
        ),
    ],
)
def test_a_body_named_by_its_leader_stands_for_the_leader(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dismissed(text) == expected


def test_a_time_after_um_is_no_leader() -> None:
    assert _dismissed("Die Armee entmachtete die Regierung um zwölf Uhr.") == [("die Regierung", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Nach drei Spielen musste Paul Wendler seinen Hut beim FC Hausen nehmen.",
        "Schon im Oktober musste Trainer Paul Wendler seinen Hut in Hausen nehmen.",
    ],
)
def test_made_to_take_ones_hat_with_a_phrase_in_between(text: str) -> None:
    assert [who for who, _, _ in dismissal_rows(text)] == ["Paul Wendler"]


@pytest.mark.parametrize(
    "text",
    [
        "Paul Wendler musste das Angebot beim FC Hausen nehmen.",
        "Paul Wendler muss seinen Hut vom Haken nehmen.",
        "Paul Wendler muss seine Tabletten nehmen.",
    ],
)
def test_other_things_taken_are_no_dismissal(text: str) -> None:
    assert dismissal_rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Runde hatte kaum begonnen, da musste Paul Wendler seinen Hut beim SV Lindental nehmen.",
            [("Paul Wendler", None)],
        ),
        ("Die Runde war kaum eröffnet, da musste Trainer Paul Wendler gehen.", [("Paul Wendler", "Trainer")]),
    ],
)
def test_made_to_go_in_a_clause_opened_by_da(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dismissed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Das Spiel war kaum vorbei, da musste Paul Wendler zum Arzt gehen.",
        "Die Saison war jung, da musste Paul Wendler die Wohnung räumen.",
    ],
)
def test_made_to_go_elsewhere_in_a_clause_opened_by_da_is_none(text: str) -> None:
    assert dismissal_rows(text) == []
