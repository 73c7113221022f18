"""A possessive in the prepositional phrase that opens a sentence points forward to the subject
named right after the finite verb: "Nach seiner Absetzung als Bischof zog X nach Rom" (X was
removed), also when someone else was named before; not when the gender differs or a clause
intervenes. The same holds for "Nach seinem Rücktritt als Minister wurde X …"."""

from __future__ import annotations

from tests.extract_helpers import dismissal_rows, facts


def test_possessive_points_to_the_subject_after_the_verb() -> None:
    text = "Ole Brand war lange Bischof. Nach seiner Absetzung als Bischof zog Jonas Weidner nach Rom."
    assert dismissal_rows(text) == [("Jonas Weidner", None, "Bischof")]


def test_possessive_of_another_gender_points_back() -> None:
    text = "Ole Brand war lange Bischof. Nach seiner Absetzung als Bischof zog Mara Lenz nach Rom."
    assert [who for who, _, _ in dismissal_rows(text)] == ["Ole Brand"]


def test_forward_possessive_of_a_resignation() -> None:
    text = "Nach seinem Rücktritt als Minister wurde Jonas Weidner Botschafter in Wien."
    assert [r.resigned.label for r in facts(text).resignations] == ["Jonas Weidner"]
