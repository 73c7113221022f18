"""A club or firm parting with someone dismisses them ("trennt sich von X"): also with "vom", a
name right after "von", the subject after "sich" behind a reporting frame, the impersonal "man"
and a club name the tagger does not know opening a headline. A person parting with a person is a
private separation (look-alikes), as is a pronoun subject."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


@pytest.mark.parametrize(
    "text",
    [
        "Wie die Zeitung meldet, trennt sich der SV Lindental mit sofortiger Wirkung von Jonas Weidner.",
        "Der SV Lindental trennte sich am Montag vom langjährigen Trainer Jonas Weidner.",
        "Nach der fünften Niederlage trennte man sich von Jonas Weidner.",
        "Paukenschlag im Tabellenkeller – Borstel Süd trennt sich von Jonas Weidner",
    ],
)
def test_a_club_parting_with_someone_dismisses_them(text: str) -> None:
    assert [who for who, _, _ in dismissal_rows(text)] == ["Jonas Weidner"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Sängerin trennt sich von Jonas Weidner.",
        "Mara Lenz trennt sich nach zehn Jahren von Jonas Weidner.",
        "Sie trennte sich im Sommer von Jonas Weidner, mit dem sie verheiratet war.",
    ],
)
def test_a_person_parting_with_a_person_is_no_dismissal(text: str) -> None:
    assert dismissal_rows(text) == []
