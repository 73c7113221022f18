"""The post after "zum/zur/zu/als" in an appointing clause: "zum Vize-Sekretär", "zur neuen
Ministerpräsidentin", "als Trainer", "zum Ersten Bürgermeister", "zum Mitglied des Vorstands",
"zum Vorstand bestellt", "zum Finanz- und Wirtschaftsminister"; an award of the period ("zum
Trainer des Jahres") is none."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import load
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.appointments.bodies import member_post
from kzgraph.extract.kinds.appointments.copula import award_of_the_period
from kzgraph.extract.kinds.offices.extract import office_label

_WORDS = closed_class()
_TO_ROLE_OR_ZU = _WORDS.words("to_role_or_zu")
_AND_OR = _WORDS.words("and_or")
_ZUM = _WORDS.words("masculine_to_role")
_SEAT_BODIES = frozenset(events_lexicon()["appointment"]["seat_bodies"])
_TITLE_ADJECTIVES = frozenset(load("offices")["capitalised_title_adjectives"])
_TO_ROLE = _WORDS.words("to_role_words")
_SUCCESSORS = frozenset(events_lexicon()["succession"]["successor_nouns"])
# "Nachfolger von A", "Nachfolgerin des A", "Nachfolger der A"
_PREDECESSOR_OPENERS = _WORDS.words("von_forms") | _WORDS.words("genitive_articles")


def zum_post(ctx: ArticleContext, cl: Span) -> str | None:
    """ "zum Vize-Sekretär", "zur neuen Ministerpräsidentin", "als Trainer"."""
    doc = ctx.doc
    for t in cl:
        if t.lower_ in _TO_ROLE_OR_ZU:  # "zu neuen Vorsitzenden" (plural)
            k = t.i + 1
            k += k < cl.end and doc[k].tag_ == "PPOSAT"  # "zu seinem Präsidenten", "zu ihrer Vize"
            while k < cl.end and (
                doc[k].text[:1].islower() and doc[k].text.endswith(("e", "en", "er")) or _ordinal(doc[k].text)
            ):
                k += 1  # "zum neuen", "als 3. Bürgermeister"
            if k + 1 < cl.end and doc[k].lower_ in _TITLE_ADJECTIVES and ctx.lx.is_title(doc[k + 1].text):
                k += 1  # "zum Ersten Bürgermeister", "zur Vorsitzenden Richterin": the title after it
            seat = member_post(ctx, k, cl.end) if k < cl.end else None
            if seat is not None or k < cl.end and t.lower_ in _ZUM and doc[k].text in _SEAT_BODIES:
                return seat or doc[k].text  # "zum Mitglied des Vorstands", "zum Vorstand bestellt"
            if k < cl.end and ctx.lx.is_title(doc[k].text):
                if award_of_the_period(ctx, k, cl.end):
                    return None  # "zum Trainer des Jahres gewählt": a prize, no post
                return office_label(ctx, k)[0]  # with its genitive: "Bundesminister der Finanzen"
            if (
                k + 2 < cl.end
                and doc[k].text.endswith("-")
                and doc[k + 1].lower_ in _AND_OR
                and ctx.lx.is_title(doc[k + 2].text)
            ):
                # "zum Finanz- und Wirtschaftsminister": the label takes in the first part
                return office_label(ctx, k + 2)[0]
    return None


def _ordinal(word: str) -> bool:
    """ "3.", "1.": an ordinal in figures before a title ("als 3. Bürgermeister")."""
    return len(word) > 1 and word.endswith(".") and word[:-1].isdigit()


def as_successor(cl: Span) -> bool:
    """ "wurde als Nachfolgerin bestellt", "wählte X zum Nachfolger": the post given is the
    predecessor's, told by the successor noun after "als/zum/zur", no predecessor named after it
    (with one, "zum Nachfolger von A ernannt", the replacement step gives the appointment and A's
    post)."""
    doc = cl.doc
    return any(
        t.lower_ in _TO_ROLE
        and t.i + 1 < cl.end
        and doc[t.i + 1].text in _SUCCESSORS
        and not (t.i + 2 < cl.end and doc[t.i + 2].lower_ in _PREDECESSOR_OPENERS)
        for t in cl
    )


def past_object_apposition(ctx: ArticleContext, sent: Span, cl: Span) -> Span:
    """The clause ``cl`` carried past an apposition of its last name, set off by commas ("befördert
    X, bisher Leiterin der Redaktion, zur Stellvertreterin"): a stretch with no verb that opens with
    a word of `apposition_openers` or a title, or a relative clause ("X, der zuletzt in Bonn war,
    zum Direktor"); else ``cl`` itself."""
    doc = ctx.doc
    b = cl.end
    if b + 2 >= sent.end or doc[b].text != "," or not any(m.end == b for m in ctx.mentions_in(cl)):
        return cl
    opener = doc[b + 1]
    relative = opener.tag_ == "PRELS"  # "X, der zuletzt in Bonn war, zum …"
    if not relative and opener.lower_ not in _APPOSITION_OPENERS and not ctx.lx.is_title(opener.text):
        return cl
    close = next((j for j in range(b + 2, min(sent.end, b + 12)) if doc[j].text == ","), None)
    if close is None or not relative and any(t.tag_.startswith("V") for t in doc[b + 1 : close]):
        return cl
    end = next((j for j in range(close + 1, sent.end) if doc[j].text in (",", ";", ":")), sent.end)
    return doc[cl.start : end]


_APPOSITION_OPENERS = frozenset(events_lexicon()["appointment"]["apposition_openers"])
