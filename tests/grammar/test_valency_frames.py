"""The valency frame of an event verb (kzgraph.extract.grammar.frames): voice, the persons of the
subject and object slots (reached through an apposition and a list), the von/durch agent and the
post of an als/zu phrase, and whether a slot is grammatically clear. No fact type is involved."""

from __future__ import annotations

import pytest

from kzgraph.extract.grammar.frames import ACTIVE, PARTICIPLE, PASSIVE, STATIVE, Frame, read_frame
from kzgraph.extract.grammar.triggers import find_triggers
from tests.extract_helpers import context


def _frame(text: str, section: str = "dismissal") -> Frame:
    ctx = context(text)
    sent = ctx.sentences[0]
    trig = find_triggers(ctx, sent, section)[0]
    return read_frame(ctx, sent, trig.i, trig.passive)


def _names(agents: tuple) -> list[str]:
    return [a.name or a.label for a in agents]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Der Vorstand entließ den Kämmerer Jorik Vellmann.", ACTIVE),
        ("Jorik Vellmann wurde am Montag entlassen.", PASSIVE),
        ("Jorik Vellmann ist am Montag entlassen worden.", PASSIVE),
        ("Der Kämmerer Jorik Vellmann ist abgesetzt.", STATIVE),
        ("Kämmerer Jorik Vellmann entlassen", PARTICIPLE),
    ],
)
def test_voice(text: str, voice: str) -> None:
    assert _frame(text).voice == voice


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a list with a title phrase holding a preposition before each name
        (
            "Auch der Minister für Verkehr Jorik Vellmann und die Ministerin für Bildung "
            "Tamara Quensel wurden entlassen.",
            ["Jorik Vellmann", "Tamara Quensel"],
        ),
        # an apposition first, then a titled name
        (
            "Der Vorsitzende der Partei Grünfeld, Jorik Vellmann, und die frühere Bürgermeisterin "
            "Tamara Quensel wurden am Montag abgesetzt.",
            ["Jorik Vellmann", "Tamara Quensel"],
        ),
        # a verb closing its clause after an apposition
        ("Am Montag wurde Jorik Vellmann, der frühere Referent der Behörde, entlassen.", ["Jorik Vellmann"]),
    ],
)
def test_passive_subject_reached_through_lists_and_appositions(text: str, subject: list[str]) -> None:
    frame = _frame(text)
    assert _names(frame.subject) == subject
    assert frame.clear("subject")


def test_active_object_and_office_phrase() -> None:
    frame = _frame("Der Stadtrat hat Jorik Vellmann am Montag zum Kämmerer ernannt.", "appointment")
    assert (frame.voice, _names(frame.object), frame.office) == (ACTIVE, ["Jorik Vellmann"], "Kämmerer")
    assert frame.clear("object")


def test_als_phrase_is_the_office() -> None:
    frame = _frame("Als neuer Kämmerer wurde Jorik Vellmann, der frühere Referent, ernannt.", "appointment")
    assert (_names(frame.subject), frame.office) == (["Jorik Vellmann"], "Kämmerer")


def test_a_name_in_a_prepositional_phrase_is_no_candidate() -> None:
    frame = _frame("Jorik Vellmann wurde nach einem Treffen mit Tamara Quensel entlassen.")
    assert _names(frame.subject) == ["Jorik Vellmann"]
    assert frame.clear("subject")


def test_a_name_in_a_time_adjunct_fills_no_slot() -> None:
    frame = _frame("Während des Besuchs von Jorik Vellmann wurden zwei Beamte entlassen.")
    assert "Jorik Vellmann" not in _names(frame.subject)


@pytest.mark.parametrize(
    ("text", "passive"),
    [
        # a sein-form before a colon is no passive auxiliary of the participle after it
        ("Die Lage ist klar: Der Vorstand hat Jorik Vellmann entlassen.", False),
        ("Die Umbildung ist vollzogen: Der Präsident hat Jorik Vellmann zum Kämmerer ernannt.", False),
        ("Die Lage ist klar: Jorik Vellmann wurde entlassen.", True),
        ("Die Lage war ernst; Jorik Vellmann ist entlassen worden.", True),
    ],
)
def test_passive_read_within_the_main_clause_after_a_colon(text: str, passive: bool) -> None:
    ctx = context(text)
    sent = ctx.sentences[0]
    trig = next(t for sec in ("dismissal", "appointment") for t in find_triggers(ctx, sent, sec))
    assert trig.passive is passive


def test_appointer_after_a_colon_is_the_agent() -> None:
    from tests.extract_helpers import appointment_rows

    rows = appointment_rows(
        "Die Umbildung ist vollzogen: Der Präsident hat Jorik Vellmann zum Kämmerer ernannt."
    )
    assert ("Jorik Vellmann", "Der Präsident", "Kämmerer") in rows


def test_a_post_of_another_conjunct_is_not_the_verbs() -> None:
    frame = _frame("Der Präsident hat Jorik Vellmann entlassen und Tamara Quensel zur Kämmerin ernannt.")
    assert (_names(frame.object), frame.office) == (["Jorik Vellmann"], None)


def test_a_post_before_the_auxiliary_is_the_verbs() -> None:
    frame = _frame("Zum Kämmerer wurde am Montag Jorik Vellmann ernannt.", "appointment")
    assert frame.office == "Kämmerer"
