"""Taking a post over: "X übernahm den Vorsitz", "Die Führung übernimmt kommissarisch X", "trat
das Amt der Landrätin an", "übernahm den Landesvorsitz", "erhält den Posten des
Regierungssprechers", "nahm das Amt des X an". The subject takes the post; its name is the title
the office phrase gives, else the post vacated just before, else the office the article gives
the taker."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Appointment
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import unprepositioned_names
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, ruled_out
from kzgraph.extract.kinds.appointments.bare_take_over import taken_after_departure
from kzgraph.extract.kinds.appointments.compound_posts import compound_post
from kzgraph.extract.kinds.appointments.led_units import led_unit_taken
from kzgraph.extract.kinds.appointments.place_taken import fronted_post
from kzgraph.extract.kinds.appointments.posts import zum_post
from kzgraph.extract.kinds.appointments.takers import taker
from kzgraph.extract.kinds.dismissals.posts import office_np, office_taken_from
from kzgraph.extract.kinds.offices.extract import base_title, office_label
from kzgraph.extract.posts.departures import Departure, departure_just_before
from kzgraph.extract.posts.hierarchy import office_of

_WORDS = closed_class()
_MINISTRY_ARTICLES = _WORDS.words("ministry_articles")
_AS = _WORDS.words("capacity_words")
_INDEFINITE_GENITIVE = _WORDS.words("indefinite_genitive_articles")
_GENITIVE_ARTICLES = _WORDS.words("genitive_articles")


def _vacated_before(
    ctx: ArticleContext, sent: Span, told: list[Departure], appointee: Agent, verb: int
) -> str | None:
    """The post of the dismissal or resignation reported just before ``sent`` or before the verb
    at ``verb``, not the appointee's own: "das Amt" in a take-over right after it is that post."""
    vacated = departure_just_before(ctx, sent, told, other_than=appointee, before=verb)
    return vacated.office if vacated is not None else None


def _office_not_held(ctx: ArticleContext, sent: Span, appointee: Agent) -> str | None:
    """The office the article gives the person, unless the take-over's own sentence titles them
    with it as the post they hold ("Staatssekretär X übernahm das Amt": not the office taken);
    "Der neue Finanzminister X übernahm das Amt" names the new one."""
    own = next(
        (m for m in ctx.mentions_in(sent) if m.kind == "name" and ctx.person_agent(m.person) == appointee),
        None,
    )
    if own is not None and own.start > sent.start and ctx.lx.is_title(ctx.doc[own.start - 1].text):
        # "Der neue / neu gewählte / designierte Präsident X übernahm das Amt": the new post
        before = ctx.doc[max(sent.start, own.start - 3) : own.start - 1]
        if not any(t.lower_.startswith(_NEWLY) for t in before):
            return None
    return office_of(ctx, appointee)


# "der neue / neu gewählte / designierte / künftige Präsident X": the title is the post taken
_NEWLY = tuple(events_lexicon()["appointment"]["newly_prefixes"])


def _as_title_after(ctx: ArticleContext, start: int, limit: int) -> str | None:
    """ "sein Amt als Polizeipräsident", "das Amt eines Staatssekretärs": the title after "als"
    or an indefinite genitive that names a generic office at ``start`` (within the office
    phrase's next four words)."""
    doc = ctx.doc
    for k in range(start + 1, min(limit, start + 5)):
        if doc[k].lower_ in _AS or doc[k].lower_ in _INDEFINITE_GENITIVE:
            j = k + 1
            while j < limit and doc[j].tag_ == "ADJA":
                j += 1
            return office_label(ctx, j)[0] if j < limit and ctx.lx.is_title(doc[j].text) else None
    return None


def _ministry_taken(ctx: ArticleContext, cl: Span) -> tuple[str, int] | None:
    """ "Das Innenministerium übernimmt X", "X übernimmt das Finanzministerium": the minister's
    post, named from the ministry ("Innenministerium" -> "Innenminister")."""
    for t in cl:
        low = t.lower_
        after_article = t.i > cl.start and ctx.doc[t.i - 1].lower_ in _MINISTRY_ARTICLES
        if after_article and low.endswith(("ministerium", "ministeriums")):
            stem = t.text[: low.rindex("ministerium")]
            return stem + ("Minister" if not stem or stem.endswith("-") else "minister"), t.i
    return None


