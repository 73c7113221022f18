"""Dismissals told from the side of the one who goes: "Rektor X verlor seinen Posten", "Trainer X
musste seinen Hut nehmen". The verb's subject is the one dismissed and nobody is named as the
agent; the title before the subject's name is the post lost."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.core.interfaces import Mention
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.grammar.objects import name_after_titles
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon
from kzgraph.extract.kinds.offices.extract import office_label, title_before
from kzgraph.extract.posts.hierarchy import office_of

_CAPACITY = closed_class().words("capacity_words")  # "als"


def lost_by_subject(
    ctx: ArticleContext, sent: Span, i: int, needs_post: bool = False
) -> tuple[Agent, str | None] | None:
    """The person who lost a post by the verb at ``i``, with the title their name carries (or,
    with ``needs_post``, the post the article gives them; none known: None)."""
    dismissed = subject_of(ctx, sent, i)
    if dismissed is None or dismissed.kind != AgentKind.PERSON:
        dismissed = _named_after_modal(ctx, sent, i) or dismissed
    if dismissed is None or dismissed.kind != AgentKind.PERSON:
        return None  # "Die Partei verlor ihren Vorsitz", "Das Team musste seinen Hut nehmen"
    own = [m for m in ctx.mentions_in(ctx.doc[sent.start : i]) if ctx.person_agent(m.person) == dismissed]
    title = title_before(ctx, own[0].start) if own else None
    if needs_post:
        title = title or office_of(ctx, dismissed) or _described_title(ctx, sent, dismissed)
        if title is None and not _at_a_body(ctx, ctx.doc[sent.start : i]) and not _affiliated(ctx, own):
            return None  # "Karin Thal muss gehen": no post of hers is named
    return dismissed, title


def bare_idiom(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """The sentence (or the headline part after a colon) is only a name, the "müssen" form and the
    verb at ``i`` ("Knut Hallmann muss gehen.", "Reform: Hallmann muss gehen"): the idiom of a
    dismissal, with no post named."""
    doc = ctx.doc
    start = max([sent.start] + [t.i + 1 for t in doc[sent.start : i] if t.text == ":"])
    named = ctx.mention_at(start)
    if named is None or named.kind != "name" or named.start != start:
        return False
    rest = [t for t in doc[named.end : sent.end] if not t.is_punct]
    return len(rest) == 2 and rest[0].tag_ == "VMFIN" and rest[1].i == i


def _named_after_modal(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """ "…, da musste (Trainer) X seinen Hut nehmen", "Vor Y mussten bereits X und Z gehen": the
    name right after the clause's "müssen" form (past adverbs and any titles) is its subject when
    the clause opens with the modal, an adverb or a prepositional phrase."""
    doc = ctx.doc
    modal = next((k for k in range(i - 1, sent.start, -1) if doc[k].tag_ == "VMFIN"), None)
    if modal is None:
        return None
    opens = doc[modal - 1].text in (",", ":") or doc[modal - 1].tag_ == "ADV"
    if not opens and not _prepositional_vorfeld(ctx, sent, modal):
        return None
    k = modal + 1
    while k < i and doc[k].tag_ == "ADV":
        k += 1  # "mussten bereits X und Z gehen"
    named = name_after_titles(ctx, k, i)
    return ctx.person_agent(named.person) if named is not None else None


def _prepositional_vorfeld(ctx: ArticleContext, sent: Span, modal: int) -> bool:
    """The sentence opens with a preposition and no comma or other finite verb lies before the
    modal at ``modal``: "Vor Y mussten …", "Nach der Niederlage musste …"."""
    doc = ctx.doc
    return (
        doc[sent.start].tag_ in ("APPR", "APPRART")
        and not any(t.text == "," or t.tag_.endswith("FIN") for t in doc[sent.start : modal])
    )


def _at_a_body(ctx: ArticleContext, span: Span) -> bool:
    """ "muss beim Verein X gehen", "musste bei der Y AG gehen": the post left is at a body."""
    places = events_lexicon()["dismissal"]["post_place_prepositions"]
    return any(t.lower_ in places for t in span)


def _affiliated(ctx: ArticleContext, own: list[Mention]) -> bool:
    """ "X (FC Hausen) musste gehen": a body in brackets right after the name is where the post
    was held (an age, "(58)", or a party, "(SPD)" of one word, is none)."""
    doc = ctx.doc
    for m in own:
        k = m.end
        close = next((t.i for t in doc[k : min(k + 8, len(doc))] if t.text == ")"), None)
        if k >= len(doc) or doc[k].text != "(" or close is None:
            continue
        inner = doc[k + 1 : close]
        if len(inner) >= 2 and inner[0].text[:1].isupper() and not inner[0].like_num:
            return True
    return False


def _place_of_post(tok: Token) -> bool:
    """A preposition that names the body of the post ("bei", "beim"), not a place or way."""
    return tok.lower_ in events_lexicon()["dismissal"]["post_place_prepositions"]


def _described_title(ctx: ArticleContext, sent: Span, who: Agent) -> str | None:
    """ "Der Trainer muss gehen": the title a described subject is named by."""
    if who.is_named:
        return None
    head = next((t for t in reversed(who.label.split()) if ctx.lx.is_title(t)), None)
    return head


def made_to_go(ctx: ArticleContext, cl: Span, trig: Trigger) -> bool:
    """ "muss gehen": a listed finite verb in the clause of the infinitive at ``trig``, which closes
    the clause, and no preposition between them ("muss zum Arzt gehen", "musste ins Gefängnis
    gehen" are no dismissals)."""
    doc = ctx.doc
    if any(t.lower_ in events_lexicon()["dismissal"]["habitual_adverbs"] for t in cl):
        return False  # "Wieso Manager immer öfter gehen müssen": a habit, no event
    after = doc[trig.i + 1] if trig.i + 1 < cl.end else None
    if after is not None and after.tag_.startswith("VM") and after.lower_ in trig.spec["needs_finite"]:
        # verb-final: "…, dass A seinen Posten räumen muss"; a listed phrase has its object, a bare
        # "gehen" no preposition before it since the last comma ("dass er zum Arzt gehen muss")
        if trig.spec.get("phrase"):
            return True
        start = max([cl.start] + [t.i + 1 for t in doc[cl.start : trig.i] if t.text == ","])
        if trig.spec.get("hat_before") and not _hat_in(trig, doc[start : trig.i]):
            return False  # "…, weil er das Land verlassen musste": no post or body left
        return not goal_between(ctx, start, trig.i)
    finite = next((t for t in cl if t.tag_.endswith("FIN")), None)
    if finite is None or finite.lower_ not in trig.spec["needs_finite"] or finite.i > trig.i:
        return False
    if trig.i + 1 < cl.end and not doc[trig.i + 1].is_punct and doc[trig.i + 1].lower_ not in COORDINATORS:
        return False  # "muss gehen und …" closes the clause as well
    if trig.spec.get("hat_before"):  # "musste seinen Hut beim FC Hausen nehmen"
        return _hat_in(trig, doc[finite.i + 1 : trig.i])
    return not any(t.tag_ == "PTKVZ" for t in doc[finite.i + 1 : trig.i]) and not goal_between(
        ctx, finite.i + 1, trig.i
    )


def _hat_in(trig: Trigger, span: Span) -> bool:
    """One of the trigger's listed objects ("seinen Hut", "den Verein") in ``span``, and none of
    its excluded words ("seinen Hut vom Haken nehmen": a real hat)."""
    words = [t.lower_ for t in span]
    if any(w in trig.spec.get("hat_not_with", []) for w in words):
        return False
    return any(f" {hat} " in f" {' '.join(words)} " for hat in trig.spec["hat_before"])


def goal_between(ctx: ArticleContext, start: int, end: int) -> bool:
    """A way or goal of going in [start, end) ("zum Arzt", "ins Gefängnis", "nach Hause", "in
    Rente", "vor Gericht"); a time or reason ("nach drei Niederlagen", "am Dienstag", "wegen der
    Affäre") or the body of the post ("beim Verein") is none."""
    lex = events_lexicon()["dismissal"]
    doc = ctx.doc
    dashes = [t.i for t in doc[start:end] if t.text in ("–", "—")]
    aside = range(dashes[0], dashes[1]) if len(dashes) == 2 else range(0)  # "– ausgerechnet zum X –"
    for t in doc[start:end]:
        if t.tag_ not in ("APPR", "APPRART") or _place_of_post(t) or t.i in aside:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < end else None
        word = nxt.lower_ if nxt is not None else ""
        if t.lower_ in lex["going_goal_prepositions"]:
            return True
        if t.lower_ in lex["going_place_prepositions"] and (
            word in lex["going_goal_after"].get(t.lower_, [])
            or nxt is not None
            and (nxt.tag_ == "NE" or nxt.ent_type_ in ("LOC", "GPE"))  # "nach Talheim"
        ):
            return True
        if word in lex["going_goal_after"].get(t.lower_, []):  # "vor Gericht"
            return True
        if t.lower_ in lex["going_article_prepositions"] and word in lex["going_goal_articles"]:
            return True
        after_article = doc[t.i + 2].lower_ if word in ctx.lx.determiners and t.i + 2 < end else ""
        if {word, after_article} & set(lex["going_goal_after_in"]):  # "in Rente", "in der Klinik"
            return True
    return False


def released(sent: Span) -> bool:
    """ "aus der Haft entlassen", "auf Kaution": released, not dismissed."""
    cues = events_lexicon()["dismissal"]["release_cues"]
    return any(release_cue(t.lower_, cues) for t in sent)


def release_cue(word: str, cues: frozenset[str] | list[str]) -> bool:
    """A word of custody or care that makes "entlassen" a release: a listed cue or a compound of
    "Haft" ("Untersuchungshaft", "Abschiebehaft"); not a noun in "-schaft" ("Mannschaft",
    "Gesellschaft", "Staatsanwaltschaft"), which only ends alike."""
    return word in cues or word.endswith("haft") and not word.endswith("schaft")


def released_after_noun(ctx: ArticleContext, sent: Span, k: int) -> bool:
    """A release cue in the phrase of the dismissal noun at ``k`` ("die Entlassung von X aus dem
    Krankenhaus / aus der Haft"): a release, not a dismissal. The phrase ends at the next finite
    verb or comma, so "… übernahm die Verantwortung" after it does not count."""
    cues = events_lexicon()["dismissal"]["release_cues"]
    for t in ctx.doc[k + 1 : sent.end]:
        if t.tag_.endswith("FIN") or t.text in (",", ";", ":"):
            return False
        if release_cue(t.lower_, cues):
            return True
    return False


def post_as(ctx: ArticleContext, cl: Span) -> str | None:
    """ "wurde als Intendant abberufen", "verliert sein Amt als Landrat": the title after "als"
    in the verb's clause names the post lost (adjectives may stand before it)."""
    doc = ctx.doc
    for t in cl:
        if t.lower_ not in _CAPACITY:
            continue
        k = t.i + 1
        while k < cl.end and doc[k].tag_ in ("ADJA", "ART"):
            k += 1
        if k < cl.end and ctx.lx.is_title(doc[k].text):
            return office_label(ctx, k)[0]
    return None
