"""Other senses of arrest verbs, read in the verb's clause: a word of its ``not_with`` list
("schnappte sich den Ball", "wurde unter Polizeischutz gestellt") or, for a verb with
``attached_sense``, a dative before the participle without werden ("ist der Tradition verhaftet");
and forms that tell no arrest: a zu-infinitive without success ("versuchte, X festzunehmen"), a
clause that asks ("Ob X festgenommen wurde, ist unklar")."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon


def other_sense(ctx: ArticleContext, sent: Span, trig: Trigger) -> bool:
    """A word of the verb's ``not_with`` list in its clause: "schnappte sich den Ball", "wurde
    unter Polizeischutz gestellt" (the verb's other senses)."""
    words = trig.spec.get("not_with", ()) if isinstance(trig.spec, dict) else ()
    near = clause(ctx, sent, trig.i)
    if words and any(t.lower_ in words for t in near):
        return True
    if isinstance(trig.spec, dict) and _without_catcher(ctx, near, trig):
        return True
    attached = isinstance(trig.spec, dict) and trig.spec.get("attached_sense")
    # only the participle has that sense: "als die Beamten den Mann verhafteten" is a past tense
    participle = attached and ctx.doc[trig.i].lower_ in trig.spec.get("nonfinite", ())
    return bool(participle) and _attached_to(ctx, near, trig.i)


_WERDEN = closed_class().words("werden_forms")
_DATIVE = closed_class().words("dative_articles")
_PERFECT = closed_class().words("perfect_auxiliaries")


def _attached_to(ctx: ArticleContext, near: Span, i: int) -> bool:
    """ "ist der Tradition verhaftet": a dative noun phrase right before the participle and no
    werden in its clause is a state of being attached to something, not an arrest. A perfect
    auxiliary makes it the active verb ("Die Polizei hat den Mann verhaftet": "den" is no dative)."""
    doc = ctx.doc
    if any(t.lower_ in _WERDEN or t.lower_ in _PERFECT for t in near):
        return False
    if i - 2 < near.start or doc[i - 1].tag_ != "NN":
        return False
    k = i - 2
    while k > near.start and doc[k].tag_ == "ADJA":
        k -= 1
    return doc[k].lower_ in _DATIVE


def _without_catcher(ctx: ArticleContext, near: Span, trig: Trigger) -> bool:
    """A verb arresting only with a catcher ("Polizisten stellten den Dieb") has none in its clause,
    or one of its separable verbs' particles follows it ("stellte den neuen Leiter vor")."""
    catchers = tuple(c.lower() for c in trig.spec.get("caught_by", ()))
    if trig.spec.get("no_particle") and any(t.tag_ == "PTKVZ" for t in near if t.i > trig.i):
        return True
    if not catchers or trig.passive:
        return False
    return not any(t.tag_ == "NN" and t.lower_.endswith(catchers) for t in near if t.i != trig.i)


def unstated(ctx: ArticleContext, sent: Span, trig: Trigger) -> bool:
    """The verb ``trig`` states no arrest: a zu-infinitive with no verb of success in the sentence
    ("Die Polizei versuchte, den Mann festzunehmen"), or it stands in a clause opened by "ob" or
    "wie viele" (an indirect question)."""
    lex = events_lexicon()["arrest"]
    if zu_infinitive(ctx, sent, trig) and not any(t.lower_ in lex["success_verbs"] for t in sent):
        return True
    near = clause(ctx, sent, trig.i)
    opening = " ".join(t.lower_ for t in near[:2])
    return any(opening == q or opening.startswith(q + " ") for q in lex["indirect_question_openers"])


def zu_infinitive(ctx: ArticleContext, sent: Span, trig: Trigger) -> bool:
    """The verb ``trig`` is a zu-infinitive ("festzunehmen", "zu verhaften"): its subject is not
    in its clause."""
    doc = ctx.doc
    return doc[trig.i].tag_ == "VVIZU" or (trig.i > sent.start and doc[trig.i - 1].tag_ == "PTKZU")


def generic_statement(ctx: ArticleContext, sent: Span) -> bool:
    """A rule told, no event: a generic frame ("Bei einer Verhaftung werden Verdächtige in Gewahrsam
    genommen", "In der Regel wird …") with a present-tense finite verb and none in the past."""
    lex = events_lexicon()["arrest"]
    text = " " + " ".join(t.lower_ for t in sent) + " "
    if not any(f" {frame} " in text for frame in lex["generic_frames"]):
        return False
    finites = [t.lower_ for t in sent if t.tag_ in ("VAFIN", "VMFIN", "VVFIN")]
    past = any(t.tag_.endswith("FIN") and t.morph.get("Tense") == ["Past"] for t in sent)
    perfect = any(t.lower_ in lex["generic_perfect"] for t in sent)  # "ist … festgenommen worden"
    return any(f in lex["generic_finites"] for f in finites) and not past and not perfect


def purpose_clause(ctx: ArticleContext, sent: Span, trig: Trigger) -> bool:
    """The verb's clause opens with a purpose conjunction ("Damit ein Verdächtiger in U-Haft kommt,
    muss …", "…, damit die Beamten ihn festnehmen konnten"): an aim, no arrest told."""
    near = clause(ctx, sent, trig.i)
    doc = ctx.doc
    first = doc[near.start]
    if first.lower_ not in events_lexicon()["arrest"]["purpose_conjunctions"] or near.start + 1 >= near.end:
        return False
    # the tagger reads "Damit" as an adverb too; as a conjunction no finite verb follows it at once
    # ("Damit ein Verdächtiger in U-Haft kommt," vs. "Damit wurde er festgenommen")
    verb_final = doc[near.end - 1].tag_.endswith("FIN")
    return first.tag_ == "KOUS" or verb_final and not doc[near.start + 1].tag_.endswith("FIN")