def take_over(
    ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger, told: list[Departure]
) -> Appointment | None:
    """ "X übernahm den Vorsitz", "Die Führung übernimmt kommissarisch X": the subject takes the post."""
    doc = ctx.doc
    if trig.spec.get("transfers_office"):
        return _transferred(ctx, sent, cl, trig)
    if trig.spec.get("fronted_post"):
        found = fronted_post(ctx, cl, trig)  # "Seinen Posten nimmt X ein"
        if found is None:
            return None
    elif trig.spec.get("service_only"):
        found = _service_as_title(ctx, cl, trig)  # "nimmt ihre Arbeit als Leiterin auf"
    else:
        found = office_np(ctx, sent) or _ministry_taken(ctx, cl) or _choice_accepted(ctx, cl, trig)
        found = found or _helm_taken(ctx, cl) or _service_as_title(ctx, cl, trig)
    own_job = found is None and trig.lemma == "antreten"
    if own_job:
        found = _own_job_taken_up(ctx, cl)  # "trat im Mai ihren neuen Job an"
    compound = compound_post(ctx, cl)
    if found is None or compound is not None and _generic(found[0]):
        found = compound  # "übernahm den Landesvorsitz", "trat das Bürgermeisteramt an"
    if found is None and trig.lemma == "übernehmen":
        unit = led_unit_taken(ctx, sent, cl, trig)  # "X übernimmt die Mannschaft / das Präsidium"
        if unit is not None:
            return unit
    if found is None and trig.spec.get("bare_after_departure"):
        return taken_after_departure(ctx, sent, cl, trig, told)  # "A entlassen – B übernimmt"
    if found is None or ruled_out(trig, sent):
        return None
    if trig.spec.get("needs_title_post") and not _received_post(ctx, cl, found):
        return None  # "erhielt einen Posten": which one is not said; "bekam … unter Vorsitz von X"
    appointee = _subordinate_subject(ctx, cl, trig.i) or taker(ctx, sent, trig.i)
    vorfeld = ctx.mentions_in(doc[cl.start : trig.i])
    # in a relative clause ("…, der im Mai das Amt des X übernommen hatte") the post before the
    # verb is its object, the antecedent the taker
    verb_final = appointee is not None and doc[cl.start].tag_ == "PRELS"
    if found[1] < trig.i and not verb_final and (not vorfeld or _opens_clause(ctx, cl, found[1])):
        # "Die Führung übernimmt kommissarisch X": the post fills the Vorfeld, the subject follows;
        # so with its holder ("Den Vorsitz des verstorbenen A übernimmt B": B, not A)
        after = [m for m in ctx.mentions_in(doc[trig.i + 1 : cl.end]) if m.kind == "name"]
        appointee = ctx.person_agent(after[0].person) if after else None
    if appointee is None or appointee.kind != AgentKind.PERSON:
        return None
    post = _post_taken(ctx, sent, trig, found[0], appointee, told)
    return Appointment(
        ctx.evidence(sent, "appointment.take_over", 0.8),
        appointee,
        # a post received is given by someone; one's own job taken up is told with no one acting
        # (it yields to a fuller telling of the same post: "wird neuer X. Er tritt seine Stelle an")
        # an oath swears one in: no one named acts
        None if trig.spec.get("needs_title_post") or own_job or trig.spec.get("oath") else appointee,
        post,
        ctx.date_for(sent, doc[trig.i].idx),
        took_over=True,
    )


