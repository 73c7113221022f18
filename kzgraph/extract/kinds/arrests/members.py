"""Named persons arrested with a group or among the arrested: "Unter den Festgenommenen ist auch X",
"20 Menschen, darunter der Fotograf X", "zwei Männer, A und B"."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.coordination import listed_agents
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.grammar.objects import apposition_name, unprepositioned_names
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.arrests.person_nouns import open_person_noun, person_plural

_GROUP_MEMBERSHIP_PREPOSITIONS = closed_class().words("group_membership_prepositions")


def among_the_arrested(ctx: ArticleContext, sent: Span) -> tuple[int, list[Agent]] | None:
    """ "Unter den Festgenommenen ist auch der Studentenvertreter X", "Zu den Verhafteten gehören X
    und Y", "X war unter den Festgenommenen": the named persons placed among the arrested, with
    the index of the noun ("Festgenommenen")."""
    lex = events_lexicon()["arrest"]
    doc = ctx.doc
    for k in ctx.positions_of(sent, _GROUP_MEMBERSHIP_PREPOSITIONS):
        if k >= sent.end - 2 or doc[k + 1].lower_ != "den":
            continue
        noun = k + 2
        if doc[noun].text not in lex["among_nouns"]:
            continue
        cl = clause(ctx, sent, noun)
        if noun + 1 < cl.end and doc[noun + 1].lower_ in lex["among_verbs"]:
            stretch = doc[noun + 1 : cl.end]  # the phrase opens the clause: the names follow the verb
        elif any(t.lower_ in lex["among_verbs"] for t in doc[cl.start : k]):
            stretch = doc[cl.start : k]  # "X war unter den Festgenommenen"
        else:
            continue
        names = [m for m in ctx.mentions_in(stretch) if m.kind == "name"]
        if names:
            return noun, listed_agents(ctx, sent, ctx.person_agent(names[0].person))
        members = named_members(ctx, sent)  # "… sieben Journalisten, darunter der Fotograf X"
        if members:
            return noun, members
    return _the_arrested_including(ctx, sent)


def _the_arrested_including(ctx: ArticleContext, sent: Span) -> tuple[int, list[Agent]] | None:
    """ "Die Festgenommenen, darunter der Aktivist X, …": the arrested as a noun of their own with
    members named after "darunter" / "unter ihnen"."""
    doc = ctx.doc
    nouns = set(events_lexicon()["arrest"]["among_nouns"])
    for k in ctx.positions_of_texts(sent, nouns):
        if not sent.start < k < sent.end - 2 or doc[k - 1].tag_ != "ART" or doc[k + 1].text != ",":
            continue
        if _after_member_opener(ctx, k + 2) is not None:
            members = named_members(ctx, sent)
            if members:
                return k, members
    return None


def _after_member_opener(ctx: ArticleContext, k: int) -> int | None:
    """Where the members start after "darunter" / "unter ihnen" at ``k``, or None."""
    doc = ctx.doc
    if doc[k].lower_ == "darunter":
        return k + 1
    if doc[k].lower_ == "unter" and k + 1 < len(doc) and doc[k + 1].lower_ == "ihnen":
        return k + 2
    return None


def members_named_next(ctx: ArticleContext, sent: Span) -> tuple[int, list[Agent]] | None:
    """ "Unter ihnen sei auch General X", "Darunter sind X und Y": a sentence opening with the
    group of the sentence before, naming some of its members; with the index of the opener."""
    doc = ctx.doc
    k = sent.start
    if k + 3 >= sent.end:
        return None
    verb = _after_member_opener(ctx, k)
    if verb is None or doc[verb].lower_ not in events_lexicon()["arrest"]["among_verbs"]:
        return None
    names = [m for m in ctx.mentions_in(clause(ctx, sent, verb)) if m.kind == "name"]
    if not names:
        return None
    return k, listed_agents(ctx, sent, ctx.person_agent(names[0].person))


def named_members(ctx: ArticleContext, sent: Span) -> list[Agent]:
    """The named persons of a group, given after ", darunter" or ", unter ihnen": "20 Menschen,
    darunter der Fotograf X (und Y)"."""
    doc = ctx.doc
    for k in range(sent.start + 1, sent.end - 1):
        if doc[k - 1].text != ",":
            continue
        start = _after_member_opener(ctx, k)
        if start is None:
            continue
        names = [m for m in ctx.mentions_in(clause(ctx, sent, start)) if m.kind == "name"]
        if not names:
            # "darunter der Vorsitzende der Partei X, Nika Gwaramia": the name in apposition to
            # the description (the first comma after it)
            comma = next((j for j in range(start, min(sent.end, start + 12)) if doc[j].text == ","), None)
            got = apposition_name(ctx, comma, sent.end) if comma is not None else None
            names = [ctx.mention_at(got[1])] if got is not None else []
        if names and names[0] is not None:
            return listed_agents(ctx, sent, ctx.person_agent(names[0].person))
    return []


