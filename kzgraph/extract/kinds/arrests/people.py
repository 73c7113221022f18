"""Who an arrest is about when no name is given: "einen 34-jährigen Mann", "zwei Tatverdächtige",
"die Festnahme zweier Männer". Person nouns come from the events lexicon (general vocabulary);
labels are put back into the nominative so that they read as a description of the people."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Count
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS as _COORD
from kzgraph.extract.grammar.lexicon import lexicons
from kzgraph.extract.kinds.arrests.person_nouns import is_lexicon_noun, open_person_noun, person_plural
from kzgraph.extract.kinds.arrests.word_order import (
    catcher_after_verb,
    inverted_subject_at,
    possessive_article,
    possessive_label,
    quote_in_phrase,
    source_before_zufolge,
    told_possessive,
)
from kzgraph.extract.kinds.offices.extract import base_title

_AGE_RE = re.compile(r"^\d{1,3}-[Jj]ährige[r]?$")
_LOWER_AGE_RE = re.compile(r"^\d{1,3}-jährige[nr]?$")
_MODIFIER_RE = re.compile(r"^(?:\d{1,3}-)?[a-zäöüß][\w-]*$")
_HEAD_RE = re.compile(r"^(?:\d{1,3}-)?[A-ZÄÖÜ]")
_AGED_RE = re.compile(r"^(?:\d{1,3}-jährig\w*|Jahre)$")  # "34-jährigen", "47 Jahre alter"
# article -> (nominative article, adjective ending to replace "-en" with, masculine/neuter strong)
_WORDS = closed_class()
_ARTICLES: dict[str, tuple[str, str | None, bool]] = {
    form: (entry.nominative, entry.adjective_ending, entry.strong) for form, entry in _WORDS.articles.items()
}
_NOMINATIVE = _WORDS.words("nominative_articles")
_ACCUSATIVE = _WORDS.words("accusative_articles")
# the articles that only an object has ("einen Mann", "den Täter"), never a subject
_OBJECT_ARTICLES = _WORDS.words("masculine_accusative_articles")


def _singular(word: str, article: str) -> str | None:
    """The nominative singular of a person noun after ``article`` ("Jährigen" -> "Jähriger")."""
    forms = [word]
    _, ending, strong = _ARTICLES[article]
    if ending is None:
        pass  # already nominative: "die Frauen" must not become "die Frau"
    elif word.endswith("en"):
        adjectival = [word[:-2] + "er", word[:-1]] if strong else [word[:-1], word[:-2] + "er"]
        forms += [*adjectival, word[:-2]]  # adjectival nouns, then weak nouns ("Studenten")
    elif word.endswith("es"):
        forms += [word[:-2], word[:-1]]  # genitive "Mannes", "Kindes"
    elif word.endswith(("n", "s")):
        forms.append(word[:-1])  # weak "Jungen", genitive "Täters"
    for form in forms:
        if _AGE_RE.match(form) or is_lexicon_noun(form, "person_nouns"):
            return form
    if lexicons().is_title(word):
        # an office holder: "den Bürgermeister", "den früheren Präsidenten", "den Ex-Präsidenten"
        title = base_title(word)[0]
        return "Ex-" + title if word.lower().startswith("ex-") else title
    return None


def _weak_singular(word: str, article: str) -> str:
    """Nominative of a noun after an oblique article: weak "Afghanen" -> "Afghane", "Syrer" stays."""
    if _ARTICLES[article][1] is not None and word.endswith("en") and not word.endswith("ern"):
        return word[:-1]
    return word


def person_phrase_at(
    ctx: ArticleContext, k: int, limit: int, article: str | None = None
) -> tuple[str, int, int] | None:
    """A singular phrase at ``k`` whose noun names a person (the lexicon's, an age noun, a title):
    (nominative label, head index, end); ``article``: the case a possessive at ``k`` stands in
    ("ihren" read as "den")."""
    return _np_at(ctx, k, limit, article=article)


def _np_at(
    ctx: ArticleContext, k: int, limit: int, open_nouns: bool = False, article: str | None = None
) -> tuple[str, int, int] | None:
    """A singular person phrase at token k: (nominative label, head index, end), or None. With
    ``open_nouns`` any common noun that is no thing heads one ("ein Norweger", "der Onkel")."""
    doc = ctx.doc
    article = article or doc[k].lower_
    if article not in _ARTICLES:
        return None
    j = k + 1
    mods: list[str] = []
    # adjectives and participles: "mutmaßlichen", "34-jährigen" (the age noun "34-Jährige" is a head)
    while j < limit and len(mods) < 4:
        if j + 2 < limit and doc[j].text.isdigit() and doc[j + 1].text == "Jahre":
            if not doc[j + 2].lower_.startswith("alt"):
                return None
            mods += [doc[j].text, doc[j + 1].text]  # "einen 19 Jahre alten Mann"
            j += 2
            continue
        if doc[j].lower_ in ctx.lx.prepositions:
            inner = _inner_adjunct_end(ctx, j, limit)
            if inner is None:
                return None
            j = inner  # "ein in Belgien gesuchter Mann": the adjunct is left out of the label
            continue
        if quote_in_phrase(doc, j, limit, mods):
            j += 1  # "eine «mutmaßlich beteiligte» Frau": the quoted words stay in the phrase
            continue
        if _stacked_comma(doc, j, limit, mods):
            j += 1  # "einen weiteren, 32-jährigen Verdächtigen": adjectives a comma lists
            continue
        if not _MODIFIER_RE.match(doc[j].text):
            break
        if doc[j].lower_ in _ARTICLES:
            return None
        mods.append(doc[j].text)
        j += 1
        if _lower_age_noun(doc, j - 1, limit):
            break
    # "den 16-jährigen festnehmen": an age adjective written lower case with no noun after it is the noun
    age_head = bool(mods) and _lower_age_noun(doc, j - 1, limit)
    if age_head:
        mods.pop()
        j -= 1
    if j >= limit or not (age_head or _HEAD_RE.match(doc[j].text)) or ctx.mention_at(j) is not None:
        return None
    if j + 1 < limit and ctx.mention_at(j + 1) is not None:
        return None  # "der Journalist Max Muster": a named person, found elsewhere
    if _named_in_apposition(ctx, j + 1, limit):
        return None  # "Der Präsident des IWF, Dominique Strauss-Kahn, …": named too
    head = _singular(doc[j].text, article)
    if head is None and any(_AGED_RE.match(m) for m in mods):
        # an age makes any noun a person: "ein 47 Jahre alter Syrer", "einen 30-jährigen Afghanen"
        head = _weak_singular(doc[j].text, article)
    if head is None and open_nouns and doc[j].tag_ == "NN" and open_person_noun(doc[j].text):
        head = _weak_singular(doc[j].text, article)
    if head is None and doc[j].tag_ == "NN" and person_plural(doc[j].text) is not None:
        # a listed plural ("die Tatverdächtigen wurden gefasst"): a person noun for every verb
        head = _weak_singular(doc[j].text, article)
    if head is None:
        return None
    if age_head:
        head = head.replace("-j", "-J", 1)
    nom, ending, _ = _ARTICLES[article]
    if ending is not None:
        mods = [m[:-2] + ending if m.endswith("en") else m for m in mods]
    return " ".join([nom, *mods, head]), j, j + 1


def _stacked_comma(doc: Doc, j: int, limit: int, mods: list[str]) -> bool:
    """A comma at ``j`` between two adjectives of one phrase ("einen weiteren, 32-jährigen
    Verdächtigen"): after an adjective, before another one that a capitalised noun follows."""
    if doc[j].text != "," or not mods or j + 2 >= limit or doc[j - 1].tag_ != "ADJA":
        return False
    return doc[j + 1].tag_ == "ADJA" and _MODIFIER_RE.match(doc[j + 1].text) is not None


def _inner_adjunct_end(ctx: ArticleContext, j: int, limit: int) -> int | None:
    """ "ein [in Belgien] gesuchter Mann", "einen [mit einem Messer] bewaffneten Täter": a short
    prepositional phrase inside the person phrase, before its participle; where the participle
    stands, or None when the phrase after the preposition goes on otherwise."""
    doc = ctx.doc
    for k in range(j + 1, min(limit - 1, j + 5)):
        tag = doc[k].tag_
        # the head after the participle, an age noun too ("ein in Kiel gesuchter 41-Jähriger")
        participle = tag == "ADJA" or tag == "ADJD" and doc[k].text[:1].islower()  # tagged either way
        if participle and doc[k - 1].tag_ in ("NN", "NE", "CARD") and _HEAD_RE.match(doc[k + 1].text):
            return k
        if tag not in ("ART", "ADJA", "NN", "NE", "CARD", "PPOSAT"):
            return None
    return None


def _lower_age_noun(doc: Doc, k: int, limit: int) -> bool:
    """ "16-jährigen" at ``k`` with no capitalised noun after it: the age noun, written lower case."""
    if not _LOWER_AGE_RE.match(doc[k].text):
        return False
    if k + 1 < limit and doc[k + 1].tag_ == "ADJA" and doc[k + 1].text[:1].islower():
        return False  # "einen 32-jährigen sudanesischen Schleuser": another adjective, then the noun
    return k + 1 >= limit or not doc[k + 1].text[:1].isupper() and not doc[k + 1].is_quote


def _named_in_apposition(ctx: ArticleContext, k: int, limit: int) -> bool:
    """A name in apposition after the phrase going on at ``k`` (past a short genitive or bracket)."""
    doc = ctx.doc
    for j in range(k, min(limit - 1, k + 8)):
        if doc[j].text == ",":
            m = ctx.mention_at(j + 1)
            return m is not None and m.kind == "name"
        if doc[j].tag_.endswith("FIN") or doc[j].text in (".", ";", ":"):
            return False
    return False


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
    if near is not None and cut and _stacked_comma(ctx.doc, near.start - 1, sent.end, ["_"]):
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
        vorfeld_subject = k == sent.start and art not in _OBJECT_ARTICLES
        if not passive and vorfeld_subject and not catcher_after_verb(ctx, sent):
            continue  # the Vorfeld of an active sentence is its subject, unless police follow the verb
        if not passive and inverted_subject_at(doc, k, last):
            continue  # "Am Morgen nahmen die Beamten einen Mann fest": the subject, after the verb
        # any noun only in the verb's own clause, and in an active one after an unambiguous
        # accusative ("die Polizei" opens the Mittelfeld as a subject as often as "die Frau" an object)
        own = near is None or near.start == sent.start or near.start <= k
        opened = open_nouns and own and (passive or art in _OBJECT_ARTICLES)
        got = _np_at(ctx, k, sent.end, opened, article=art)
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
    got = _np_at(ctx, k, limit, open_nouns=True)
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
        got = _np_at(ctx, k, comma, open_nouns=True)
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
        nxt = _np_at(ctx, end + 1, sent.end, phrase.open_nouns)
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
    got = _np_at(ctx, k, sent.end)
    if got is None:
        return None
    if doc[k].lower_ in _DEFINITE_GENITIVE:
        # "meldeten die Festnahme des Tatverdächtigen": one known person, no count
        return Agent(AgentKind.PERSON, label=got[0]), None
    return Agent(AgentKind.PERSON, label=got[0]), Count(value=1, text=doc[k].text)
