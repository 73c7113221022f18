"""Statements: who said what, in direct, indirect and reported speech.

Detection lives in :mod:`kzgraph.extract.kinds.statements.quotes` (quotation marks, reporting frames,
speaker spans); this module turns what it finds into :class:`Statement` facts, resolving
each speaker span to an Agent through the article context.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kzgraph.extract.core.mentions import PROXY_HEADS
from kzgraph.extract.facts import Agent, AgentKind, Statement
from kzgraph.extract.grammar.agents import classify_head, described_subject_before
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import AGE_NOUN
from kzgraph.extract.grammar.objects import gender_of
from kzgraph.extract.grammar.speech_verbs import lexicon
from kzgraph.extract.kinds.statements.demonstratives import demonstrative_description
from kzgraph.extract.kinds.statements.quotes.base import has_org_hint as _has_org_hint
from kzgraph.extract.kinds.statements.quotes.frames import Found, FrameFinder
from kzgraph.extract.kinds.statements.quotes.labels import nominative_agent
from kzgraph.extract.kinds.statements.quotes.sources import compound_owner
from kzgraph.extract.kinds.statements.speakers import SpeakerResolver

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext

_WORDS = closed_class()
_PRONOUNS = _WORDS.words("speaker_pronouns")
_NOMINATIVE_THE = _WORDS.words("definite_nominative_articles")  # "der Sprecher", "die Sprecherin"
# participles and present participles used as nouns: Angeklagte, Festgenommene, Vorsitzende
_PARTICIPLE_NOUN = re.compile(
    r"^(?:[A-ZÄÖÜ][a-zäöü]+-)?(?:Ge|Be|Ver|Er|Ent|Zer|An|Ab|Auf|Aus|Ein|Fest|Vor|Über|Unter|Mit)"
    r"[a-zäöüß]+(?:t|en|end)e[nr]?$"
)
_LEADING = re.compile(r"^(?:des|der|dem|den|vom|von)\s+", re.IGNORECASE)


def sentence_bounds(doc: Doc, ctx: ArticleContext | None = None) -> list[tuple[int, int]]:
    sents = getattr(ctx, "sentences", None) if ctx is not None else None
    if sents:
        return [(s.start, s.end) for s in sents]
    if doc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in doc.sents]
    return [(0, len(doc))]


def find(doc: Doc, ctx: ArticleContext | None = None) -> list[Found]:
    """Statement spans of a Doc, no resolution (used by the evaluation, too)."""
    return FrameFinder(doc, sentence_bounds(doc, ctx), tokens=getattr(ctx, "tokens", None)).run()


def fallback_agent(span: Span) -> Agent | None:
    """An Agent from the words of the speaker mention when the context cannot resolve it."""
    text = " ".join(span.text.split()).strip(" ,.;:")
    if not text or text.lower() in _PRONOUNS:
        return None
    label = _LEADING.sub("", text)
    head = label.split()[-1]
    person = _first_person(span)
    if person is not None:
        return Agent(AgentKind.PERSON, label=person, name=person)
    if _has_org_hint(head) or _has_org_hint(label.split()[0]):
        return Agent(AgentKind.ORGANIZATION, label=label)
    if span[0].lower_ in _NOMINATIVE_THE and not _singular_description(span):
        return Agent(AgentKind.GROUP, label=label)  # "die Ermittler": several, none named
    return Agent(AgentKind.PERSON, label=label)


def _first_person(span: Span) -> str | None:
    """The text of the first PER entity inside ``span``, read off the tokens' IOB tags: Span.ents
    builds every entity of the whole Doc on each call."""
    for i, t in enumerate(span):
        if t.ent_iob_ != "B" or t.ent_type_ != "PER":
            continue
        j = i + 1
        while j < len(span) and span[j].ent_iob_ == "I":
            j += 1
        if j == len(span) and span.end < len(span.doc) and span.doc[span.end].ent_iob_ == "I":
            continue  # the entity runs on past the span: Span.ents leaves it out too
        return span[i:j].text
    return None


def _description_referent(ctx: ArticleContext, span: Span) -> Agent | None:
    """ "der 68-Jährige", "der Minister": the most recent named person, preferring subjects.

    The context resolves descriptions it can tie to a person's known role or age; news
    also use them for the person the paragraph is about, which is what this covers.
    """
    if span[0].lower_ not in _NOMINATIVE_THE or len(span) > 4 or not _singular_description(span):
        return None
    if span[-1].lower_.endswith(PROXY_HEADS):
        return None  # "die Sprecherin" speaks for the person named before; she is someone else
    if not _person_head(ctx, span[-1].text):
        return None  # "der Tabellenletzte" (a club), "die Opposition": no person to look for
    window = [m for m in getattr(ctx, "mentions", ()) if m.end <= span.start and m.start >= span.start - 120]
    # "die Ökonomin" is a woman, "der Minister" a man: a person of the other gender is not meant
    gender = "f" if span[0].lower_ == "die" or span[-1].text.endswith("in") else "m"
    window = [m for m in window if ctx.persons[m.person].gender in (None, gender)]
    # "Senator X … der Präsident": a person the article gave another kind of post is not meant
    window = [m for m in window if not ctx.holds_another_post(m.person, span[-1].text)]
    first_age = _first_age_before(span)
    if first_age >= 0:
        # "sucht den 52-Jährigen … Sprecher X … Der 52-Jährige sagte": the age was someone's
        # before X was named; only a person named by then can be meant
        named_by_then = {m.person for m in getattr(ctx, "mentions", ()) if m.start <= first_age + 3}
        window = [m for m in window if m.person in named_by_then]
    if _nationality_stems(span):
        window = [m for m in window if not _other_nationality(ctx, span, ctx.person_agent(m.person))]
    best = next((m for m in reversed(window) if m.subject), window[-1] if window else None)
    return ctx.person_agent(best.person) if best is not None else None


def _nationality_stems(tokens, countries: bool = False) -> set[str]:  # type: ignore[no-untyped-def]
    """Stems of the attributive -isch adjectives ("peruanische" -> "peruanisch"), and
    with ``countries`` of a country's genitive before a post ("Chiles Präsident X")."""
    stems = {t.lower_.rstrip("ensr") for t in tokens if t.tag_ == "ADJA" and "isch" in t.lower_[-7:]}
    if countries:
        stems |= {t.lower_[:-1] for t in tokens if t.tag_ == "NE" and t.text.endswith("s") and len(t) > 4}
    return stems


