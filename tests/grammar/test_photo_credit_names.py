"""Person finding (grammar.person_finder): a name right after "Foto:" or "Bild:" inside a
caption's sentence is a photo credit, not a person of the story, so an unnamed description
("Der 23-Jährige") is never resolved to it."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts

TEXT = (
    "Kiosk in Lindenau überfallen\n\n"
    "Ermittler vor dem Kiosk. {cue}: Jonas Marquardt{glued}: dpa\n\n"
    "Lindenau (dpa) - Wegen des Überfalls auf einen Kiosk hat eine Richterin Haftbefehl gegen einen "
    "Verdächtigen erlassen. Der 23-Jährige wurde am Abend in seiner Wohnung festgenommen, teilten die "
    "Ermittler mit."
)


@pytest.mark.parametrize(("cue", "glued"), [("Foto", "Foto"), ("Foto", ""), ("Bild", "")])
def test_a_credit_in_a_caption_is_no_person_of_the_story(cue: str, glued: str) -> None:
    got = facts(TEXT.format(cue=cue, glued=glued), None)
    assert [a.arrested.label for a in got.arrests] == ["der 23-Jährige"]
    assert all("Marquardt" not in (a.arrested.name or "") for a in got.arrests)


def test_a_name_after_a_colon_elsewhere_is_still_a_person() -> None:
    got = facts("Borstadt: Jonas Marquardt wurde am Montag festgenommen.", None)
    assert [a.arrested.label for a in got.arrests] == ["Jonas Marquardt"]
