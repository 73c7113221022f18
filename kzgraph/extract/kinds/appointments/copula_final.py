"""Appointments told by "werden" closing a subordinate or relative clause: "…, dass X neue
Trainerin wird", "X, der neuer Intendant wird, kommt aus Y". The title (with "neue(r)" or bare)
stands right before the verb, the subject right before the title: a name after a subordinating
conjunction, or the relative pronoun of a name before the comma. "ob X Trainer wird", "wenn X
Trainer wird" ask or suppose; "dementierte / hofft, dass X Trainer wird" denies or wishes: none."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Appointment
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.relative import relative_antecedent
from kzgraph.extract.grammar.scope import negated
from kzgraph.extract.grammar.set_off import description_opens
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.offices.extract import office_label

_WORDS = closed_class()
_NEW = _WORDS.words("neu_forms")
_BECOMING = _WORDS.words("becoming_verbs_bare")
_NOT_TOLD = _WORDS.words("final_copula_not_after")  # "ob", "wenn", "falls"
_CLAUSE_END = (",", ".", ";", "–", ":")
_RELATIVES = _WORDS.words("definite_nominative_articles")  # "X, der …": a relative pronoun
# words of a plan, wish, hope, candidacy or denial ("hofft", "Kandidat", "dementierte")
_NOT_DONE = frozenset(events_lexicon()["appointment"]["noun_not_with"]) | frozenset(
    events_lexicon()["appointment"]["final_copula_not_with"]
)


def final_copula(ctx: ArticleContext, sent: Span) -> list[Appointment]:
    """One appointment per "werden" closing a clause after "Subject (neue) Title"."""
    doc = ctx.doc
    if ctx.sentence_words(sent) & _NOT_DONE:
        return []
    out = []
    for verb in range(sent.start + 2, sent.end):
        closes = verb + 1 == sent.end or doc[verb + 1].text in _CLAUSE_END
        if doc[verb].lower_ not in _BECOMING or not closes or doc[verb].tag_ == "VAINF":
            continue
        title = verb - 1
        named = ctx.mention_at(title)
        if not ctx.lx.is_title(doc[title].text) or named is not None and named.kind == "name":
            continue  # ", die Schulleiterin wird": a description mention; a name is no predicate
        k = title - 1 if doc[title - 1].lower_ in _NEW else title
        while k - 1 > sent.start and doc[k - 1].tag_ == "ADJA" and doc[k - 1].text[:1].islower():
            k -= 1  # "dass X stellvertretende Sprecherin wird"
        holder = _subject_before(ctx, sent, k)
        if holder is not None and not negated(ctx, sent, verb):
            evidence = ctx.evidence(sent, "appointment.copula.final", 0.7)
            date = ctx.date_for(sent, doc[verb].idx)
            out.append(Appointment(evidence, holder, None, office_label(ctx, title)[0], date))
    return out


def _subject_before(ctx: ArticleContext, sent: Span, k: int) -> Agent | None:
    """The person ending right before ``k``: a name after a subordinating conjunction ("dass X"),
    or a relative pronoun right after a name and its comma ("X, der …")."""
    doc = ctx.doc
    if k - 2 < sent.start:
        return None
    if doc[k - 2].text == "," and (doc[k - 1].tag_ == "PRELS" or doc[k - 1].lower_ in _RELATIVES):
        found = relative_antecedent(ctx, sent, doc[k - 1 : k])
        agent = found[0] if found is not None else None
    else:
        # "dass der bisherige Leiter des Amtes, X, Sprecher wird": the name set off after a description
        set_off = doc[k - 1].text == ","
        end = k - set_off
        names = ctx.mentions_in(doc[sent.start : end])
        m = next((m for m in names if m.end == end and m.kind == "name"), None)
        if m is None or m.start - 1 < sent.start or doc[m.start - 1].lower_ in _NOT_TOLD:
            return None
        opener = _described_after_conjunction(ctx, sent, m.start) if set_off else m.start - 1
        if opener is None or doc[opener].tag_ != "KOUS" or doc[opener].lower_ in _NOT_TOLD:
            return None  # "dass X Trainer wird": only after a subordinating conjunction
        agent = ctx.person_agent(m.person)
    return agent if agent is not None and agent.kind == AgentKind.PERSON else None


def _described_after_conjunction(ctx: ArticleContext, sent: Span, name: int) -> int | None:
    """The subordinating conjunction before a description that opens its clause and sets off the
    name at ``name`` ("dass der bisherige Leiter der Behörde, X,"); None when there is none."""
    doc = ctx.doc
    if name - 1 <= sent.start or doc[name - 1].text != ",":
        return None
    back = range(name - 2, max(sent.start, name - 20) - 1, -1)
    opener = next((j for j in back if doc[j].tag_ == "KOUS"), None)
    if opener is None or not description_opens(doc, opener + 1, name, ctx.lx.is_role):
        return None
    return opener
