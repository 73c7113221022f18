"""Shared machinery of the event extractors: clauses, hedges, negation, subjects (the verb
triggers are in :mod:`kzgraph.extract.grammar.triggers`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.core.mentions import SUBJECT_PRONOUNS
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.agents import described_subject_before, np_end
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.conjuncts import age_apposition, coordinated_auxiliary, local_dateline
from kzgraph.extract.grammar.inverted_subject import inverted_subject
from kzgraph.extract.grammar.lexicon import COORDINATORS, RELATIVE_D_WORDS
from kzgraph.extract.grammar.objects import apposition_name, postposition_at
from kzgraph.extract.grammar.subordinate import (
    main_clause_after_vorfeld,
    reported_clause_start,
    subordinate_start,
)
from kzgraph.extract.grammar.triggers import CLAUSE_END, PASSIVE_AUX
from kzgraph.extract.grammar.vorfeld_subject import (
    NOMINATIVE_ARTICLES,
    PERFECT_AUX,
    genitive_name_phrase,
    leading_determiner_phrase,
    leading_name,
    leading_organisation_end,
    subject_phrase_end,
    vorfeld_agent,
)

RELATIVE_PRONOUNS = RELATIVE_D_WORDS | closed_class().words("welch_relatives")


def relative_clause(ctx: ArticleContext, sent: Span, span: Span, prepositional: bool = False) -> bool:
    """``span`` (a clause of ``sent``) is a relative clause: ", der ...", and with ``prepositional``
    also ", bei dem ..."."""
    doc = ctx.doc
    k = span.start
    if prepositional and doc[k].lower_ in ctx.lx.prepositions:
        k += 1
    after_comma = span.start - 1 > sent.start and doc[span.start - 1].text == ","
    return after_comma and k < span.end and doc[k].lower_ in RELATIVE_PRONOUNS


def clause(ctx: ArticleContext, sent: Span, i: int) -> Span:
    """The clause around token i: up to commas/dashes, but keep appositive names after a comma."""
    doc, texts = ctx.doc, ctx.tokens.texts  # the words as strings: no Token made per step
    a = i
    while True:
        while a > sent.start and texts[a - 1] not in CLAUSE_END:
            a -= 1
        # "hat den Inspekteur, Generalleutnant X, in den Ruhestand versetzt": step over an apposition
        c = a - 2
        while c > sent.start and texts[c] not in CLAUSE_END:
            c -= 1
        named = apposition_name(ctx, c, a - 1) if a - 1 > sent.start and texts[a - 1] == "," else None
        if named is not None and named[2] == a - 1:
            a = c
            continue
        opening = _parenthesis_opening(doc, sent, a - 1)
        if opening is not None:
            a = opening  # "wird die neue Ministerin - so hieß es - ernannt": one clause around it
            continue
        if a - 3 > sent.start and texts[a - 1] == "," and doc[a - 2].like_num and texts[a - 3] == ",":
            a -= 3  # "dass X, 55, die Leitung übernimmt": an age set off is no clause boundary
            continue
        if _list_comma(doc, sent, a - 1, i):
            a -= 1  # "wurden in Hannover, Leipzig und Kassel festgenommen": a list, one clause
            continue
        if age_apposition(doc, sent, a - 1):
            a -= 3  # "wird von der Redakteurin B, 41, abgelöst": the age, no clause of its own
            continue
        if a - 1 > sent.start and texts[a - 1] == "," and _described_name_before(ctx, sent, c, a - 1):
            a = c  # "wurde X, der Beauftragte im Bezirk, ernannt": a description set off after a name
            continue
        if c > sent.start and _inserted_infinitive(doc, a, i):
            a = c  # "sind beim Versuch, über den Zaun zu klettern, gefasst worden": one clause around it
            continue
        break
    b = i + 1
    while b < sent.end and texts[b] not in CLAUSE_END:
        b += 1
        if b + 2 < sent.end and texts[b] == "," and doc[b + 1].like_num and texts[b + 2] == ",":
            b += 3  # "übernimmt X, 55, die Leitung": an age set off is no clause boundary
        elif b < sent.end and texts[b] == "," and b > i + 1:
            # "macht die frühere Chefin des Referats, X(,) zur Konsulin", "übernimmt
            # zusammen mit der Kollegin, der früheren Y X, das Konsulat": an apposition set off
            # after a noun phrase of the clause, which goes on after it
            b = _past_nominal_apposition(doc, sent, b)
    return doc[a:b]


# what may not stand in a nominal apposition set off by commas: verbs, clause openers, "und"
_NOT_IN_APPOSITION = ("V", "KOUS", "KOUI", "KON", "PRELS", "PRELAT", "PWS", "PWAV", "PPER")


def _apposition_stretch(doc: Doc, lo: int, hi: int) -> bool:
    """``doc[lo:hi]`` is a short noun phrase with a name or a noun and no verb or clause opener."""
    inside = doc[lo:hi]
    return (
        0 < len(inside) <= 9
        and not any(t.tag_.startswith(_NOT_IN_APPOSITION) for t in inside)
        and any(t.tag_ in ("NE", "NN") for t in inside)
        and not any(t.text in CLAUSE_END or t.text in ("(", ")", '"', "„", "“") for t in inside)
    )


def _past_nominal_apposition(doc: Doc, sent: Span, comma: int) -> int:
    """Where the clause goes on past an apposition that opens at ``comma`` after a noun: past its
    closing comma when a word of the same clause follows (not a verb, conjunction or relative
    pronoun), or to the clause end when the apposition is a name the clause goes on after
    ("…, X zur neuen Botschafterin"); else ``comma`` (a clause boundary)."""
    if doc[comma - 1].tag_ not in ("NN", "NE"):
        return comma
    close = next((j for j in range(comma + 1, sent.end) if doc[j].text in CLAUSE_END), sent.end)
    if close < sent.end and doc[close].text == ",":
        nxt = doc[close + 1] if close + 1 < sent.end else None
        if nxt is None or nxt.tag_.startswith(_NOT_IN_APPOSITION) or nxt.text in CLAUSE_END:
            return comma
        if not _apposition_stretch(doc, comma + 1, close):
            return comma
        return close + 1
    # no closing comma: a name right after the comma, then the clause's own words
    k = comma + 1
    while k < close and doc[k].tag_ == "NE":
        k += 1
    if k == comma + 1 or k >= close or doc[k].tag_ not in ("APPR", "APPRART", "PTKVZ", "ADV"):
        return comma
    return comma if any(t.tag_.startswith(_NOT_IN_APPOSITION) for t in doc[k:close]) else close


def _described_name_before(ctx: ArticleContext, sent: Span, c: int, comma: int) -> bool:
    """Between the comma at ``c`` and the one at ``comma`` a description (article, no verb) set off
    after a name ("X, der Beauftragte im Bezirk, …")."""
    doc = ctx.doc
    return (
        c > sent.start
        and doc[c].text == ","
        and (doc[c - 1].tag_ == "NE" or any(m.kind == "name" for m in ctx.mentions_in(doc[c - 1 : c])))
        and doc[c + 1].tag_ in ("ART", "ADJA")
        and _apposition_stretch(doc, c + 1, comma)
    )


_DASHES = frozenset({"-", "–", "—"})


def _inserted_infinitive(doc: Doc, a: int, i: int) -> bool:
    """The comma before ``a`` closes a zu-infinitive set into the middle field, and the clause's
    bracket closes after it with the non-finite verb at ``i`` and no finite verb between."""
    if a < 3 or doc[a - 1].text != "," or not doc[i].tag_.startswith("VV") or doc[i].tag_.endswith("FIN"):
        return False
    last = doc[a - 2]
    zu_infinitive = last.tag_ == "VVIZU" or doc[a - 3].tag_ == "PTKZU" and last.tag_.endswith("INF")
    return zu_infinitive and not any(t.tag_.endswith("FIN") for t in doc[a:i])


_NOUN_TAGS = frozenset({"NE", "NN"})


def _list_comma(doc: Doc, sent: Span, comma: int, i: int) -> bool:
    """The comma at ``comma`` lists nouns or names ("in Hannover, Leipzig und Kassel"): a noun
    before it, and after it nouns up to another comma or "und"/"oder"/"sowie" before ``i``."""
    if comma <= sent.start or doc[comma].text != "," or doc[comma - 1].tag_ not in _NOUN_TAGS:
        return False
    k = comma + 1
    while k < i and doc[k].tag_ in _NOUN_TAGS and k - comma <= 3:
        k += 1
    return comma + 1 < k < i and (doc[k].text == "," or doc[k].lower_ in _LIST_JOINERS)


_LIST_JOINERS = closed_class().words("list_conjunctions")



def _parenthesis_opening(doc: Doc, sent: Span, close: int) -> int | None:
    """Where a parenthesis between two dashes that closes at ``close`` opens ("wird X - so die
    Zeitung - vereidigt"), when a word comes before it and no other clause boundary lies within."""
    if close <= sent.start or doc[close].text not in _DASHES:
        return None
    k = close - 1
    while k > sent.start and doc[k].text not in CLAUSE_END:
        k -= 1
    if k <= sent.start or k == close - 1 or doc[k].text not in _DASHES:
        return None
    return k


def _subject_before_relative_clause(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """ "Die Beamten, die der Polizei halfen, haben X festgenommen": a nominative determiner phrase,
    its relative clause, then the finite verb of the clause of ``i``: the phrase is the subject."""
    doc = ctx.doc
    if doc[sent.start].lower_ not in NOMINATIVE_ARTICLES:
        return None
    end = np_end(ctx, sent.start, i)
    if not (sent.start < end < i - 2 and doc[end].text == ","):
        return None
    if not relative_clause(ctx, sent, doc[end + 1 : i], prepositional=True):
        return None
    close = next((k for k in range(end + 2, i) if doc[k].text == ","), None)
    if close is None or not doc[close + 1].tag_.endswith("FIN") or ctx.mentions_in(doc[sent.start : end]):
        return None
    return ctx.agent_for(doc[sent.start : end])


def _pronoun_subject(ctx: ArticleContext, sent: Span, i: int) -> tuple[Agent | None] | None:
    """ "Er ernannte X", "Zum Minister ernannte er X": a personal pronoun right before or after the
    finite verb at ``i`` is its subject. When no named person resolves it (the context's mentions
    would have it), it stands for the unnamed person opening the sentence before ("Der Präsident
    entließ A. Er ernannte B"), else for no one we can name: (None,). None: no pronoun subject."""
    doc = ctx.doc
    if doc[i].tag_ == "VVPP" and _perfect_after_pronoun(ctx, sent, i):
        i = sent.start + 1  # "Sie hat … X bestellt": the pronoun is the auxiliary's subject
    if not doc[i].tag_.endswith("FIN"):
        return None
    if i == sent.start + 1:
        k = sent.start
    elif i + 2 < sent.end and (
        doc[i + 1].lower_ == "er"
        # "ernannte sie X": she appointed X; "ernannte sie zur Ministerin": she is the object
        or doc[i + 1].lower_ == "sie" and any(m.start == i + 2 for m in ctx.mentions_in(doc[i + 2 : i + 3]))
    ):
        k = i + 1
    else:
        return None
    gender = SUBJECT_PRONOUNS.get(doc[k].lower_)
    if gender is None or ctx.mentions_in(doc[k : k + 1]):
        return None
    return (described_subject_before(ctx, doc[k : k + 1], gender),)


def _perfect_after_pronoun(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """The sentence opens with a subject pronoun and a perfect auxiliary whose clause runs to the
    participle at ``i`` ("Sie hat im Mai X bestellt"; not "Er hat gesagt, dass X ernannt wurde")."""
    doc = ctx.doc
    if i < sent.start + 3 or doc[sent.start].lower_ not in SUBJECT_PRONOUNS:
        return False
    if doc[sent.start + 1].lower_ not in PERFECT_AUX:
        return False
    return not any(t.text in CLAUSE_END for t in doc[sent.start + 2 : i])


def subject_of(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """Subject of the verb at i: a subject-like mention in the sentence before i, else an NP at start.
    In a subordinate clause the subject is looked for there ("…, nachdem das Parlament X abgesetzt
    hatte": not the main clause's subject).
    A finite verb right after "und" shares the subject of the verb before: "Der Präsident entließ
    X und ernannte Y"."""
    doc = ctx.doc
    sent = _past_openers(doc, sent, i)
    # "Die Rebellen stürmten den Palast und ernennen X": a plural present the tagger reads as an
    # infinitive shares the subject too
    coordinated_verb = doc[i].tag_.endswith("FIN") or doc[i].tag_ == "VVINF"
    aux = coordinated_auxiliary(doc, sent, i)
    if aux is not None:
        i, coordinated_verb = aux, True  # "B wurde gewählt und hat A abgelöst": the auxiliary's subject
    if i - 1 > sent.start and doc[i - 1].lower_ in COORDINATORS and coordinated_verb:
        before = next((k for k in range(i - 2, sent.start - 1, -1) if doc[k].tag_.endswith("FIN")), None)
        if before is not None:
            return subject_of(ctx, sent, before)
    pronoun = _pronoun_subject(ctx, sent, i)
    if pronoun is not None:
        return pronoun[0]
    own = clause(ctx, sent, i)
    if own.start - 1 > sent.start and doc[own.start - 1].text == ",":
        # "Im Januar hieß es, A löste B ab", "X berichtete, A soll B ablösen": a clause of its own
        # after a comma that opens with a name right before its finite verb has it as subject
        leading = leading_name(ctx, own, i)
        if leading is not None:
            return leading
    sub = subordinate_start(ctx, sent, i) or reported_clause_start(ctx, sent, i)
    if sub is not None and sub < i:
        sent = ctx.doc[sub : sent.end]
        leading = leading_determiner_phrase(ctx, sent, i)
        if leading is not None:
            return leading
    before_relative = _subject_before_relative_clause(ctx, sent, i)
    if before_relative is not None:
        return before_relative
    main = main_clause_after_vorfeld(ctx, sent, i)
    if main is not None:
        # "Nachdem X bekannt wurde, entließ der Präsident Y": the subject follows the finite verb;
        # the names of the subordinate clause are not candidates
        inverted = inverted_subject(ctx, sent, main, clause_vorfeld=True)
        if inverted is not None:
            return inverted
        sent = ctx.doc[main : sent.end]
    inverted = inverted_subject(ctx, sent, i)
    if inverted is None and not ctx.doc[i].tag_.endswith("FIN"):
        # "Nach dem Rücktritt hat das Parlament X gewählt": the subject follows the finite auxiliary
        finite = next((t.i for t in ctx.doc[sent.start : i] if t.tag_ in ("VAFIN", "VMFIN")), None)
        inverted = inverted_subject(ctx, sent, finite) if finite is not None else None
    if inverted is not None:
        return inverted
    return _subject_by_position(ctx, sent, i)


def _past_openers(doc: Doc, sent: Span, i: int) -> Span:
    """``sent`` without what opens it but is no part of the subject of the verb at ``i``: an
    opening conjunction, a dateline, a label before a colon."""
    if doc[sent.start].tag_ == "KON" and sent.start + 1 < i:
        # "Denn der Rat hat X entlassen": the opening conjunction is no part of the subject
        sent = doc[sent.start + 1 : sent.end]
    if local_dateline(doc, sent, i):
        sent = doc[sent.start + 1 : sent.end]  # "Kiel Der Jurist löst A ab": a place opens the text
    colon = next((k for k in range(i - 1, sent.start, -1) if doc[k].text == ":"), None)
    if colon is not None and colon + 1 < i:
        # "Anna Berg: Die Ordnung ist abgelöst worden": a label or introduction before a colon;
        # the verb after it has its subject after it
        sent = doc[colon + 1 : sent.end]
    return sent


def _subject_by_position(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """The subject of the verb at ``i`` by where it stands: the first subject-like mention, a
    nominative phrase filling the Vorfeld, an apposition, else the phrase opening ``sent``."""
    best = None
    for m in ctx.mentions_in(ctx.doc[sent.start : i + 1]):
        if m.subject and m.start < i:
            best = m
    # the clause subject that comes first (V2: "So entließ er ...") beats later ones
    cands = [m for m in ctx.mentions_in(ctx.doc[sent.start : min(i + 4, sent.end)]) if m.subject]
    if cands:
        best = cands[0]
    vorfeld = vorfeld_agent(ctx, sent, i)
    if vorfeld is None and best is not None:
        # "Der Kanzler hat X entlassen": a determiner phrase before the finite auxiliary is the
        # subject; the name between the auxiliary and the participle is the object
        if ctx.doc[sent.start].lower_ in NOMINATIVE_ARTICLES:
            aux = subject_phrase_end(ctx, sent.start, i)[1]
        else:
            genitive = sent.start + 2 if genitive_name_phrase(ctx, sent.start, sent.start + 2) else None
            aux = leading_organisation_end(ctx, sent, i) or genitive or sent.start
        if sent.start < aux < best.start and ctx.doc[aux].lower_ in PERFECT_AUX:
            vorfeld = vorfeld_agent(ctx, sent, aux)
            if vorfeld is not None:
                return vorfeld
    if vorfeld is not None and (best is None or best.start > i):
        # "Der Aufsichtsrat berief X zum Chef": a nominative phrase right before the finite
        # verb is the subject; the name after the verb is its object.
        return vorfeld
    if best is not None:
        return ctx.person_agent(best.person)
    appo = apposition_subject(ctx, sent, i)
    if appo is not None:
        return appo[0]
    end = np_end(ctx, sent.start, i)
    if end > sent.start and not postposition_at(ctx.doc, end, sent.end):
        # "Der Gewerkschaft zufolge nahm …" opens with a source, not with the subject
        return ctx.agent_for(ctx.doc[sent.start : end])
    return None


def apposition_subject(ctx: ArticleContext, sent: Span, i: int) -> tuple[Agent, int] | None:
    """ "Der Verteidigungsminister, Max Muster, wurde entlassen": the name in the apposition that
    follows a title phrase opening the sentence, and the index of the title word.

    The comma-bounded name is the person the description means; a relative clause
    ("Der Minister, der ...") or a list ("Der Minister, die Ministerin und ...") is no apposition.
    """
    doc = ctx.doc
    if doc[sent.start].lower_ not in NOMINATIVE_ARTICLES:
        return None
    end = np_end(ctx, sent.start, i, genitive=True)
    if end <= sent.start or end + 2 > i or doc[end].text != ",":
        return None
    lx = ctx.lx
    head = next((t.i for t in doc[sent.start : end] if lx.is_title(t.text) or lx.is_role(t.text)), None)
    m = ctx.mention_at(end + 1)
    if head is None or m is None or m.kind != "name" or m.start != end + 1:
        return None
    # the apposition closes with a comma right before the verb ("…, Max Muster, wurde …")
    if m.end >= i or doc[m.end].text != "," or m.end + 1 != i and doc[m.end + 1].lower_ not in PASSIVE_AUX:
        return None
    return ctx.person_agent(m.person), head
