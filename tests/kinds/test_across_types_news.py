"""Events found by probing further agency-style articles (a company board recalling its chief, a
raid on a smuggling ring, a party electing a new leadership): relieving someone of duties,
"gefasst"/"festgesetzt", people described by their age, coordinated appointees, becoming the
successor, headline figures, and hedges that belong to another clause."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, dismissal_rows, facts, nlp


def test_a_hedge_in_a_coordinated_clause_leaves_the_event() -> None:
    text = "Zwei weitere Männer wurden in den Niederlanden verhaftet und sollen ausgeliefert werden."
    assert arrests(text) == [("zwei weitere Männer", None, 2)]
    text = "Der Präsident entließ den Innenminister Peter Huber, der Geld veruntreut haben soll."
    assert [row[0] for row in dismissal_rows(text)] == ["Peter Huber"]
    # the hedge of the event's own clause still holds
    assert dismissal_rows("Der Präsident will den Innenminister Peter Huber entlassen.") == []
    assert arrests("Die Polizei soll zwei Männer festgenommen haben und ermittelt weiter.") == []


def test_a_known_place_before_a_person_is_split_off() -> None:
    doc = nlp()("Die Partei hat in Wiesbaden Franziska Brantner gewählt. Er traf in Berlin Olaf Scholz.")
    ents = {(e.text, e.label_) for e in doc.ents}
    if not {e.label_ for e in doc.ents} >= {"PER"}:
        pytest.skip("no NER in this pipeline")
    assert ("Franziska Brantner", "PER") in ents and ("Olaf Scholz", "PER") in ents
    assert ("Wiesbaden", "LOC") in ents
    names = {(e.text, e.label_) for e in nlp()("Anna Lena Meier sprach in Wiesbaden.").ents}
    assert ("Anna Lena Meier", "PER") in names


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        ("Der Präsident entließ am Montag den Innenminister Peter Huber.", "dismissals", "Peter Huber"),
        ("Der Präsident entließ am Montag Innenminister Peter Huber.", "dismissals", "Peter Huber"),
        ("Die Polizei nahm am Montag in Berlin Peter Huber fest.", "arrests", "Peter Huber"),
        ("Der Präsident ernannte am Montag Peter Huber zum Minister.", "appointments", "Peter Huber"),
        ("Der Verein präsentierte am Montag Peter Maier als neuen Trainer.", "appointments", "Peter Maier"),
        ("Der Klub hat Peter Maier als neuen Cheftrainer verpflichtet.", "appointments", "Peter Maier"),
        ("Der Verein stellte Peter Maier am Montag als neuen Trainer vor.", "appointments", "Peter Maier"),
    ],
)
def test_the_object_after_a_time_or_place(text: str, kind: str, who: str) -> None:
    got = getattr(facts(text), kind)
    person = {"dismissals": "dismissed", "arrests": "arrested", "appointments": "appointee"}[kind]
    assert [getattr(f, person).label for f in got] == [who]


def test_dateline_whose_place_opens_with_an_article() -> None:
    doc = nlp()("Den Haag (dpa) - Das Parlament hat gewählt. La Paz (AFP) - Die Regierung trat zurück.")
    starts = [t.text for t in doc if t.is_sent_start and not t.is_space]
    assert starts[:4] == ["Den", "Das", "La", "Die"]
    # an article and a word in brackets make no dateline
    doc = nlp()("Die SPD (Partei) - kurz gesagt - ist alt.")
    assert [t.text for t in doc if t.is_sent_start] == ["Die"]
