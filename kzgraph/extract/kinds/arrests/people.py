"""Who an arrest is about when no name is given: "einen 34-jährigen Mann", "zwei Tatverdächtige",
"die Festnahme zweier Männer". Person nouns come from the events lexicon (general vocabulary);
labels are put back into the nominative so that they read as a description of the people."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Count
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS as _COORD
from kzgraph.extract.grammar.lexicon import SUBORDINATING_CONJUNCTIONS
from kzgraph.extract.kinds.arrests.person_phrase import np_at, stacked_comma
from kzgraph.extract.kinds.arrests.word_order import (
    catcher_after_verb,
    inverted_subject_at,
    possessive_article,
    possessive_label,
    source_before_zufolge,
    told_possessive,
)

_WORDS = closed_class()
_NOMINATIVE = _WORDS.words("nominative_articles")
_ACCUSATIVE = _WORDS.words("accusative_articles")
# the articles that only an object has ("einen Mann", "den Täter"), never a subject
_OBJECT_ARTICLES = _WORDS.words("masculine_accusative_articles")


class _Phrase(NamedTuple):
    """Where the arrested person's phrase was found, to read a coordination after it."""

    sent: Span
    start: int
    end: int
    label: str
    count: Count | None
    cases: frozenset[str]
    open_nouns: bool


def single_person(
    ctx: ArticleContext, sent: Span, passive: bool, near: Span | None = None, open_nouns: bool = False
) -> tuple[Agent, Count | None] | None:
    """The one unnamed person an arrest verb is about: the subject of a passive ("Ein 34-Jähriger
    wurde festgenommen"), the object of an active verb ("hat einen Mann festgenommen").

    Phrases after a preposition ("gegen einen Mann", "nach einem Mann") are never the arrested.
    The count is 1 for an indefinite article, none for a definite one (who is already known).
    ``near`` is the clause of the verb, searched before the whole sentence.
    """
    got = _single_phrase(ctx, sent, passive, near, open_nouns)
    if got is None:
        return None
    return _coordinated(ctx, got, *_coordinated_labels(ctx, got))


def single_people(
    ctx: ArticleContext,
    sent: Span,
    passive: bool,
    near: Span | None = None,
    open_nouns: bool = False,
    possessives: bool = False,
) -> list[tuple[Agent, Count | None]]:
    """As :func:`single_person`, but known people joined by "und" are each one arrested person
    ("der Onkel und der Cousin des Täters"); only indefinite ones make a counted group ("ein Mann
    und eine Frau": two people the text counts, not names)."""
    got = _single_phrase(ctx, sent, passive, near, open_nouns, possessives)
    if got is None:
        return []
    labels, counted, end = _coordinated_labels(ctx, got)
    if len(labels) == 1 or counted:
        return [_coordinated(ctx, got, labels, counted, end)]
    return [(Agent(AgentKind.PERSON, label=label), None) for label in labels]


def _single_phrase(
    ctx: ArticleContext,
    sent: Span,
    passive: bool,
    near: Span | None,
    open_nouns: bool,
    possessives: bool = False,
) -> _Phrase | None:
    cut = near is not None and near.start - 2 >= sent.start
    if near is not None and cut and stacked_comma(ctx.doc, near.start - 1, sent.end, ["_"]):
        # the clause was cut at a comma between two adjectives of one phrase: it goes on before
        near = ctx.doc[clause(ctx, sent, near.start - 2).start : near.end]
    if near is not None and near.start > sent.start:
        # the verb's own clause first: "Nachdem er eine Frau angriff, wurde ein Mann festgenommen"
        got = _single_phrase(ctx, near, passive, None, open_nouns, possessives)
        if got is not None or not _opens_with_verb(near):
            # a clause with its own Vorfeld holds its own subject: "Ein Anwalt sagte, sein Mandant
            # sei festgenommen worden" is no arrest of the lawyer
            return got
    doc = ctx.doc
    # not past the verb's clause: "… seien festgenommen worden, sagte ein Sprecher" is the reporter
    last = near.end if near is not None else sent.end
    # a subordinate clause's first phrase is its subject ("Als die Beamten den Mann festnahmen")
    opener = sent.start + (doc[sent.start].lower_ in SUBORDINATING_CONJUNCTIONS)
    for k in range(sent.start, last):
        # "sein Stellvertreter wurde verhaftet": a possessive read as the article of its case
        told = possessives and told_possessive(doc, k, near or sent, passive)
        art = (told and possessive_article(doc[k].lower_, passive)) or doc[k].lower_
        if art not in (_NOMINATIVE if passive else _ACCUSATIVE) or doc[k].tag_ == "PRELS":
            continue  # a relative pronoun ("eine Gruppe, die Anfang 2018 verhaftet wurde") is no article
        if k > sent.start and doc[k - 1].lower_ in ctx.lx.prepositions:
            continue
        if art == "der" and k > sent.start and _genitive_after_noun(doc, k):
            continue  # "zu den Hintermännern der Anschläge": a genitive, no subject
        vorfeld_subject = k == opener and art not in _OBJECT_ARTICLES
        if not passive and vorfeld_subject and not catcher_after_verb(ctx, sent):
            continue  # the Vorfeld of an active sentence is its subject, unless police follow the verb
        if not passive and inverted_subject_at(doc, k, last):
            continue  # "Am Morgen nahmen die Beamten einen Mann fest": the subject, after the verb
        # any noun only in the verb's own clause, and in an active one after an unambiguous
        # accusative ("die Polizei" opens the Mittelfeld as a subject as often as "die Frau" an object)
        own = near is None or near.start == sent.start or near.start <= k
        opened = open_nouns and own and (passive or art in _OBJECT_ARTICLES)
        got = np_at(ctx, k, sent.end, opened, article=art)
        if got is None and open_nouns and passive and k == sent.start:
            # "Ein Syrer, der …, wurde festgenommen": the Vorfeld before an inserted relative clause
            got = _before_relative_clause(ctx, k, sent.end)
            opened = got is not None
        if got is None:
            continue
        label, _, end = got
        if art != doc[k].lower_:
            label = possessive_label(doc[k].lower_, label)  # "sein Stellvertreter"
        if source_before_zufolge(doc, end, sent.end):
            continue  # "Berichten der Lokalpresse zufolge": the source, an adjunct
        count = Count(value=1, text=art) if art.startswith("ein") else None
        cases = _NOMINATIVE if passive else _ACCUSATIVE
        return _Phrase(sent, k, end, label, count, cases, opened)
    return None