def members_in_apposition(ctx: ArticleContext, sent: Span, label: str, count: int) -> list[Agent]:
    """ "Zwei Männer, Dieter S. und Alexander J., wurden …": the counted group is the named persons
    of its apposition when these are as many as it counts."""
    doc = ctx.doc
    head = label.split()[-1]
    for t in sent:
        if t.text != head or t.i + 2 >= sent.end or doc[t.i + 1].text != ",":
            continue
        m = ctx.mention_at(t.i + 2)
        if m is None or m.kind != "name" or m.start != t.i + 2:
            continue
        names = listed_agents(ctx, sent, ctx.person_agent(m.person))
        if len(names) == count:
            return names
    return []


def companions_named_with(ctx: ArticleContext, sent: Span, persons: list[Agent], verb: int) -> list[Agent]:
    """ "X und ihre Kollegen wurden festgenommen", "X und sein Fahrer": the unnamed people joined
    to the named subject of a passive arrest, before the verb in its clause; a group when the noun
    is plural. Their label says whose they are when the possessive names someone."""
    doc = ctx.doc
    cl = clause(ctx, sent, verb)
    ends = [
        m.end
        for m in ctx.mentions_in(doc[cl.start : verb])
        if m.kind == "name" and any(ctx.person_agent(m.person) == p for p in persons)
    ]
    if not ends:
        return []
    k = max(ends)
    if k + 2 >= verb or doc[k].lower_ not in COORDINATORS or doc[k + 1].tag_ != "PPOSAT":
        return []
    j = k + 2
    while j < verb and doc[j].tag_ == "ADJA":
        j += 1
    head = doc[j]
    if j >= verb or head.tag_ != "NN" or ctx.mention_at(j) is not None or not open_person_noun(head.text):
        return []
    if j + 1 < verb and doc[j + 1].tag_ in ("NN", "NE", "ART"):
        return []  # "X und seine Frau Y": a name or a genitive goes on
    owner = ctx.resolve_possessive(doc[k + 1])
    words = doc[k + 2 : j + 1].text
    label = f"{words} von {owner.label}" if owner is not None else doc[k + 1 : j + 1].text
    # the tagger's number of the possessive ("ihre Kollegen" plural, "seine Frau" singular)
    plural = "Plur" in doc[k + 1].morph.get("Number") or person_plural(head.text) is not None
    kind = AgentKind.GROUP if plural else AgentKind.PERSON
    return [Agent(kind, label=label)]


_OPEN_STRETCH = frozenset({"KOUS", "PRELS", "PRELAT", "PWS", "PWAV"})
_GENITIVE = closed_class().words("genitive_articles")


def names_listed_before_group(ctx: ArticleContext, sent: Span, verb: int) -> list[Agent]:
    """ "X, Sprecherin der Initiative Y, und vier andere Aktivisten wurden abgeführt": the named
    persons opening the list whose last member is the counted or vague group, the subject of the
    passive ``verb``; nothing when a verb or clause opens before it."""
    doc = ctx.doc
    lex = events_lexicon()
    words = [*lex["vague_numbers"], *lex["count"]["vague_quantifiers"], *lex["arrest"]["unsized_determiners"]]
    quantities = {w.lower() for w in words} | set(lex["number_words"])
    qualifiers = {w.split()[-1] for w in lex["count"]["qualifiers"]}
    for k in range(sent.start + 1, verb):
        if doc[k].lower_ not in COORDINATORS:
            continue
        j = k + 1
        while j < verb and doc[j].lower_ in qualifiers:
            j += 1  # "sowie mindestens sechs …"
        if j >= verb or not (doc[j].tag_ == "CARD" or doc[j].lower_ in quantities):
            continue
        stretch = doc[sent.start : k]
        if any(t.tag_.endswith("FIN") or t.tag_ in _OPEN_STRETCH for t in stretch):
            return []
        out: list[Agent] = []
        for m in unprepositioned_names(ctx, stretch):
            agent = ctx.person_agent(m.person)
            if agent not in out and not _genitive_of_noun(doc, m.start):
                out.append(agent)
        return out
    return []


def _genitive_of_noun(doc, k: int) -> bool:  # type: ignore[no-untyped-def]
    """The name at ``k`` follows a noun and a genitive article ("ein Mitglied der Gruppe X")."""
    return k >= 2 and doc[k - 1].lower_ in _GENITIVE and doc[k - 2].tag_ == "NN"
