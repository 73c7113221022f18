"""Appointments told by a copula. "werden" with a bare office as predicate: "2001 wurde X Landrätin
des Kreises", "Danach wurde er Direktor einer Bank", "X wird Generalstaatsanwältin", "X wurde
Mitglied des Vorstands" (a seat in a body of the lexicon, not a party or a club). And a new holder:
"X wird neuer Trainer", "Neue Chefin der Behörde ist X", "Chef des Amtes wird künftig X". Becoming
the holder of an office is taking it (by whom is not said). The office noun must be a title of
the office lexicon, so "wurde Vater", "wurde Weltmeister", "wurde Zweiter" give nothing; an
award of the year ("wurde Trainer des Jahres") neither; a titled person after "wurde" in a
passive ("wurde Präsident X vorgestellt") or a future with another verb ("wird Präsident
bleiben") is no predicate."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.core.interfaces import Mention
from kzgraph.extract.facts import Agent, AgentKind, Appointment
from kzgraph.extract.grammar.agents import saxon_genitive
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.coordination import conjunct_subject
from kzgraph.extract.grammar.copula_adjuncts import past_adjuncts, past_attributes
from kzgraph.extract.grammar.objects import unprepositioned_names
from kzgraph.extract.grammar.scope import negated
from kzgraph.extract.grammar.set_off import description_opens, past_description, past_figure, past_set_off
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.appointments.bodies import member_post
from kzgraph.extract.kinds.offices.extract import office_label

_WORDS = closed_class()


def _words(name: str) -> frozenset[str]:
    return _WORDS.words(name)


def _title_after(ctx: ArticleContext, k: int, limit: int) -> int | None:
    """The title opening the predicate at ``k``, past an article and adjectives ("der erste",
    "stellvertretende"); None when none or a name follows it (a titled person, no predicate)."""
    doc = ctx.doc
    while k < limit and doc[k].tag_ in ("ADV", "CARD"):
        k += 1  # "wurde X 1998 / später Direktor"
    k += k < limit and doc[k].lower_ in _words("definite_nominative_articles")
    while k < limit and doc[k].tag_ in ("ADJA", "ADJD") and doc[k].text[:1].islower():
        k += 1
    if k >= limit or doc[k].tag_ not in ("NN", "NE"):
        return None
    if not ctx.lx.is_title(doc[k].text) and member_post(ctx, k, limit) is None:
        return None
    nxt = ctx.mention_at(k + 1)
    if nxt is not None and nxt.start == k + 1:
        return None
    return k


def award_of_the_period(ctx: ArticleContext, title: int, limit: int) -> bool:
    """ "Trainer des Jahres", "Manager der Saison": a prize, not an office."""
    doc = ctx.doc
    return any(doc[j].text in _words("award_period_nouns") for j in range(title + 1, min(limit, title + 4)))


def _other_verb_after(ctx: ArticleContext, title: int, end: int) -> bool:
    """A participle or infinitive after the predicate makes "wurde/wird" an auxiliary."""
    return any(
        t.tag_ in ("VVPP", "VVINF", "VAINF", "VMINF", "VAPP", "VVIZU") for t in ctx.doc[title + 1 : end]
    )


def _clause_end(ctx: ArticleContext, sent: Span, start: int) -> int:
    doc = ctx.doc
    return next(
        (
            j
            for j in range(start, sent.end)
            if doc[j].text in (",", ";", ":") or doc[j].lower_ in _words("coordinators")
        ),
        sent.end,
    )


def _described_at_start(ctx: ArticleContext, sent: Span, name: int) -> bool:
    """The name at ``name`` opens the sentence after a description only ("Der Jurist X",
    "Die frühere Richterin X", "Der Leiter des Amtes, X,"): the whole phrase is the subject."""
    words = ctx.doc[sent.start : name]
    short = (
        0 < len(words) <= 4
        and words[0].lower_ in _words("definite_nominative_articles")
        and all(t.tag_ == "ADJA" or ctx.lx.is_role(t.text) for t in words[1:])
        and ctx.lx.is_role(words[-1].text)
    )
    # round 22: a longer description, or one the name is set off from ("Die bisherige Leiterin
    # des Amtes für Y, X (Partei), wird …")
    return short or description_opens(ctx.doc, sent.start, name, ctx.lx.is_role)


def _described_after(ctx: ArticleContext, sent: Span, verb: int) -> Mention | None:
    """The name right after the verb at ``verb``, or after a description of its bearer only
    ("In X wird der bisherige Weihbischof Y neuer Bischof"): an inverted subject."""
    doc = ctx.doc
    k = verb + 1
    if k < sent.end and doc[k].lower_ in _WORDS.words("definite_nominative_articles"):
        k += 1
        while k < sent.end and doc[k].tag_ == "ADJA" and doc[k].text[:1].islower():
            k += 1
        if k >= sent.end or not ctx.lx.is_role(doc[k].text):
            return None
        k += 1
    named = ctx.mention_at(k)
    if named is None or named.start != k or k > verb + 1 and named.kind != "name":
        return None
    return named


def _subject_before(ctx: ArticleContext, sent: Span, verb: int) -> Mention | None:
    """The mention ending right before the verb at ``verb``, or before an age or a description set
    off by commas or brackets ("X, 39, wird", "X (54) wird", "X, bisher Kämmerin, wird")."""
    doc = ctx.doc
    mentions = ctx.mentions_in(doc[sent.start : verb])
    # "X wird", "X, 39, wird", "X (54) wird", "X, bisher Kämmerin, wird"
    return next((m for m in mentions if past_set_off(doc, m.end, sent.end) == verb), None)


def bare_office_predicate(ctx: ArticleContext, sent: Span) -> Appointment | None:
    """ "X wurde Landrätin", "1998 wurde X Direktor der Bank", "Danach wurde sie Bürgermeisterin
    von Y": the subject (a name or a pronoun of a person) becomes the holder of the office."""
    doc = ctx.doc
    lex = events_lexicon()["appointment"]
    verbs = _words("becoming_verbs_bare") | frozenset(lex["from_now_copulas"] + lex["plural_becoming"])
    for verb in ctx.positions_of(sent, verbs):
        after = _described_after(ctx, sent, verb)
        before = _subject_before(ctx, sent, verb)
        if after is not None and verb > sent.start:
            # "1998 wurde X Direktor": the subject after the verb, past what is set off after it
            # ("So wird X, bisher Leiter der Y, Direktor")
            who, k = after, past_description(doc, past_figure(doc, after.end, sent.end), sent.end, False)
        elif before is not None and (
            before.subject
            or _described_at_start(ctx, sent, before.start)
            or _listed_subject(ctx, sent, before)
        ):
            who, k = before, verb + 1  # "X wurde Direktor", "Der Jurist X wird Direktor"
        else:
            continue
        k = past_adjuncts(ctx, k, sent.end)  # "wird nach der Pause, Kapitän beim FC"
        end = _clause_end(ctx, sent, k)
        title = _title_after(ctx, k, end)
        if title is None or award_of_the_period(ctx, title, end):
            continue
        state = doc[verb].lower_ in lex["from_now_copulas"]
        become = state and _perfect_of_becoming(ctx, title, _comma_or_end(ctx, sent, title))
        if _other_verb_after(ctx, title, end) and not become or state and not become and not _cue_before(
            ctx, sent, title
        ):
            continue  # "ist Direktor": a state, unless "ab sofort", "künftig" or "ist … geworden"
        agent = ctx.person_agent(who.person)
        if agent.kind != AgentKind.PERSON or negated(ctx, sent, verb):
            continue
        return Appointment(
            ctx.evidence(sent, "appointment.becomes_bare", 0.65),
            agent,
            None,
            member_post(ctx, title, end) or office_label(ctx, title)[0],
            ctx.date_for(sent, doc[verb].idx),
        )
    return None


