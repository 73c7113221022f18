"""Resignations: "X ist zurückgetreten", "legte sein Amt als Y nieder", "erklärte seinen Rücktritt",
"nach dem Rücktritt von X". A resignation offered, refused, demanded or only threatened is none."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Resignation, dated
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.coordination import listed_agents
from kzgraph.extract.grammar.objects import apposition_in, unprepositioned_names
from kzgraph.extract.grammar.scope import hedged, negated
from kzgraph.extract.grammar.triggers import CLAUSE_END, Trigger, events_lexicon, find_triggers, ruled_out
from kzgraph.extract.kinds.dismissals.nouns import forward_possessor, holder_after_noun, listed_after
from kzgraph.extract.kinds.offices.extract import office_label, title_of
from kzgraph.extract.posts.apposition import title_after_name
from kzgraph.extract.posts.attributive import holder_after_participle, participle_phrase
from kzgraph.extract.posts.hierarchy import OWN_POSSESSIVES, office_of, same_post
from kzgraph.extract.posts.noun_holders import saxon_genitive_holder

_INDEFINITE = closed_class().words("indefinite_articles_but_eine")
_FROM = closed_class().words("origin_prepositions")  # "aus dem Vorstand"
_OBLIQUE_DEFINITE = closed_class().words("oblique_definite_articles_with_der")


@cache
def _lexicon() -> dict:  # type: ignore[type-arg]
    return events_lexicon()["resignation"]


@cache
def _office_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """The office nouns ("Amt", "Vorsitz" …), and the same as compound endings ("-amt", "-vorsitz")."""
    nouns = events_lexicon()["dismissal"]["office_nouns"]
    return frozenset(nouns), tuple(n.lower() for n in nouns)


def _office_noun(ctx: ArticleContext, span: Span) -> int | None:
    """An office noun in ``span``, compounds included ("Amt", "Parteivorsitz", "Bundestagsmandat")."""
    nouns, endings = _office_nouns()
    for t in span:
        if t.text in nouns or t.text[:1].isupper() and t.text.endswith(endings):
            return t.i
    return None


def _ruled_out(sent: Span) -> bool:
    """Offered, refused, denied or demanded ("bot seinen Rücktritt an", "lehnte einen Rücktritt ab"),
    or a withdrawal from something other than a post ("trat vom Vertrag zurück")."""
    words = _lexicon()["not_with"]
    return any(t.lower_ in words for t in sent)


def _office(ctx: ArticleContext, sent: Span, span: Span, who: Agent) -> str | None:
    """The post given up: "als Innenminister", "den Parteivorsitz", "das Amt des Ministers", the
    title before the name, else the post the article gives the person."""
    doc, lx = ctx.doc, ctx.lx
    for t in span:
        if t.lower_ == "als" and t.i + 1 < span.end and lx.is_title(doc[t.i + 1].text):
            return office_label(ctx, t.i + 1)[0]
    k = _office_noun(ctx, span)
    generic = events_lexicon()["dismissal"]["generic_office_nouns"]
    # "den Parteivorsitz", "den Vorsitz der Partei" name the post; "ihr Mandat" names it by her title
    own = k is not None and doc[k - 1].lower_ in OWN_POSSESSIVES
    if k is not None and doc[k].text not in generic and not own:
        return office_label(ctx, k)[0]
    if k is not None and k + 2 < span.end and doc[k + 1].lower_ in closed_class().words("genitive_articles"):
        if lx.is_title(doc[k + 2].text):  # "vom Amt des Innenministers"
            return office_label(ctx, k + 2, with_genitive=False)[0]
    if who.kind != AgentKind.PERSON:
        return None
    title = title_of(ctx, sent, who) or title_after_name(ctx, sent, who) or office_of(ctx, who)
    return title or (doc[k].text if own and k is not None and doc[k].text not in generic else None)


def _left_body_or_cue(ctx: ArticleContext, cl: Span) -> bool:
    """ "aus dem (NORMA-)Vorstand", "aus der Regierung", or "mit sofortiger Wirkung" in the clause."""
    doc = ctx.doc
    bodies = tuple(_lexicon()["left_bodies"])
    for t in cl:
        if t.lower_ in _FROM and t.i + 2 < cl.end and doc[t.i + 1].lower_ in _OBLIQUE_DEFINITE:
            k = t.i + 2 + (doc[t.i + 2].tag_ == "ADJA")
            if k < cl.end and doc[k].lower_.endswith(bodies):
                return True
    text = cl.text
    return any(cue in text for cue in _lexicon()["leaving_cues"])


def _verbal(ctx: ArticleContext, sent: Span, trig: Trigger) -> Resignation | None:
    doc = ctx.doc
    if ruled_out(trig, sent):
        return None  # the verb's own vetoes: "schmiss den Ball hin", "trat die Gebiete ab"
    cl = clause(ctx, sent, trig.i)
    if trig.spec.get("needs_office"):
        k = _office_noun(ctx, cl)
        if k is None and trig.spec.get("office_or_body") and _left_body_or_cue(ctx, cl):
            pass  # "schied aus dem Vorstand aus", "schied mit sofortiger Wirkung aus"
        elif k is None or doc[k - 1].lower_ in _INDEFINITE:
            return None
        elif trig.spec.get("own_office") and doc[k - 1].lower_ not in OWN_POSSESSIVES:
            return None  # "stellte Räume im Landratsamt zur Verfügung": not one's own office
        if trig.lemma == "räumen" and any(t.lower_ == "ein" and doc[t.i + 1].text in CLAUSE_END for t in cl):
            return None  # "räumte ein, …": an admission
    if any(t.tag_.startswith("VM") and t.lower_ in trig.spec.get("not_finite", ()) for t in cl):
        return None  # "muss seinen Posten räumen": made to go (dismissals)
    who = subject_of(ctx, sent, trig.i)
    if trig.spec.get("office_or_body") and (who is None or who.kind != AgentKind.PERSON):
        # "Aus der Regierung ausgeschieden ist Minister X": the subject after the verb, not the body
        names = unprepositioned_names(ctx, cl)
        who = ctx.person_agent(names[0].person) if names else who
    if who is None or who.kind == AgentKind.PLACE:
        return None
    if trig.spec.get("persons_only") and who.kind != AgentKind.PERSON:
        return None  # "Der Klub gab die Tabellenführung auf"
    named = apposition_in(ctx, sent.start, trig.i) if who.name is None else None
    if named is not None:
        who = named[0]  # "Der Vorstandschef der Bank, Michael Kurz, muss seinen Posten räumen"
    ev = ctx.evidence(sent, f"resignation.verb.{trig.lemma}", 0.8)
    return Resignation(ev, who, _office(ctx, sent, cl, who), ctx.date_for(sent, doc[trig.i].idx))


def _nominal(ctx: ArticleContext, sent: Span, i: int) -> Resignation | None:
    """ "seinen (sofortigen) Rücktritt", "der Rücktritt von X / des Ministers"; not "einen Rücktritt"."""
    doc = ctx.doc
    k = i - 1
    while k > sent.start and doc[k].tag_ == "ADJA":
        k -= 1
    if k >= sent.start and doc[k].lower_ in OWN_POSSESSIVES:
        # "Nach seinem Rücktritt als Minister wurde X Botschafter": the possessive points forward
        who = forward_possessor(ctx, sent, k) or ctx.resolve_possessive(doc[k])
    elif k >= sent.start and doc[k].lower_ in _INDEFINITE:
        return None
    else:
        who = holder_after_noun(ctx, sent, i + 1) or saxon_genitive_holder(ctx, sent, i)
    if who is None or who.kind == AgentKind.PLACE:
        return None
    after = doc[i : clause(ctx, sent, i).end]
    ev = ctx.evidence(sent, "resignation.noun", 0.7)
    return Resignation(ev, who, _office(ctx, sent, after, who), ctx.date_for(sent, doc[i].idx))


def _attributive(ctx: ArticleContext, sent: Span, i: int) -> Resignation | None:
    """ "des (am Montag) zurückgetretenen Werft-Chefs Karl Hahn": the named person after the
    participle at ``i``, the title as the post, dated by the phrase or else before the report."""
    phrase = participle_phrase(ctx, sent, i, reach=6)
    if any(t.lower_ in _lexicon()["not_with"] for t in phrase):
        return None  # "der vom Vertrag zurückgetretene Käufer"
    found = holder_after_participle(ctx, sent, i, phrase)
    if found is None:
        return None
    return Resignation(ctx.evidence(sent, "resignation.attributive", 0.7), *found)


def _nominal_listed(ctx: ArticleContext, sent: Span, i: int) -> list[Resignation]:
    """The nominal resignation of the noun at ``i``, once for each person listed after its holder
    ("der Rücktritt von A (SVP) und B (FDP)"), each with the post the article gives them."""
    fact = _nominal(ctx, sent, i)
    if fact is None:
        return []
    listed = listed_after(ctx, sent, i, fact.resigned)
    own = [replace(fact, resigned=who, office=office_of(ctx, who)) for who in listed[1:]]
    return [fact, *own]


def _each_listed(ctx: ArticleContext, sent: Span, fact: Resignation) -> list[Resignation]:
    """ "Justizminister A und Bildungsministerin B kündigten ihren Rücktritt an", "A und B traten
    zurück": one resignation per listed person, each with their own post."""
    listed = listed_agents(ctx, sent, fact.resigned)
    if len(listed) < 2:
        return [fact]
    return [
        fact if who == fact.resigned else replace(fact, resigned=who, office=office_of(ctx, who))
        for who in listed
    ]


