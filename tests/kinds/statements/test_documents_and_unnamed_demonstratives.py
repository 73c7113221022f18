"""Two speaker classes, as paradigms of invented sentences.

A document in the Vorfeld speaks for its sentence whatever the verb: a passive ("In dem Papier
wird festgehalten, dass …"), "stehen" ("Im Entwurf steht: „…“"), or "darin" / "in diesem"
for the document named just before. Before, a Konjunktiv in such a sentence was read as the
previous speaker going on. Look-alikes: a relative clause, an active verb with its own
subject, no reported content, a question.

A demonstrative speaker ("Dieser sagte, …") whose referent has no name is the description or
organisation of its gender named last ("den Nachbarn", "die Behörde"), nearer than any name;
before, such a statement had no speaker and was dropped.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts

_LEAD = "Die Sprecherin Lena Vogt sagte am Montag, die Kassen seien leer. "

_DOCUMENTS = [
    ("einem Memorandum", "Memorandum"),
    ("dem Gutachten", "Gutachten"),
    ("einem internen Schreiben", "Schreiben"),
    ("der Studie", "Studie"),
    ("einem Brief des Verbandes", "Verband"),
]
_DOCUMENT_FRAMES = {
    "passive with Konjunktiv": (
        "In {d} wird die Lage durch den Satz gekennzeichnet, man stehe vor dem Ruin.",
        "man stehe vor dem Ruin",
    ),
    "passive with dass": (
        "In {d} wird festgehalten, dass die Rücklagen aufgebraucht sind.",
        "die Rücklagen aufgebraucht sind",
    ),
    "passive after a date": (
        "In {d} vom Mai wird festgehalten, dass die Rücklagen aufgebraucht sind.",
        "die Rücklagen aufgebraucht sind",
    ),
    "stehen with dass": (
        "In {d} steht, dass die Rücklagen aufgebraucht sind.",
        "die Rücklagen aufgebraucht sind",
    ),
    "stehen with colon": (
        "In {d} steht: „Die Rücklagen sind aufgebraucht.“",
        "Die Rücklagen sind aufgebraucht.",
    ),
}


def _statements(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


@pytest.mark.parametrize("frame", list(_DOCUMENT_FRAMES))
@pytest.mark.parametrize(("phrase", "owner"), _DOCUMENTS)
def test_document_in_the_vorfeld_speaks(phrase: str, owner: str, frame: str) -> None:
    template, quote = _DOCUMENT_FRAMES[frame]
    rows = _statements(_LEAD + template.format(d=phrase))
    assert rows[0] == ("Lena Vogt", "die Kassen seien leer")
    assert len(rows) == 2 and owner in rows[1][0] and rows[1][1] == quote


@pytest.mark.parametrize(
    "pointer",
    [
        "Darin steht: „Die Rücklagen sind aufgebraucht.“",
        "In diesem wird festgehalten, dass die Rücklagen aufgebraucht sind.",
    ],
)
@pytest.mark.parametrize(
    ("phrase", "owner"), [("ein Papier", "Papier"), ("einen Bericht der Kommission", "Kommission")]
)
def test_darin_points_to_the_document_named_before(phrase: str, owner: str, pointer: str) -> None:
    rows = _statements(f"Die Sprecherin verwies auf {phrase}. {pointer}")
    assert len(rows) == 1 and owner in rows[0][0] and "Rücklagen" in rows[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "In dem Bericht wird der Fall beschrieben, der sich im Mai ereignete.",
        "In dem Urteil hatte der Rat beschlossen, die Halle zu schließen.",
        "In dem Papier wird die Lage ausführlich beschrieben.",
        "In dem Papier wird die Lage beschrieben, wenn auch knapp.",
        "Steht in dem Papier, dass die Rücklagen aufgebraucht sind?",
    ],
)
def test_document_look_alikes_state_nothing_of_the_document(text: str) -> None:
    assert not any(
        "Papier" in label or "Bericht" in label or "Urteil" in label for label, _ in _statements(text)
    )


_ANTECEDENTS = [
    ("Die Polizei befragte den Nachbarn.", "Dieser", "Nachbar"),
    ("Der Verband schrieb an den Minister.", "Dieser", "Minister"),
    ("Das Gericht hörte einen Zeugen.", "Dieser", "Zeuge"),
    ("Der Rat rief die Sprecherin an.", "Diese", "Sprecherin"),
    ("Die Mieter wandten sich an die Behörde.", "Diese", "Behörde"),
    ("Der Kläger beauftragte eine Anwältin.", "Diese", "Anwältin"),
    # a name further back does not win over the nearer description
    ("Olaf Brink besuchte die Halle. Die Polizei befragte den Nachbarn.", "Dieser", "Nachbar"),
    # a description with the name in apposition: the name
    ("Die Ärztin Mara Lind sprach mit dem Richter Olaf Brink.", "Dieser", "Olaf Brink"),
]
_SPEECH = [
    "{p} sagte, dass die Halle geschlossen bleibe.",
    "{p} erklärte, die Halle bleibe geschlossen.",
    "{p} sagte: „Die Halle bleibt geschlossen.“",
    "{p} kündigte an, die Halle zu schließen.",
]


@pytest.mark.parametrize("speech", _SPEECH)
@pytest.mark.parametrize(("before", "pronoun", "label"), _ANTECEDENTS)
def test_demonstrative_speaker_without_a_name(before: str, pronoun: str, label: str, speech: str) -> None:
    rows = [row for row in _statements(f"{before} {speech.format(p=pronoun)}") if "Halle" in row[1]]
    assert len(rows) == 1 and label in rows[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei befragte den Nachbarn. Dieser Umstand sei bekannt, sagte die Ministerin Eva Kahl.",
        "Die Polizei befragte den Nachbarn. Die Ministerin Eva Kahl sagte, diese Halle bleibe zu.",
    ],
)
def test_demonstrative_determiner_is_no_speaker(text: str) -> None:
    assert [label for label, _ in _statements(text)] == ["Eva Kahl"]