def _listed_subject(ctx: ArticleContext, sent: Span, m: Mention) -> bool:
    """``m`` is the last of a list of names opening the sentence ("A und B werden …")."""
    doc = ctx.doc
    k = m.start - 1
    while k > sent.start and ctx.lx.is_title(doc[k].text):
        k -= 1  # "A und Sportleiter B sind nun …": the title of the last name
    if k <= sent.start or doc[k].lower_ not in _words("coordinators"):
        return False
    first = next((x for x in ctx.mentions_in(doc[sent.start : k]) if x.end == k), None)
    return first is not None and first.subject and first.kind == m.kind == "name"


def _cue_before(ctx: ArticleContext, sent: Span, title: int) -> bool:
    """A cue of "from now on" before the title ("ist ab sofort / künftig Leiter", "Ab Juli ist
    X Leiterin", "ist nun Leiterin")."""
    lex = events_lexicon()["appointment"]
    doc = ctx.doc
    cues = lex["from_now_cues"]
    if any(doc[j].lower_ in cues and not doc[j + 1].is_punct for j in range(sent.start, title)):
        return True
    # "ist nun Leiterin", not "ist nun seit Jahren Leiterin"
    now = next((j for j in range(sent.start, title) if doc[j].lower_ in lex["now_cues"]), None)
    return now is not None and not any(doc[j].lower_ in lex["held_since"] for j in range(now, title))


