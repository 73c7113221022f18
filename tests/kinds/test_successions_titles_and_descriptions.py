"""Successions, "Neuer X wird Y" appointments, title offices of the dismissed, accusative descriptions
and singular person titles, on invented sentences of kinds the example corpus lacks."""

from __future__ import annotations

import pytest

from kzgraph.extract.facts import AgentKind
from tests.extract_helpers import context, facts


def replacements(text: str) -> list[tuple[str, str, str | None]]:
    return [(r.successor.label, r.predecessor.label, r.office) for r in facts(text).replacements]


def appointments(text: str) -> list[tuple[str | None, str, str | None]]:
    return [
        (a.agent.label if a.agent else None, a.appointee.label, a.office) for a in facts(text).appointments
    ]


# -- 1. replacement verbs ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Karl Otto folgt damit auf Max Mustermann.",
        "Karl Otto folgte auf Max Mustermann.",
        "Karl Otto folgte Max Mustermann im Amt nach.",
        "Karl Otto ist Max Mustermann im Amt nachgefolgt.",
        "Karl Otto löst Max Mustermann ab.",
        "Karl Otto hat Max Mustermann abgelöst.",
        "Karl Otto tritt die Nachfolge von Max Mustermann an.",
        "Karl Otto wird Nachfolger von Max Mustermann.",
        "Karl Otto ersetzt Max Mustermann.",
    ],
)
def test_replacement_verbs(text: str) -> None:
    assert [(s, p) for s, p, _ in replacements(text)] == [("Karl Otto", "Max Mustermann")]


def test_replacement_by_name_that_ends_like_a_product_cue() -> None:
    # a surname ending in a product cue ("-spiel") does not make the sentence about a product
    assert [s for s, _, _ in replacements("Karl Otto wird Nachfolger von Lena Bergspiel.")] == ["Karl Otto"]


@pytest.mark.parametrize(
    "text",
    [
        "Auf den Winter folgt der Frühling.",
        "Die Regen folgt auf die Hitze.",
        "Die Polizei löste die Demonstration auf.",
        "Karl Otto folgte der Einladung.",
        "Karl Otto folgte Max Mustermann nach Berlin.",
        "Die Firma ersetzt die alten Geräte.",
        "Karl Otto folgte auf Platz zwei.",
        "Karl Otto folgt nicht auf Max Mustermann.",
        "Das Nachfolgemodell von Max Mustermann ersetzt das alte Gerät.",
    ],
)
def test_replacement_look_alikes(text: str) -> None:
    assert replacements(text) == []


# -- 2. "Neuer Finanzminister wird X" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Neuer Finanzminister wird Karl Otto.", "Finanzminister"),
        ("Karl Otto wird neuer Finanzminister.", "Finanzminister"),
        ("Neue Chefin der Behörde wird Erika Mustermann.", "Chefin der Behörde"),
        ("Neuer Innenminister wird der bisherige Staatssekretär im Ministerium, Karl Otto.", "Innenminister"),
    ],
)
def test_becomes_new_office_holder(text: str, office: str) -> None:
    got = appointments(text)
    assert len(got) == 1
    agent, appointee, off = got[0]
    assert agent is None and appointee in ("Karl Otto", "Erika Mustermann") and off == office


@pytest.mark.parametrize(
    "text",
    [
        "Neuer Rekord wird am Sonntag erwartet.",
        "Der neue Finanzminister wird Karl Otto treffen.",
        "Karl Otto wird kein neuer Finanzminister.",
        "Neuer Finanzminister soll Karl Otto werden.",
        "Karl Otto ist Finanzminister.",
    ],
)
def test_becomes_look_alikes(text: str) -> None:
    assert appointments(text) == []


def test_becomes_after_dismissal_from_same_office_is_a_replacement() -> None:
    text = (
        "Die Kanzlerin hat Finanzminister Max Mustermann entlassen. Neuer Finanzminister wird Karl Otto. "
        "Karl Otto folgt damit auf Max Mustermann."
    )
    # the inferred succession and "folgt auf" are one event, told with the office
    assert replacements(text) == [("Karl Otto", "Max Mustermann", "Finanzminister")]


