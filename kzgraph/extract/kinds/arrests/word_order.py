"""Word order around an unnamed arrested person: who stands where in the clause tells subject
from object ("Am Morgen nahmen die Beamten einen Mann fest", "Eine Frau nahm die Polizei fest"),
a source from a participant ("Der Stiftung X zufolge"), and quoted words inside a phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind
from kzgraph.extract.grammar.agents import classify_head
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.grammar.objects import postposition_at
from kzgraph.extract.kinds.arrests.person_nouns import arresting_noun

_WORDS = closed_class()
_NOMINATIVE = _WORDS.words("nominative_articles")
_ACCUSATIVE = _WORDS.words("accusative_articles")
# a possessive read as the definite article of its case: nominative for a passive's subject
# ("sein Vize wurde verhaftet"), accusative for an active verb's object ("nahm ihren Sohn fest")
_POSSESSIVE_CASES = {
    True: ("nom", *_WORDS.word_list("possessive_subject_articles")),
    False: ("acc", *_WORDS.word_list("possessive_object_articles")),
}
_FUTURE = _WORDS.words("future_words")  # "zusehen, wie ihre Mutter abgeführt wird": a scene
_OBJECT_POSSESSIVES = _WORDS.words("object_possessives")


def catcher_after_verb(ctx: ArticleContext, sent: Span) -> bool:
    """ "Eine verdächtige Frau nahm die Polizei in Hessen fest": police or a body right after the
    first finite verb are the subject, so the Vorfeld is the object."""
    doc = ctx.doc
    verb = next((t.i for t in sent if t.tag_.endswith("FIN")), None)
    if verb is None or verb + 1 >= sent.end:
        return False
    k = verb + 1 if doc[verb + 1].tag_ != "ART" else verb + 2
    if k >= sent.end or doc[k].tag_ != "NN":
        return False
    return arresting_noun(doc[k].text) or classify_head(ctx, doc[k].text) == AgentKind.ORGANIZATION


def source_before_zufolge(doc: Doc, end: int, limit: int) -> bool:
    """ "zufolge" right after the phrase ending at ``end``, or after the name that goes on with it
    ("Der Stiftung Lindenhof zufolge"): the phrase is a source, no participant."""
    j = end
    while j < min(limit, end + 4) and doc[j].tag_ in ("NE", "NN") and doc[j].text[:1].isupper():
        j += 1
    return postposition_at(doc, j, limit)


def inverted_subject_at(doc: Doc, k: int, last: int) -> bool:
    """ "Zuvor hatten die Beamten (bereits) einen Mann festgenommen": a phrase right after the
    finite verb whose article can be nominative is the inverted subject when another phrase with
    an accusative article follows in the clause (the subject comes first in the Mittelfeld: "Am
    Morgen nahmen die Beamten die Frau fest"), not joined to it nor after a preposition."""
    if k == 0 or not doc[k - 1].tag_.endswith("FIN") or doc[k].lower_ not in _NOMINATIVE:
        return False
    return any(
        doc[j].lower_ in _ACCUSATIVE
        and doc[j].tag_ == "ART"
        and doc[j - 1].tag_ not in ("APPR", "APPRART", "KON", "$,")
        and doc[j - 1].lower_ not in COORDINATORS
        for j in range(k + 2, last)
    )


def possessive_article(word: str, passive: bool) -> str | None:
    """The definite article a possessive stands for as a passive's subject or an active verb's
    object ("sein" -> "der", "ihren" -> "den", "seine" -> "die"), or None."""
    entry = _WORDS.possessives.get(word)
    case, masculine, feminine = _POSSESSIVE_CASES[passive]
    if entry is None or case not in entry.cases:
        return None
    if word.endswith("e"):
        return feminine
    return masculine if passive != word.endswith("en") else None


def possessive_label(word: str, label: str) -> str:
    """The label with its possessive in the nominative in place of the article ("seinen" +
    "der Bruder" -> "sein Bruder")."""
    nominative = word[:-2] if word.endswith("en") else word
    words = label.split()[1:]
    if not nominative.endswith("e"):
        # "sein" declines its adjectives strong: "sein 19-jähriger Bruder"
        words = [w + "r" if not w[:1].isupper() and w.endswith("e") else w for w in words[:-1]] + words[-1:]
    return " ".join([nominative, *words])


def told_possessive(doc: Doc, k: int, clause: Span, passive: bool) -> bool:
    """Whether a possessive at ``k`` may open the arrested's phrase: a passive's subject that opens
    its clause ("…, sein Stellvertreter wurde verhaftet"), told in the past, not a scene ("sah zu,
    wie ihre Mutter abgeführt wird"); an active verb's unambiguous object ("nahm seinen Bruder
    fest"), never "seine"/"ihre", which may be any other phrase ("übergab seine Pistole und ließ
    sich festnehmen")."""
    if not passive:
        return doc[k].lower_ in _OBJECT_POSSESSIVES and doc[k].lower_.endswith("en")
    opens = k == clause.start or doc[k - 1].lower_ in COORDINATORS or doc[k - 1].text == ","
    return opens and not any(t.lower_ in _FUTURE and t.tag_.endswith("FIN") for t in clause)
