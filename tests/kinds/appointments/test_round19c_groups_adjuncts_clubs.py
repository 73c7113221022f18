"""Round 19c of the appointment paradigm: a plural body of members as the appointer ("wählten
die Mitglieder X zur Obfrau"), a taking of office told in an adjunct ("nach ihrem Amtsantritt
als Landrätin"), and a club or company that "holt" a person as the holder of a post; each with
look-alikes that give no appointment."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows

_GROUPS = ["die Mitglieder", "die Gesellschafter", "die Gemeinderäte", "die Kreisräte"]
_VERBS = [("wählten", "zur Obfrau", "Obfrau"), ("bestellten", "zur Geschäftsführerin", "Geschäftsführerin")]


@pytest.mark.parametrize("group", _GROUPS)
@pytest.mark.parametrize(("verb", "post", "office"), _VERBS)
def test_plural_members_appoint(group: str, verb: str, post: str, office: str) -> None:
    rows = appointment_rows(f"Am Dienstag {verb} {group} Henrike Sandmeier {post}.")
    assert rows == [("Henrike Sandmeier", group, office)]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Arnulf Kettling wurde von den Mitgliedern zum Obmann gewählt.", "den Mitgliedern"),
        ("Die Gesellschafter haben Arnulf Kettling zum Geschäftsführer bestellt.", "Die Gesellschafter"),
    ],
)
def test_plural_members_appoint_other_orders(text: str, agent: str) -> None:
    assert [(w, by) for w, by, _ in appointment_rows(text)] == [("Arnulf Kettling", agent)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Mitglieder kritisierten Henrike Sandmeier scharf.",
        "Die Gesellschafter stimmten gegen Arnulf Kettling.",
        "Die Mitglieder bestimmten Arnulf Kettling zum Spitzenkandidaten.",
    ],
)
def test_members_without_appointment(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize("adjunct", ["Nach seinem", "Seit seinem", "Kurz nach seinem"])
@pytest.mark.parametrize(("noun", "post"), [("Amtsantritt", "Landrat"), ("Dienstantritt", "Polizeichef")])
def test_taking_office_in_an_adjunct(adjunct: str, noun: str, post: str) -> None:
    rows = appointment_rows(f"{adjunct} {noun} als {post} hat Arnulf Kettling vieles geändert.")
    assert rows == [("Arnulf Kettling", None, post)]


def test_taking_office_noun_with_von_holder() -> None:
    rows = appointment_rows("Seit dem Amtsantritt von Henrike Sandmeier als Intendantin ist das Haus voll.")
    assert rows == [("Henrike Sandmeier", None, "Intendantin")]


@pytest.mark.parametrize(
    "text",
    [
        "Vor seinem Amtsantritt als Landrat war Arnulf Kettling Lehrer.",
        "Der Amtsantritt von Arnulf Kettling als Präsident ist für Mai geplant.",
        "Nach seinem Amtsantritt hat Arnulf Kettling vieles geändert.",
    ],
)
def test_taking_office_noun_without_done_post(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize("subject", ["Der Verein", "Der SV Moorbach", "Der Konzern"])
@pytest.mark.parametrize(
    ("clause", "office"),
    [("holt Henrike Sandmeier als Sportdirektorin", "Sportdirektorin"),
     ("hat Henrike Sandmeier als Cheftrainerin geholt", "Cheftrainerin")],
)
def test_club_fetches_holder_of_post(subject: str, clause: str, office: str) -> None:
    rows = appointment_rows(f"{subject} {clause}.")
    assert [(w, o) for w, _, o in rows] == [("Henrike Sandmeier", office)]
    assert rows[0][1] is not None and rows[0][1].lower().endswith(subject.split()[-1].lower())


@pytest.mark.parametrize(
    "text",
    [
        "Der SV Moorbach holt den Pokal.",
        "Der Verein holt Arnulf Kettling vom FC Lindenau.",
        "Der Verein holt Arnulf Kettling als Ersatz für den verletzten Torwart.",
        "Arnulf Kettling verpflichtet sich zur Zahlung von tausend Euro.",
        "Der Verein hat den Stürmer Arnulf Kettling verpflichtet.",
        "Arnulf Kettling holte den Titel als Weltmeister.",
    ],
)
def test_fetching_without_post_is_none(text: str) -> None:
    assert appointment_rows(text) == []