def _same_origin(had: set[str], wanted: set[str]) -> bool:
    """ "brasilianisch" and "brasilien", "französisch" and "frankreich": the same first letters."""
    return any(a[:3] == b[:3] for a in had for b in wanted)


def _other_nationality(ctx: ArticleContext, span: Span, agent: Agent) -> bool:
    """A description with a nationality adjective ("der peruanische Präsident") for a
    person the article introduced with another one ("der chilenische Präsident X")."""
    if agent.kind != AgentKind.PERSON or span[0].lower_ not in _NOMINATIVE_THE:
        return False
    wanted = _nationality_stems(span)
    if not wanted:
        return False
    doc, had = span.doc, set()
    for m in getattr(ctx, "mentions", ()):
        if m.kind == "name" and m.end <= span.start and ctx.person_agent(m.person).label == agent.label:
            had |= _nationality_stems(doc[max(0, m.start - 3) : m.start], countries=True)
            had |= _bracketed_country(doc, m.end)
    return bool(had) and not _same_origin(had, wanted)


def _bracketed_country(doc: Doc, end: int) -> set[str]:
    """ "Néstor Kirchner (Argentinien)": a place in brackets right after a name is the
    person's country (a party in brackets, "(SPD)", is no place and says nothing)."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return set()
    inner = doc[end + 1]
    return {inner.lower_} if inner.ent_type_ == "LOC" else set()


def _first_age_before(span: Span) -> int:
    """Where the age of an age description ("der 52-Jährige") first occurs before it, else -1."""
    head = span[-1].text
    if not AGE_NOUN.match(head):
        return -1
    number = head.split("-")[0] + "-"
    return next((t.i for t in span.doc[: span.start] if t.text.startswith(number)), -1)


def _person_head(ctx: ArticleContext, word: str) -> bool:
    """Whether a description head names a person: a role or title ("der Minister"), an age
    ("der 58-Jährige"), a person noun, or a participle used as a noun ("der Angeklagte",
    "die Abgeordnete", "der Vorsitzende")."""
    if ctx.lx.is_role(word) or AGE_NOUN.match(word) or _PARTICIPLE_NOUN.match(word):
        return True
    return classify_head(ctx, word) in (AgentKind.PERSON, AgentKind.GROUP)


def _singular_description(span: Span) -> bool:
    """Whether "der/die X" can be one person. "die Ermittler", "die Beamten" are plural; so is
    "der Ermittler" after a noun or preposition ("nach Angaben der Ermittler"), where "der"
    of a masculine noun can only be a genitive plural. Feminine ("die Ministerin") and
    nominalised adjectives ("der Angeklagte", "die 68-Jährige") are singular."""
    head = span[-1]
    word = head.text
    if "Plur" in head.morph.get("Number") and head.lemma_ != word:
        return False  # "die Behörden": the lemmatizer took an ending off
    if word.endswith(("in", "e")):
        return True
    if span[0].lower_ == "die":
        return False
    if span.start == 0:
        return True
    prev = span.doc[span.start - 1]
    oblique = (prev.text[:1].isupper() and not prev.is_sent_start) or prev.lower_ in lexicon().prepositions
    return not oblique


# demonstratives ("Diese bestätigte, …") point to the person named last, like "er"/"sie"
_PRONOUN_GENDER = {**_WORDS.subject_pronouns, **_WORDS.demonstrative_pronouns}


def _plural_verb_next_to(span: Span) -> bool:
    """The finite verb right after the pronoun ("Sie sagten") or right before it ("sagten sie")."""
    doc = span.doc
    for k in (span.end, span.start - 1):
        if 0 <= k < len(doc) and doc[k].tag_.endswith("FIN"):
            word = doc[k].lower_
            return "Plur" in doc[k].morph.get("Number") or word.endswith("en") or word == "sind"
    return False


def _saxon_nominative(agent: Agent, span: Span) -> Agent:
    """ "nach Müllers Angaben": the speaker is Müller."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if len(span) != 1 or after is None or not lexicon().is_generic_source(after.text):
        return agent
    if agent.label != span.text or not span.text.endswith("s"):
        return agent
    bare = span.text[:-1]
    return replace(agent, label=bare, name=bare if agent.name == span.text else agent.name)