def _subordinate_subject(ctx: ArticleContext, cl: Span, verb: int) -> Agent | None:
    """ "…, bis sein Nachfolger X die Leitung übernimmt": a clause after a comma with the finite
    verb at its end is subordinate, its subject inside it; the first name there not after a
    preposition (not the main clause's subject)."""
    doc = ctx.doc
    if cl.start == 0 or doc[cl.start - 1].text != "," or verb != cl.end - 1 or doc[verb].tag_ != "VVFIN":
        return None
    names = unprepositioned_names(ctx, doc[cl.start : verb])
    return ctx.person_agent(names[0].person) if names else None


def _opens_clause(ctx: ArticleContext, cl: Span, noun: int) -> bool:
    """The office noun at ``noun`` opens its clause, past an article, a possessive and adjectives:
    the whole Vorfeld before the finite verb is the office phrase."""
    return cl.start <= noun and all(t.tag_ in ("ART", "PPOSAT", "ADJA") for t in ctx.doc[cl.start : noun])


def _helm_taken(ctx: ArticleContext, cl: Span) -> tuple[str, int] | None:
    """ "übernahm das Ruder", "übernimmt die Zügel": the helm after an article in the verb's
    clause, told as the generic post (which one the post vacated before or the article names)."""
    helm = events_lexicon()["appointment"]["helm_nouns"]
    doc = ctx.doc
    for t in cl:
        if t.text not in helm or t.i == cl.start or doc[t.i - 1].tag_ != "ART":
            continue
        if t.i + 2 < cl.end and doc[t.i + 1].lower_ in _GENITIVE_ARTICLES and doc[t.i + 2].tag_ != "NE":
            return None  # "das Ruder des Bootes": a thing's helm, unless a named organisation's
        return events_lexicon()["dismissal"]["generic_office_nouns"][0], t.i
    return None


def _service_as_title(ctx: ArticleContext, cl: Span, trig: Trigger) -> tuple[str, int] | None:
    """ "tritt seinen Dienst / ihre neue Stelle als Leiterin an", "nimmt ihre Arbeit als X auf",
    "übernimmt die Funktion als Geschäftsführer": the title after "als" following
    a service noun of `service_nouns` that the verb's object opens (after an article or possessive)."""
    lex = events_lexicon()["appointment"]
    if trig.spec.get("oath"):
        services = lex["oath_nouns"]  # "leistete den Amtseid als Präsidentin", "legte den Eid ab"
    elif trig.lemma == "übernehmen":
        services = lex["taken_as_nouns"]  # "übernimmt die Funktion als Geschäftsführer"
    elif trig.lemma in ("antreten", "aufnehmen"):
        services = lex["service_nouns"]
    else:
        return None
    doc = ctx.doc
    for t in cl:
        # an oath needs no article: "X leistet Amtseid als Präsident" (a headline)
        opened = doc[t.i - 1].tag_ in _OBJECT_OPENERS or trig.spec.get("oath")
        if t.text in services and opened:
            title = _as_title_after(ctx, t.i, cl.end) or _as_title_before(ctx, cl, t.i)
            if title is not None:
                return title, t.i
    return None


def _as_title_before(ctx: ArticleContext, cl: Span, noun: int) -> str | None:
    """ "hatte X als neuer Chefarzt seinen Dienst aufgenommen": "als", adjectives and a title in
    the nominative before the service noun's phrase tell the post taken up."""
    doc = ctx.doc
    for k in range(cl.start, noun - 2):
        if doc[k].lower_ not in _AS:
            continue
        j = k + 1
        while j < noun and doc[j].tag_ == "ADJA":
            j += 1
        if j < noun and ctx.lx.is_title(doc[j].text):
            return office_label(ctx, j)[0]
    return None


_OBJECT_OPENERS = ("ART", "PPOSAT", "ADJA")


def _own_job_taken_up(ctx: ArticleContext, cl: Span) -> tuple[str, int] | None:
    """ "trat seinen Job / ihre neue Stelle an" without a title: one's own new job taken up, told
    as a generic post (which one, the article's office for the taker says); "seinen Dienst" is
    also a shift begun and needs its title."""
    doc = ctx.doc
    jobs = events_lexicon()["appointment"]["own_job_nouns"]
    for t in cl:
        if t.text not in jobs:
            continue
        k = t.i - 1
        while k > cl.start and doc[k].tag_ == "ADJA":
            k -= 1
        if doc[k].tag_ == "PPOSAT":
            return events_lexicon()["dismissal"]["generic_office_nouns"][4], t.i  # "Posten"
    return None


