"""The post of an appointment into a body: "wurde in den Vorstand gewählt", "berief X in die
Regierung". Being chosen into a board or a government is taking a seat in it; the body (or a
compound ending in one, "Parteivorstand") names the post. Other places ("in die Stadt", "in den
Ruhestand") are no body."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Appointment
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import name_after_titles
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, ruled_out
from kzgraph.extract.kinds.appointments.takers import taker
from kzgraph.extract.kinds.offices.extract import office_label

_INTO = closed_class().words("into_prepositions")
_ARTICLES = closed_class().words("definite_accusative_articles")
_ARTICLES_DATIVE_OR_ACC = _ARTICLES | closed_class().words("dative_articles")
_GENITIVE = closed_class().words("genitive_articles")
_WITH = closed_class().words("with_prepositions")
_BY = closed_class().words("bare_agent_prepositions")
_AN = closed_class().words("an_prepositions")
_INTO_THE = closed_class().words("into_the_prepositions")
_OFFICE_WORDS = frozenset(events_lexicon()["dismissal"]["generic_office_nouns"])
_FROM_NOW = frozenset(v["lemma"] for v in events_lexicon()["appointment"]["verbs"] if v.get("from_now"))


def body_joined(ctx: ArticleContext, cl: Span, lemma: str) -> str | None:
    """ "in den (erweiterten) Vorstand": the body the appointing verb of ``lemma`` puts someone in."""
    lex = events_lexicon()["appointment"]
    if lemma not in lex["into_body_verbs"]:
        return None
    doc = ctx.doc
    bodies = tuple(lex["bodies"])
    for t in cl:
        fused = t.lower_ in _INTO_THE  # "ins Amt des …"
        if not fused and (t.lower_ not in _INTO or t.i + 2 >= cl.end or doc[t.i + 1].lower_ not in _ARTICLES):
            continue
        k = t.i + 1 + (not fused)
        office = _office_of_the(ctx, k, cl.end)
        if office is not None:
            return office  # "in das Amt der Gleichstellungsbeauftragten gewählt"
        while k < cl.end - 1 and doc[k].tag_ == "ADJA":
            k += 1
        if doc[k].tag_ == "NN" and doc[k].lower_.endswith(bodies):
            return doc[k].text
    return None


def _office_of_the(ctx: ArticleContext, k: int, limit: int) -> str | None:
    """ "Amt des Präsidenten" at ``k``: the title in the genitive after a generic office noun."""
    doc = ctx.doc
    if k + 2 >= limit or doc[k].text not in _OFFICE_WORDS or doc[k + 1].lower_ not in _GENITIVE:
        return None
    j = k + 2
    while j < limit - 1 and doc[j].tag_ == "ADJA":
        j += 1
    return office_label(ctx, j)[0] if ctx.lx.is_title(doc[j].text) else None


def _with_genitive(ctx: ArticleContext, k: int, limit: int) -> str:
    """The post noun at ``k`` with a genitive after it: "Leitung des Museums"."""
    doc = ctx.doc
    j = k + 1
    if j < limit and doc[j].lower_ in _GENITIVE:
        j += 1
        while j < limit and doc[j].tag_ == "ADJA":
            j += 1
        j += j < limit and doc[j].tag_ in ("NN", "NE")
    return doc[k:j].text if j > k + 2 else doc[k].text


def post_entrusted(ctx: ArticleContext, cl: Span, lemma: str) -> str | None:
    """ "mit der Leitung des Museums betraut", "an die Spitze des Verbandes gewählt", "mit dem Amt
    der Schatzmeisterin betraut", "auf den Posten des Staatssekretärs berufen": the post an
    entrusting or appointing verb of ``lemma`` gives, told by a post noun (not a task: "mit der
    Prüfung betraut" is none) or by a generic office noun and the title in its genitive."""
    lex = events_lexicon()["appointment"]
    doc = ctx.doc
    appointing = lemma in lex["into_body_verbs"] or lemma in lex["top_movers"]
    for t in cl:
        if t.i + 2 >= cl.end or doc[t.i + 1].lower_ not in _ARTICLES_DATIVE_OR_ACC:
            continue
        noun = doc[t.i + 2]
        with_post = t.lower_ in _WITH and lemma in lex["entrusting_verbs"]
        onto_post = t.lower_ in lex["onto_prepositions"] and appointing
        titled = _office_of_the(ctx, noun.i, cl.end) if with_post or onto_post else None
        if titled is not None:
            return titled
        # "an die Spitze gewählt": a direction; "an der Spitze" is where one stands (so only for
        # the verbs of holding a post from now on: "steht künftig an der Spitze")
        towards = doc[t.i + 1].lower_ in _ARTICLES or lemma in _FROM_NOW
        to_top = t.lower_ in _AN and appointing and towards and noun.text in lex["top_posts"]
        if with_post and noun.text in lex["entrusted_posts"] or to_top:
            return _with_genitive(ctx, noun.i, cl.end)
    return None


def moved_up(ctx: ArticleContext, sent: Span, trig: Trigger, post: str | None) -> Appointment | None:
    """ "X rückt an die Spitze des Konzerns", "X zieht in den Vorstand ein", "X steht künftig an
    der Spitze des Verbandes", "Ab Mai leitet X das Institut": the subject takes the post; a team
    or a runner taking the lead of a table or a race is ruled out by the verb's vetoes, a post
    held (no cue of "from now on") is none."""
    if trig.spec.get("from_now"):
        cl = clause(ctx, sent, trig.i)
        lex = events_lexicon()["appointment"]
        future = trig.lemma in lex["future_leading_verbs"] and _future(ctx, cl, trig.i)
        if not _from_now(ctx, cl) and not future:
            return None
        if trig.spec.get("leads_object") and trig.passive:
            return _led_by(ctx, sent, cl, trig)  # "Das Amt wird künftig von X geleitet"
        if trig.spec.get("leads_object"):
            post = _unit_led(ctx, cl, trig.i)
    appointee = taker(ctx, sent, trig.i)
    if appointee is not None and not appointee.is_named:
        appointee = _named_with(ctx, sent) or appointee  # "Mit X zieht eine Juristin in den Vorstand ein"
    if post is None or appointee is None or appointee.kind != AgentKind.PERSON or ruled_out(trig, sent):
        return None
    ev = ctx.evidence(sent, "appointment.moved_up", 0.75)
    return Appointment(ev, appointee, None, post, ctx.date_for(sent, ctx.doc[trig.i].idx))


def _led_by(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> Appointment | None:
    """ "Das Polizeipräsidium wird künftig von X geführt": the unit opening the clause is led from
    now on by the person of the by-phrase before the participle."""
    doc = ctx.doc
    post = _unit_led(ctx, cl, cl.start - 1)
    by = next((t.i for t in doc[cl.start : trig.i] if t.lower_ in _BY), None)
    named = name_after_titles(ctx, by + 1, trig.i) if by is not None else None  # "von Pfarrer X"
    if post is None or named is None or named.kind != "name" or ruled_out(trig, sent):
        return None
    appointee = ctx.person_agent(named.person)
    if appointee.kind != AgentKind.PERSON:
        return None
    ev = ctx.evidence(sent, "appointment.led_from_now", 0.75)
    return Appointment(ev, appointee, None, post, ctx.date_for(sent, doc[trig.i].idx))


def member_post(ctx: ArticleContext, k: int, limit: int) -> str | None:
    """A seat in a body as a post at ``k``: "Mitglied des (erweiterten) Vorstands",
    "Aufsichtsratsmitglied"; after "zum" also the body itself ("zum Vorstand bestellt": a seat on
    the board). A membership of a party or a club ("Mitglied der Partei") is none."""
    doc = ctx.doc
    bodies = tuple(events_lexicon()["appointment"]["bodies"])
    low = doc[k].lower_
    if doc[k].text in ("Mitglied", "Mitglieder") and k + 2 < limit and doc[k + 1].lower_ in _GENITIVE:
        j = k + 2
        while j < limit - 1 and doc[j].tag_ == "ADJA":
            j += 1
        body = doc[j].lower_.rstrip("s").removesuffix("e")
        if doc[j].tag_ == "NN" and body.endswith(bodies):
            return "Mitglied " + doc[k + 1 : j + 1].text  # "werden Mitglieder des Vorstands": a seat each
        return None
    stem = low.removesuffix("s").removesuffix("mitglied").removesuffix("s")
    if stem != low and low.endswith(("mitglied", "mitglieds")) and stem.endswith(bodies):
        return doc[k].text  # "Vorstandsmitglied", "Präsidiumsmitglied"
    return None


def _from_now(ctx: ArticleContext, cl: Span) -> bool:
    """A cue in the clause that the post is held from now on ("künftig", "ab Januar")."""
    cues = events_lexicon()["appointment"]["from_now_cues"]
    doc = ctx.doc
    return any(t.lower_ in cues and t.i + 1 < cl.end and not doc[t.i + 1].is_punct for t in cl)


def _future(ctx: ArticleContext, cl: Span, verb: int) -> bool:
    """ "X wird das Bistum leiten": the verb at ``verb`` an infinitive after a form of "werden" in its
    clause, not going on with what is held ("wird das Amt weiter leiten")."""
    lex = events_lexicon()["appointment"]
    doc = ctx.doc
    words = [t.lower_ for t in doc[cl.start : verb]]
    return (
        doc[verb].tag_ == "VVINF"
        and any(w in lex["future_auxiliaries"] for w in words)
        and not any(w in lex["continuing_cues"] for w in words)
    )


def _unit_led(ctx: ArticleContext, cl: Span, verb: int) -> str | None:
    """The unit a leading verb at ``verb`` has as object ("leitet künftig das Ordnungsamt"): an
    organisation or a noun of `led_units`, without its article; a task ("die Sitzung") is none."""
    doc = ctx.doc
    units = tuple(events_lexicon()["appointment"]["led_units"])
    # verb-final ("wird ab Mai das Museum leiten"): the object before the verb
    start, end = (cl.start, verb) if doc[verb].tag_ == "VVINF" else (verb + 1, cl.end)
    for k in range(start, end):
        if doc[k].lower_ not in _ARTICLES:
            continue
        j = k + 1
        while j < end and doc[j].tag_ == "ADJA":
            j += 1
        if j >= end or doc[j].tag_ not in ("NN", "NE") or ctx.mention_at(j) is not None:
            return None
        agent = ctx.agent_for(doc[k : j + 1])
        organisation = agent is not None and agent.kind == AgentKind.ORGANIZATION
        return _with_genitive(ctx, j, cl.end) if organisation or doc[j].lower_.endswith(units) else None
    return None


def _named_with(ctx: ArticleContext, sent: Span) -> Agent | None:
    """ "Mit X zieht eine Juristin in den Vorstand ein": the name after "mit" opening the sentence."""
    doc = ctx.doc
    if doc[sent.start].lower_ not in _WITH:
        return None
    named = ctx.mention_at(sent.start + 1)
    if named is None or named.kind != "name" or named.start != sent.start + 1:
        return None
    agent = ctx.person_agent(named.person)
    return agent if agent.kind == AgentKind.PERSON else None