def _compound_source(span: Span) -> Agent | None:
    """ "Polizeiangaben": the police speak, as an organisation."""
    if len(span) != 1:
        return None
    owner = compound_owner(span.text, lexicon())
    return Agent(AgentKind.ORGANIZATION, label=owner) if owner is not None else None


def _coordinated_persons(span: Span) -> Agent | None:
    """ "Kim Lorenz und Tom Berg": several named persons speak together, none of them alone."""
    joined = any(t.lower_ in _WORDS.words("coordinators") for t in span)
    if not joined:
        return None  # asked first: Span.ents reads every token of the Doc
    persons = [e for e in span.ents if e.label_ == "PER"]
    if len(persons) < 2:
        return None
    # "die Parteichefs Kim Lorenz und Tom Berg": the names, without the shared title
    joiner = f" {lexicon().group_joiner} "
    return Agent(AgentKind.GROUP, label=joiner.join(" ".join(p.text.split()) for p in persons))


def _both_referent(ctx: ArticleContext, span: Span) -> Agent | None:
    """ "Beide sagten …": the last two persons named before, in the sentence before or this one."""
    if span[-1].lower_ not in lexicon().both_words:
        return None
    first = span.doc[span.start].sent.start if span.start > 0 else 0
    earlier = span.doc[max(0, first - 1)].sent.start if first > 0 else 0
    people: list[int] = []
    for m in reversed(getattr(ctx, "mentions", ())):
        if m.kind == "name" and earlier <= m.start < span.start and m.person not in people:
            people.append(m.person)
    if len(people) < 2:
        return None
    names = [ctx.person_agent(p).label for p in reversed(people[:2])]
    return Agent(AgentKind.GROUP, label=f" {lexicon().group_joiner} ".join(names))


