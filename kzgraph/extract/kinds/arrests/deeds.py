"""Charges told without a charge cue, by what the sentence says of the arrested: caught in
possession ("im Besitz eines Gewehrs festgenommen"), a confession ("…, der drei Überfälle
zugab"), an accusation with an infinitive ("die verdächtigt werden, X unterstützt zu haben").
Token-based; the verbs are data (events lexicon, ``charges``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind
from kzgraph.extract.grammar.agents import classify_head
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon, find_triggers

_POSSESSION_DETERMINERS = closed_class().words("possession_determiners")  # "im Besitz eines/von …"
_POSSESSION_CONTINUERS = closed_class().words("possession_continuers")  # "im Besitz von Waffen und Munition"
_PERFECT_INFINITIVE = closed_class().words("perfect_infinitive_auxiliaries")  # "… getötet zu haben"
_STOP = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "-"})


def charge_told_by_deed(ctx: ArticleContext, sent: Span) -> str | None:
    """The charge a possession, confession or accusation in ``sent`` tells, if any."""
    return (
        _possession(ctx, sent)
        or _confessed(ctx, sent)
        or _accused_of_being(sent)
        or _after_offence(ctx, sent)
    )


def _after_offence(ctx: ArticleContext, sent: Span) -> str | None:
    """ "Nach einer Brandserie … wurde eine Frau festgenommen", "nach dem Raubüberfall", "beim
    Einbruch ertappt und festgenommen": the offence named after "nach" or "bei", in the stretch
    of the arrest verb; in a headline without its article,
    after the arrest noun too ("Drei Festnahmen nach Überfall auf Juwelier")."""
    stems = tuple(events_lexicon()["charges"]["offence_stems"])
    nouns = set(events_lexicon()["arrest"]["nouns"])
    offence_prepositions = set(events_lexicon()["charges"]["offence_prepositions"])
    doc = ctx.doc
    for t in sent:
        if t.lower_ not in offence_prepositions or t.i + 1 >= sent.end:
            continue
        k = t.i + 2 if doc[t.i + 1].lower_ in _OFFENCE_ARTICLES else t.i + 1
        while k < sent.end and doc[k].tag_ == "ADJA":
            k += 1
        if k < sent.end and doc[k].tag_ == "NN" and any(s in doc[k].lower_ for s in stems):
            after_noun = t.i > sent.start and doc[t.i - 1].text in nouns
            if after_noun or _arrest_after(ctx, sent, t.i, stretch=False):
                return doc[k].text
    return None


_OFFENCE_ARTICLES = closed_class().words("dative_articles")



def _possession(ctx: ArticleContext, sent: Span) -> str | None:
    """ "im Besitz einer Pistole (und Munition)": possession of a thing (not "im
    Besitz der Polizei", "im Besitz eines Mannes")."""
    doc = ctx.doc
    for t in sent:
        k = t.i
        if t.lower_ != "im" or k + 3 >= sent.end or doc[k + 1].text != "Besitz":
            continue
        if doc[k + 2].lower_ not in _POSSESSION_DETERMINERS:
            continue
        words = [doc[k + 2].text]
        for w in doc[k + 3 : min(sent.end, k + 8)]:
            if w.text in _STOP or not (
                w.text[:1].isupper() or w.lower_ in _POSSESSION_CONTINUERS or w.tag_ == "ADJA"
            ):
                break
            words.append(w.text)
        nouns = [w for w in words if w[:1].isupper()]
        if (
            nouns
            and not any(classify_head(ctx, w) in _HOLDERS for w in nouns)
            and _arrest_after(ctx, sent, k)
        ):
            while words[-1] in _POSSESSION_CONTINUERS:
                words.pop()
            return "Besitz " + " ".join(words)
    return None


_HOLDERS = (AgentKind.PERSON, AgentKind.GROUP, AgentKind.ORGANIZATION)


def _arrest_after(ctx: ArticleContext, sent: Span, k: int, stretch: bool = True) -> bool:
    """An arrest verb follows ``k`` in the same stretch of the sentence ("im Besitz eines Gewehrs
    festgenommen"; not "war im Besitz eines Jägers, der festgenommen wurde"); without ``stretch``
    anywhere after it in the main clause (a fronted phrase: "Nach dem Überfall … wurde X festgenommen")."""
    stops = _STOP if stretch else _STOP - {","}
    end = next((t.i for t in ctx.doc[k : sent.end] if t.text in stops), sent.end)
    return any(k < t.i < end for t in find_triggers(ctx, sent, "arrest"))


def _confessed(ctx: ArticleContext, sent: Span) -> str | None:
    """ "…, der drei Überfälle gestand": the deed confessed, the last noun before
    the verb in its stretch of the sentence."""
    verbs = set(events_lexicon()["charges"]["confession_verbs"])
    doc = ctx.doc
    for t in sent:
        if t.lower_ not in verbs:
            continue
        start = max((w.i + 1 for w in doc[sent.start : t.i] if w.text in _STOP), default=sent.start)
        nouns = [w for w in doc[start : t.i] if w.tag_ == "NN" and ctx.mention_at(w.i) is None]
        nouns = [w for w in nouns if classify_head(ctx, w.text) is None and not _in_pp(doc, w.i, start)]
        if nouns:
            return _singular(nouns[-1])
    return None


def _in_pp(doc: Doc, k: int, start: int) -> bool:
    """The noun at ``k`` heads a prepositional phrase ("im Jenaer Stadtteil"): an adjunct, no deed."""
    j = k - 1
    while j >= start and doc[j].tag_ in ("ADJA", "ART", "PPOSAT", "CARD"):
        j -= 1
    return j >= start and doc[j].tag_ in ("APPR", "APPRART")


def _singular(noun: Token) -> str:
    """ "Brandstiftungen" -> "Brandstiftung", "Diebstähle" stays (the lemma when the tagger has one)."""
    text = noun.text
    if text.endswith("ungen"):
        return text[:-2]
    return noun.lemma_ if noun.lemma_ and noun.lemma_[:1].isupper() else text


def _accused_of_being(sent: Span) -> str | None:
    """ "…, die verdächtigt werden, X unterstützt zu haben": what they are accused of being or
    having done, the words between the comma and "zu"; membership named as such."""
    verbs = set(events_lexicon()["charges"]["accusation_verbs"])
    toks = list(sent)
    for n, t in enumerate(toks):
        if t.lower_ not in verbs:
            continue
        comma = next((m for m in range(n + 1, min(len(toks), n + 3)) if toks[m].text == ","), None)
        if comma is None:
            continue
        zu = next((m for m in range(comma + 1, min(len(toks), comma + 10)) if toks[m].lower_ == "zu"), None)
        if zu is None or zu + 1 >= len(toks) or toks[zu + 1].lower_ not in _PERFECT_INFINITIVE:
            continue
        words = [w.text for w in toks[comma + 1 : zu] if not w.is_quote]
        if not words or not words[0][:1].isupper():
            continue
        if words[0].startswith("Mitglied") and len(words) > 2:
            # "Mitglieder von X" / "Mitglieder einer Vereinigung": membership in it
            rest = words[2:] if words[1] in closed_class().words("membership_prepositions") else words[1:]
            return "Mitgliedschaft in " + " ".join(rest)
        return " ".join(words)
    return None
