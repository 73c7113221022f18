"""The subject right after the finite verb, when something else fills the Vorfeld.

"Zugleich berief das Gremium X", "Am Montag entließ der Präsident X", "Nachdem …, entließ der
Präsident X": an adverb, a prepositional phrase or a subordinate clause opens the sentence, so
the subject follows the finite verb, maybe after "sich", a short time phrase or an object
pronoun. :func:`kzgraph.extract.grammar.clauses.subject_of` asks here before it reads the
subject by position.
"""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.agents import np_end
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import name_after_titles, postposition_at
from kzgraph.extract.grammar.subject_position import plural_group_before_name
from kzgraph.extract.grammar.vorfeld_subject import NOMINATIVE_ARTICLES

# object pronouns before the subject: "ernannte sie der Präsident"
_PRONOUNS_BEFORE_SUBJECT = closed_class().words("object_pronouns_before_subject")
OBJECT_ONLY_PRONOUNS = closed_class().words("object_only_pronouns")
_DURATIONS = closed_class().words("duration_nouns")
_DER_EIN = closed_class().words("masculine_nominative_articles")
_TIME_PREPOSITIONS = closed_class().words("time_adjunct_prepositions")
_TIME_NOUNS = closed_class().words("day_part_nouns") | closed_class().words("period_nouns")


def inverted_subject(ctx: ArticleContext, sent: Span, i: int, clause_vorfeld: bool = False) -> Agent | None:
    """ "Zugleich berief das Gremium X ...", "Am Montag entließ der Präsident X": an adverb or a
    prepositional phrase fills the Vorfeld, so the determiner phrase right after the finite verb
    at ``i`` is the subject. With ``clause_vorfeld`` a subordinate clause fills it ("Nachdem …,
    entließ der Präsident X")."""
    doc = ctx.doc
    if i <= sent.start or i + 2 >= sent.end or not doc[i].tag_.endswith("FIN"):
        return None
    if not clause_vorfeld and not _vorfeld_without_subject(ctx, sent, i):
        return None
    j = _subject_start(ctx, sent, i)
    if j + 1 >= sent.end:
        return None
    if doc[j].lower_ not in NOMINATIVE_ARTICLES:
        # a name, maybe after its titles: "übernahm Staatssekretär X die Leitung"
        named = name_after_titles(ctx, j, sent.end)
        if named is not None:
            return ctx.person_agent(named.person)
        # a named organisation without an article: "entließ Hertha BSC den Trainer"
        org = next((e for e in ctx.entities if e.start == j and e.label_ == "ORG"), None)
        return ctx.agent_for(org) if org is not None else None
    return _determiner_phrase_subject(ctx, j - 1, sent.end)


