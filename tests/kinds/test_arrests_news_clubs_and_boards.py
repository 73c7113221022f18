"""Events found by probing further agency-style articles (a football club's dismissals in the
pluperfect, a spy case): coordinated dismissed persons with their own titles, dates told in the
past, hyphenated first names, a year alone as the event's date."""

from __future__ import annotations

from tests.extract_helpers import facts


def test_an_authority_in_the_genitive_is_not_the_arrested() -> None:
    text = "Die Männer wurden am Mittwoch von Beamten des Bundeskriminalamts festgenommen."
    # the subject is the arrested whatever its noun; the authority of the von-phrase is not
    assert [a.arrested.label for a in facts(text).arrests if a.arrested] == ["die Männer"]