def test_becomes_other_office_is_no_replacement() -> None:
    text = "Die Kanzlerin hat Finanzminister Max Mustermann entlassen. Neuer Innenminister wird Karl Otto."
    assert replacements(text) == []


# -- 3. office of the dismissed from a title; genitive complements of the new office ---------


def test_dismissal_office_from_title_before_name() -> None:
    got = facts("Bundeskanzler Karl Otto hat Finanzminister Max Mustermann entlassen.").dismissals
    assert [(d.agent.label if d.agent else None, d.dismissed.label, d.office) for d in got] == [
        ("Karl Otto", "Max Mustermann", "Finanzminister")
    ]


def test_dismissal_subject_before_auxiliary_is_the_agent() -> None:
    got = facts("Die Regierungschefin hat Innenminister Max Mustermann entlassen.").dismissals
    assert [(d.dismissed.label, d.office) for d in got] == [("Max Mustermann", "Innenminister")]
    assert got[0].agent is not None and got[0].agent.label == "Die Regierungschefin"


def test_dismissal_former_title_is_no_office() -> None:
    got = facts("Karl Otto hat den früheren Innenminister Max Mustermann entlassen.").dismissals
    assert [d.office for d in got] == [None]


def test_headline_and_body_dismissal_merge_with_office() -> None:
    text = "Otto entlässt Mustermann\n\nBundeskanzler Karl Otto hat Finanzminister Max Mustermann entlassen."
    got = facts(text).dismissals
    assert [(d.dismissed.label, d.office) for d in got] == [("Max Mustermann", "Finanzminister")]


def test_appointment_office_keeps_genitive_complement() -> None:
    got = appointments("Die Präsidentin Erika Mustermann ernannte Karl Otto zum Bundesminister der Finanzen.")
    assert got == [("Erika Mustermann", "Karl Otto", "Bundesminister der Finanzen")]


# -- 4. accusative description resolved to the person just introduced ------------------------


def test_accusative_description_resolves_to_previous_sentence_name() -> None:
    text = (
        "Neuer Finanzminister wird der bisherige Staatssekretär im Ministerium, Karl Otto. "
        "Die Präsidentin Erika Mustermann ernannte den SPD-Politiker zum Bundesminister der Finanzen."
    )
    assert ("Erika Mustermann", "Karl Otto", "Bundesminister der Finanzen") in appointments(text)


def test_title_apposition_is_no_description_of_an_earlier_person() -> None:
    ctx = context("Max Mustermann trat zurück. Neuer Chef wird der bisherige Sprecher im Amt, Karl Otto.")
    assert [ctx.doc[m.start : m.end].text for m in ctx.mentions if m.kind == "description"] == []


# -- 5. singular person titles are persons, not groups ------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("Der Minister trat zurück.", 0, 2, AgentKind.PERSON),
        ("Sie entließ einen Minister.", 2, 4, AgentKind.PERSON),
        ("Die Minister traten zurück.", 0, 2, AgentKind.GROUP),
        ("Das Treffen der Minister begann.", 2, 4, AgentKind.GROUP),
    ],
)
def test_singular_title_is_person(text: str, start: int, end: int, kind: AgentKind) -> None:
    ctx = context(text)
    agent = ctx.agent_for(ctx.doc[start:end])
    assert agent is not None and agent.kind == kind


def test_double_first_name_read_as_adjective_is_still_a_name() -> None:
    # the tagger reads "-Walter" as an adjective ending; the person and the agent stay found
    f = facts("Bundespräsident Hans-Walter Mustermann ernannte Erika Beispiel zur Finanzministerin.")
    assert [a.agent.name for a in f.appointments if a.agent] == ["Hans-Walter Mustermann"]


def test_name_after_title_stops_at_inflected_common_noun() -> None:
    text = "«Zu oft hat Bundesminister Mustermann Gesetze blockiert», sagte Kanzler Karl Otto."
    names = {p.name for p in context(text).persons}
    assert "Mustermann Gesetze" not in names
    assert "Mustermann" in names


def test_new_office_holder_label_drops_neu() -> None:
    f = facts("Neuer Finanzminister wird der bisherige Staatssekretär Max Mustermann.")
    assert [a.office for a in f.appointments] == ["Finanzminister"]
