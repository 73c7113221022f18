"""Successions told by a noun: "B wird Nachfolger von A", "sein Vorgänger A", "Ihr Nachfolger wird B",
"ernannte B zu seiner Nachfolgerin" after A left, "Der Nachfolger des … A, B, …"."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext, Mention
from kzgraph.extract.facts import Agent, AgentKind, Dismissal, Replacement
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import agent_after_von, apposition_name, gender_of
from kzgraph.extract.grammar.relative import relative_antecedent, relative_role
from kzgraph.extract.grammar.triggers import PASSIVE_AUX, events_lexicon, find_triggers
from kzgraph.extract.kinds.offices.extract import office_label
from kzgraph.extract.kinds.replacements.found_with import found_with
from kzgraph.extract.kinds.replacements.genitive_name import coordinated_persons, name_in_genitive
from kzgraph.extract.kinds.replacements.inheritance import inheritance_taken_up
from kzgraph.extract.kinds.replacements.relative_genitive import relative_genitive_succession
from kzgraph.extract.kinds.replacements.successor_roles import (
    appointed_in_clause,
    copula_subject,
    genitive_possessor,
    named_after_finite,
    object_of_verb,
)
from kzgraph.extract.posts.departures import Departure, departure_just_before
from kzgraph.extract.posts.hierarchy import OWN_POSSESSIVES, POSSESSIVE_DETERMINERS, office_of

# "Als Nachfolger von A gilt B", "wird B gehandelt", "ist B vorgesehen": B is a candidate
_WORDS = closed_class()
_CANDIDATE_VERBS = frozenset(events_lexicon()["succession"]["candidate_verbs"])
_VON_OR_GENITIVE = _WORDS.words("von_or_genitive_articles")  # "die Nachfolge von X / des X"
_GENITIVE_ARTICLES = _WORDS.words("genitive_articles")
_CAPACITY = _WORDS.words("capacity_words")  # "als"
_FOR = events_lexicon()["succession"]["found_for"]  # "für"


def _names_a_candidate(sent: Span) -> bool:
    return any(w.lower_ in _CANDIDATE_VERBS for w in sent)


@cache
def cue_nouns() -> frozenset[str]:
    """Nachfolger, Vorgängerin, Nachfolge …: the nouns that tell a succession."""
    lex = events_lexicon()["succession"]
    return (
        frozenset(lex["successor_nouns"])
        | frozenset(lex["predecessor_nouns"])
        | frozenset(lex["succession_nouns"])
    )


def told_by_nouns(ctx: ArticleContext, sent: Span, told: list[Departure]) -> list[Replacement]:
    lex = events_lexicon()["succession"]
    # a successor model or product is no succession: a compound of the cue ("Nachfolgemodell") or a
    # product noun near a cue noun ("der Nachfolger des iPhone"); a product elsewhere ("…, der seinen
    # Vertrag nicht verlängern wollte") says nothing, and a person's name is no cue ("Beispiel")
    cues = [t.i for t in sent if t.text in cue_nouns()]
    if any(
        t.lower_.endswith(tuple(lex["product_cues"]))
        and ctx.mention_at(t.i) is None
        and (t.lower_.startswith(("nachfolge", "vorgänger")) or any(abs(t.i - c) <= 3 for c in cues))
        for t in sent
    ):
        return []
    out = [r for r in [_in_place_of(ctx, sent, told)] if r is not None]
    taken_up = inheritance_taken_up(ctx, sent)  # "tritt das Erbe von A an"
    for t in sent:
        if t.text in lex["predecessor_nouns"] or t.text in lex["successor_nouns"]:
            found = relative_genitive_succession(ctx, sent, t.i)  # "A, dessen Nachfolger B …"
            if found is not None:
                out.append(found)
                continue
        if t.text in lex["predecessor_nouns"] and t.i > sent.start:
            found = _possessive_predecessor(ctx, sent, t.i)
        elif t.text in lex["successor_nouns"] or t.text in lex["succession_nouns"] or t.i in taken_up:
            found = _successor_noun(ctx, sent, t.i, told)
        else:
            continue
        if found is not None:
            out.append(found)
            if found.evidence.rule == "replacement.noun.successor":
                # "die Nachfolge von A und B antreten": a shared post, both are succeeded
                out.extend(
                    replace(found, predecessor=p) for p in coordinated_persons(ctx, sent, found.predecessor)
                )
    return out


def _possessive_predecessor(ctx: ArticleContext, sent: Span, i: int) -> Replacement | None:
    """ "sein(em) Vorgänger X": the possessor succeeded X."""
    doc = ctx.doc
    succ = ctx.resolve_possessive(doc[i - 1])
    m = None
    for k in range(i + 1, min(sent.end, i + 8)):
        m = ctx.mention_at(k)
        if m is not None or doc[k].text in (".", ";", ":") or doc[k].text[:1].islower() and k == i + 1:
            break
    if succ is None or m is None or m.kind != "name":
        return None
    pred = ctx.person_agent(m.person)
    if pred == succ:
        return None
    return Replacement(
        ctx.evidence(sent, "replacement.possessive_predecessor", 0.6),
        succ,
        pred,
        office_of(ctx, succ),
        None,
        ctx.date_for(sent, doc[i].idx),
    )


def _successor_noun(ctx: ArticleContext, sent: Span, i: int, told: list[Departure]) -> Replacement | None:
    """ "B wird Nachfolger von A", "B, der Nachfolger von A", "B tritt die Nachfolge von A an"; without
    a genitive or von-phrase: "Ihr Nachfolger wird B", "Seine Nachfolge tritt B an"."""
    doc = ctx.doc
    lex = events_lexicon()["succession"]
    if _topic_of(doc, sent, i, lex["topic_prepositions"]):
        return None
    k = i + 1
    gen = ctx.mention_at(k) if k < sent.end else None
    if gen is not None and (_after_possessive(doc, sent, i) or genitive_possessor(ctx, i) is not None):
        gen = None  # "sein / Grimms Nachfolger B": B in apposition is the successor, not a genitive
    # "geht als Nachfolger für A nach X": "für" after the capacity word names the predecessor too
    capacity_for = k < sent.end and doc[k].lower_ == _FOR and i > sent.start
    capacity_for = capacity_for and doc[i - 1].lower_ in _CAPACITY
    if k < sent.end and (doc[k].lower_ in _VON_OR_GENITIVE or gen is not None or capacity_for):
        return _successor_of_named(ctx, sent, i, gen)
    if doc[i].text in lex["successor_nouns"] and i > sent.start and doc[i - 1].tag_ == "ART":
        return found_with(ctx, sent, i, told)  # "hat mit B einen Nachfolger gefunden"
    if doc[i].text in lex["successor_nouns"] or _after_possessive(doc, sent, i):
        return _successor_named(ctx, sent, i, told)  # "Ihr Nachfolger wird B"
    return None


def _topic_of(doc, sent: Span, i: int, prepositions: list[str]) -> bool:  # type: ignore[no-untyped-def]
    """The noun at ``i`` is in a phrase opened by a topic preposition, past its article and
    adjectives ("über die Nachfolge von A", "nach einem neuen Nachfolger")."""
    k = i - 1
    while k > sent.start and doc[k].tag_ in ("ART", "ADJA", "PPOSAT"):
        k -= 1
    return k >= sent.start and k < i - 1 and doc[k].lower_ in prepositions


def _successor_of_named(ctx: ArticleContext, sent: Span, i: int, gen: Mention | None) -> Replacement | None:
    """The noun at ``i`` names its predecessor: "die Nachfolge Lindners", "Nachfolger von A", "des
    am Montag zurückgetretenen Chefs X"; the successor is the subject, an entrusted person or an
    apposition."""
    doc = ctx.doc
    k = i + 1
    pred = ctx.person_agent(gen.person) if gen is not None else agent_after_von(ctx, k + 1, sent.end)
    named = name_in_genitive(ctx, sent, k)  # "des früheren Abtes des Stifts, A (71)": A
    if named is not None:
        pred = ctx.person_agent(named.person)
    if _names_a_candidate(sent):
        return None  # "Als Nachfolger gilt B", "wird B gehandelt": a candidate, no fact
    entrusted = _entrusted_with(ctx, sent, i)
    if (
        entrusted is False
        and i - 2 >= sent.start
        and doc[i - 2].lower_ == "in"
        and doc[i - 1].lower_ == "der"
    ):
        # "ernannte X in der Nachfolge von A zum Y": the one appointed, not the subject, succeeds
        entrusted = object_of_verb(ctx, sent, i)
        if entrusted is None:
            return None
    if entrusted is False and i > sent.start and doc[i - 1].lower_ in _TO_ROLE:
        # "Als Nachfolger von A hat der Papst B ernannt": the one appointed, not the subject
        entrusted = appointed_in_clause(ctx, sent, i) or False
    # "X mit der Nachfolge von A betrauen": X, not the subject, is the successor
    succ = entrusted if entrusted is not False else _successor_subject(ctx, sent, i, i)
    if succ is None and named is not None and i == sent.start + 1:
        # "Der Nachfolger des … X, Y, hat …": the name in apposition is the successor
        appo = apposition_name(ctx, named.end, sent.end)
        succ = appo[0] if appo is not None else None
    if succ is None or succ == pred:
        # "Als Nachfolger von A wurde B bestimmt": the subject of a passive or copula
        # ("hat der Verein B verpflichtet": the club is no successor)
        fin = next((j.i for j in doc[i : sent.end] if j.tag_.endswith("FIN")), None)
        passive = fin is not None and doc[fin].lower_ in PASSIVE_AUX
        succ = _successor_subject(ctx, sent, fin, i) if passive else None
        if (succ is None or succ == pred) and fin is not None:
            succ = named_after_finite(ctx, sent, fin, pred)  # "Die Nachfolge von A tritt B an"
    if not (pred and succ and pred != succ and pred.kind == succ.kind == AgentKind.PERSON):
        return None
    return Replacement(
        ctx.evidence(sent, "replacement.noun.successor", 0.7),
        succ,
        pred,
        _office_after_als(ctx, i, sent.end) or office_of(ctx, pred),
        None,
        ctx.date_for(sent, doc[i].idx),
        told_by_noun=True,
    )


def _entrusted_with(ctx: ArticleContext, sent: Span, i: int) -> Agent | None | bool:
    """ "Frau X mit der Nachfolge (von A) betrauen / beauftragen": the named person right before
    "mit der" at the noun ``i`` (None if there is none); False when the noun is not so introduced."""
    doc = ctx.doc
    if i - 2 < sent.start or doc[i - 2].lower_ != "mit" or doc[i - 1].lower_ != "der":
        return False
    before = [m for m in ctx.mentions_in(doc[sent.start : i - 2]) if m.end == i - 2 and m.kind == "name"]
    return ctx.person_agent(before[0].person) if before else None


def _successor_subject(ctx: ArticleContext, sent: Span, verb: int, noun: int) -> Agent | None:
    """The subject of the verb at ``verb`` as the successor; not the successor noun's own phrase
    ("Als Nachfolger von A …")."""
    succ = subject_of(ctx, sent, verb)
    if succ is None:
        # "sagte B, der zum Nachfolger von A ernannt worden ist": the relative pronoun's antecedent
        rel = relative_role(ctx, sent, verb)
        if rel is not None and rel.role == "subject":
            ante = relative_antecedent(ctx, sent, clause(ctx, sent, verb))
            succ = ante[0] if ante is not None else None
    if succ is not None and succ.name is None and ctx.doc[noun].text in succ.label.split():
        return None
    return succ


def _successor_named(ctx: ArticleContext, sent: Span, i: int, told: list[Departure]) -> Replacement | None:
    """ "Ihr Nachfolger wird B" (the possessor is A) / "Nachfolger wird B", "ernannte B zur
    Nachfolgerin" right after A's dismissal or resignation was reported / "B wird sein Nachfolger"."""
    doc = ctx.doc
    before = doc[i - 1] if i > sent.start else None
    role = _possessive_role(ctx, sent, i)
    departed = _departed_before(ctx, sent, told, role, i) if role is not None else None
    vacated = departed.office if departed is not None else None
    copula: Agent | None = None
    if departed is not None:
        # "A trat zurück. Der Kanzler ernannte B zu seinem Nachfolger": A's, not the Kanzler's
        pred, rule = departed.departed, "replacement.noun.successor_after_departure"
    elif (possessor := genitive_possessor(ctx, i)) is not None and not _names_a_candidate(sent):
        pred, rule = possessor, "replacement.noun.genitive_successor"  # "Grimms Nachfolger wird B"
    elif before is not None and before.lower_ in _ANY_POSSESSIVES:
        if _object_of_another_verb(ctx, sent, i):
            return None
        pred = ctx.resolve_possessive(before)
        rule = "replacement.noun.possessive_successor"
        copula = copula_subject(ctx, sent, before.i)  # "B wurde sein Nachfolger": B
        if pred is not None and copula == pred:
            # "B wurde sein Nachfolger": "sein" is not B but the one who left just before
            recent = departure_just_before(ctx, sent, told, other_than=pred)
            pred = recent.departed if recent is not None else None
    elif i == sent.start or _role_of_successor(ctx, sent, i) or _opens_clause_after_comma(ctx, sent, i):
        # the dismissal or resignation reported in the sentences just before, or in this one
        # before a comma ("A trat zurück, Nachfolger wurde B")
        recent = departure_just_before(ctx, sent, told, before=i)
        pred = recent.departed if recent is not None else None
        how = "dismissal" if isinstance(recent, Dismissal) else "resignation"
        rule = f"replacement.noun.successor_after_{how}"
    else:
        return None
    if pred is None or pred.kind != AgentKind.PERSON:
        return None
    names = [m for m in ctx.mentions_in(sent) if m.kind == "name" and ctx.person_agent(m.person) != pred]
    after = [m for m in names if m.start > i]
    chosen = after[0] if after else (names[-1] if names else None)
    if chosen is None:
        return None
    succ = ctx.person_agent(chosen.person)
    if copula is not None and copula != pred and copula.kind == AgentKind.PERSON:
        succ = copula  # the copula's subject, not a name in a clause after it
    date = ctx.date_for(sent, doc[i].idx)
    office = _office_after_als(ctx, i, sent.end) or vacated or office_of(ctx, pred)
    return Replacement(ctx.evidence(sent, rule, 0.65), succ, pred, office, None, date, told_by_noun=True)