def _comma_or_end(ctx: ArticleContext, sent: Span, k: int) -> int:
    """The next comma or semicolon after ``k``, or the sentence end ("ist Mitglied X und Leiter Y
    geworden": the participle past the coordinated post)."""
    return next((j for j in range(k, sent.end) if ctx.doc[j].text in (",", ";")), sent.end)


def _perfect_of_becoming(ctx: ArticleContext, title: int, end: int) -> bool:
    """ "ist … Direktorin geworden": the only verb after the title is the participle of
    "werden"."""
    verbs = [t for t in ctx.doc[title + 1 : end] if t.tag_.startswith("V")]
    return len(verbs) == 1 and verbs[0].lower_ in events_lexicon()["appointment"]["became_participles"]


_NEW = _WORDS.words("neu_forms")
_AND_OR = _WORDS.words("and_or")
_BECOMES = _WORDS.words("becoming_verbs")
_BECOMES_BARE = _WORDS.words("becoming_verbs_bare")
_NAMING = frozenset(events_lexicon()["appointment"]["naming_verbs"])
_PLURAL_BECOMING = frozenset(events_lexicon()["appointment"]["plural_becoming"])


def _office_end(ctx: ArticleContext, k: int, limit: int) -> int:
    """End of the office phrase whose title is at k: the title and a genitive complement."""
    doc = ctx.doc
    j = k + 1
    if j < limit and doc[j].lower_ in _WORDS.words("genitive_articles"):
        j += 1
        while j < limit and doc[j].text[:1].islower() and j < k + 5:
            j += 1  # adjectives: "der obersten Behörde"
        if j < limit and doc[j].text[:1].isupper():
            j += 1
        while j < min(limit, k + 8) and doc[j].tag_ in ("NE", "NN") and doc[j].text[:1].isupper():
            j += 1  # a name of several words: "des FC Grünau Süd", "des Stadttheaters Welsbach"
    return _past_place(ctx, j, limit)


def _past_place(ctx: ArticleContext, j: int, limit: int) -> int:
    """Past a short place phrase closing an office phrase ("Neue Landrätin im Kreis X ist …",
    "Bürgermeister in Y wird …"): a preposition and at most four nouns, articles or adjectives
    right before the becoming verb; else ``j`` itself."""
    doc = ctx.doc
    if j >= limit or doc[j].lower_ not in ctx.lx.prepositions:
        return j
    k = j + 1
    while k < min(limit, j + 6) and doc[k].tag_ in ("ART", "ADJA", "NN", "NE"):
        k += 1
    k = _past_discourse_adverbs(doc, k, limit)
    return k if k < limit and k > j + 1 and doc[k].lower_ in _BECOMES | _NAMING else j


def _past_discourse_adverbs(doc: Doc, k: int, limit: int) -> int:
    """Past adverbs linking the sentence to the one before, right before the verb ("Präsident in Y
    wiederum wird X", "Neuer Trainer dagegen wird X")."""
    while k < limit and doc[k].lower_ in _DISCOURSE_ADVERBS:
        k += 1
    return k


_DISCOURSE_ADVERBS = _WORDS.words("discourse_adverbs")


_CLAUSE_MARKS = frozenset({",", ";", ":"})
_REMIT = frozenset(events_lexicon()["appointment"]["remit_prepositions"])
_SUCCESSORS = frozenset(events_lexicon()["succession"]["successor_nouns"])


