"""The subject standing in the Vorfeld, before the finite verb: a name, a determiner phrase with
a person noun ("Der frühere Minister"), an organisation, a genitive name phrase; and where such a
phrase ends. Read by ``clauses.subject_of`` when the subject is not found by position."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.agents import classify_head, np_end
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import name_after_titles, pp_end, titled

NOMINATIVE_ARTICLES = closed_class().words("subject_articles")
PERFECT_AUX = closed_class().words("perfect_auxiliaries")
_OBJECT_ONLY_PRONOUNS = closed_class().words("object_only_pronouns")
_PRONOUNS_BEFORE_SUBJECT = closed_class().words("object_pronouns_before_subject")  # "als sie der Rat …"
_DER_EIN = closed_class().words("masculine_nominative_articles")


def leading_organisation_end(ctx: ArticleContext, sent: Span, limit: int) -> int | None:
    """End of an organisation name that opens the sentence without an article, optionally after
    a capitalised role noun ("Hertha BSC", "Bundesligist Hertha BSC", "Autobauer VW")."""
    doc = ctx.doc
    for ent in ctx.entities:
        if ent.label_ != "ORG" or not sent.start <= ent.start <= sent.start + 1 or ent.end >= limit:
            continue
        if all(t.text[:1].isupper() for t in doc[sent.start : ent.end]):
            return ent.end
    return None


def genitive_name_phrase(ctx: ArticleContext, start: int, end: int) -> bool:
    """ "Chinas Volkskongress", "Israels Regierung": a place's name in the genitive and one
    noun, the article's place taken by the name."""
    doc = ctx.doc
    first = doc[start]
    return (
        end == start + 2
        and first.text.endswith("s")
        and first.tag_ == "NE"
        and first.ent_type_ in ("LOC", "ORG")
        and doc[start + 1].tag_ == "NN"
    )


def leading_name(ctx: ArticleContext, clause: Span, i: int) -> Agent | None:
    """A clause in main-clause order that opens with a name right before its finite verb ("X
    berichtete, A löste B ab", "hieß es, A soll B ablösen"): the name is the subject, the name
    after the verb its object."""
    doc = ctx.doc
    m = name_after_titles(ctx, clause.start, i)
    if m is None or m.end > i or not doc[m.end].tag_.endswith("FIN"):
        return None
    return ctx.person_agent(m.person)


def leading_determiner_phrase(ctx: ArticleContext, clause: Span, i: int) -> Agent | None:
    """The subject of a verb-final subordinate clause that opens with a nominative-looking
    determiner phrase: the subject comes first there ("…, nachdem der Kanzler Innenminister X
    entließ"), and the name after it is the object even without an article."""
    doc = ctx.doc
    start = clause.start
    # "…, als ihn der Verein entließ": the object pronoun comes first, the subject may end the clause
    pronoun_object = start + 2 < i and (
        doc[start].lower_ in _OBJECT_ONLY_PRONOUNS
        or doc[start].lower_ in _PRONOUNS_BEFORE_SUBJECT and doc[start + 1].lower_ in _DER_EIN
    )
    start += pronoun_object
    if doc[start].lower_ not in NOMINATIVE_ARTICLES:
        return None
    end = np_end(ctx, start, i)
    head = next((j for j in range(start + 1, end) if doc[j].text[:1].isupper()), None)
    if head is None or head + 1 >= i and not pronoun_object:
        return None
    named = ctx.mention_at(head + 1)
    if named is not None and named.start == head + 1 and named.kind == "name":
        if classify_head(ctx, doc[head].text) != AgentKind.PERSON:
            end = head + 1  # "die Polizei X festgenommen hatte": X is the object
        else:
            return ctx.person_agent(named.person)  # "der Kanzler Olaf Scholz": his name
    if titled(ctx, head + 1):
        end = head + 1  # "der Kanzler Innenminister X": the object's title begins
    if ctx.mentions_in(doc[start:end]):
        return None
    return ctx.agent_for(doc[start:end])


def vorfeld_agent(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """The agent named by a phrase that fills the Vorfeld and ends right before the finite verb
    at ``i``: a determiner phrase with a nominative-looking article, or an organisation name."""
    doc = ctx.doc
    if not (doc[i].tag_.endswith("FIN") or doc[i].pos_ in ("VERB", "AUX")):
        return None
    if doc[sent.start].lower_ not in NOMINATIVE_ARTICLES:
        if ctx.mentions_in(doc[sent.start : i]):
            return None
        if leading_organisation_end(ctx, sent, i + 1) == i or genitive_name_phrase(ctx, sent.start, i):
            return ctx.agent_for(doc[sent.start : i])
        return None
    if i - sent.start < 2:
        return None
    head_end, end = subject_phrase_end(ctx, sent.start, i)
    # a name in the phrase itself makes it a person's mention; one in an attached phrase does
    # not ("Der Anwalt von X hat …": the subject is "Der Anwalt")
    if end != i or ctx.mentions_in(doc[sent.start : head_end]):
        return None
    return ctx.agent_for(doc[sent.start : head_end])


def subject_phrase_end(ctx: ArticleContext, start: int, limit: int) -> tuple[int, int]:
    """Where the determiner phrase at ``start`` ends, and where it ends with the prepositional
    phrases attached to it ("Der Landtag in Kiel hat …": the agent is "Der Landtag")."""
    head_end = end = np_end(ctx, start, limit)
    while start < end < limit and ctx.doc[end].lower_ in ctx.lx.prepositions:
        named = ctx.mention_at(end + 1)  # "Der Anwalt von X hat …": the name is the phrase
        after = named.end if named is not None and named.start == end + 1 else pp_end(ctx, end + 1, limit)
        if after <= end + 1:
            break
        end = after
    return head_end, end