def _before_relative_clause(ctx: ArticleContext, k: int, limit: int) -> tuple[str, int, int] | None:
    """Any noun phrase at ``k`` that a relative clause follows (", der …")."""
    got = np_at(ctx, k, limit, open_nouns=True)
    doc = ctx.doc
    if got is None or got[2] + 1 >= limit or doc[got[2]].text != "," or doc[got[2] + 1].tag_ != "PRELS":
        return None
    return got


_TIME_NOUNS = (
    _WORDS.words("day_part_nouns")
    | _WORDS.words("period_nouns")
    | _WORDS.words("time_adjunct_nouns")
    | frozenset(_WORDS.calendar.weekdays)
    | frozenset(_WORDS.calendar.months)
)


def _genitive_after_noun(doc: Doc, k: int) -> bool:
    """ "der" at ``k`` right after a common noun is its genitive ("den Opfern der Anschläge");
    after a time noun a phrase of its own begins ("am Sonntag der Onkel")."""
    before = doc[k - 1]
    return before.tag_ == "NN" and before.text not in _TIME_NOUNS


def antecedent_person(
    ctx: ArticleContext, sent: Span, clause_start: int
) -> tuple[Agent, Count | None] | None:
    """ "den Fahrer, der später verhaftet wurde": the unnamed person that the
    relative clause opening at ``clause_start`` is about, the phrase that ends at its comma."""
    doc = ctx.doc
    comma = clause_start - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    for k in range(max(sent.start, comma - 6), comma):
        got = np_at(ctx, k, comma, open_nouns=True)
        if got is not None and got[2] == comma:
            art = doc[k].lower_
            return Agent(AgentKind.PERSON, label=got[0]), Count(value=1, text=art) if art.startswith(
                "ein"
            ) else None
    return None


def _opens_with_verb(span: Span) -> bool:
    """A clause whose Vorfeld lies outside it: "wurde festgenommen", "und wurde festgenommen"."""
    first = span[1] if len(span) > 1 and span[0].lower_ in _COORD else span[0]
    return first.tag_.startswith("V")


def _coordinated_labels(ctx: ArticleContext, phrase: _Phrase) -> tuple[list[str], bool, int]:
    """The labels of the phrases joined by "und"/"sowie" from ``phrase`` on ("einen Mann und eine
    Frau"), and whether each has an indefinite article (each is one person counted)."""
    doc, sent, end = ctx.doc, phrase.sent, phrase.end
    labels, counted = [phrase.label], phrase.count is not None
    while end + 1 < sent.end and doc[end].lower_ in _COORD and doc[end + 1].lower_ in phrase.cases:
        nxt = np_at(ctx, end + 1, sent.end, phrase.open_nouns)
        if nxt is None:
            break
        labels.append(nxt[0])
        counted = counted and doc[end + 1].lower_.startswith("ein")
        end = nxt[2]
    return labels, counted, end


def _coordinated(
    ctx: ArticleContext, phrase: _Phrase, labels: list[str], counted: bool, end: int
) -> tuple[Agent, Count | None]:
    """The phrases joined by "und"/"sowie" make one group of people, counted when every member
    has an indefinite article."""
    if len(labels) == 1:
        return Agent(AgentKind.PERSON, label=phrase.label), phrase.count
    group_count = Count(value=len(labels), text=ctx.doc[phrase.start : end].text) if counted else None
    return Agent(AgentKind.GROUP, label=" und ".join(labels)), group_count


# the masculine/neuter definite genitive ("die Festnahme des Mannes"): one known person
_DEFINITE_GENITIVE = _WORDS.words("genitive_articles") & _WORDS.words("oblique_definite_articles")
_GENITIVE_OF_ONE = _WORDS.words("indefinite_genitive_articles") | _DEFINITE_GENITIVE


def noun_person(ctx: ArticleContext, sent: Span, noun: int) -> tuple[Agent, Count | None] | None:
    """ "die Festnahme eines 34-Jährigen", "die Festnahme von einem Mann": one unnamed person."""
    doc = ctx.doc
    k = noun + 1
    if k < sent.end and doc[k].lower_ == "von":
        k += 1
        if k < sent.end and doc[k].lower_ not in _WORDS.words("indefinite_dative_articles"):
            return None
    elif k >= sent.end or doc[k].lower_ not in _GENITIVE_OF_ONE:
        return None
    got = np_at(ctx, k, sent.end)
    if got is None:
        return None
    if doc[k].lower_ in _DEFINITE_GENITIVE:
        # "meldeten die Festnahme des Tatverdächtigen": one known person, no count
        return Agent(AgentKind.PERSON, label=got[0]), None
    return Agent(AgentKind.PERSON, label=got[0]), Count(value=1, text=doc[k].text)
