"""Nominative labels for speakers named in an oblique case.

Sources stand in the genitive or dative more often than not ("nach Angaben des Kremls",
"den Ermittlern zufolge"); a label should name the source as a reader would, in the
nominative ("Kreml", "Ermittler"). Only the first noun phrase is changed: a genitive
attribute keeps its case ("Sprecher des Ministeriums").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.speech_verbs import Lexicon, lexicon

# determiners that are always oblique; "der"/"einer" only after a noun or preposition
_WORDS = closed_class()
_OBLIQUE = _WORDS.words("always_oblique_determiners")
_AMBIGUOUS = _WORDS.words("oblique_after_noun_determiners")
# endings an oblique noun adds to its lemma: genitive singular -s/-es, dative plural -n/-en
_ENDINGS = {form: entry.noun_endings for form, entry in _WORDS.articles.items() if entry.noun_endings}
# "eines Sprechers" -> "ein Sprecher"
_INDEFINITE = {form: _WORDS.articles[form].nominative for form in _WORDS.words("oblique_indefinite_articles")}


def _is_noun(t: Token) -> bool:
    return t.tag_ in ("NN", "NE") or (t.text[:1].isupper() and t.tag_ == "")


def _oblique_det(span: Span, lx: Lexicon) -> str | None:
    """The span's determiner when it marks an oblique case, else None."""
    det = span[0].lower_
    if det in _OBLIQUE:
        return det
    if det not in _AMBIGUOUS or span.start == 0:
        return None
    prev = span.doc[span.start - 1]
    # "Angaben der Ermittler", "laut der Behörde": genitive or dative, not a subject
    after_noun = prev.text[:1].isupper() and not prev.is_sent_start and _is_noun(prev)
    return det if after_noun or prev.lower_ in lx.prepositions else None


def _base(t: Token, endings: tuple[str, ...]) -> str:
    """The lemma when the word is the lemma plus an oblique ending; names the lemmatizer does
    not know ("Tsipras", "Diess") keep their form, since their lemma is the form itself."""
    lemma = t.lemma_ or t.text
    if lemma != t.text and t.text.startswith(lemma) and t.text[len(lemma) :] in endings:
        return lemma
    return t.text


def _plural_noun(t: Token) -> bool:
    """ "Behörden" (lemma "Behörde"): a plural ending the lemmatizer took off."""
    lemma = t.lemma_ or t.text
    return lemma != t.text and t.text.startswith(lemma) and t.text[len(lemma) :] in ("n", "en", "e", "er")


def _nominative_adjective(word: str, plural: bool) -> str:
    """Weak adjective after a nominative definite article: "russischen" -> "russische"."""
    return word[:-1] if not plural and word.endswith("en") else word


def nominative(span: Span, lx: Lexicon | None = None) -> str | None:
    """The span as a nominative label, or None when it is not in an oblique case or its first
    noun phrase cannot be rebuilt safely."""
    lx = lx or lexicon()
    if len(span) < 2:
        return None
    det = _oblique_det(span, lx)
    if det is None:
        return None
    toks = list(span[1:])
    end = 0
    while end < len(toks) and (toks[end].tag_ == "ADJA" or _is_noun(toks[end])):
        end += 1
    head, rest = toks[:end], toks[end:]
    nouns = [t for t in head if _is_noun(t)]
    if not nouns or head[-1] not in nouns:
        return None
    endings = _ENDINGS.get(det, ())
    words = [_base(t, endings) if _is_noun(t) else t.text for t in head]
    if det in lx.singular_person_articles and words[-1].lower() in lx.singular_person_sources:
        # a weak noun takes -n in every singular case but the nominative: "einem Augenzeugen"
        words[-1] = words[-1].removesuffix("n") if words[-1].endswith("en") else words[-1]
    adjectives = any(t.tag_ == "ADJA" for t in head)
    if det in _INDEFINITE:
        if adjectives:
            return None  # strong endings depend on a gender we do not know ("ein russischer Sender")
        words.insert(0, _INDEFINITE[det])  # "eines Sprechers" -> "ein Sprecher": keep it unnamed
    elif adjectives:
        plural = det == "den" or (det == "der" and _plural_noun(head[-1]))
        adj = [t.tag_ == "ADJA" for t in head]
        words = [_nominative_adjective(w, plural) if a else w for w, a in zip(words, adj, strict=True)]
        if plural or det == "der":
            article = "die"  # plural, or a feminine singular
        elif words[-1].lower().endswith(lx.neuter_endings):
            article = "das"
        else:
            article = "der"
        words.insert(0, article)
    text = " ".join(words)
    if rest:
        text = f"{text}{head[-1].whitespace_}{span.doc[rest[0].i : span.end].text}"
    return text.strip()


def _squash(text: str) -> str:
    return " ".join(text.split())


def nominative_agent(agent: Agent, span: Span) -> Agent:
    """``agent`` with its label and name in the nominative when both were read off ``span``
    in an oblique case; an agent resolved elsewhere (a named person) is left as it is."""
    lx = lexicon()
    if len(span) == 1 and span[0].text.endswith("kreisen") and agent.label == span.text:
        # "aus Regierungskreisen" (dative plural, no article) -> "Regierungskreise"
        return replace(agent, label=span.text[:-1], name=agent.name and agent.name[:-1])
    det = _oblique_det(span, lx) if len(span) > 1 else None
    if det is None:
        return agent
    text = _squash(span.text)
    label, name = agent.label, agent.name
    if _squash(label) in (text, _squash(span[1:].text)):
        label = nominative(span, lx) or label
    if name is not None and _squash(name) in text:
        forms = {t.text: _base(t, _ENDINGS.get(det, ())) for t in span[1:] if _is_noun(t)}
        name = " ".join(forms.get(w, w) for w in name.split())
    if (label, name) == (agent.label, agent.name):
        return agent
    return replace(agent, label=label, name=name)