def _vorfeld_without_subject(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """An adverb, an adverbial adjective alone ("Kommissarisch übernimmt …"), a span of time or a
    (pre- or postpositional) phrase fills the Vorfeld before the finite verb at ``i``; a name
    inside that phrase ("Nach dem Rücktritt von X hat …") is not the subject."""
    doc, lx = ctx.doc, ctx.lx
    first = doc[sent.start]
    adverbial = first.pos_ == "ADV" or first.tag_ == "ADJD" and i == sent.start + 1
    # a span of time opens it too: "Drei Tage nach der Wahl entließ der Präsident X"
    adverbial = adverbial or first.pos_ == "NUM" and doc[sent.start + 1].text in _DURATIONS
    # a postpositional phrase fills it too: "Der Zeitung zufolge entließ der Präsident X"
    adverbial = adverbial or postposition_at(doc, i - 1, i)
    if not (adverbial or first.lower_ in lx.prepositions):
        return False
    return not any(m.subject for m in ctx.mentions_in(doc[sent.start : i]))


def _subject_start(ctx: ArticleContext, sent: Span, i: int) -> int:
    """Where the subject after the finite verb at ``i`` starts: past "sich" (and an adverb after
    it), a short time phrase and an object pronoun."""
    doc = ctx.doc
    reflexive = doc[i + 1].lower_ == "sich"
    j = i + 1 + reflexive  # "trennte sich der Verein von X"
    # "hat sich heute der Verein von X getrennt": an adverb between "sich" and the subject
    while (
        reflexive and j + 2 < sent.end and doc[j].tag_ == "ADV" and doc[j + 1].lower_ in NOMINATIVE_ARTICLES
    ):
        j += 1
    j = _past_time_adjunct(ctx, j, sent.end)  # "Zugleich wird am 1. Mai X die Leitung übernehmen"
    if doc[j].lower_ in _PRONOUNS_BEFORE_SUBJECT and j + 1 < sent.end and doc[j + 1].lower_ in _DER_EIN:
        j += 1  # "ernannte sie der Präsident": the object pronoun comes before the subject
    elif doc[j].lower_ in OBJECT_ONLY_PRONOUNS and j + 2 < sent.end:
        j += 1  # "entließ ihn der Verein", "ernannte ihn die Partei"
    return j


def _past_time_adjunct(ctx: ArticleContext, j: int, end: int) -> int:
    """Past a short time phrase at ``j`` between the finite verb and an inverted subject ("am 1.
    Januar", "im Mai", "ab Montag", "am Abend"): a preposition of `time_adjunct_prepositions` and at
    most three words ending in a weekday, a month, a day part or a period noun; else ``j``."""
    doc = ctx.doc
    if j >= end or doc[j].lower_ not in _TIME_PREPOSITIONS:
        return j
    calendar = closed_class().calendar
    for k in range(j + 1, min(end - 1, j + 4)):
        word = doc[k].text
        if word in calendar.weekdays or word in calendar.months or word in _TIME_NOUNS:
            return k + 1 + (k + 2 < end and doc[k + 1].tag_ == "CARD")  # "am 1. Januar 2021"
    return j


def _determiner_phrase_subject(ctx: ArticleContext, i: int, sent_end: int) -> Agent | None:
    """The subject phrase opened by the article at ``i + 1``, up to where the object starts."""
    doc, lx = ctx.doc, ctx.lx
    end = np_end(ctx, i + 1, sent_end)
    # "hat die Polizei 30 Menschen festgenommen": a figure starts the object, as does a title after
    # the subject's noun ("hatte der Verein Sportdirektor X entlassen")
    end = next(
        (
            k
            for k in range(i + 2, end)
            if doc[k].tag_ == "CARD"
            or lx.is_title(doc[k].text)
            and not _name_opens_at(ctx, k)  # "entließ der Landrat Richter …": a surname
            and doc[k - 1].text[:1].isupper()
            # "entließ der Präsident Innenminister X": the article's own title, then the object's
            and (not lx.is_title(doc[k - 1].text) or k == i + 3)
        ),
        end,
    )
    # "setzte das Ministerium Imamoğlus Stellvertreter X ab": the genitive name belongs to the object
    before = doc[end - 1]
    propn_genitive = before.pos_ == "PROPN" and before.text.endswith("s")
    genitive_name = ctx.mention_at(end - 1) is not None or propn_genitive
    if end < len(doc) and lx.is_title(doc[end].text) and end - 1 > i + 1 and genitive_name:
        end -= 1
    for m in ctx.mentions_in(doc[i + 2 : end]):
        titled = lx.is_title(doc[m.start - 1].text) or lx.is_role(doc[m.start - 1].text)
        if m.kind == "name" and (not titled or plural_group_before_name(doc, lx, m.start - 1)):
            end = m.start  # "die Regierung Max Huber ...": an organisation is no apposition of a name
            break
    return ctx.agent_for(doc[i + 1 : end]) if end > i + 2 else None


def _name_opens_at(ctx: ArticleContext, k: int) -> bool:
    m = ctx.mention_at(k)
    return m is not None and m.kind == "name" and m.start == k
