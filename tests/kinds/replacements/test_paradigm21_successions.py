"""Round 21 succession classes (own sentences, invented names): the one followed as a dative in
the Vorfeld of "folgen", "ersetzte man A durch B", a described successor after "durch", a relative
clause on a speaker; look-alikes: a succession noun as the topic of a decision or talk, and the
"von" of a request noun ("auf Wunsch von A")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import replacement_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dem bisherigen Finanzminister folgt Lars Weber.", [("Lars Weber", "Finanzminister")]),
        ("Dem scheidenden Vorsitzenden Jan Hollmann folgt Lars Weber.", [("Lars Weber", "Jan Hollmann")]),
        ("Dem langjährigen Intendanten folgt im Herbst Lena Kroll.", [("Lena Kroll", "Intendanten")]),
    ],
)
def test_dative_vorfeld_of_folgen_is_followed(text: str, expected: list[tuple[str, str]]) -> None:
    assert replacement_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dem Winter folgt der Frühling.",
        "Dem Konzert folgt ein Empfang.",
        "Dem Aufruf folgten Hunderte Menschen.",
        "Dem Trainer folgt die Mannschaft bedingungslos.",
        "Dem Rat seines Anwalts folgte Lars Weber nicht.",
    ],
)
def test_dative_vorfeld_look_alikes(text: str) -> None:
    assert replacement_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In der Provinz ersetzte man Gouverneur Jan Hollmann durch den Funktionär Lars Weber.",
        "Man ersetzte Jan Hollmann durch den Funktionär Lars Weber.",
        "Der Präsident ersetzte Jan Hollmann durch den jungen Beamten Lars Weber.",
        "Der Präsident setzte Jan Hollmann ab und ersetzte ihn durch den jungen Beamten Lars Weber.",
        (
            "Aufsehen erregte er, als er seinen Vertrauten Jan Hollmann als Chef der Verwaltung absetzte "
            "und durch den älteren und eher ruhigen Beamten Lars Weber ersetzte."
        ),
    ],
)
def test_replaced_by_a_described_name(text: str) -> None:
    assert replacement_rows(text) == [("Lars Weber", "Jan Hollmann")]


def test_replacing_things_is_no_succession() -> None:
    assert replacement_rows("Die Firma ersetzte die alten Geräte durch neue Modelle.") == []


@pytest.mark.parametrize("speech", ["meinte", "sagte", "erklärte"])
def test_relative_clause_on_the_speaker(speech: str) -> None:
    text = f'"Das war richtig", {speech} Lars Weber, der den bisherigen Trainer Jan Hollmann ablöste.'
    assert replacement_rows(text) == [("Lars Weber", "Jan Hollmann")]


@pytest.mark.parametrize(
    "text",
    [
        "Noch keine Entscheidung hat Lena Weber über die Nachfolge von Jan Hollmann getroffen.",
        "Lena Weber hat über die Nachfolge von Jan Hollmann entschieden.",
        "Lena Weber sprach mit dem Vorstand über die Nachfolge von Jan Hollmann.",
        "Der Streit um die Nachfolge von Jan Hollmann hält an, sagte Lena Weber.",
        "Lena Weber übernahm auf Wunsch von Jan Hollmann das Amt in der Zentrale.",
        "Lena Weber übernahm im Auftrag von Jan Hollmann die Mannschaft.",
    ],
)
def test_topic_and_request_look_alikes(text: str) -> None:
    assert replacement_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lena Weber tritt die Nachfolge von Jan Hollmann an.",
        "Lena Weber übernahm den Posten von Jan Hollmann.",
        "Lena Weber hat im Mai von Jan Hollmann übernommen.",
        "Lena Weber wurde zur Nachfolgerin von Jan Hollmann ernannt.",
    ],
)
def test_successions_kept_beside_the_look_alikes(text: str) -> None:
    assert replacement_rows(text) == [("Lena Weber", "Jan Hollmann")]
