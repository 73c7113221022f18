"""Dismissals told before the report, by a participle before the name: "den beim Klub
freigestellten Trainer X", "die abgesetzte Intendantin X", "der in den Ruhestand versetzte
Polizeipräsident X". The news is what happens to X now; that X was dismissed is told as known,
so no hedge or negation of the sentence applies to it (as for "des zurückgetretenen X").

Released prisoners and patients ("der aus der Haft entlassene Bürgerrechtler X") are no dismissal:
the release cues of the lexicon in the participle's phrase rule it out."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Dismissal
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.posts.attributive import holder_after_participle, participle_phrase


def attributive_dismissals(ctx: ArticleContext, sent: Span) -> list[Dismissal]:
    """One dismissal per participle of dismissing right before a (titled) name."""
    lex = events_lexicon()["dismissal"]
    participles = lex["attributive"]
    out = []
    for i, low in enumerate(ctx.sentence_lowers(sent), sent.start):
        if low not in participles:
            continue
        fact = _attributive(ctx, sent, i, participles[low])
        if fact is not None:
            out.append(fact)
    return out


def _attributive(ctx: ArticleContext, sent: Span, i: int, needs: str | None) -> Dismissal | None:
    doc = ctx.doc
    phrase = participle_phrase(ctx, sent, i, reach=8)
    lowers = {t.lower_ for t in phrase}
    if needs and needs not in lowers:
        return None  # "die versetzten Lehrer": only "in den Ruhestand versetzt" dismisses
    cues = events_lexicon()["dismissal"]["release_cues"]
    if any(t.lower_ in cues or t.lower_.endswith("haft") for t in phrase):
        return None  # "der aus der Haft entlassene X": released
    found = holder_after_participle(ctx, sent, i, phrase)
    if found is None:
        return None
    by = next((t.i for t in phrase if t.lower_ in _BY), None)  # "des vom Militär entmachteten X"
    agent = ctx.agent_for(doc[by + 1 : i]) if by is not None and by + 1 < i else None
    return Dismissal(
        ctx.evidence(sent, "dismissal.attributive", 0.7), found.holder, agent, found.office, found.date
    )


_BY = closed_class().words("agent_prepositions")
