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
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.dismissals.lost import release_cue
from kzgraph.extract.posts.attributive import by_phrase, holder_after_participle, participle_phrase


def attributive_dismissals(ctx: ArticleContext, sent: Span) -> dict[int, Dismissal]:
    """One dismissal per participle of dismissing right before a (titled) name, by the
    participle's position (a form like "beurlaubten" read so is no finite verb there)."""
    lex = events_lexicon()["dismissal"]
    participles = lex["attributive"]
    out = {}
    for i, low in enumerate(ctx.sentence_lowers(sent), sent.start):
        if low not in participles:
            continue
        fact = _attributive(ctx, sent, i, participles[low])
        if fact is not None:
            out[i] = fact
    return out


def prenominal_only(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """The participle at ``i`` can only be read before its noun: its determiner phrase has no
    noun of its own between the determiner and the participle ("des am Sonntag beurlaubten X"),
    unlike a finite verb after a subject ("Der Verein beurlaubte Trainer X")."""
    if ctx.doc[i].lower_ not in events_lexicon()["dismissal"]["attributive"]:
        return False
    phrase = participle_phrase(ctx, sent, i, reach=8)
    doc = ctx.doc
    if not len(phrase) or doc[phrase.start].lower_ not in ctx.lx.determiners:
        return False
    return phrase.start + 1 == i or doc[phrase.start + 1].tag_ not in ("NN", "NE")


def _attributive(ctx: ArticleContext, sent: Span, i: int, needs: str | None) -> Dismissal | None:
    phrase = participle_phrase(ctx, sent, i, reach=8)
    lowers = {t.lower_ for t in phrase}
    if needs and needs not in lowers:
        return None  # "die versetzten Lehrer": only "in den Ruhestand versetzt" dismisses
    cues = events_lexicon()["dismissal"]["release_cues"]
    if any(release_cue(t.lower_, cues) for t in phrase):
        return None  # "der aus der Haft entlassene X": released
    found = holder_after_participle(ctx, sent, i, phrase)
    if found is None:
        return None
    _, agent = by_phrase(ctx, phrase, i)  # "des vom Militär entmachteten X"
    return Dismissal(
        ctx.evidence(sent, "dismissal.attributive", 0.7), found.holder, agent, found.office, found.date
    )

