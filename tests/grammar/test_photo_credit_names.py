"""Person finding (grammar.person_finder): a name right after "Foto:" or "Bild:" inside a
caption's sentence is a photo credit, not a person of the story, so an unnamed description
("Der 23-Jährige") is never resolved to it."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts

TEXT = (
    "Haftbefehl nach Angriff auf Beamte\n\n"
    "Beamte sichern den Ort. {cue}: Jonas Marquardt{glued}: dpa\n\n"
    "Borstadt (dpa) - Nach dem Angriff auf zwei Beamte ist am Freitag ein Haftbefehl gegen den "
    "mutmaßlichen Täter erlassen worden. Der 23-Jährige sei in Untersuchungshaft gekommen, sagte ein "
    "Sprecher der Polizei."
)


@pytest.mark.parametrize(("cue", "glued"), [("Foto", "Foto"), ("Foto", ""), ("Bild", "")])
def test_a_credit_in_a_caption_is_no_person_of_the_story(cue: str, glued: str) -> None:
    got = facts(TEXT.format(cue=cue, glued=glued), None)
    assert [a.arrested.label for a in got.arrests] == ["der 23-Jährige"]
    assert all("Marquardt" not in (a.arrested.name or "") for a in got.arrests)


def test_a_name_after_a_colon_elsewhere_is_still_a_person() -> None:
    got = facts("Borstadt: Jonas Marquardt wurde am Montag festgenommen.", None)
    assert [a.arrested.label for a in got.arrests] == ["Jonas Marquardt"]