def _pronoun_referent(
    ctx: ArticleContext, span: Span, last_agent: Agent | None, speakers: SpeakerResolver
) -> Agent | None:
    """ "er"/"sie" the context left open: the last named person of fitting gender before it,
    else the previous speaker ("sagte er" right after that speaker's statement)."""
    gender = _PRONOUN_GENDER.get(span.text.lower())
    persons = getattr(ctx, "persons", [])
    named = None
    if gender is not None:
        for m in reversed(getattr(ctx, "mentions", ())):
            if m.end > span.start or m.kind != "name":
                continue
            g = getattr(persons[m.person], "gender", None) if m.person < len(persons) else None
            if g == gender or (g is None and gender == "m"):
                named = m
                break
            if g is not None:
                break  # a named person of the other gender intervenes: "sie" may be plural
    # "dieser"/"diese" point to the phrase named last, a description nearer than any name too
    described = demonstrative_description(ctx, span)
    if described is not None and (named is None or described[1].start >= named.end):
        return nominative_agent(*described)
    if named is not None:
        return ctx.person_agent(named.person)
    if gender == "f" and _plural_verb_next_to(span):
        # "Sie sagten": several people; only a speaker that is several may be meant
        return last_agent if last_agent is not None and last_agent.kind != AgentKind.PERSON else None
    described = described_subject_before(ctx, span, gender) or speakers.unnamed_subject_before(span)
    if described is not None:
        return described
    if gender is not None and last_agent is not None and gender_of(ctx, last_agent) not in (None, gender):
        return None  # "erklärte er" after a woman's statement: someone else
    return last_agent


def _resolve_speaker(
    ctx: ArticleContext, span: Span, last_agent: Agent | None, speakers: SpeakerResolver
) -> Agent | None:
    """The agent of a speaker mention the speaker resolver left open: the article context's
    resolution, then descriptions, pronouns and the fallbacks of this module."""
    agent = _both_referent(ctx, span) or _coordinated_persons(span)
    agent = agent or _compound_source(span) or ctx.agent_for(span)
    if agent is not None and _other_nationality(ctx, span, agent):
        agent = None  # "der peruanische Präsident" is not "der chilenische Präsident X"
    if agent is None or (agent.kind == AgentKind.PERSON and agent.name is None):
        agent = _description_referent(ctx, span) or agent or fallback_agent(span)
    if agent is None and span.text.lower() in _PRONOUNS:
        agent = _pronoun_referent(ctx, span, last_agent, speakers)
    return _saxon_nominative(nominative_agent(agent, span), span) if agent is not None else None


def extract_statements(ctx: ArticleContext) -> list[Statement]:
    return [st for st, _ in extract_with_mentions(ctx)]


def extract_with_mentions(ctx: ArticleContext) -> list[tuple[Statement, tuple[int, int]]]:
    """Statements with the character span of the speaker mention they were resolved from."""
    doc = ctx.doc
    out: list[tuple[Statement, tuple[int, int]]] = []
    last_agent: Agent | None = None
    resolved: dict[tuple[int, int], Agent | None] = {}
    text = ctx.tokens.text  # Doc.text makes a Token per word on every access
    speakers = SpeakerResolver(ctx, lambda span, agent: _other_nationality(ctx, span, agent))
    for f in find(doc, ctx):
        if f.speaker is None:
            continue
        agent = resolved.get(f.speaker) if f.speaker in resolved else None
        if f.speaker not in resolved:
            span = doc[f.speaker[0] : f.speaker[1]]
            if len(span) == 1 and span[0].lower_ in lexicon().unnamed_speakers:
                resolved[f.speaker] = None  # "Menschen berichten, ...": nobody we can name
                continue
            if span[-1].lower_ in lexicon().both_words and _both_referent(ctx, span) is None:
                resolved[f.speaker] = None  # "Beide" without two persons named before
                continue
            decided = speakers.resolve(span, last_agent)
            if decided is None:
                agent = _resolve_speaker(ctx, span, last_agent, speakers)
            else:
                # a pronoun nobody can be named for gives no statement
                agent = nominative_agent(decided.agent, span) if decided.agent is not None else None
            resolved[f.speaker] = agent
        if agent is None:
            continue
        last_agent = agent
        sent = doc[f.unit[0] : f.unit[1]]
        quote = text[f.start : f.end]
        date = ctx.date_outside(sent, f.start, f.end)
        mention = doc[f.speaker[0] : f.speaker[1]]
        st = Statement(
            ctx.evidence(sent, f.rule, f.confidence), speaker=agent, quote=quote, mode=f.mode, date=date
        )
        out.append((st, (mention.start_char, mention.end_char)))
    return out
