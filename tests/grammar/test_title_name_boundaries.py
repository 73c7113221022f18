"""Where a person's name begins and ends after a title or role noun.

An inverted title subject right before the object's name ("entließ der Präsident X Y"), a
surname that is also a title after a role noun ("Trainer Richter"), and a surname that is a
common noun after a first name the NER opens ("Paul Kern"); with look-alikes."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, arrests, context, dismissal_rows

_SUBJECTS = ["der Präsident", "die Kanzlerin", "der Bürgermeister", "der Regierungschef"]
_OBJECTS = ["Jonas Brettschneider", "Marlene Aufderheide"]


@pytest.mark.parametrize("subject", _SUBJECTS)
@pytest.mark.parametrize("name", _OBJECTS)
def test_inverted_title_subject_then_the_dismissed_name(subject: str, name: str) -> None:
    rows = dismissal_rows(f"Am Dienstag entließ {subject} {name}.")
    assert [(r[0], r[1]) for r in rows] == [(name, subject)]


@pytest.mark.parametrize("subject", _SUBJECTS)
@pytest.mark.parametrize("name", _OBJECTS)
def test_inverted_title_subject_then_the_appointed_name(subject: str, name: str) -> None:
    rows = appointment_rows(f"Am Montag ernannte {subject} {name} zur neuen Staatssekretärin.")
    assert [(r[0], r[1]) for r in rows] == [(name, subject)]


@pytest.mark.parametrize("subject", _SUBJECTS)
def test_an_accusative_object_keeps_the_name_as_the_subjects(subject: str) -> None:
    # the apposition name stays the subject's when the verb has its own object
    text = f"Am Dienstag entließ {subject} Jonas Brettschneider den Innenminister Kurt Ohlendorf."
    assert [r[0] for r in dismissal_rows(text)] == ["Kurt Ohlendorf"]


@pytest.mark.parametrize("subject", _SUBJECTS)
def test_an_intransitive_verb_takes_no_object_from_the_apposition(subject: str) -> None:
    text = f"Am Dienstag trat {subject} Jonas Brettschneider überraschend zurück."
    assert all(r[0] != "Jonas Brettschneider" or r[1] is None for r in dismissal_rows(text))


@pytest.mark.parametrize("surname", ["Richter", "König", "Koch", "Meister", "Schneider"])
@pytest.mark.parametrize("role", ["Trainer", "Bürgermeister"])
def test_a_surname_title_after_a_role_noun_is_the_name(role: str, surname: str) -> None:
    assert [r[1] for r in arrests(f"{role} {surname} wurde am Freitag festgenommen.")] == [surname]


@pytest.mark.parametrize(
    "text",
    [
        "Lehrer, Richter und Anwälte wurden am Freitag festgenommen.",
        "Die Polizei nahm am Freitag Ärzte und Richter fest.",
    ],
)
def test_a_title_in_a_list_of_role_nouns_is_no_name(text: str) -> None:
    assert "Richter" not in {rec.name for rec in context(text).persons}


@pytest.mark.parametrize("first", ["Paul", "Lukas", "Greta", "Heinz", "Ida"])
@pytest.mark.parametrize("surname", ["Kern", "Stern", "Wolf", "Sommer"])
def test_a_noun_surname_after_a_first_name_stays_in_the_name(first: str, surname: str) -> None:
    rows = arrests(f"{first} {surname} wurde am Freitag festgenommen.")
    assert [r[1] for r in rows] == [f"{first} {surname}"]


def test_a_noun_after_a_first_name_and_surname_ends_the_name() -> None:
    names = {rec.name for rec in context("Im Herbst wurde Lena Sommer Mitglied des Vorstands.").persons}
    assert "Lena Sommer" in names and not any("Mitglied" in n for n in names)


def test_a_photo_credit_after_a_slash_is_no_person() -> None:
    text = "Helfer räumen die Straße auf. Foto: Bildagentur/Konstantin Wolkow"
    assert not any("Wolkow" in rec.name for rec in context(text).persons)


@pytest.mark.parametrize("subject", _SUBJECTS)
def test_the_inverted_subjects_title_is_not_the_dismissed_post(subject: str) -> None:
    assert dismissal_rows(f"Am Montag entließ {subject} Hanna von der Linde.") == [
        ("Hanna von der Linde", subject, None)
    ]


def test_after_an_auxiliary_the_title_is_the_named_persons_post() -> None:
    rows = dismissal_rows("Am Montag wurde der Präsident Jonas Brettschneider entlassen.")
    assert rows == [("Jonas Brettschneider", None, "Präsident")]


@pytest.mark.parametrize("surname", ["Richter", "Koch", "Müller"])
def test_title_surname_subject_before_an_accusative_object(surname: str) -> None:
    text = f"Am Dienstag entließ der Landrat {surname} den Amtsleiter Tobias Kranzler."
    assert dismissal_rows(text) == [("Tobias Kranzler", surname, "Amtsleiter")]


@pytest.mark.parametrize("surname", ["Koch", "Müller", "Schulte", "Hoffmann"])
def test_title_surname_subject_then_the_objects_full_name(surname: str) -> None:
    rows = dismissal_rows(f"Am Dienstag entließ Landrat {surname} Tobias Kranzler.")
    assert [(r[0], r[1]) for r in rows] == [("Tobias Kranzler", surname)]
