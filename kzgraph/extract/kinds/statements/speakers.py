"""Speaker resolution for a pronoun or a description speaker ("sagte er", "der Minister erklärte").

The mention index of the article context resolves every pronoun and description once, for all
fact types, to the most recent fitting person. A speaker needs more care, since a wrong name is
worse than none: this resolver decides three classes and leaves everything else to the index.

* A personal pronoun ("er", "sie") is the person of fitting gender (first-name lists, "Frau",
  the title's ending) mentioned in the nearest earlier sentence that has one. A person named
  only inside a quotation is no antecedent of a pronoun outside it (the quotation is someone's
  words, not the story). Two fitting persons there decide nothing unless exactly one of them is
  a subject or is the previous speaker going on; otherwise no name is guessed.
* When no named person fits, an unnamed person description in the subject of the sentence
  before ("Am Abend meldete sich der Vermieter. Er sagte, …") is the speaker.
* A description ("der Minister", "die Landrätin", "der 52-Jährige") is the one earlier person
  holding that title or age; two holders decide nothing, and the description stays the label.

``resolve`` returns None when it does not decide, else a :class:`Resolution` whose agent may be
None: "no name may be given".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kzgraph.extract.core.mentions import PROXY_HEADS, SUBJECT_PRONOUNS
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.agents import classify_head
from kzgraph.extract.grammar.agreement import plural_verb_beside, singular_verb_beside
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import AGE_NOUN
from kzgraph.extract.grammar.speech_verbs import lexicon
from kzgraph.extract.kinds.statements.quotes.marks import find_quotations

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.extract.core.interfaces import Mention

_WORDS = closed_class()
# "er"/"sie": the personal pronouns a speaker is; demonstratives keep their own resolution
_PERSONAL = {w: g for w, g in SUBJECT_PRONOUNS.items() if not w.startswith(("dies", "der", "die"))}
_THE = _WORDS.words("definite_nominative_articles")  # "der Minister", "die Landrätin"
_NOMINATIVE = _WORDS.words("nominative_articles")  # "der Sprecher, X", "ein Gast aus Lindau, X"
_WINDOW = 3  # sentences back, as the mention index looks
# tags before an article that make its phrase a genitive or dative: a noun, a name, a preposition
_GENITIVE = _WORDS.words("genitive_articles")  # "des", "der"
_SHE = _WORDS.words("feminine_nominative_articles")  # "die Abgeordnete X"
# a Vorfeld that is no subject right before the finite verb: a comma, an adverb ("Danach sagte X")
_VORFELD_ADJUNCT = frozenset({"$,", "ADV", "ADJD", "PAV", "PROAV"})
_OBLIQUE_BEFORE = frozenset({"NN", "NE", "APPR", "APPRART"})


@dataclass(frozen=True)
class Resolution:
    """A decision of the resolver; ``agent`` None means no name may be given."""

    agent: Agent | None


def genitive_end(doc: Doc, end: int) -> int:
    """The end of a genitive attribute right after ``end`` ("der Sprecher | der Polizei",
    "des Vereins Nordheim"), else ``end``."""
    if end >= len(doc) or doc[end].lower_ not in _GENITIVE:
        return end
    j = end + 1
    while j < len(doc) and doc[j].tag_ == "ADJA":
        j += 1
    k = j
    while k < len(doc) and doc[k].tag_ in ("NN", "NE") and doc[k].text[:1].isupper():
        k += 1
    return k if k > j else end


class SpeakerResolver:
    """Resolves pronoun and description speakers of one article."""

    def __init__(self, ctx: ArticleContext, other_nationality: Callable[[Span, Agent], bool]) -> None:
        self.ctx = ctx
        self._other_nationality = other_nationality
        quotes = find_quotations(ctx.tokens.text)
        self._quote_starts = [q.start for q in quotes]
        self._quotes = [(q.start, q.end) for q in quotes]
        self._genders: dict[int, str | None] = {}

    def resolve(self, span: Span, last_agent: Agent | None) -> Resolution | None:
        if len(span) == 1 and span[0].lower_ in _PERSONAL:
            return self._pronoun(span, last_agent)
        if 2 <= len(span) <= 4 and span[0].lower_ in _THE:
            return self._description(span)
        return None

    # ---- pronouns ------------------------------------------------------------------
    def _quote_at(self, token: int) -> int | None:
        """The index of the quotation the token lies in, or None."""
        char = self.ctx.tokens.offsets[token]
        k = bisect_right(self._quote_starts, char) - 1
        return k if k >= 0 and char < self._quotes[k][1] else None

    def _fits(self, m: Mention, gender: str, singular: bool) -> bool:
        g = self._gender(m.person)
        return g == gender or (g is None and (gender == "m" or singular))

    def _gender(self, p: int) -> str | None:
        """The person's gender, feminine when a feminine noun names her ("die Abgeordnete X …
        der früheren Kritikerin"): the first-name lists and a role of any gender
        ("Abgeordneten") are weaker evidence than "-in"."""
        if p not in self._genders:
            ctx, roles = self.ctx, self.ctx.persons[p].roles
            described = [m for m in ctx.mentions if m.person == p and m.kind == "description"]
            words = [r for _, r in roles] + [ctx.tokens.texts[m.end - 1] for m in described]
            feminine = any(w.endswith(("in", "innen")) and ctx.lx.is_role(w) for w in words) or any(
                r.endswith("e") and i > 0 and ctx.tokens.lowers[i - 1] in _SHE for i, r in roles
            )  # a nominalised adjective after a feminine article: "die Abgeordnete X"
            self._genders[p] = "f" if feminine else ctx.persons[p].gender
        return self._genders[p]

    def _pronoun(self, span: Span, last_agent: Agent | None) -> Resolution | None:
        ctx, i = self.ctx, span.start
        gender = _PERSONAL[span[0].lower_]
        if gender == "f" and plural_verb_beside(span.doc, i):
            return None  # "Sie sagten": several people, the chain of the statement decides
        singular = gender == "m" or singular_verb_beside(span.doc, i)
        own_quote, s = self._quote_at(i), ctx.sentence_index(i)
        deciding: list[Mention] = []
        quoted_only = False
        for m in reversed(ctx.mentions):
            if m.start >= i:
                continue
            k = ctx.sentence_index(m.start)
            if k < s - _WINDOW or deciding and k < ctx.sentence_index(deciding[0].start):
                break
            fits = self._fits(m, gender, singular)
            inner = self._quote_at(m.start)
            if inner is not None and inner != own_quote:
                quoted_only |= fits
                continue  # a person named in someone's quoted words
            if fits:
                deciding.append(m)
        if deciding:
            return Resolution(self._choose(deciding, last_agent))
        # nobody named outside quotations: the index would take the quoted person
        return Resolution(self.unnamed_subject_before(span)) if quoted_only else None

    def _choose(self, mentions: list[Mention], last_agent: Agent | None) -> Agent | None:
        """One person of the deciding sentence, or None when two fit equally."""
        ctx = self.ctx
        persons = list(dict.fromkeys(m.person for m in mentions))
        if len(persons) == 1:
            return ctx.person_agent(persons[0])
        subject = [m.subject or self._next_to_finite(m) or self._subject_apposition(m) for m in mentions]
        subjects = list(dict.fromkeys(m.person for m, yes in zip(mentions, subject, strict=True) if yes))
        if len(subjects) == 1:
            return ctx.person_agent(subjects[0])
        going_on = [p for p in subjects or persons if last_agent == ctx.person_agent(p)]
        return ctx.person_agent(going_on[0]) if len(going_on) == 1 else None

    def _next_to_finite(self, m: Mention) -> bool:
        """A full name right before a finite verb ("…, Kurt Fenn kritisierte ihn"), or right after
        one that follows a comma or an adverb ("…, reiste Kurt Fenn ab", "Danach sagte X"): the
        clause's subject. Two words at least: a lone capitalised word before a verb may be an
        adverb the NER took for a name; after a preposition a name is an object."""
        tags = self.ctx.tokens.tags
        if m.kind != "name" or m.end - m.start < 2:
            return False
        if m.end < len(tags) and tags[m.end].endswith("FIN"):
            return m.start == 0 or tags[m.start - 1] not in _OBLIQUE_BEFORE
        verb = m.start - 1
        if verb < 1 or not tags[verb].endswith("FIN"):
            return False
        opens = self.ctx.sentence_index(verb - 1) != self.ctx.sentence_index(verb)  # "Sagte X …"
        return opens or tags[verb - 1] in _VORFELD_ADJUNCT

    def _subject_apposition(self, m: Mention) -> bool:
        """A name in apposition to a nominative description with a role ("… sieht das der Sprecher
        der Partei, Karl Roth."): the description is the clause's subject, and so is the name."""
        tokens = self.ctx.tokens
        if m.kind != "name" or m.start < 3 or tokens.texts[m.start - 1] != ",":
            return False
        sentence_start = self.ctx.sentences[self.ctx.sentence_index(m.start)].start
        for k in range(m.start - 2, max(sentence_start, m.start - 9) - 1, -1):
            if tokens.tags[k] == "$,":
                return False
            if tokens.tags[k] != "ART" or k + 1 >= m.start or not self._person_noun(tokens.texts[k + 1]):
                continue
            before = tokens.tags[k - 1] if k > sentence_start else ""
            if tokens.lowers[k] in _NOMINATIVE and before not in _OBLIQUE_BEFORE:
                return True
        return False

    def unnamed_subject_before(self, span: Span) -> Agent | None:
        """For a pronoun nobody named fits: the one unnamed person description in subject form in
        the sentence before or in the pronoun's own clause before it ("meldete sich der Vermieter
        bei der Polizei. Er sagte")."""
        gender = _PERSONAL.get(span[0].lower_) if len(span) == 1 else None
        if gender is None or gender == "f" and plural_verb_beside(span.doc, span.start):
            return None
        ctx, doc = self.ctx, span.doc
        s = ctx.sentence_index(span.start)
        first = ctx.sentences[s - 1].start if s > 0 else ctx.sentences[s].start
        found = []
        for k in range(first, span.start - 1):
            phrase = self._nominative_description(k, gender)
            if phrase is not None and self._quote_at(k) is None:
                found.append(phrase)
        if len(found) != 1:
            return None
        start, end = found[0]
        return Agent(AgentKind.PERSON, label=" ".join(doc[start : genitive_end(doc, end)].text.split()))

    def _person_noun(self, word: str) -> bool:
        """A role, title or person noun ("Sprecher", "Nachbarin", "Vermieter")."""
        if word.lower().endswith(lexicon().described_person_nouns) or self.ctx.lx.is_role(word):
            return True
        return classify_head(self.ctx, word) == AgentKind.PERSON

    def _nominative_description(self, k: int, gender: str) -> tuple[int, int] | None:
        """``(start, end)`` of "der Vermieter" / "die Nachbarin" at ``k`` when it can only be a
        nominative singular person with no name after it; feminine "die X" is also an accusative,
        so it counts only where a subject stands (sentence start or right after the finite verb)."""
        ctx, doc, tokens = self.ctx, self.ctx.doc, self.ctx.tokens
        article = tokens.lowers[k]
        if article not in _THE or (article in _SHE) != (gender == "f") or tokens.tags[k] != "ART":
            return None
        before = tokens.tags[k - 1] if k > 0 and not doc[k].is_sent_start else ""
        if before in _OBLIQUE_BEFORE:
            return None  # "der Anwalt der Nachbarin", "mit der Nachbarin": a genitive or dative
        if before == "PRF" and k > 1:
            before = tokens.tags[k - 2]  # "meldete sich die Nachbarin"
        if gender == "f" and before and not before.endswith("FIN"):
            return None
        j = k + 1
        while j < len(doc) and tokens.tags[j] == "ADJA":
            j += 1
        if j >= len(doc) or tokens.tags[j] != "NN" or ctx.mention_at(j) is not None:
            return None
        head = tokens.texts[j]
        if gender == "f" and not head.endswith(("in", "e")):
            return None
        if not self._person_noun(head):
            return None
        if j + 1 < len(doc) and tokens.tags[j + 1] == "NE":
            return None  # "der Vermieter Karl X": named, the index knows him
        return (k, j + 1)

    # ---- descriptions --------------------------------------------------------------
    def _description(self, span: Span) -> Resolution | None:
        """ "der Minister": the one earlier holder of the title or age, of fitting gender."""
        head = span[-1].text
        if any(t.tag_ != "ADJA" for t in span[1:-1]) or head.lower().endswith(PROXY_HEADS):
            return None
        if not (AGE_NOUN.match(head) or self.ctx.lx.is_title(head)):
            return None
        feminine = span[0].lower_ in _SHE
        if feminine and not head.endswith("in") and not AGE_NOUN.match(head):
            return None  # "die Minister": plural
        gender = "f" if feminine else "m"
        holders = [p for p in self._holders(head, span.start) if self.ctx.persons[p].gender in (None, gender)]
        holders = [p for p in holders if not self._other_nationality(span, self.ctx.person_agent(p))]
        nearest = self._nearest_holders(set(holders), span.start)
        if len(nearest) == 1:
            return Resolution(self.ctx.person_agent(nearest[0]))
        # two holders in the nearest sentence naming one: the description is the label, no name
        return Resolution(Agent(AgentKind.PERSON, label=" ".join(span.text.split()))) if nearest else None

    def _nearest_holders(self, holders: set[int], before: int) -> list[int]:
        """The holders mentioned in the nearest earlier sentence that mentions any: a former
        holder named paragraphs before ("sein Vorgänger, Minister X") is not meant."""
        ctx, found, sentence = self.ctx, [], None
        for m in reversed(ctx.mentions):
            if m.start >= before or m.person not in holders or m.kind != "name":
                continue  # names only: the index may tie an object pronoun ("ihn") to anyone
            k = ctx.sentence_index(m.start)
            if sentence is not None and k < sentence:
                break
            sentence = k
            if m.person not in found:
                found.append(m.person)
        return found

    def _holders(self, head: str, before: int) -> list[int]:
        """Persons mentioned before ``before`` whose title ends in ``head`` or whose age it is."""
        ctx, low = self.ctx, head.lower()
        seen = {m.person for m in ctx.mentions if m.start < before and m.kind == "name"}
        out = []
        for p in sorted(seen):
            rec = ctx.persons[p]
            titles = [t.lower() for t in [r for _, r in rec.roles] + ctx.titles_of(p)]
            if head in rec.ages or any(t.endswith(low) and not t.endswith(PROXY_HEADS) for t in titles):
                out.append(p)
        return out