def _generic(post: str) -> bool:
    """ "das Amt", "den Posten des Ministers": a post phrase opened by a generic office noun."""
    return post.split()[0] in events_lexicon()["dismissal"]["generic_office_nouns"]


def _received_post(ctx: ArticleContext, cl: Span, found: tuple[str, int]) -> bool:
    """The post of a verb of receiving is its object: in its clause after an article or a
    possessive (not "unter Vorsitz von X"), and named by a title when the noun is generic."""
    post, k = found
    if not cl.start < k < cl.end or ctx.doc[k - 1].tag_ not in ("ART", "PPOSAT"):
        return False
    return not _generic(post) or any(ctx.lx.is_title(w) for w in post.split()[1:])


def _post_taken(
    ctx: ArticleContext, sent: Span, trig: Trigger, post: str, appointee: Agent, told: list[Departure]
) -> str | None:
    """ "übernahm das Amt des Innenministers": the title names the post; "Sein Amt übernimmt B":
    the possessor's office; "übernahm B das Amt": the post vacated just before ("entließ
    Finanzminister A. …"), else the office the article gives B; else no post."""
    words = post.split()
    if words[0] not in events_lexicon()["dismissal"]["generic_office_nouns"]:
        return post
    titles = [w for w in words[1:] if ctx.lx.is_title(w)]
    holder = office_taken_from(ctx, sent)  # "Sein Amt übernimmt X": his office
    if titles:
        return base_title(titles[-1])[0]
    noun = next((t.i for t in sent if t.text == words[0]), None)
    as_title = _as_title_after(ctx, noun, sent.end) if noun is not None else None
    if as_title is not None:
        return as_title  # "trat sein Amt als Landrätin an"
    if holder is not None and holder != appointee:
        return office_of(ctx, holder) or _office_not_held(ctx, sent, appointee)
    vacated = _vacated_before(ctx, sent, told, appointee, trig.i)
    return vacated or _office_not_held(ctx, sent, appointee)


def _choice_accepted(ctx: ArticleContext, cl: Span, trig: Trigger) -> tuple[str, int] | None:
    """ "nahm die Wahl zum Vorsitzenden an": accepting one's election to a titled post."""
    if not trig.spec.get("accepts_choice"):
        return None
    choice = next((t.i for t in cl if t.text in events_lexicon()["appointment"]["choice_nouns"]), None)
    post = zum_post(ctx, ctx.doc[choice + 1 : cl.end]) if choice is not None else None
    return (post, choice) if post is not None else None


def _transferred(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> Appointment | None:
    """ "Der Vorstand übertrug X die Leitung der Abteilung", "X wurde das Amt der Y übertragen":
    the person in the dative receives the post; the active verb's subject gave it."""
    doc = ctx.doc
    found = office_np(ctx, cl) or compound_post(ctx, cl)
    if found is None or ruled_out(trig, sent) or not cl.start <= found[1] < cl.end:
        return None
    agent = None if trig.passive else subject_of(ctx, sent, trig.i)
    names = [m for m in unprepositioned_names(ctx, cl) if m.start < found[1]]
    receiver = next((ctx.person_agent(m.person) for m in names if ctx.person_agent(m.person) != agent), None)
    if receiver is None or receiver.kind != AgentKind.PERSON:
        return None
    words = found[0].split()
    titles = [w for w in words[1:] if ctx.lx.is_title(w)]
    post = base_title(titles[-1])[0] if _generic(found[0]) and titles else found[0]
    if _generic(post):
        return None  # "übertrug ihm das Amt": which one is not said
    evidence = ctx.evidence(sent, "appointment.transferred", 0.75)
    return Appointment(evidence, receiver, agent, post, ctx.date_for(sent, doc[trig.i].idx))
