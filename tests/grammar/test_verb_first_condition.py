"""A condition told by verb-first order, without "wenn" (grammar.scope.verb_first_condition):
"Feuert eine Firma ihren Chef, so …" states no event for any fact type; a plain
statement with a verb second, a question and an inverted report are read as before."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, dismissal_rows


@pytest.mark.parametrize(
    "text",
    [
        "Feuert eine Firma ihren Chef, so sucht sie einen Nachfolger.",
        "Feuert der Klub den Trainer Lorenz Aschauer, dann kommt endlich Ruhe.",
        "Wird ein Minister entlassen, folgt ihm ein anderer aus derselben Partei.",
        "Stellt die Firma den Chef frei, zahlt sie eine Abfindung.",
    ],
)
def test_verb_first_condition_no_dismissal(text: str) -> None:
    assert dismissal_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nimmt die Polizei einen Verdächtigen fest, so muss ein Richter entscheiden.",
        "Wird ein Tatverdächtiger festgenommen, prüft die Staatsanwaltschaft den Fall.",
    ],
)
def test_verb_first_condition_no_arrest(text: str) -> None:
    assert arrests(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein entließ Lorenz Aschauer, so meldete die Zeitung.",
        "Entlassen wurde auch Lorenz Aschauer, der Chef der Stadtwerke.",
    ],
)
def test_statements_are_read(text: str) -> None:
    assert [r[0] for r in dismissal_rows(text)] == ["Lorenz Aschauer"]
