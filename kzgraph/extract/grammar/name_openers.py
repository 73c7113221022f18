"""Whether a capitalised word opens a person's name, by the cue before it.

Three cues that the person finder reads beside the title and first-name cues: a photo credit
("Foto: Vorname Name") opens no person of the story; a first name where the NER opens a person
opens one; and a first name opening a short entity right after a body's noun ("der Verein
Vorname Name") opens one even where the NER calls that entity no person.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import Lexicons

CREDIT_WORDS = frozenset({"Foto", "Fotos", "Bild", "Bilder"})
_BODY_HEADS = closed_class().words("body_heads_before_names")


def after_credit_cue(texts: list[str], i: int) -> bool:
    """The word at ``i`` opens a photo credit: right after "Foto:" or "Bild:"."""
    return i >= 2 and texts[i - 1] == ":" and texts[i - 2] in CREDIT_WORDS


def entity_end(tokens: Sequence[Token], i: int, limit: int) -> int:
    """End of the NER entity that begins at ``i``."""
    end = i + 1
    while end < limit and tokens[end].ent_iob_ == "I":
        end += 1
    return end


def name_after_body(tokens: Sequence[Token], texts: list[str], i: int, lx: Lexicons) -> bool:
    """A first name opening an entity of two or three words that the NER calls no person, right
    after a body's noun ("nachdem der Verein Knut Hallmann entlassen hatte"): a person's name."""
    if i == 0 or texts[i - 1].lower() not in _BODY_HEADS or texts[i] not in lx.gender_of:
        return False
    if tokens[i].ent_iob_ != "B" or tokens[i].ent_type_ == "PER":
        return False
    return entity_end(tokens, i, len(texts)) - i in (2, 3)


def ner_opened_first_name(tokens: Sequence[Token], texts: list[str], i: int, lx: Lexicons) -> bool:
    """A first name of the full table where the NER opens a person, not in a photo credit
    ("Foto: Agentur/Vorname Name": the cue the entity candidates drop too)."""
    if texts[i] not in lx.gender_of or i > 0 and texts[i - 1] == "/":
        return False
    return tokens[i].ent_iob_ == "B" and tokens[i].ent_type_ == "PER"
