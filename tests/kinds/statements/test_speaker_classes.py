"""Speaker classes from the measured errors: "so X laut Y" (the speaker is X, the medium only
reports), a message spread on someone's behalf ("ließ X verbreiten, …"), "nach dem Willen X"
as X's position, a Vorfeld subject with a relative clause before an act verb (not an inverted
frame), and a generic head that is no compound ("Einschätzung" is no "Ein-")."""

from __future__ import annotations

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


def test_so_speaker_with_a_medium_after_it() -> None:
    rows = _rows("Der Engpass sei vorbei, so die Ministerin laut Radio Süd, dass wisse jeder.")
    assert [label for label, _ in rows] == ["die Ministerin"]


def test_message_spread_on_ones_behalf() -> None:
    rows = _rows("Die Parteichefin Jana Roth ließ über ihr Büro verbreiten, man werde nicht weichen.")
    assert rows == [("Jana Roth", "man werde nicht weichen")]


def test_will_of_a_body_is_its_position() -> None:
    ((label, _),) = _rows("Nach dem Willen des Stadtrats soll die Brücke im Frühjahr saniert werden.")
    assert "Stadtrat" in label


def test_vorfeld_subject_with_relative_clause_is_no_inverted_frame() -> None:
    rows = _rows("Eva Moll, die seit Jahren Mieter berät, nennt das Urteil einen Fehler.")
    assert [label for label, _ in rows] == ["Eva Moll"]
    # the inverted frame with a two-clause content stays
    rows = _rows("Die Frau, die den Laden führt, arbeitet zu viel, sagte der Nachbar Jan Ruf.")
    assert rows == [("Jan Ruf", "Die Frau, die den Laden führt, arbeitet zu viel")]


def test_generic_head_is_not_split_into_a_compound() -> None:
    rows = _rows("Nach Einschätzung von Fachleuten ist das Verhalten normal.")
    assert all(label not in ("Ein", "Einschätzung") for label, _ in rows)
