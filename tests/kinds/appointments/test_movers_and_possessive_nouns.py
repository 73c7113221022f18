"""Moving to a post and appointment nouns with a possessive (breadth round 17, own sentences):
"wechselt als Staatssekretär ins Finanzministerium", "heuert als Trainer beim Drittligisten an",
"avancierte zur Konzernchefin", "hievte X an die Spitze der Landespartei", "Kurz nach seiner
Ernennung zum Innenminister besuchte X …", "…, der die Nachfolge von A angetreten hatte, …".
Look-alikes: the title before the verb ("Als Kanzler wechselte er die Minister"), no
destination, no post ("als Spielerin", "zum Star", "auf einem Frachtschiff"), a plan, staying in
a post, a possessive noun hoped for or criticised, a thing heaved."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        (
            "Der Ökonom Jens Ruhl wechselt als Staatssekretär ins Finanzministerium.",
            "Jens Ruhl",
            "Staatssekretär",
        ),
        (
            "Im Sommer wechselte Mara Zeltner als Sportdirektorin zum FC Seedorf.",
            "Mara Zeltner",
            "Sportdirektorin",
        ),
        ("Bodo Reim heuert als Trainer beim Drittligisten an.", "Bodo Reim", "Trainer"),
        (
            "Innerhalb von zwei Jahren avancierte Lea Sommerfeld zur Konzernchefin.",
            "Lea Sommerfeld",
            "Konzernchefin",
        ),
        ("Der Parteitag hievte Nina Fuchs an die Spitze der Landespartei.", "Nina Fuchs", "Spitze"),
        (
            "Kurz nach seiner Ernennung zum Innenminister besuchte Rolf Anger die Grenze.",
            "Rolf Anger",
            "Innenminister",
        ),
        (
            "Anna Berg wurde 2019 gewählt. Nach ihrer Ernennung zur Ministerin zog sie nach Berlin.",
            "Anna Berg",
            "Ministerin",
        ),
        (
            "Martin Ecker, der im Mai die Nachfolge von Uta Lind angetreten hatte, stellte sein Team vor.",
            "Martin Ecker",
            None,
        ),
    ],
)
def test_moved_to_a_post(text: str, who: str, office: str | None) -> None:
    rows = appointment_rows(text)
    assert who in [r[0] for r in rows]
    post = next(r[2] for r in rows if r[0] == who)
    assert office is None or post is not None and post.startswith(office)


@pytest.mark.parametrize(
    "text",
    [
        "Als Kanzler wechselte Jens Ruhl häufig die Minister.",
        "Mara Zeltner wechselte als Spielerin zum FC Seedorf.",
        "Der Präsident wechselte das Thema.",
        "Bodo Reim heuerte auf einem Frachtschiff an.",
        "Lea Sommerfeld avancierte zum Star der Saison.",
        "Jens Ruhl soll als Staatssekretär ins Finanzministerium wechseln.",
        "Rolf Anger bleibt Innenminister.",
        "Nina Fuchs bleibt an der Spitze der Landespartei.",
        "Rolf Anger hofft auf seine Ernennung zum Innenminister.",
        "Der Kanzler kritisierte seine Ernennung zum Innenminister.",
        "Die Arbeiter hievten die Kiste an Bord.",
    ],
)
def test_no_move_to_a_post(text: str) -> None:
    assert appointment_rows(text) == []
