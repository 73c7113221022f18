"""Number agreement of a pronoun with the verb beside it: "Sie sagte" is one person, "Sie
sagten" several. The tagger gives STTS finite tags but no person/number, so the ending decides."""

from __future__ import annotations

from spacy.tokens import Doc

from kzgraph.extract.grammar.closed_class import closed_class

# singular finite forms that do not end in -t/-te
_SINGULAR_VERBS = closed_class().words("singular_verbs_without_t")


def _beside(doc: Doc, i: int) -> list:  # type: ignore[type-arg]
    return [doc[k] for k in (i - 1, i + 1) if 0 <= k < len(doc)]


def singular_verb_beside(doc: Doc, i: int) -> bool:
    """A third-person singular verb right before or after token ``i``: "Sie sagte", "sagte sie"."""
    for tok in _beside(doc, i):
        third_singular = tok.lower_.endswith(("t", "te")) and tok.tag_.endswith("FIN")
        if tok.pos_ in ("VERB", "AUX") and (tok.lower_ in _SINGULAR_VERBS or third_singular):
            return True
    return False


def plural_verb_beside(doc: Doc, i: int) -> bool:
    """A finite plural verb right before or after token ``i``: "Sie treten", "sagten sie"."""
    for tok in _beside(doc, i):
        plural = tok.lower_.endswith("en") and tok.lower_ not in _SINGULAR_VERBS
        if tok.tag_.endswith("FIN") and plural:
            return True
    return False
