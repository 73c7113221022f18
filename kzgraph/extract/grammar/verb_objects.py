"""The object of an event verb in its clause: after a finite verb in V2 order ("entließ X"),
before a verb-final one past the subject and the phrases listed with it ("Der Verein A und der
Verein B haben ihren Trainer entlassen"); a participle or infinitive closes its own conjunct.
The phrases themselves are read by :mod:`kzgraph.extract.grammar.objects`."""

from __future__ import annotations

from spacy.tokens import Doc

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.grammar.objects import object_after, persons_of


def verb_object(
    ctx: ArticleContext, start: int, end: int, i: int, subject: Agent | None
) -> tuple[Agent, int, int] | None:
    """The object of the verb at ``i`` in [start, end): after the verb (V2, "entließ X"), else
    before it past the subject (verb-final, "hat X entlassen").

    A participle or infinitive closes its own conjunct: in "hat X entlassen und Y zum Minister
    ernannt" the object of each verb is the one before it, within its conjunct."""
    skip = persons_of(ctx, subject)
    if ctx.doc[i].tag_ in NON_FINITE:
        start = _conjunct_start(ctx.doc, start, i)
        got = object_other(ctx, start, i, skip, subject)
        if got is not None:
            return got
        end = next((k for k in range(i + 1, end) if ctx.doc[k].lower_ in COORDINATORS), end)
    else:
        # "entließ X und ernannte Y": the next verb's object is not this one's; a verb right
        # before "und" closes its conjunct ("…, als er X absetzte und durch Y ersetzte")
        end = next(
            (
                k
                for k in range(i + 1, end - 1)
                if _joins_verb(ctx.doc, k) or k == i + 1 and _closes(ctx.doc, k)
            ),
            end,
        )
    got = object_after(ctx, i + 1, end, skip)
    if got is not None and subject is not None and got[0] == subject:
        # inverted order ("Zugleich berief das Gremium X ..."): the subject follows the verb
        got = object_after(ctx, got[2], end, skip)
    # a bare post right after a finite verb before any phrase before it: in a headline the phrase
    # before the verb is its subject ("<Ort> <Name> entlässt Zentralbankchef")
    return got or bare_title_object(ctx, i, end) or object_other(ctx, start, i, skip, subject)


def bare_title_object(ctx: ArticleContext, i: int, end: int) -> tuple[Agent, int, int] | None:
    """A post without article right after the finite verb ("Präsident entlässt Armeechef"): a
    headline drops the article; a singular count noun without one is the verb's object."""
    doc = ctx.doc
    k = i + 1
    while k < end and doc[k].tag_ == "ADJA":
        k += 1
    if k >= end or doc[k].tag_ != "NN" or not ctx.lx.is_title(doc[k].text):
        return None
    if k + 1 < end and (doc[k + 1].tag_ == "NE" or ctx.mention_at(k + 1) is not None):
        return None  # "entlässt Präsident X den Minister": the title of the name after it
    agent = ctx.agent_for(doc[i + 1 : k + 1])
    # a form for one or many ("Minister") reads as a group: either way the verb's object
    return (agent, i + 1, k + 1) if agent is not None and agent.kind in _PEOPLE else None


_PEOPLE = frozenset({AgentKind.PERSON, AgentKind.GROUP})


NON_FINITE = frozenset({"VVPP", "VVINF", "VVIZU"})


def _joins_verb(doc: Doc, k: int) -> bool:
    return doc[k].lower_ in COORDINATORS and doc[k + 1].tag_.endswith("FIN")


def _closes(doc: Doc, k: int) -> bool:
    """A coordinator at ``k`` right after a verb: the verb closes its conjunct."""
    return doc[k].lower_ in COORDINATORS


def _conjunct_start(doc: Doc, start: int, i: int) -> int:
    """Where the conjunct of the verb-final verb at ``i`` opens: after "und" that follows an
    earlier non-finite verb ("hat X entlassen und | Y ernannt"), else ``start``."""
    for k in range(i - 1, start, -1):
        if doc[k].lower_ in COORDINATORS and doc[k - 1].tag_ in NON_FINITE:
            return k + 1
    return start