def _merged(facts: list[Resignation]) -> list[Resignation]:
    """One resignation told twice ("X ist zurückgetreten. Sein Rücktritt kam überraschend"): one
    fact, with the post and the date of whichever telling gives them."""
    kept: list[Resignation] = []
    for fact in facts:
        k = next(
            (
                k
                for k, other in enumerate(kept)
                if other.resigned == fact.resigned
                and (not other.office or not fact.office or same_post(other.office, fact.office))
            ),
            None,
        )
        if k is None:
            kept.append(fact)
            continue
        first = kept[k]
        kept[k] = replace(
            first,
            office=first.office or fact.office,
            date=first.date if dated(first.date) else fact.date or first.date,
        )
    return kept


def extract_resignations(ctx: ArticleContext) -> list[Resignation]:
    nouns = frozenset(_lexicon()["nouns"])
    attributive = frozenset(_lexicon()["attributive"])
    out: list[Resignation] = []
    for sent in ctx.sentences:
        triggers = find_triggers(ctx, sent, "resignation")
        noun_at = [i for i, word in enumerate(ctx.sentence_texts(sent), sent.start) if word in nouns]
        # told as a known fact, not as the sentence's news: no hedge or negation of the sentence applies
        lowers = ctx.sentence_lowers(sent)
        told = [_attributive(ctx, sent, i) for i, low in enumerate(lowers, sent.start) if low in attributive]
        out.extend(f for f in told if f is not None)
        if not triggers and not noun_at:
            continue
        if _ruled_out(sent) or hedged(ctx, sent, [t.i for t in triggers] + noun_at):
            continue
        found = [_verbal(ctx, sent, t) for t in triggers if not negated(ctx, sent, t.i)]
        if not triggers:
            # each noun in its own clause: "Es gab keine Debatte, bis X seinen Rücktritt erklärte"
            told = [i for i in noun_at if not negated(ctx, sent, i)]
            found += [each for i in told for each in _nominal_listed(ctx, sent, i)]
        out.extend(each for f in found if f is not None for each in _each_listed(ctx, sent, f))
    return _merged(out)
