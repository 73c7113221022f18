"""Successions in rows and columns that had no rule (paradigm round 19, own sentences): taking
over the succession ("Die Nachfolge von A übernimmt B"), "tritt in die Fußstapfen von A" with a
post at stake, handing over "das Amt / die Amtsgeschäfte / das Kommando" or passing on the baton
("reicht den Staffelstab an B weiter"), a possessive successor after a clause about the
predecessor whose verb is "hat gehandelt" (acted, not touted), and the appointment a succession
with a post gives. The predecessor is always the one who came first. Look-alikes: a family's
footsteps, a thing handed over, someone else's office, a person touted."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, replacement_rows


@pytest.mark.parametrize(
    ("text", "successor", "predecessor"),
    [
        ("Die Nachfolge von Bodo Kettler übernimmt Ada Quirmbach.", "Ada Quirmbach", "Bodo Kettler"),
        ("Ada Quirmbach übernimmt die Nachfolge von Bodo Kettler.", "Ada Quirmbach", "Bodo Kettler"),
        (
            "Als Trainerin tritt Ada Quirmbach in die Fußstapfen von Bodo Kettler.",
            "Ada Quirmbach",
            "Bodo Kettler",
        ),
        ("Bodo Kettler übergab das Amt an Ada Quirmbach.", "Ada Quirmbach", "Bodo Kettler"),
        ("Bodo Kettler übergab die Amtsgeschäfte an Gerwin Hallstein.", "Gerwin Hallstein", "Bodo Kettler"),
        ("Bodo Kettler reicht den Staffelstab an Ada Quirmbach weiter.", "Ada Quirmbach", "Bodo Kettler"),
        (
            "Minister Bodo Kettler zögerte lange, sein Nachfolger Gerwin Hallstein hat schnell gehandelt.",
            "Gerwin Hallstein",
            "Bodo Kettler",
        ),
    ],
)
def test_successor_and_predecessor_in_order(text: str, successor: str, predecessor: str) -> None:
    assert replacement_rows(text) == [(successor, predecessor)]


@pytest.mark.parametrize(
    ("text", "who", "office", "agent"),
    [
        ("Bodo Kettler gab den Parteivorsitz an Ada Quirmbach ab.", "Ada Quirmbach", "Parteivorsitz", None),
        (
            "Der Vorstand ernannte Gerwin Hallstein zum Nachfolger von Bodo Kettler.",
            "Gerwin Hallstein",
            None,
            "Der Vorstand",
        ),
    ],
)
def test_succession_gives_the_appointment(text: str, who: str, office: str | None, agent: str | None) -> None:
    assert appointment_rows(text) == [(who, agent, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Quirmbach tritt in die Fußstapfen ihres Vaters.",
        "Gerwin Hallstein tritt in die Fußstapfen von Bodo Kettler.",  # no post at stake
        "Gerwin Hallstein reichte das Buch an Ada Quirmbach weiter.",
        "Bodo Kettler übergab das Amt des Kanzlers an Ada Quirmbach.",
        "Gerwin Hallstein wird als Nachfolger von Bodo Kettler gehandelt.",
        "Als Nachfolger von Bodo Kettler hat man Gerwin Hallstein gehandelt.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert replacement_rows(text) == []