_OBJECT_POSSESSIVES = _WORDS.words("object_possessives")
# "sein Nachfolger", "seines Nachfolgers", "zu dessen Nachfolger"
_ANY_POSSESSIVES = POSSESSIVE_DETERMINERS | OWN_POSSESSIVES | _WORDS.words("dative_possessives")


def _object_of_another_verb(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """ "als er seinen Nachfolger X lobte": the successor noun in the object
    of a verb that tells no appointment or succession describes X; it states no event. "zu
    seinem Nachfolger", "als seinen Nachfolger" and appointing verbs ("stellte seinen Nachfolger
    vor") do."""
    doc = ctx.doc
    if (
        doc[i - 1].lower_ not in _OBJECT_POSSESSIVES
        or i - 2 >= sent.start
        and doc[i - 2].lower_ in _TO_ROLE_OR_ZU
    ):
        return False
    cl = clause(ctx, sent, i)
    told = find_triggers(ctx, sent, "appointment") + find_triggers(ctx, sent, "succession", "replace_verbs")
    return not any(cl.start <= t.i < cl.end for t in told)


_TO_ROLE = _WORDS.words("to_role_words")
_TO_ROLE_OR_ZU = _WORDS.words("to_role_or_zu")


def _after_possessive(doc: Doc, sent: Span, i: int) -> bool:
    """ "sein Nachfolger", also the genitive "die Ernennung seines Nachfolgers X"."""
    return i > sent.start and doc[i - 1].lower_ in POSSESSIVE_DETERMINERS | OWN_POSSESSIVES


# "zu seiner Nachfolgerin", "zu ihrem Nachfolger", "zu dessen Nachfolger": the possessive of a
# role given with "zu"; "dessen"/"deren" point back to the person just named
_DATIVE_POSSESSIVES = _WORDS.words("dative_possessives")


def _possessive_role(ctx: ArticleContext, sent: Span, i: int) -> str | None:
    """The gender ("m"/"f") of the possessive in "zu seinem/ihrer Nachfolger(in)" before the successor
    noun at ``i``; None when the noun is not given as such a role."""
    doc = ctx.doc
    if i - 2 < sent.start or doc[i - 2].lower_ != "zu" or doc[i - 1].lower_ not in _DATIVE_POSSESSIVES:
        return None
    return "m" if doc[i - 1].lower_.startswith(("sein", "dessen")) else "f"


def _departed_before(
    ctx: ArticleContext, sent: Span, told: list[Departure], gender: str, noun: int
) -> Departure | None:
    """The person who left a post just before ``sent``, or earlier in it before the successor noun at
    ``noun`` ("hat A entlassen und B zu dessen Nachfolger ernannt"), when the possessive's gender
    fits them."""
    recent = departure_just_before(ctx, sent, told, before=noun)
    if recent is None or gender_of(ctx, recent.departed) not in (gender, None):
        return None
    return recent


def _opens_clause_after_comma(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """ "…, Nachfolger wurde B": the bare successor noun opens a main clause after a comma."""
    doc = ctx.doc
    after_comma = i - 1 > sent.start and doc[i - 1].text == ","
    return after_comma and i + 1 < sent.end and doc[i + 1].tag_.endswith("FIN")


def _role_of_successor(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """ "ernannte B zur (neuen) Nachfolgerin", "nominierte B als Nachfolger": the successor noun at
    ``i`` as the role someone is given; "Als Nachfolger gilt B" names a candidate only."""
    doc = ctx.doc
    k = i - 1 - (i - 1 > sent.start and doc[i - 1].lower_ in _WORDS.words("neu_forms"))
    return k >= sent.start and doc[k].lower_ in _TO_ROLE and not _names_a_candidate(sent)


def _office_after_als(ctx: ArticleContext, i: int, end: int) -> str | None:
    """ "Ihr Nachfolger als Vizepräsident": the post the successor noun at ``i`` names itself."""
    doc = ctx.doc
    if i + 2 < end and doc[i + 1].lower_ == "als" and ctx.lx.is_title(doc[i + 2].text):
        return office_label(ctx, i + 2)[0]
    return None


_TRETEN = frozenset(events_lexicon()["succession"]["treten_forms"])  # "tritt die Nachfolge an"
# the nouns of taking someone's place with "treten" and the preposition before their article
_PLACE_NOUNS = events_lexicon()["succession"]["place_nouns"]


def _in_place_of(ctx: ArticleContext, sent: Span, told: list[Departure]) -> Replacement | None:
    """ "An seine Stelle tritt B", "B tritt an die Stelle von A", "B tritt in die Fußstapfen von A":
    B replaces A. "seine" is whoever left a post just before, when the gender fits, else whom the
    possessive resolves to."""
    doc = ctx.doc
    verb = next((t.i for t in sent if t.lower_ in _TRETEN), None)
    if verb is None:
        return None
    for t in sent:
        opener = _PLACE_NOUNS.get(t.text)  # "an die Stelle", "in die Fußstapfen"
        if opener is None or t.i - 2 < sent.start or doc[t.i - 2].lower_ != opener:
            continue
        before = doc[t.i - 1]
        if before.lower_ in POSSESSIVE_DETERMINERS:
            gender = "m" if before.lower_.startswith("sein") else "f"
            departed = _departed_before(ctx, sent, told, gender, t.i)
            pred = departed.departed if departed is not None else ctx.resolve_possessive(before)
        elif before.lower_ == "die" and t.i + 2 < sent.end and doc[t.i + 1].lower_ in _VON_OR_GENITIVE:
            gen = ctx.mention_at(t.i + 2) if doc[t.i + 1].lower_ != "von" else None
            if gen is not None:
                pred = ctx.person_agent(gen.person)
            else:
                pred = agent_after_von(ctx, t.i + 2, sent.end)
        else:
            continue
        succ = _successor_subject(ctx, sent, verb, t.i)
        if pred is None or succ is None or pred == succ or not pred.kind == succ.kind == AgentKind.PERSON:
            return None
        if t.text != "Stelle" and not (pred.is_named and _post_known(ctx, sent, pred)):
            # "tritt in die Fußstapfen seines Vaters / einer Olympiasiegerin": an example followed
            return None
        ev = ctx.evidence(sent, "replacement.noun.in_place_of", 0.7)
        date = ctx.date_for(sent, t.idx)
        return Replacement(ev, succ, pred, office_of(ctx, pred), None, date, told_by_noun=True)
    return None


def _post_known(ctx: ArticleContext, sent: Span, pred: Agent) -> bool:
    """A post is at stake: the article gives ``pred`` an office, or the sentence names a title."""
    return office_of(ctx, pred) is not None or any(ctx.lx.is_title(t.text) for t in sent)
