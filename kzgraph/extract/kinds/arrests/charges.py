"""Charges of an arrest: what the person is accused of, from the report's sentence or the next
ones ("wegen Hochverrats", "Ihm wird Betrug vorgeworfen", "Gegen ihn wird wegen Bedrohung
ermittelt"). Cue words come from the events lexicon (general vocabulary)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon, find_triggers
from kzgraph.extract.kinds.arrests.deeds import charge_told_by_deed
from kzgraph.extract.kinds.arrests.members import among_the_arrested
from kzgraph.extract.kinds.arrests.membership import charge_told_by_membership
from kzgraph.extract.kinds.arrests.reasons import charge_told_by_clause

# "Den Beschuldigten wird die Mitgliedschaft in einer terroristischen Vereinigung vorgeworfen":
# the charge is the subject of the passive "wird … vorgeworfen" (article dropped).
# Reported speech ("Ihr werde „Extremismus“ vorgeworfen") and a quoted charge count too.
_PASSIVE_CHARGE = re.compile(
    r"\b(?:wird|werden|wurde|wurden|werde|würde|würden)\s+(?:(?:unter anderem|u\. a\.|zudem|auch)\s+)?"
    r"(?:(?:der|die|das|den|dem|des|eine|ein|einer)\s+)?[„\"»«‚]?(\w[^;:.„“\"»«]{2,80}?)[“\"«»‘]?\s+"
    r"(?:vorgeworfen|zur\s+Last\s+gelegt)\b"
)
# a list of charges: "Drogenhandel, Geldwäsche und gefährliche Körperverletzung"; a comma otherwise
# closes an insertion ("wird Betrug, so die Polizei, vorgeworfen") and the match is no charge
# (items split on ", " in code: a regex repeating "(?:, [^,]+)*" backtracks quadratically)
_LAST_ITEMS = re.compile(r"[^,] (?:und|sowie) [^,]")


def _is_charge_list(text: str) -> bool:
    items = text.split(", ")
    return all(item and "," not in item for item in items) and bool(_LAST_ITEMS.search(items[-1]))


# "…, dem die Behörden Aufruf zur Gewalt vorwerfen", "Die Staatsanwaltschaft wirft ihm Betrug vor":
# the accusative object of active "vorwerfen" after the dative and the accusers (article dropped).
_ACTIVE_CHARGE = re.compile(
    r"\b(?:dem|der|denen|ihm|ihr|ihnen)\s+(?:die|der|das)\s+[A-ZÄÖÜ][\wäöüß-]+\s+"
    r"(?:(?:der|die|das|den|eine|einen)\s+)?(\w[^,;:.]{2,80}?)\s+(?:vorwerfen|vorwirft|vorwarf|vorwarfen)\b"
    r"|\b(?:wirft|werfen|warf|warfen)\s+(?:ihm|ihr|ihnen|dem\s+\w+|der\s+\w+|den\s+\w+)\s+"
    r"(?:(?:der|die|das|den|eine|einen)\s+)?(\w[^,;:.]{2,80}?)\s+vor\b"
)
_CHARGE_SENTENCE_CUES = (
    "Vorwurf",
    "vorgeworfen",
    "Last gelegt",  # "Ihm wird Betrug zur Last gelegt"
    "vorwerfen",
    "vorwirft",
    "wirft",
    "Haftbefehl",
    "beschuldigt",
    "verdächtigt",
    "angeklagt",
    "ermittelt",  # "Gegen ihn wird wegen Bedrohung ermittelt"
    "Ermittlungen",
    "Verdacht",
    *closed_class().word_list("sollen_forms"),  # "Er soll Geld veruntreut haben"
)
_ARTICLES = closed_class().words("gegen_articles")  # "gegen die Auflagen", "gegen einen Beamten"
# "Einfuhr von Betäubungsmitteln", "Beteiligung an Massenunruhen", "Bildung einer kriminellen
# Vereinigung": what the offence is of goes with it ("in" does not: "wegen Betrugs in Berlin")
_OBJECT_OPENERS = closed_class().words("offence_object_openers")
_DEFINITE_OBLIQUE = closed_class().words("oblique_definite_articles_with_der")  # "wegen des Verdachts"
_ZU_CONTRACTIONS = closed_class().words("zu_contractions")  # "Beihilfe zum Mord"
# a suspected deed: "im Verdacht, Gelder veruntreut zu haben", "Er soll Geld veruntreut haben"
_DEED_ZU_HABEN = re.compile(r"\b(\w+)\s+zu\s+haben\b")
# (at most 300 characters apart: an unbounded lazy gap rescans the rest of the text for every
# "soll", quadratic time on text without sentence punctuation)
_DEED_SOLL = re.compile(r"\b(?:soll|sollen|sollte|sollten)\b[^.;:]{0,300}?\b(\w+)\s+haben\b")
# the same deed in a dependent clause, "soll" last: "…, der einer Frau die Tasche entrissen haben soll"
_DEED_HABEN_SOLL = re.compile(r"\b(\w+)\s+haben\s+(?:soll|sollen|sollte|sollten)\b")
_SUSPICION_WORDS = ("Verdacht", "verdächtigt", "beschuldigt", "vorgeworfen", "Vorwurf")
# "werde der Korruption (und …) beschuldigt / verdächtigt": the charge in the genitive
_ACCUSED_OF = re.compile(
    r"\b(?:wird|werde|werden|wurde|wurden|ist|sei)\s+(?:(?:unter anderem|zudem|auch)\s+)?"
    r"(?:des|der)\s+([A-ZÄÖÜ][\wäöüß-]+)(?:\s+und\s+[^,;:.]{2,60}?)?\s+(?:beschuldigt|verdächtigt|angeklagt)\b"
)


def charge_of(ctx: ArticleContext, sent: Span) -> str | None:
    """The charge an arrest report gives: "wegen Hochverrats", "unter dem Vorwurf der Korruption",
    "Ihm wird Betrug vorgeworfen", "wirft ihm Betrug vor", "der Korruption beschuldigt"."""
    lex = events_lexicon()["charges"]
    text = sent.text
    passive = _PASSIVE_CHARGE.search(text)
    if passive and "," in passive[1] and not _is_charge_list(passive[1]):
        passive = None
    told = _without_accuser(passive[1]) if passive else ""
    if told and any(w[:1].isupper() for w in told.split()):
        if told.split()[-1].lower() not in lex["not_charges"]:
            return told
    active = _ACTIVE_CHARGE.search(text)
    if active:
        charge = active[1] or active[2]
        if charge[:1].isupper() and charge.split()[-1].lower() not in lex["not_charges"]:
            return charge
    accused = _ACCUSED_OF.search(text)
    if accused and accused[1].lower() not in lex["not_charges"]:
        return _base(accused[1])
    under = _UNDER_SUSPICION.search(text)
    if under:
        return _base(under[1])  # "unter Mordverdacht festgenommen"
    infinitive = _accused_infinitive(text, lex["deeds"])
    if infinitive:
        return infinitive  # "Ihm wird vorgeworfen, Geld unterschlagen zu haben"
    for cue in _cues_opening_too(lex["cues"]):
        k = text.find(cue)
        if k < 0:
            continue
        following = text[k + len(cue) :].split()
        words = [(i, w) for i, w in enumerate(following) if w not in _DEFINITE_OBLIQUE][:3]
        at, word = next(((i, w) for i, w in words if w[:1].isupper()), (-1, ""))
        noun = word.strip(".,;:")
        if noun in _SUSPICION_GENITIVES:
            # "wegen des Vorwurfs der Korruption", "wegen des Verdachts auf Untreue": what of
            told = _suspected_of(following[at + 1 : at + 7])
            if told is not None and not _no_charge(told, lex):
                return told
        if not noun or _no_charge(noun, lex) or noun in _SUSPICION_GENITIVES:
            continue
        # "Beihilfe zum Mord", "Anstiftung zur Körperverletzung": the charge goes on after zum/zur,
        # unless punctuation closes it first ("wegen Betrugs, zur Überraschung der Nachbarn")
        rest = following[at + 1 : at + 3]
        if len(rest) == 2 and rest[0] in _ZU_CONTRACTIONS and rest[1][:1].isupper() and word == noun:
            return f"{_base(noun)} {rest[0]} {rest[1].strip('.,;:')}"
        # "Verstoß gegen das Waffengesetz": the law or person the offence is against
        against = following[at + 1 : at + 4]
        if len(against) == 3 and against[0] == "gegen" and against[1] in _ARTICLES and word == noun:
            if against[2][:1].isupper():
                return f"{_base(noun)} gegen {against[1]} {against[2].strip('.,;:')}"
        return _base(noun) + (_offence_object(following[at + 1 : at + 6]) if word == noun else "")
    return (
        _deed(text, lex["deeds"])
        or charge_told_by_clause(ctx, sent)
        or _deed_in_dependent_clause(text, lex["deeds"])
        or charge_told_by_membership(ctx, sent)
        or charge_told_by_deed(ctx, sent)
    )


_VON = closed_class().words("von_forms")


def _cues_opening_too(cues: list[str]) -> list[str]:
    """The cues, longest first, each also capitalised as it opens a sentence ("Wegen Mordes an …
    wurde X verhaftet")."""
    both = set(cues) | {c[:1].upper() + c[1:] for c in cues}
    return sorted(both, key=len, reverse=True)


# "wegen des (dringenden) Tatverdachts des Mordes": what of
_SUSPICION_GENITIVES = ("Verdachts", "Vorwurfs", "Tatverdachts")
_OF_SUSPICION = closed_class().words("genitive_articles") | {"auf"}


def _suspected_of(words: list[str]) -> str | None:
    """ "der Korruption" after "des Vorwurfs": the noun (a genitive article or "auf" first)."""
    if len(words) < 2 or words[0] not in _OF_SUSPICION:
        return None
    # past declined adjectives, also joined and cut ("auf gewerbs- und bandenmäßigen Handel")
    noun = next((w for w in words[1:5] if not w[:1].islower()), None)
    if noun is None or not noun[:1].isupper() or any(w[-1:] in ",;:." for w in words[1 : words.index(noun)]):
        return None
    return _base(noun.strip(".,;:"))


def _no_charge(noun: str, lex: dict) -> bool:  # type: ignore[type-arg]
    """A reason that accuses of nothing: "wegen der Proteste", a ground of detention ("wegen
    Fluchtgefahr"), the warrant itself ("wegen eines offenen Haftbefehls")."""
    low = noun.lower()
    return low in lex["not_charges"] or any(low.startswith(g) for g in lex["no_charge_stems"])


def _without_accuser(charge: str) -> str:
    """ "von den Behörden Spionage" (of "Ihr wird von den Behörden Spionage vorgeworfen"): the
    passive's agent before the charge is who accuses, not what of; the words after its noun."""
    words = charge.split()
    if not words or words[0] not in _VON:
        return charge
    noun = next((k for k, w in enumerate(words[1:], 1) if w[:1].isupper()), None)
    return " ".join(words[noun + 1 :]) if noun is not None else ""


def _offence_object(words: list[str]) -> str:
    """ " von Betäubungsmitteln" after "Einfuhr": a preposition or genitive article, lower-case
    adjectives or a figure, and a noun; "" when the words after the offence are something else."""
    if not words or words[0] not in _OBJECT_OPENERS:
        return ""
    for k, w in enumerate(words[1:], 1):
        bare = w.strip(".,;:")
        if bare[:1].isupper():
            return " " + " ".join([*words[:k], bare])
        if bare != w or not (bare.isdigit() or bare.islower()) or bare in _OBJECT_OPENERS:
            return ""
    return ""


# "unter Mordverdacht", "unter dringendem Terrorverdacht": the compound's first part
_UNDER_SUSPICION = re.compile(
    r"\b[Uu]nter\s+(?:dringendem\s+)?([A-ZÄÖÜ]\w+(?:verdachts?|vorwürfen|vorwurfs?))\b"
)
# the deed an accusation or suspicion names in a zu-infinitive after its comma, past at most two
# words (the arrest verb, an auxiliary): "Ihm wird vorgeworfen, Geld unterschlagen zu haben",
# "unter dem Vorwurf festgenommen, gegen den Staat gehetzt zu haben"
_ACCUSATION_WORD = re.compile(r"\b(?:vorgeworfen|Vorwurf|Verdacht|beschuldigt|verdächtigt|Last\s+gelegt)\b")
_INFINITIVE_DEED = re.compile(r"([^,;:.\s][^,;:.]{2,79}?)\s+zu\s+haben\b")


def _accused_infinitive(text: str, deeds: dict[str, str]) -> str | None:
    """The offence of the deed in the zu-infinitive after an accusation's comma, past at most two
    words (the arrest verb, an auxiliary): the deeds lexicon's, else its offence noun or words."""
    word = _ACCUSATION_WORD.search(text)
    if word is None:
        return None
    before_comma, comma, after = text[word.end() :].partition(",")
    if not comma or len(before_comma.split()) > 2:
        return None
    found = _INFINITIVE_DEED.match(after.lstrip())
    if found is None:
        return None
    words = found[1].split()
    if words[0].startswith("Mitglied"):
        return None  # membership: read by charge_told_by_deed
    return deeds.get(words[-1]) or _offence_noun(found[1]) or found[1]


def _deed(text: str, deeds: dict[str, str]) -> str | None:
    """The offence of a suspected deed told with a participle (general crime verbs only)."""
    found = _DEED_SOLL.search(text)
    if found is None and any(w in text for w in _SUSPICION_WORDS):
        found = _DEED_ZU_HABEN.search(text)
    if found is not None and found[1] in deeds:
        return deeds[found[1]]
    # "soll einen Anschlag geplant haben", "soll an dem Überfall beteiligt gewesen sein": the
    # offence noun of the suspected deed when its verb names none
    told = found or _DEED_SOLL_SEIN.search(text)
    return _offence_noun(told[0]) if told else None


def _deed_in_dependent_clause(text: str, deeds: dict[str, str]) -> str | None:
    """ "…, der einer Frau die Tasche entrissen haben soll": the deed's offence (after the reason
    clauses, which keep their own words)."""
    found = _DEED_HABEN_SOLL.search(text)
    if found is None:
        return None
    opening = text[: found.start()].rsplit(",", 1)
    # a relative clause of the arrested ("…, der … entrissen haben soll"); not a fronted reason
    # clause of another main clause ("Weil er … haben soll, verlor er sein Amt")
    words = opening[1].split() if len(opening) == 2 else []
    if not words or words[0] not in _RELATIVE:
        return None
    return deeds.get(found[1])


_RELATIVE = closed_class().words("relative_d_words")


_DEED_SOLL_SEIN = re.compile(r"\b(?:soll|sollen|sollte|sollten)\b[^.;:]{0,300}?\b\w+\s+(?:gewesen\s+)?sein\b")


def _offence_noun(words: str) -> str | None:
    """The first noun among ``words`` that names an offence ("Überfall", "Anschlags" -> "Anschlag")."""
    stems = events_lexicon()["charges"]["offence_stems"]
    for w in _WORD.findall(words):
        if w[:1].isupper() and any(st in w.lower() for st in stems):
            return _base(w)
    return None


def charge_after(ctx: ArticleContext, following: list[Span]) -> str | None:
    """The charge stated in one of the next sentences ("Ihm wird Hochverrat vorgeworfen"),
    up to the next arrest report, which would carry its own."""
    for sent in following:
        if find_triggers(ctx, sent, "arrest") or among_the_arrested(ctx, sent) is not None:
            return None
        if sent[0].tag_ == "PPOSAT":
            continue  # "Sein Bruder soll …": what someone else is suspected of
        if any(cue in ctx.text_of(sent) for cue in _CHARGE_SENTENCE_CUES):
            charge = charge_of(ctx, sent)  # "Gegen ihn wurde Haftbefehl wegen Beihilfe zum Mord erlassen"
            if charge is not None:
                return charge
    return None


# "Korruptionsvorwürfen", "Terrorverdachts": the offence is the compound's first part
_SUSPICION_COMPOUND = re.compile(r"^(\w{3,}?)(?:vorwürfen?|vorwurfs?|verdachts?|verdacht)$")


def _base(noun: str) -> str:
    compound = _SUSPICION_COMPOUND.match(noun)
    if compound:
        first = compound[1]
        return first[:-1] if first.endswith("s") and not first.endswith(("us", "is", "ss")) else first
    if noun.endswith(("ismus", "nis", "us")):
        return noun
    if noun.endswith("es") and len(noun) > 5 and noun[-3] not in "aeiou":
        return noun[:-2]
    if noun.endswith("s") and noun[-2] not in "aeiou":
        return noun[:-1]
    return noun


_WORD = re.compile(r"[\wäöüÄÖÜß-]+")


def offence_of_offender(words: str) -> str | None:
    """The offence an offender noun among ``words`` names ("zwei mutmaßliche Trickdiebe" ->
    Diebstahl), or None: the charge when the report gives none."""
    offenders: dict[str, str] = events_lexicon()["charges"]["offenders"]
    for w in _WORD.findall(words):
        if not w[:1].isupper():
            continue
        base = _feminine_base(w.lower())
        hit = next((o for o in sorted(offenders, key=len, reverse=True) if base.endswith(o)), None)
        if hit is not None:
            return offenders[hit]
    return None


def _feminine_base(low: str) -> str:
    """ "betrügerin" -> "betrüger", "terroristinnen" -> "terrorist": the offender noun's base."""
    for ending in events_lexicon()["charges"]["offender_feminine_endings"]:
        if low.endswith(ending) and len(low) > len(ending) + 4:
            return low[: -len(ending)]
    return low
