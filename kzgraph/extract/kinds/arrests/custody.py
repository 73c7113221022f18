"""Custody told without an arrest verb: "X sitzt seit April in Untersuchungshaft", "kam wegen Y
in Haft", a headline "Ex-Minister X in U-Haft". The places and verbs are data (events lexicon,
``arrest.custody_*``)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon


def custody_triggers(ctx: ArticleContext, sent: Span) -> list[Trigger]:
    """ "X sitzt seit April in Untersuchungshaft", "kam in U-Haft": custody as a state, told by a
    verb of the lexicon in the clause of "in" + a place of remand (not "aus der U-Haft"), or by a
    headline without a verb."""
    lex = events_lexicon()["arrest"]
    places = _lowered("custody_places")
    # "kam in Haft": plain Haft only with a verb of coming into it
    event_places = _lowered("custody_event_places")
    # hyphenated compounds of a custody word: "in Gestapo-Haft" (an event place by its end)
    hyphenated = {w for w in ctx.sentence_words(sent) if "-" in w and w.rsplit("-", 1)[1] in event_places}
    event_places |= hyphenated
    doc = ctx.doc
    out: list[Trigger] = []
    for i in ctx.positions_of(sent, places | event_places):
        if i == sent.start or doc[i - 1].lower_ != "in":
            continue
        t = doc[i]
        verbs = set(lex["custody_verbs"] if t.lower_ in places else lex["custody_event_verbs"])
        verb = next((x for x in clause(ctx, sent, i) if x.lower_ in verbs), None)
        if verb is None and t.lower_ not in places:
            continue
        if verb is None and _verbless_headline(sent):
            verb = t  # "Ex-Minister X in Untersuchungshaft"
        if verb is not None and all(x.i != verb.i for x in out):
            # the subject is the one in custody, as with a passive "wurde festgenommen"
            out.append(Trigger("haft", verb.i, True, None))
    out += [t for t in admission_triggers(ctx, sent) if all(x.i != t.i for x in out)]
    return out


_WERDEN = closed_class().words("werden_forms")


@cache
def _lowered(key: str) -> frozenset[str]:
    """A word list of the arrest lexicon, lower-cased once."""
    return frozenset(w.lower() for w in events_lexicon()["arrest"][key])


def admission_triggers(ctx: ArticleContext, sent: Span) -> list[Trigger]:
    """ "wurde in die Justizvollzugsanstalt eingeliefert", "wurde dem Untersuchungsgefängnis
    zugeführt": a passive participle of admission with a place of remand before it in its clause;
    its subject is taken into custody, as with "wurde festgenommen"."""
    out: list[Trigger] = []
    # most sentences hold no participle of admission: asked first, from the cached words
    positions = ctx.positions_of(sent, _lowered("custody_admission_participles"))
    if not positions or ctx.sentence_words(sent) & _lowered("custody_admission_not_with"):
        return out
    places = _lowered("custody_admission_places")
    for i in positions:
        near = clause(ctx, sent, i)
        before = [t for t in ctx.doc[near.start : i] if t.tag_ in ("NN", "NE")]
        if not before or before[-1].lower_ not in places and not any(t.lower_ in places for t in before[-3:]):
            continue
        if any(t.lower_ in _WERDEN for t in near):
            out.append(Trigger("haft", i, True, None))
    return out


def _verbless_headline(sent: Span) -> bool:
    """A line without a finite verb and without a closing full stop: a headline."""
    return sent[-1].text not in (".", "?", "!") and not any(t.tag_.endswith("FIN") for t in sent)
