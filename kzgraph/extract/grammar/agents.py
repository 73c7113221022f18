"""Resolve a span of text to an Agent, and chunk noun phrases without a parser."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import AGE_NOUN
from kzgraph.extract.grammar.segments import QUOTES

if TYPE_CHECKING:
    from kzgraph.extract.core.interfaces import ArticleView as ArticleContext

_WORDS = closed_class()
_NUM_RE = re.compile(r"^\d[\d.,]*$")
_STOP = _WORDS.words("list_conjunctions") | {",", ".", ";", ":", "(", ")", "-", "–"}


# "41-jährigen", "3-köpfige", "20-seitigen": a number joined to an inflected adjective
_NUMBER_ADJECTIVE = re.compile(r"^\d+-[a-zäöü]+(?:e|en|er|es|em)$")


def is_adjective_like(text: str) -> bool:
    """Lower-case inflected words inside a noun phrase: "russische", "gesamten", "68", "41-jährigen"."""
    return (
        (text[:1].islower() and text.endswith(("e", "en", "er", "es", "em")))
        or bool(_NUM_RE.match(text))
        or bool(_NUMBER_ADJECTIVE.match(text))
    )


# "des Landes", "seiner Softwaretochter": a genitive attribute of the phrase before it
_GENITIVE_DETERMINERS = _WORDS.words("genitive_determiners")
# "eigene", "weitere" before the adjectives; "mehr als", "rund" among them
_PHRASE_OPENERS = _WORDS.words("phrase_opening_adjectives")
_QUANTITY_WORDS = _WORDS.words("quantity_modifiers")
_JAHRE = _WORDS.words("jahre_forms")

# "der Verein", "die Stadt" right before a person's name that is a phrase of its own
_BODY_HEADS = _WORDS.words("body_heads_before_names")


def np_end(ctx: ArticleContext, i: int, limit: int, genitive: bool = True) -> int:
    """End (exclusive) of the noun phrase starting at token i: det, adjectives, head, name, genitive."""
    doc, lx = ctx.doc, ctx.lx
    j = i
    if j < limit and (doc[j].lower_ in lx.determiners or doc[j].lower_ in _PHRASE_OPENERS):
        j += 1
    j = _past_age(doc, j, limit)
    while j < limit and (is_adjective_like(doc[j].text) or doc[j].lower_ in _QUANTITY_WORDS):
        j += 1
    if j < limit and AGE_NOUN.match(doc[j].text):
        return j + 1  # "der 53-Jährige": the age is the head
    if j >= limit or not (doc[j].text[:1].isupper() or doc[j].text[:1] in QUOTES):
        return i
    j += 1
    # a name or quoted title right after the head: "der Staatssender Khabar 24", "Zeitung «X»"
    while j < limit and (
        doc[j].text[:1].isupper()
        or _NUM_RE.match(doc[j].text)
        or doc[j].text in QUOTES
        or (doc[j - 1].text in QUOTES and doc[j].text[:1].isupper())
    ):
        if doc[j].text[:1].isupper() and lx.title_re.search(doc[j].lower_) is None and j > i + 4:
            break
        if saxon_genitive(ctx, j, limit):
            break  # "das Innenministerium | Imamoğlus Stellvertreter": a phrase of its own begins
        if _person_after_body(ctx, j):
            break  # "nachdem der Verein | Knut Hallmann entlassen hatte": two phrases
        j += 1
    genitive_follows = j < limit and doc[j].lower_ in _GENITIVE_DETERMINERS
    if genitive and genitive_follows and not _is_verb_like(doc, j + 1, limit):
        k = np_end(ctx, j, limit, genitive=False)
        if k > j + 1:
            j = k
    return j


def _past_age(doc, j: int, limit: int) -> int:  # type: ignore[no-untyped-def]
    """Past an age phrase opening the attributes: "der | 61 Jahre | alte Jurist"."""
    if j + 2 < limit and _NUM_RE.match(doc[j].text) and doc[j + 1].text in _JAHRE:
        return j + 2 if is_adjective_like(doc[j + 2].text) else j
    return j

def _person_after_body(ctx: ArticleContext, j: int) -> bool:
    """A person's full name at ``j`` right after a body's noun or name ("der Verein Knut
    Hallmann", "der SV Lindhagen Knut Hallmann"): the name is a phrase of its own, not the name
    of the title before it as in "der Verein Trainer Knut Hallmann", "der Trainer Knut Hallmann"."""
    doc, lx = ctx.doc, ctx.lx
    before = doc[j - 1]
    if lx.is_role(before.text) or doc[j].text not in lx.gender_of:
        return False
    # a body's noun, or a body's proper name of two words ("der SV Lindhagen"); not "auf
    # Vorschlag Karl Brandts" (a genitive name), not "der Kantor Jonas Pfeil" (a title the
    # lexicon does not know)
    opener = doc[j - 2]
    proper_body = (
        before.tag_ == "NE"
        and before.text not in lx.gender_of
        and opener.text[:1].isupper()
        and opener.lower_ not in lx.determiners
    )
    if before.lower_ not in _BODY_HEADS and not proper_body:
        return False
    m = ctx.mention_at(j)
    return m is not None and m.kind == "name" and m.start == j and m.end - m.start >= 2


def saxon_genitive(ctx: ArticleContext, j: int, limit: int) -> bool:
    """A name in -s at ``j`` right before a common noun: the possessor of the phrase it opens
    ("Imamoğlus Stellvertreter", "Merkels Sprecher")."""
    doc = ctx.doc
    m = ctx.mention_at(j)
    if m is None or m.kind != "name" or m.start != j or not doc[m.end - 1].text.endswith("s"):
        return False
    k = m.end
    while k < limit and doc[k].tag_ == "ADJA":
        k += 1  # "Merkels bisherige Sprecherin"
    return k < limit and doc[k].tag_ == "NN" and ctx.mention_at(k) is None


def _is_verb_like(doc, j: int, limit: int) -> bool:  # type: ignore[no-untyped-def]
    return j >= limit or doc[j].pos_ in ("VERB", "AUX")


def classify_head(ctx: ArticleContext, word: str) -> AgentKind | None:
    lx = ctx.lx
    low = word.lower()
    if low in lx.org_over_group:
        return AgentKind.ORGANIZATION
    if lx.group_re.search(low):
        return AgentKind.GROUP
    if lx.org_re.search(low):
        return AgentKind.ORGANIZATION
    if lx.person_re.search(low) or lx.is_role(word) or AGE_NOUN.match(word):
        return AgentKind.PERSON
    return None


# determiners that mark a singular masculine noun whose plural looks the same ("Minister", "Politiker")
_SINGULAR_DET = _WORDS.words("singular_masculine_determiners")


def _singular_person(ctx: ArticleContext, a: int, head: int) -> bool:
    """ "der/ein/den Minister": a person title or noun after a singular determiner is one person,
    though "minister" also ends plural group nouns. "die Minister", "den Ministern", "der Minister"
    after a noun (a genitive plural: "Treffen der Minister") stay groups."""
    doc, lx = ctx.doc, ctx.lx
    word = doc[head].text
    det = doc[a].lower_
    if det not in _SINGULAR_DET or head - a > 3:
        return False
    if not (lx.is_title(word) or lx.person_re.search(word.lower())):
        return False
    if not word.endswith("er"):
        return False  # "Minister" and "Politiker" are both; "Beamte", "Offiziere" are plural
    # "der" after a noun is a genitive plural, "den" after a preposition a dative plural: these two
    # forms are the point of the test
    if det == "der" and a > 0 and doc[a - 1].text[:1].isupper() and not doc[a - 1].is_sent_start:
        return False
    if det == "den" and a > 0 and doc[a - 1].lower_ in lx.prepositions:
        return False  # "mit den Minister..." is dative plural
    return True


def clean_label(span: Span) -> str:
    text = span.text.strip(" ,.;:-–")
    return re.sub(r"\s+", " ", text)


# a singular oblique case before the phrase: "vom Präsidenten", "dem Vorsitzenden", "des Kanzlers"
_OBLIQUE_SINGULAR = _WORDS.words("oblique_singular_determiners")
_DATIVE_PREPOSITIONS = _WORDS.words("dative_prepositions")
_OBLIQUE_ARTICLES = _WORDS.words("oblique_definite_articles")  # turned into "der" in a label
_POSTPOSITIONS = _WORDS.words("postpositions")  # "der Polizei zufolge"
_BARE_PRONOUNS = _WORDS.words("bare_pronouns")  # a pronoun alone names no agent
_DESCRIBED_SUBJECT_OPENERS = _WORDS.words("nominative_articles")


def _nominative(ctx: ArticleContext, span: Span, head: int) -> str | None:
    """The nominative of a singular masculine person phrase in an oblique case, so that the label
    reads as a description: "(vom) Präsidenten" -> "Präsident", "dem neuen Vorsitzenden" -> "der
    neue Vorsitzende". The head's lemma must be its stem (weak and adjectival nouns)."""
    doc = ctx.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    first = doc[span.start].lower_
    word, lemma = doc[head].text, doc[head].lemma_
    if head + 1 != span.end:
        return None
    # "der" after a dative preposition: the feminine dative this branch is about
    if first == "der" and before in _DATIVE_PREPOSITIONS and word.endswith("in"):
        # "von der (neuen) Präsidentin": a feminine dative
        return " ".join([doc[span.start].text[0] + "ie", *(_weak_nominative(t) for t in span[1:])])
    if not ({first, before} & _OBLIQUE_SINGULAR):
        return None
    if lemma == word or not lemma or not word.startswith(lemma) or not word.endswith(("n", "s")):
        return None
    words = [
        ("der" if t.text.islower() else "Der") if t.lower_ in _OBLIQUE_ARTICLES else _weak_nominative(t)
        for t in doc[span.start : head]
    ]
    return " ".join([*words, lemma])


def _weak_nominative(token: Token) -> str:
    """An adjective's weak ending after the definite article, in the nominative: "neuen" -> "neue"."""
    return token.text[:-1] if token.tag_ == "ADJA" and token.text.endswith("en") else token.text


def classify_span(ctx: ArticleContext, span: Span) -> Agent | None:
    doc, lx = ctx.doc, ctx.lx
    a, b = span.start, span.end
    while a < b and (doc[a].lower_ in lx.prepositions or doc[a].text in _STOP or doc[a].text in QUOTES):
        a += 1
    while b > a and (doc[b - 1].text in _STOP or doc[b - 1].lower_ in _POSTPOSITIONS):
        b -= 1
    if a >= b:
        return None
    span = doc[a:b]
    mentions = ctx.mentions_in(span)
    head_idx = None
    for t in span:
        capital = t.text[:1].isupper() or AGE_NOUN.match(t.text)  # "der 53-Jährige"
        if capital and classify_head(ctx, t.text) is not None and ctx.mention_at(t.i) is None:
            head_idx = t.i
            break
    if mentions:
        m = mentions[0]
        genitive_modifier = (
            head_idx is not None
            and head_idx >= m.end
            and doc[m.end - 1].text.endswith("s")
            and m.kind == "name"
            and classify_head(ctx, doc[head_idx].text) != AgentKind.PERSON
        )
        if not genitive_modifier:
            return ctx.person_agent(m.person)
    if b - a == 1 and doc[a].lower_ in _BARE_PRONOUNS:
        return None
    if head_idx is not None:
        kind = classify_head(ctx, doc[head_idx].text)
        label = clean_label(span)
        if kind == AgentKind.PERSON:
            return Agent(AgentKind.PERSON, label=_nominative(ctx, span, head_idx) or label)
        assert kind is not None
        if kind == AgentKind.GROUP and _singular_person(ctx, a, head_idx):
            return Agent(AgentKind.PERSON, label=label)  # "Der Minister": one unnamed person
        return Agent(kind, label=label)
    return _agent_without_head(ctx, span)


def _agent_without_head(ctx: ArticleContext, span: Span) -> Agent | None:
    """A span with no agent noun as its head: an entity of the NER, a short capitalised name or
    country, or a counted group ("50 Demonstranten")."""
    lx = ctx.lx
    a, b = span.start, span.end
    for ent in ctx.entities:
        if ent.start >= a and ent.end <= b:
            if ent.label_ == "PER":
                return Agent(AgentKind.PERSON, label=ent.text, name=ent.text)
            if ent.label_ == "ORG":
                return Agent(AgentKind.ORGANIZATION, label=clean_label(span), name=ent.text)
            if ent.label_ == "LOC":
                return Agent(AgentKind.PLACE, label=ent.text, name=ent.text)
    words = [t for t in span if t.text[:1].isupper()]
    if len(words) == b - a and 1 <= len(words) <= 3:
        text = clean_label(span)
        if len(words) == 1 and ctx.looks_like_country(text):
            return Agent(AgentKind.PLACE, label=text, name=text)
        last = words[-1].lower_
        if all(ctx.is_name_token(w) for w in words) and (
            lx.surname_re.search(last) or words[0].text in lx.male | lx.female
        ):
            return Agent(AgentKind.PERSON, label=text, name=text)
    if any(_NUM_RE.match(t.text) for t in span):
        for t in span:
            if t.text[:1].isupper() and lx.group_re.search(t.lower_):
                return Agent(AgentKind.GROUP, label=clean_label(span))
    return None


_FEMININE_SINGULAR_ENDINGS = ("ung", "ion", "ei", "schaft", "heit", "keit", "tät")


def described_subject_before(ctx: ArticleContext, span: Span, gender: str | None) -> Agent | None:
    """ "Ein Sprecher der Botschaft wies die Vorwürfe zurück. …, erklärte er.": an unnamed person
    opening the previous sentence, of the pronoun's gender; for a singular "sie" a feminine
    organisation opening it too ("Die Behörde …. Sie hat X bestellt")."""
    k = ctx.sentence_index(span.start)
    if gender is None or k == 0:
        return None
    prev = ctx.sentences[k - 1]
    if prev[0].lower_ not in _DESCRIBED_SUBJECT_OPENERS:
        return None
    end = np_end(ctx, prev.start, prev.end)
    article = prev[0].morph
    if gender == "f" and "Fem" in article.get("Gender") and "Sing" in article.get("Number"):
        # "Die Staatsanwaltschaft … Sie hat X bestellt": a feminine body (no person: that one
        # needs a title of the pronoun's gender, below)
        body = ctx.agent_for(ctx.doc[prev.start : end])
        if body is not None and (
            body.kind == AgentKind.ORGANIZATION
            # a group noun only when feminine singular by its ending ("die Regierung"), the tagger
            # reads the article of a plural ("Die Einwohner") as feminine too
            or body.kind == AgentKind.GROUP and body.label.endswith(_FEMININE_SINGULAR_ENDINGS)
        ):
            return body
    head = next((t for t in reversed(prev[: end - prev.start]) if ctx.lx.is_title(t.text)), None)
    if head is None or ("f" if head.text.endswith("in") else "m") != gender:
        return None
    agent = ctx.agent_for(ctx.doc[prev.start : end])
    return agent if agent is not None and agent.kind == AgentKind.PERSON else None