def becomes_new_holder(ctx: ArticleContext, sent: Span) -> Appointment | None:
    """ "Neuer Finanzminister wird X" / "Neue Chefin der Behörde ist X" / "Der neue Trainer heißt
    X" / "X wird neuer Finanzminister" / "Neu im Vorstand ist X": X takes the post; who appointed
    X is not said."""
    doc, lx = ctx.doc, ctx.lx
    found = _title_first(ctx, sent) or _new_in_body(ctx, sent)
    if found is None:
        # the verb past an age or a description: "X (54), Pfarrer, wird"
        subjects = [(m, past_set_off(doc, m.end, sent.end)) for m in ctx.mentions_in(sent)]
        # "X wechselt nach Y und wird neuer Z": the first conjunct's subject
        verbs = ctx.positions_of(sent, _BECOMES)
        subjects += [(m, v) for v in verbs if (m := conjunct_subject(ctx, sent, v))]
        for m, k in subjects:
            if m.kind != "name" or not m.subject or k + 2 >= sent.end or doc[k].lower_ not in _BECOMES:
                continue
            j = past_adjuncts(ctx, k + 1, sent.end)
            j += j < sent.end and doc[j].lower_ in _WORDS.words("definite_nominative_articles")
            # "neuer Bayern Trainer": a club's name between "neuer" and the title
            club = j + 2 < sent.end and doc[j + 1].tag_ in ("NN", "NE") and lx.is_title(doc[j + 2].text)
            t = past_attributes(doc, j + 1, sent.end)  # "neuer stellvertretender Leiter"
            if t < sent.end and doc[j].lower_ in _NEW and (lx.is_title(doc[t].text) or club):
                found = (ctx.person_agent(m.person), office_label(ctx, t + club)[0], k)
                break
            if doc[k - 1].lower_ in _AND_OR and lx.is_title(doc[j].text) and doc[j].tag_ in ("NN", "NE"):
                # "X wechselt nach Y und wird dort Botschafter": the conjunct tells the post taken
                # by moving, "neu" not needed; not when "wird" is an auxiliary ("und wird Trainer bleiben")
                if not _other_verb_after(ctx, j, _clause_end(ctx, sent, j + 1)):
                    found = (ctx.person_agent(m.person), office_label(ctx, j)[0], k)
                    break
    if found is None or negated(ctx, sent, found[2]):
        return None
    who, post, verb = found
    return Appointment(
        ctx.evidence(sent, "appointment.becomes", 0.7), who, None, post, ctx.date_for(sent, doc[verb].idx)
    )


