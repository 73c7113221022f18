"""Appointments told by a noun: "die Ernennung des Staatssekretärs X zum Minister", "nach der
Wahl von X zur Präsidentin". The noun needs its holder (a genitive or "von") and the post
("zum/zur" and a title of the office lexicon): "die Wahl des Präsidenten" alone is an election,
no appointment. A noun planned, failed, opposed or proposed ("die geplante Ernennung", "die Wahl
scheiterte") tells no appointment done."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Appointment
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.dismissals.nouns import holder_after_noun
from kzgraph.extract.kinds.offices.extract import office_label

_TO_ROLE = closed_class().words("zum_zur")
_CAPACITY = closed_class().words("capacity_words")  # "als"


def _post_after(ctx: ArticleContext, start: int, limit: int, als: bool = False) -> int | None:
    """The title of the first "zum/zur (neuen) Title" (or, with ``als``, "als (neue) Title")
    between ``start`` and ``limit``."""
    doc = ctx.doc
    for k in range(start, limit):
        if doc[k].lower_ not in _TO_ROLE and not (als and doc[k].lower_ in _CAPACITY):
            continue
        j = k + 1
        while j < limit and doc[j].text[:1].islower() and doc[j].tag_ == "ADJA":
            j += 1
        return j if j < limit and ctx.lx.is_title(doc[j].text) else None
    return None


def nominal_appointments(ctx: ArticleContext, sent: Span) -> list[Appointment]:
    lex = events_lexicon()["appointment"]
    als_nouns = set(lex["als_nouns"])
    nouns = set(lex["nouns"]) | als_nouns
    choices = set(lex["choice_nouns"])
    hits = ctx.positions_of_texts(sent, nouns | choices)
    if not hits:
        return []
    if ctx.sentence_words(sent) & set(lex["noun_not_with"]):
        return []
    doc = ctx.doc
    if _upcoming(sent):
        return []  # "Im Laufe des Tages steht die Vereidigung von X als Minister an": still ahead
    out = []
    for t in (doc[i] for i in hits):
        fell = _choice_fell_on(ctx, sent, t.i)
        if fell is not None or t.text not in nouns:
            out.extend([fell] if fell is not None else [])
            continue
        holder = holder_after_noun(ctx, sent, t.i + 1)
        possessed = holder is None and _possessor(ctx, sent, t.i)
        holder = holder or possessed or None
        if holder is None or holder.kind != AgentKind.PERSON:
            continue
        # "seiner Ernennung zum Minister": the post right after the noun
        title = _post_after(
            ctx, t.i + (1 if possessed else 2), min(sent.end, t.i + 14), t.text in als_nouns
        )
        if title is None:
            continue
        out.append(
            Appointment(
                ctx.evidence(sent, "appointment.noun", 0.7),
                holder,
                None,
                office_label(ctx, title)[0],
                ctx.date_for(sent, doc[t.i].idx),
            )
        )
    return out


def _choice_fell_on(ctx: ArticleContext, sent: Span, noun: int) -> Appointment | None:
    """ "Die Wahl zur neuen Vorsitzenden fiel auf X": a choice noun with its post, whose choice
    "fell on" a named person ("Die Wahl des Ortes fiel auf eine Insel" names neither)."""
    lex = events_lexicon()["appointment"]
    doc = ctx.doc
    if doc[noun].text not in lex["choice_nouns"]:
        return None
    window = range(noun + 1, min(sent.end, noun + 10))
    fell = next((k for k in window if doc[k].lower_ in lex["fell_on"]), None)
    if fell is None or fell + 2 >= sent.end or doc[fell + 1].lower_ != "auf":
        return None
    title = _post_after(ctx, noun + 1, fell)
    named = ctx.mention_at(fell + 2)
    if title is None or named is None or named.kind != "name":
        return None
    holder = ctx.person_agent(named.person)
    if holder.kind != AgentKind.PERSON:
        return None
    return Appointment(
        ctx.evidence(sent, "appointment.noun.choice", 0.7),
        holder,
        None,
        office_label(ctx, title)[0],
        ctx.date_for(sent, doc[noun].idx),
    )


def _possessor(ctx: ArticleContext, sent: Span, noun: int) -> Agent | None:
    """ "(Kurz nach) seiner Ernennung zum Minister besuchte X …": the holder told by a possessive;
    the subject of the clause the noun's phrase opens is whom it points to (also forward), else
    the person the possessive resolves to. After "vor" the appointment may still lie ahead."""
    doc = ctx.doc
    if noun == sent.start or closed_class().possessor_gender(doc[noun - 1].lower_) is None:
        return None
    if (
        noun - 2 >= sent.start
        and doc[noun - 2].lower_ in events_lexicon()["appointment"]["possessive_not_after"]
    ):
        return None  # "Vor ihrer Wahl zur Präsidentin …": whether it came is not said
    finite = next((t.i for t in doc[noun + 1 : sent.end] if t.tag_.endswith("FIN")), None)
    subject = subject_of(ctx, sent, finite) if finite is not None else None
    if subject is None or subject.kind != AgentKind.PERSON:
        subject = ctx.resolve_possessive(doc[noun - 1])
    return subject if subject is not None and subject.kind == AgentKind.PERSON else None


def _upcoming(sent: Span) -> bool:
    """ "steht … an" (is due): a finite form of "stehen" whose separable particle "an" closes the
    clause; the noun's event is still ahead."""
    toks = list(sent)
    for k, t in enumerate(toks):
        if t.lower_ not in _DUE_VERBS:
            continue
        for u in toks[k + 1 :]:
            if u.is_punct:
                break
            if u.lower_ in _DUE_PARTICLES and u.tag_ == "PTKVZ":
                return True
    return False


_DUE_VERBS = frozenset(events_lexicon()["appointment"]["due_verbs"])
_DUE_PARTICLES = frozenset(events_lexicon()["appointment"]["due_particles"])
