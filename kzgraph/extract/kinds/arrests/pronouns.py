"""The unnamed person a pronoun subject of an arrest stands for: "Der 40-Jährige floh, bis er
gefasst wurde", "Sie meldete ihren Sohn bei der Polizei, worauf er verhaftet wurde", "Ein Mann
überfiel eine Tankstelle. Er wurde kurz darauf festgenommen."

A pronoun the article's context resolved to a name is read by the shared grammar; this reads
the one it could not resolve, to a person phrase with a person noun (the events lexicon's or an
age noun) that agrees with it in gender: in the same sentence before it, the sentence's subject
first, else the nearest; in the sentence before, its subject. A phrase after a preposition is
an adjunct, never the antecedent ("mit einem Freund").
"""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Arrest, Count, FactDate
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.kinds.arrests.groups import group_count
from kzgraph.extract.kinds.arrests.people import single_person
from kzgraph.extract.kinds.arrests.person_phrase import person_phrase_at
from kzgraph.extract.kinds.arrests.records import Told, add, group_arrest

_WORDS = closed_class()
_PRONOUN_GENDER = _WORDS.subject_pronouns  # "er": "m", "sie": "f"
# the nominative articles of a phrase a pronoun of that gender stands for
_ARTICLES_OF = {
    "m": _WORDS.words("masculine_nominative_articles"),
    "f": _WORDS.words("feminine_nominative_articles"),
}
_NOMINATIVE = _WORDS.words("nominative_articles")
_SINGULAR_VERBS = _WORDS.words("singular_verbs_without_t")
# a possessive before the noun is read as the article of its case ("ihren Nachbarn": "den")
_POSSESSIVE_AS_ARTICLE = {
    form: "den" if form.endswith("en") else "dem" for form in _WORDS.words("object_possessives")
}


def _singular_clause(near: Span) -> bool:
    """The finite verbs of the clause are singular ("wurde", "ließ"), none plural ("wurden")."""
    finite = [t.lower_ for t in near if t.tag_.endswith("FIN")]
    return bool(finite) and not any(f.endswith("en") and f not in _SINGULAR_VERBS for f in finite)


def pronoun_subject(ctx: ArticleContext, near: Span) -> int | None:
    """An unresolved personal pronoun subject ("er", singular "sie") in the clause ``near``."""
    for t in near:
        gender = _PRONOUN_GENDER.get(t.lower_)
        if gender is None or t.tag_ != "PPER" or ctx.mention_at(t.i) is not None:
            continue
        if gender == "f" and not _singular_clause(near):
            return None  # "sie" of a plural verb: several people
        return t.i
    return None


def group_of_plural_pronoun(ctx: ArticleContext, sent: Span, near: Span) -> tuple[Count, str] | None:
    """The group counted in the sentence before that a plural "sie" subject of the clause ``near``
    stands for ("Drei Männer überfielen einen Kiosk. Sie wurden kurz darauf festgenommen.")."""
    s_idx = ctx.sentence_index(sent.start)
    sie = [t for t in near if _PRONOUN_GENDER.get(t.lower_) == "f" and t.tag_ == "PPER"]
    plural = any(ctx.mention_at(t.i) is None for t in sie) and not _singular_clause(near)
    if not plural or s_idx == 0:
        return None
    before = ctx.sentences[s_idx - 1]
    return group_count(before, before.start_char, police=False)


def pronoun_antecedent(ctx: ArticleContext, sent: Span, pronoun: int) -> tuple[Agent, Count | None] | None:
    """The unnamed person the pronoun at ``pronoun`` stands for, or None."""
    articles = _ARTICLES_OF[_PRONOUN_GENDER[ctx.doc[pronoun].lower_]]
    found = _in_sentence(ctx, sent, pronoun, articles)
    if found is not None:
        return found
    s_idx = ctx.sentence_index(pronoun)
    if s_idx == 0 or any(m.kind == "name" for m in ctx.mentions_in(ctx.sentences[s_idx - 1])):
        return None  # a name before it would have been resolved; it does not fit
    before = single_person(ctx, ctx.sentences[s_idx - 1], passive=True)
    if before is not None and before[0].label.split()[0] in articles:
        return before
    return None


def _in_sentence(
    ctx: ArticleContext, sent: Span, pronoun: int, articles: frozenset[str]
) -> tuple[Agent, Count | None] | None:
    """The agreeing person phrase before the pronoun in its own sentence: the subject opening the
    sentence or right after its verb, else the nearest."""
    doc = ctx.doc
    fitting: list[tuple[bool, str, int]] = []
    for k in range(sent.start, pronoun):
        low = doc[k].lower_
        if k > sent.start and doc[k - 1].lower_ in ctx.lx.prepositions:
            continue
        got = person_phrase_at(ctx, k, pronoun, _POSSESSIVE_AS_ARTICLE.get(low))
        if got is None or got[0].split()[0] not in articles:
            continue
        subject = low in _NOMINATIVE and (k == sent.start or doc[k - 1].tag_.endswith("FIN"))
        fitting.append((subject, got[0], k))
    if not fitting:
        return None
    _, label, k = next((f for f in fitting if f[0]), fitting[-1])
    count = Count(value=1, text=doc[k].text) if doc[k].lower_.startswith("ein") else None
    return Agent(AgentKind.PERSON, label=label), count


def plural_pronoun_arrest(
    ctx: ArticleContext, told: Told, near: Span, date: FactDate | None, out: list[Arrest]
) -> bool:
    """ "Drei Männer … Sie wurden kurz darauf festgenommen": the group before; whether one was."""
    group = group_of_plural_pronoun(ctx, told.sent, near)
    if group is not None:
        ev = ctx.evidence(told.sent, "arrest.group.pronoun", 0.65)
        add(out, group_arrest(ev, group, told.charge, told.reporter, date))
    return group is not None