def _title_first(ctx: ArticleContext, sent: Span) -> tuple[Agent, str | None, int] | None:
    """ "(Der) Neue(r) Title … wird/ist/heißt X", "Title … wird X": the title opening the sentence
    and the first name after the verb (past an apposition: "der bisherige Staatssekretär, X")."""
    doc, lx = ctx.doc, ctx.lx
    # the sentence or a clause after a comma or semicolon opens with it: "A wurde entlassen; neuer
    # Trainer wird B"
    starts = [sent.start] + [i + 1 for i in ctx.positions_of(sent, _CLAUSE_MARKS) if i + 2 < sent.end]
    lowers, texts = ctx.tokens.lowers, ctx.tokens.texts  # the words: no Token made per start
    a = next((k for k in starts if lowers[k] in _NEW and lx.is_title(texts[k + 1])), sent.start)
    a += lowers[a] in _WORDS.words("definite_nominative_articles") and lowers[a + 1] in _NEW
    new = a > sent.start or lowers[a] in _NEW
    title = a + (lowers[a] in _NEW)
    # "Parlamentarische Staatssekretäre werden A und B": an adjective before a plural title
    described = not new and doc[title].tag_ == "ADJA" and title + 1 < sent.end
    title += described and lx.is_title(texts[title + 1])
    successor = texts[title] in _SUCCESSORS  # "Nachfolger wird X": the post left, named elsewhere
    titled = lx.is_title(texts[title]) or successor
    if sent.end - title < 3 or not titled or doc[title].tag_ not in ("NN", "NE"):
        return None
    e = _past_relative_clause(doc, _office_end(ctx, title, sent.end), sent.end)
    e = _past_discourse_adverbs(doc, e, sent.end)
    naming = e < sent.end and doc[e].lower_ in _NAMING
    verbs = (_BECOMES if new else _BECOMES_BARE) | _PLURAL_BECOMING  # "Neue Minister werden A und B"
    if e >= sent.end or not naming and doc[e].lower_ not in verbs:
        return None  # without "neu" only a post taken: "Chef der Behörde wird X" ("ist X": held)
    plural = doc[e].lower_ in _PLURAL_BECOMING  # "werden A und B bleiben": past the list
    end = _comma_or_end(ctx, sent, e + 1) if plural else _clause_end(ctx, sent, e + 1)
    if _other_verb_after(ctx, e, end):
        return None  # "Der neue Minister wird X treffen": "wird" an auxiliary
    # "Neue Ministerin ist Xs bisherige Staatssekretärin Y": X is the possessor, Y the holder
    names = unprepositioned_names(ctx, doc[e + 1 : sent.end])
    names = [m for m in names if not saxon_genitive(ctx, m.start, sent.end)]
    # "wird der bisherige Leiter des Büros von Y, X": the name set off after the description, not Y
    set_off = [
        m
        for m in names
        if doc[m.start - 1].text == "," and description_opens(doc, e + 1, m.start, lx.is_role)
    ]
    names = set_off[:1] or names
    if not names or naming and (not new or names[0].start != e + 1):
        return None  # "Der neue Trainer heißt X": the name right after "heißt"
    post = None if successor else office_label(ctx, title)[0]
    if plural and post is not None and post.endswith("e") and lx.is_title(post[:-1]):
        post = post[:-1]  # the singular of a plural title: "Staatssekretäre"
    return ctx.person_agent(names[0].person), post, e


def _past_relative_clause(doc: Doc, e: int, limit: int) -> int:
    """Past a relative clause set off by commas at ``e`` ("Der neue Direktor, der aus Y kommt,
    wird X"); else ``e`` itself."""
    if e + 2 >= limit or doc[e].text != "," or doc[e + 1].tag_ != "PRELS":
        return e
    close = next((j for j in range(e + 2, limit) if doc[j].text == ","), None)
    return close + 1 if close is not None else e


def _new_in_body(ctx: ArticleContext, sent: Span) -> tuple[Agent, str, int] | None:
    """ "Neu im Vorstand ist (die Juristin) X", "Neu in der Geschäftsführung sind A und B": a body
    or a post of the lexicon after "Neu"; "Neu in der Stadt ist X" is none."""
    doc = ctx.doc
    a = sent.start
    if sent.end - a < 5 or doc[a].lower_ not in events_lexicon()["appointment"]["new_adverbs"]:
        return None
    k = a + 1 + (doc[a + 1].lower_ in _WORDS.words("in_forms"))
    k += k > a + 1 and doc[k].lower_ in _WORDS.words("dative_articles")
    if doc[a + 1].lower_ not in _WORDS.words("in_forms") | _WORDS.words("in_office_prepositions"):
        return None
    lex = events_lexicon()["appointment"]
    post = doc[k]
    if not (post.lower_.endswith(tuple(lex["bodies"])) or post.text in lex["entrusted_posts"]):
        return None
    if k + 1 >= sent.end or doc[k + 1].lower_ not in _BECOMES | _WORDS.words("copulas"):
        return None
    named = next((m for m in ctx.mentions_in(doc[k + 2 : sent.end]) if m.kind == "name"), None)
    if named is None or not _description_only(ctx, doc[k + 2 : named.start]):
        return None
    return ctx.person_agent(named.person), post.text, k + 1


def _description_only(ctx: ArticleContext, words: Span) -> bool:
    """Articles, adjectives and role nouns only, a role with its "für"-complement ("der neue
    Landesrat für Verkehr, Wohnbau und Sport"): a description of the name after it."""
    role = False
    for t in words:
        if t.tag_ in ("ART", "ADJA") and not role or ctx.lx.is_role(t.text):
            role = role or ctx.lx.is_role(t.text)
        elif not (role and (t.lower_ in _REMIT or t.tag_ in ("NN", "$,", "KON"))):
            return False
    return True
