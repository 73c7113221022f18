"""A short time phrase between the finite verb and an inverted subject ("Zugleich übernimmt ab
Montag X …", "Auch wird am 3. März X …") is passed over by the grammar's subject finder
(inverted_subject._past_time_adjunct), for every fact type, with a year after the month; academic
honorifics before a name ("Prof. Dr. X") are passed over like titles (objects.name_after_titles)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "agent"),
    [
        (
            "Zugleich übernimmt ab Montag Gerwin Hallstein die Leitung der Klinik.",
            "Gerwin Hallstein",
            "Gerwin Hallstein",
        ),
        ("Danach wählte am Abend der Rat Ada Quirmbach zur Vorsitzenden.", "Ada Quirmbach", "der Rat"),
        (
            "Auch wird am 3. März Ada Quirmbach ihren Dienst als Schulleiterin aufnehmen.",
            "Ada Quirmbach",
            "Ada Quirmbach",
        ),
        (
            "Außerdem berief im Mai die Regierung Gerwin Hallstein zum Botschafter.",
            "Gerwin Hallstein",
            "die Regierung",
        ),
        (
            "Zudem wird am 3. März 2024 Prof. Dr. Ada Quirmbach ihren Dienst als Leiterin aufnehmen.",
            "Ada Quirmbach",
            "Ada Quirmbach",
        ),
        ("Der Präsident ernannte Prof. Dr. Ada Quirmbach zur Ministerin.", "Ada Quirmbach", "Der Präsident"),
    ],
)
def test_time_phrase_before_the_inverted_subject(text: str, who: str, agent: str) -> None:
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == [who]
    assert agent in (rows[0][1] or "")
