"""The object of an event verb: who was dismissed, appointed, arrested or replaced.

After the verb in V2 order ("entließ X"), else before it past the subject ("hat X
entlassen"); past prepositional phrases, but a name after a time or place ("am Montag X")
is the object. Also the agent of a passive ("von X", "durch das Parlament").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext, Mention
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.agents import np_end, saxon_genitive
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import opens_dependent_clause

_DEN_DEM = closed_class().words("dative_plural_articles")
_PAST_PLACE_PREPOSITIONS = closed_class().words("past_place_prepositions")
# nouns whose "von" phrase names a person related to the noun's holder ("Nachfolger von A")
_VON_COMPLEMENT_HEADS = closed_class().words("von_complement_heads")
_HONORIFICS = closed_class().words("academic_honorifics")  # "Prof. Dr." before a name

_WORDS = closed_class()
_DATIVE_PLURAL = _WORDS.words("dative_plural_articles")  # "den Grünen", "dem Rat"
_AGENT_PREPOSITIONS = _WORDS.words("agent_prepositions")  # "von X", "durch X"


def object_after(
    ctx: ArticleContext, start: int, limit: int, skip: set[int] | None = None
) -> tuple[Agent, int, int] | None:
    """First person mention or organization/group NP after ``start`` (not inside a PP)."""
    doc, lx = ctx.doc, ctx.lx
    k = start
    while k < limit:
        tok = doc[k]
        if closes_middle_field(doc, k):
            return None
        m = ctx.mention_at(k)
        if (
            m is not None
            and (skip is None or m.person not in skip)
            and m.kind != "description"
            or (m is not None and m.kind == "description" and doc[m.start].lower_ in _DEN_DEM)
        ):
            prev = doc[m.start - 1].lower_ if m.start > 0 else ""
            if postposition_at(doc, m.end, limit):
                k = m.end + 1  # "X zufolge", "dem Sender gegenüber": an adjunct, no object
                continue
            if m.start > 0 and doc[m.start - 1].tag_ == "KOUS":
                prev = ""  # "…, bis ihn der Verein entließ": a conjunction, no preposition
            if prev not in lx.prepositions and not _genitive_name(ctx, m) or prev in _DATIVE_PLURAL:
                named = _named_apposition(ctx, m.end, limit) if m.kind == "description" else None
                return named or (ctx.person_agent(m.person), m.start, m.end)
            k = m.end
            continue
        if tok.lower_ in lx.prepositions:
            k = max(pp_end(ctx, k + 1, limit), k + 1)
            continue
        if tok.lower_ in lx.determiners or tok.lower_ in _WORDS.words("eigen_forms"):
            e = np_end(ctx, k, limit)
            if e > k and postposition_at(doc, e, limit):
                k = e + 1  # "Der Gewerkschaft zufolge": a source, not the verb's object
                continue
            if e > k:
                ag = ctx.agent_for(doc[k:e])
                if ag is not None and ag.kind == AgentKind.PERSON and ag.name is None:
                    # "den Inspekteur des Heeres, Generalleutnant X,": the apposition names him;
                    # also past a place ("den Bischof von Limburg, X,")
                    named = _named_apposition(ctx, e, limit)
                    if named is not None:
                        return named
                if ag is not None:
                    return ag, k, e
                k = e
                continue
        k += 1
    return None


def _named_apposition(ctx: ArticleContext, e: int, limit: int) -> tuple[Agent, int, int] | None:
    """The name set off after an unnamed person phrase ending at ``e`` ("den Inspekteur des Heeres,
    Generalleutnant X,"), also past a place ("den Bischof von Limburg, X,")."""
    e = _past_genitive_conjunct(ctx.doc, e, limit)  # "den Pfarrer des Doms und der Pfarreien – X –"
    return apposition_name(ctx, e, limit) or apposition_name(ctx, _past_place(ctx, e, limit), limit)


def _past_genitive_conjunct(doc: Doc, e: int, limit: int) -> int:
    """Past a genitive joined by "und" at ``e`` ("und der Innenstadtpfarreien"); else ``e``."""
    if e + 2 >= limit or doc[e].lower_ not in _WORDS.words("coordinators"):
        return e
    if doc[e + 1].lower_ not in _WORDS.words("genitive_articles"):
        return e
    j = e + 2
    while j < limit and doc[j].tag_ == "ADJA":
        j += 1
    return j + 1 if j < limit and doc[j].tag_ in ("NN", "NE") else e


_POSTPOSITIONS = _WORDS.words("postpositions")


def postposition_at(doc: Doc, k: int, limit: int) -> bool:
    """A postposition ("zufolge", "gegenüber") at ``k`` before ``limit``: the phrase before it is an
    adjunct ("der Zeitung zufolge"), neither subject nor object."""
    return k < limit and doc[k].lower_ in _POSTPOSITIONS


def _past_place(ctx: ArticleContext, e: int, limit: int) -> int:
    """The end of "von Limburg", "aus Bayern" at ``e``: a preposition and a place or organisation
    name (up to three capitalised words); ``e`` when there is none."""
    doc = ctx.doc
    if e >= limit or doc[e].lower_ not in _PAST_PLACE_PREPOSITIONS:
        return e
    k = e + 1
    while k < min(limit, e + 4) and doc[k].ent_type_ in ("LOC", "ORG", "GPE") and ctx.mention_at(k) is None:
        k += 1
    return k if k > e + 1 else e


def closes_middle_field(doc: Doc, k: int) -> bool:
    """The object of a verb never lies past ``k``: a separable particle ends the main clause
    ("nahm ihn fest, nachdem er X bedroht hatte"), and so does a comma before a relative or
    subordinate clause ("... fest, der X gedroht haben soll": X is no object of "festnehmen")."""
    tok = doc[k]
    if tok.tag_ == "PTKVZ":
        return True
    if tok.text != "," or k + 1 >= len(doc):
        return False
    nxt = doc[k + 1]
    # a "wie" clause is a parenthetical source inside the main clause: "wurden, wie die
    # Polizei mitteilte, Hunderte festgenommen"
    return nxt.lower_ != "wie" and opens_dependent_clause(nxt)


def titled(ctx: ArticleContext, k: int) -> bool:
    """Token ``k`` is a title or role before a name ("Sportdirektor", "Aktivistin"), not a name."""
    text = ctx.doc[k].text
    return (ctx.lx.is_title(text) or ctx.lx.is_role(text)) and ctx.mention_at(k) is None


def unprepositioned_names(ctx: ArticleContext, span: Span) -> list[Mention]:
    """The names in ``span`` not right after a preposition: a subject or object, not a place, a
    time or an agent of "von" ("B" in "tritt am Montag B an", not "von A")."""
    doc, prepositions = ctx.doc, ctx.lx.prepositions
    names = [m for m in ctx.mentions_in(span) if m.kind == "name"]
    return [m for m in names if doc[m.start - 1].lower_ not in prepositions]


def name_after_titles(ctx: ArticleContext, k: int, limit: int) -> Mention | None:
    """The name mention that starts at ``k`` or right after the titles there ("Generalleutnant X")."""
    while k < limit and (titled(ctx, k) or ctx.doc[k].text in _HONORIFICS):
        k += 1  # "Staatssekretär Prof. Dr. X"
    m = ctx.mention_at(k) if k < limit else None
    return m if m is not None and m.kind == "name" and m.start == k else None


_APPOSITION_MARKS = frozenset({",", "–", "—"})


def apposition_name(ctx: ArticleContext, e: int, limit: int) -> tuple[Agent, int, int] | None:
    """ ", (Titel) Vorname Name," right after a phrase ending at ``e``: the name (after any titles)
    closed by a comma or full stop, with where its mention starts and ends; or set off by a pair
    of dashes ("den Pfarrer des Doms – Domkapitular Dr. X – zum …")."""
    doc = ctx.doc
    if e >= limit or doc[e].text not in _APPOSITION_MARKS:
        return None
    if doc[e].text != ",":
        return _name_between_dashes(ctx, e, limit)
    m = name_after_titles(ctx, e + 1, limit)
    if m is None:
        return None
    close = m.end
    bracket = [t.text for t in doc[close : close + 3]]
    if len(bracket) == 3 and bracket[0] == "(" and bracket[1].isdigit() and bracket[2] == ")":
        close += 3  # ", Benno Berg (58),": the age in brackets
    if close < len(doc) and doc[close].text not in (",", ".") and not _post_phrase_after(doc, close, limit):
        return None
    return ctx.person_agent(m.person), m.start, m.end


def _post_phrase_after(doc: Doc, k: int, limit: int) -> bool:
    """ "zur"/"zum"/"als" at ``k``: the apposition's closing comma left out before the post phrase
    ("macht die bisherige Leiterin, X zur Botschafterin")."""
    return k < limit and doc[k].lower_ in _POST_PHRASE_OPENERS


_POST_PHRASE_OPENERS = closed_class().words("to_role_words")


def _name_between_dashes(ctx: ArticleContext, e: int, limit: int) -> tuple[Agent, int, int] | None:
    """ "– Domkapitular Dr. X –": a name closing a stretch between two dashes, before it only
    capitalised nouns (its titles, of the lexicon or not)."""
    doc = ctx.doc
    close = next((j for j in range(e + 2, min(limit, e + 9)) if doc[j].text == doc[e].text), None)
    m = next((x for x in ctx.mentions_in(doc[e + 1 : close]) if x.end == close), None) if close else None
    if m is None or m.kind != "name":
        return None
    if not all(t.tag_ in ("NN", "NE") and t.text[:1].isupper() for t in doc[e + 1 : m.start]):
        return None
    return ctx.person_agent(m.person), m.start, m.end


def apposition_in(ctx: ArticleContext, start: int, end: int) -> tuple[Agent, int, int] | None:
    """A named apposition to a title phrase in [start, end): "der Polizeipräsident von Magdeburg,
    X, (wurde abberufen)" -> X."""
    doc, lx = ctx.doc, ctx.lx
    for k in range(start, end - 2):
        if doc[k].text != ",":
            continue
        named = apposition_name(ctx, k, end)
        if named is None or named[2] >= end or doc[named[2]].text != ",":
            continue
        if any(lx.is_title(t.text) for t in doc[max(start, k - 6) : k]):
            return named
    return None


def pp_end(ctx: ArticleContext, k: int, limit: int) -> int:
    """End of the noun phrase of a preposition at ``k - 1``. It stops before a name that follows
    a time or place ("am Montag Peter Huber", "in Berlin Anna Berg": the name is the object), not
    before one that follows a title ("von Innenminister Peter Huber": the name is in the phrase)."""
    e = np_end(ctx, k, limit)
    lx, doc = ctx.lx, ctx.doc
    for j in range(k + 1, e):
        # "am Montag Innenminister X": a title right after the time or place opens the object, as
        # after a genitive title ("auf Vorschlag des Kanzlers Justizminister X")
        if (
            lx.is_title(doc[j].text)
            and doc[j - 1].text[:1].isupper()
            and (not lx.is_title(doc[j - 1].text) or _genitive_title(doc, j - 1))
        ):
            return j
    relational = closed_class().relational_nouns
    for m in ctx.mentions_in(doc[k + 1 : e]):
        before = doc[m.start - 1].text
        if before in relational:
            continue  # "in der Nachfolge Müllers": a genitive inside the phrase
        if m.kind == "name" and not (lx.is_title(before) or lx.is_role(before)):
            return m.start
    return e


def _genitive_title(doc: Doc, j: int) -> bool:
    """ "des Kanzlers", "der Kanzlerin" (after a noun: genitive, not a subject)."""
    det = doc[j - 1].lower_ if j > 0 else ""
    return det == "des" or (det == "der" and doc[j].text.endswith("in"))


def persons_of(ctx: ArticleContext, agent: Agent | None) -> set[int]:
    """Indexes of the article's persons that are ``agent``: skipped when looking for an object."""
    return {p for p, a in enumerate(ctx._agents) if a == agent}


def gender_of(ctx: ArticleContext, agent: Agent) -> str | None:
    """ "m", "f" or None: the gender of the (first) person the agent stands for."""
    return next((ctx.persons[p].gender for p in sorted(persons_of(ctx, agent))), None)


def _genitive_name(ctx: ArticleContext, m) -> bool:  # type: ignore[no-untyped-def]
    """ "Tokajews": a name in the genitive; "Diess" or "Klaus" is the name itself. A name in -s
    right before a common noun is a possessor ("Imamoğlus Stellvertreter"), even when the article
    names the person only so."""
    doc = ctx.doc
    last = doc[m.end - 1].text
    if not last.endswith("s"):
        return False
    if m.kind != "name":
        return True
    if saxon_genitive(ctx, m.start, len(doc)):
        return True
    tokens = getattr(ctx.persons[m.person], "tokens", ()) if m.person < len(ctx.persons) else ()
    return not tokens or last != tokens[-1]


def agent_prepositions(ctx: ArticleContext, start: int, i: int) -> list[int]:
    """Where a passive's agent may open ("von", "vom", "durch") in [start, i): at the clause start
    ("Vom Parlament wurde X gewählt") or after the finite auxiliary, not inside the phrase before
    it ("Nach dem Rücktritt von X wurde Y gewählt": X is no agent)."""
    doc = ctx.doc
    finite = next((t.i for t in doc[start:i] if t.tag_ == "VAFIN"), None)
    return [
        k
        for k in range(start, i)
        if doc[k].lower_ in _AGENT_PREPOSITIONS and (finite is None or k == start or k > finite)
    ]


def agent_after_von(ctx: ArticleContext, k: int, limit: int) -> Agent | None:
    """The agent of a passive: "von Nasarbajew", "durch das Parlament"."""
    m = ctx.mention_at(k)
    if m is not None:
        return ctx.person_agent(m.person)
    named = name_after_titles(ctx, k, limit)  # "von Herrn Prof. Dr. h. c. X": past titles and honorifics
    if named is not None:
        return ctx.person_agent(named.person)
    named = _name_after_described(ctx, k, limit)  # "durch den jungen Beamten X"
    if named is not None:
        return ctx.person_agent(named.person)
    e = np_end(ctx, k, limit)
    agent = ctx.agent_for(ctx.doc[k:e]) if e > k else None
    if agent is not None and agent.kind == AgentKind.PERSON and not agent.is_named:
        return _named_in_apposition(ctx, e, limit) or agent
    return agent


def _name_after_described(ctx: ArticleContext, k: int, limit: int):  # type: ignore[no-untyped-def]
    """A name right after a determiner, adjectives and one common noun ("den russischen
    Funktionär X"): the noun describes the named person, whatever the noun."""
    doc = ctx.doc
    if k >= limit or doc[k].lower_ not in ctx.lx.determiners:
        return None
    j = k + 1
    while j < limit and (doc[j].tag_ in ("ADJA", "ADV", "ADJD") or doc[j].tag_ == "KON" and j > k + 1):
        j += 1  # "den älteren und ruhigen Techniker X"
    if j + 1 >= limit or doc[j].tag_ != "NN" or ctx.mention_at(j) is not None:
        return None
    m = ctx.mention_at(j + 1)
    return m if m is not None and m.kind == "name" and m.start == j + 1 else None


def _named_in_apposition(ctx: ArticleContext, e: int, limit: int) -> Agent | None:
    """ "durch den Leiter der Behörde, X, (ersetzt)": the name set off by commas after a
    description is who it describes."""
    doc = ctx.doc
    if e + 1 >= limit or doc[e].text != ",":
        return None
    m = ctx.mention_at(e + 1)
    if m is None or m.start != e + 1 or m.kind != "name" or (m.end < limit and doc[m.end].text != ","):
        return None
    return ctx.person_agent(m.person)


def passive_agent(
    ctx: ArticleContext, start: int, verb: int, not_agent: Callable[[int], bool] | None = None
) -> Agent | None:
    """The agent of the passive verb at ``verb``, for every fact type: the first "von"/"vom"/
    "durch" phrase in [start, verb) that names someone. A place is no agent ("der Bürgermeister
    von Neustadt wurde vom Stadtrat abgewählt": the council), nor a phrase ``not_agent`` rules
    out at its first word ("von seinem Amt" after a dismissal verb)."""
    for k in agent_prepositions(ctx, start, verb):
        if k > start and ctx.doc[k - 1].text in _VON_COMPLEMENT_HEADS:
            continue  # "als Nachfolger von A gewählt": A completes the noun, no agent
        by = agent_after_von(ctx, k + 1, verb)
        if by is None or by.kind == AgentKind.PLACE or (not_agent is not None and not_agent(k + 1)):
            continue
        return by
    return None
