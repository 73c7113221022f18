"""Becoming someone's successor with a copula: "B wurde sein Nachfolger" after A left names A
("sein" is not B, the subject); "Sein Nachfolger wurde B" or "Zu seinem Nachfolger wurde B
gewählt" is also B's appointment, whether or not the article names the post. Without a
departure told before, "sein" has no one to stand for."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, replacement_rows


@pytest.mark.parametrize(
    "text",
    [
        "Der Kantor Jonas Pfeil legte sein Amt nieder. Henrik Baum wurde sein Nachfolger.",
        "Der Chorleiter Jonas Pfeil trat zurück. Sein Nachfolger wurde im Herbst Henrik Baum.",
        "Jonas Pfeil trat zurück. Zu seinem Nachfolger wurde Henrik Baum gewählt.",
    ],
)
def test_copula_successor_replaces_and_appoints(text: str) -> None:
    assert replacement_rows(text) == [("Henrik Baum", "Jonas Pfeil")]
    assert [who for who, _, _ in appointment_rows(text)] == ["Henrik Baum"]


@pytest.mark.parametrize(
    "text",
    [
        "Henrik Baum wurde sein Nachfolger.",
        "Jonas Pfeil lobte Henrik Baum. Henrik Baum wurde sein Freund.",
    ],
)
def test_look_alikes_of_copula_successor(text: str) -> None:
    assert replacement_rows(text) == []
    assert appointment_rows(text) == []
