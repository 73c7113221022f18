"""The speech-verb lexicon's forms (grammar layer): separable verbs are found split and fused
("merkte … an", "wie X anmerkte"), strong verbs by their listed forms, and a form that is also
a common noun is left out ("Posten" is an office, "postete" a message)."""

from __future__ import annotations

import pytest

from kzgraph.extract.grammar.speech_verbs import lexicon


@pytest.mark.parametrize(
    "form,lemma",
    [
        ("merkte", "anmerken"),
        ("stritt", "abstreiten"),
        ("widersprach", "widersprechen"),
        ("postete", "posten"),
    ],
)
def test_finite_forms_name_their_verb(form: str, lemma: str) -> None:
    assert lemma in {v.lemma for v in lexicon().finite[form]}


@pytest.mark.parametrize(
    "fused,lemma", [("anmerkte", "anmerken"), ("abstritt", "abstreiten"), ("vorausgesagt", "voraussagen")]
)
def test_separable_verbs_have_fused_forms_for_verb_final_clauses(fused: str, lemma: str) -> None:
    assert lemma in {v.lemma for v in lexicon().participles[fused]}


def test_a_form_that_is_also_an_office_noun_is_left_out() -> None:
    assert "posten" not in {v.lemma for v in lexicon().finite.get("posten", ())}


def test_continuation_leads_and_mute_owners_are_loaded() -> None:
    lx = lexicon()
    assert {"und", "außerdem"} <= lx.continuation_leads
    assert "Überwachungskamera".lower().endswith(lx.mute_owners)
    assert not "Polizei".lower().endswith(lx.mute_owners)