def object_other(
    ctx: ArticleContext, start: int, limit: int, skip: set[int], agent: Agent | None
) -> tuple[Agent, int, int] | None:
    """Like ``object_after``, but past the subject when it is an unnamed phrase in the same stretch
    ("Der Kanzler hat X entlassen": the object search from the clause start meets the subject first)."""
    got = object_after(ctx, start, limit, skip)
    subject_end = None
    # past the subject and the phrases listed with it ("Der Verein A und der Verein B haben ihren
    # Trainer entlassen": B is a subject too)
    while (
        got is not None
        and agent is not None
        and (got[0] == agent or subject_end is not None and _listed_after(ctx.doc, subject_end, got[1]))
        and got[2] < limit
    ):
        subject_end = got[2]
        got = object_after(ctx, got[2], limit, skip)
    if got is not None and subject_end is not None and _listed_after(ctx.doc, subject_end, got[1]):
        return None
    if got is not None and agent is not None and _listed_in_vorfeld(ctx.doc, start, got):
        return None  # "Sowohl A, B als auch C haben den Trainer entlassen": B is a subject
    return None if got is not None and got[0] == agent else got


def _listed_in_vorfeld(doc: Doc, start: int, got: tuple[Agent, int, int]) -> bool:
    """The phrase ``got`` follows a comma or a coordinator in the Vorfeld of a main clause (no
    finite verb, conjunction or relative pronoun since the sentence start): a member of the
    subject's list, not the object."""
    k = got[1]
    if k == 0 or doc[k - 1].lower_ not in COORDINATORS | _PAIR_LAST | {","}:
        return False
    first = k
    while first > 0 and not doc[first].is_sent_start:
        first -= 1
    if any(t.tag_.endswith("FIN") or t.tag_ in ("KOUS", "PRELS", "PWS") for t in doc[first:k]):
        return False
    if doc[k - 1].text != ",":
        return doc[k].tag_ != "PRELS"
    # after a comma only as a middle member: "A, B und C" before the main clause's finite verb
    # ("Der Präsident, der X (und Y) entlassen hatte, …" is a relative clause: its verb closes it)
    finite = next((t.i for t in doc[got[2] :] if t.tag_.endswith("FIN") or t.is_sent_start), len(doc))
    if finite + 1 >= len(doc) or doc[finite + 1].is_punct or doc[finite].is_sent_start:
        return False
    return any(t.lower_ in COORDINATORS | _PAIR_LAST for t in doc[got[2] : finite])


_PAIR = closed_class().words("pair_second_member")  # "als auch"
_PAIR_LAST = frozenset(closed_class().word_list("pair_second_member")[-1:])  # "auch"


def _listed_after(doc: Doc, end: int, start: int) -> bool:
    """Only a comma or a coordinator ("und", "sowie", "als auch") between a phrase ending at
    ``end`` and one starting at ``start``: the second is listed with the first."""
    between = [t.lower_ for t in doc[end:start]]
    return 0 < len(between) <= 2 and all(w in COORDINATORS | _PAIR | {","} for w in between)



# a phrase that may be a subject (nominative, or nominative and accusative alike) before one
# that can only be an accusative: the first is the subject, the second the object
_SUBJECT_OPENERS = closed_class().words("subject_articles")
_ACCUSATIVE_ONLY = closed_class().words("accusative_only_articles")


def middle_field_subject(
    ctx: ArticleContext, got: tuple[Agent, int, int], i: int
) -> tuple[Agent, tuple[Agent, int, int]] | None:
    """ "Nach der Sitzung hat die Landrätin X einen Beamten entlassen": with no subject found
    (a long Vorfeld), a phrase ``got`` opening with a subject's article that an accusative-only
    phrase follows before the verb-final verb at ``i`` is the subject: (that subject, the object)."""
    doc = ctx.doc
    if doc[got[1]].lower_ not in _SUBJECT_OPENERS or got[2] >= i:
        return None
    second = object_after(ctx, got[2], i, persons_of(ctx, got[0]))
    if second is None or doc[second[1]].lower_ not in _ACCUSATIVE_ONLY:
        return None
    return got[0], second
