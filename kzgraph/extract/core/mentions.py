"""Where an article mentions each person: names, pronouns and descriptions ("der 68-Jährige",
"der Präsident", "den SPD-Politiker"), each resolved to a person named in the article.

Split from ArticleContext (kzgraph.extract.core.context), which builds one index per article and
reads the mentions from it; the resolution rules need only the Doc, the lexicons, the persons and
the sentence of each token.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.interfaces import Mention
from kzgraph.extract.core.tokens import TokenTable
from kzgraph.extract.grammar.agreement import plural_verb_beside, singular_verb_beside
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import AGE_NOUN, COORDINATORS, COPULAS, Lexicons
from kzgraph.extract.grammar.names import name_at
from kzgraph.extract.grammar.person_record import PersonRecord
from kzgraph.extract.grammar.subject_position import clause_break, is_subject_position
from kzgraph.extract.posts.stems import leads, post_stem

# heads of people who speak or act on behalf of someone else: a description with one of these
# heads is never the person the paragraph is about, only someone known to hold that role
PROXY_HEADS = ("sprecher", "sprecherin", "anwalt", "anwältin", "vertreter", "vertreterin")

# personal pronouns that stand for a person, with the person's gender (grammar data)
SUBJECT_PRONOUNS = closed_class().subject_pronouns
# articles of a described person: "der/die Sprecher(in)" a subject, "den Sprecher" an object
_DESCRIPTION_ARTICLES = closed_class().words("description_articles")
_GENITIVE_ARTICLES = closed_class().words("genitive_articles")
_OBJ_PRON = closed_class().object_pronouns
_VON = closed_class().words("von_forms")


def _shares_a_genitive(doc: Doc, k: int) -> bool:
    """ "… und der Cousin des Täters" at ``k``: a second description after "und" whose genitive
    belongs to both, so that the first is as defined by it as "der Präsident des Landes"."""
    if k + 3 >= len(doc) or doc[k].lower_ not in COORDINATORS:
        return False
    if doc[k + 1].lower_ not in _DESCRIPTION_ARTICLES:
        return False
    return doc[k + 2].text[:1].isupper() and doc[k + 3].lower_ in _GENITIVE_ARTICLES


class MentionIndex:
    """The mentions of one article's persons, found once, in text order."""

    def __init__(
        self,
        doc: Doc,
        lx: Lexicons,
        persons: list[PersonRecord],
        sentences: list[Span],
        sent_of: list[int],
        tokens: TokenTable,
    ) -> None:
        self.doc, self.lx, self.persons, self.tokens = doc, lx, persons, tokens
        self.sentences = sentences
        self._sent_of = sent_of
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        self._find_mentions()
        self._drop_descriptions_bound_in_clause()

    def _is_subject_position(self, start: int, end: int) -> bool:
        sent = self.sentences[self._sent_of[start]]
        return is_subject_position(self.doc, self.lx, sent, start, end, self.mentions[-6:])

    def _clause_break(self, a: int, b: int) -> bool:
        return clause_break(self.doc, a, b)

    def _find_mentions(self) -> None:
        doc = self.doc
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for p, rec in enumerate(self.persons):
            for alias in rec.aliases():
                index.setdefault(alias[0], []).append((alias, p))
        for lst in index.values():
            lst.sort(key=lambda a: -len(a[0]))
        n = len(doc)
        # the words read once: a Token made per position and per alias cost more than the search
        words, lowers = self.tokens.texts, self.tokens.lowers
        i = 0
        while i < n:
            hits = [
                (alias, p)
                for alias, p in index.get(words[i], ())
                if tuple(words[i : i + len(alias)]) == alias
            ]
            hit = self._likeliest(i, [h for h in hits if len(h[0]) == len(hits[0][0])]) if hits else None
            if hit:
                end = i + len(hit[0])
                genitive = hit[0][-1] != self.persons[hit[1]].tokens[-1] and hit[0][-1].endswith("s")
                subject = not genitive and self._is_subject_position(i, end)
                self._add(Mention(i, end, hit[1], subject, "name"))
                i = end
                continue
            low = lowers[i]
            if low in SUBJECT_PRONOUNS or low in _OBJ_PRON:
                p = self.resolve_pronoun(i, SUBJECT_PRONOUNS.get(low) or _OBJ_PRON[low])
                if p is not None:
                    self._add(Mention(i, i + 1, p, low in SUBJECT_PRONOUNS, "pronoun"))
            elif low in _DESCRIPTION_ARTICLES and i + 1 < n:
                j = self._description_end(i)
                if j:
                    p = self._resolve_description(i, j) if low != "den" else self._resolve_object(i, j)
                    if p is not None:
                        # an accusative "den ..." is never the subject
                        subj = low != "den" and self._is_subject_position(i, j)
                        self._add(Mention(i, j, p, subj, "description"))
                        i = j
                        continue
            i += 1

    def _drop_descriptions_bound_in_clause(self) -> None:
        """A subject description resolved to the person who is the object of its own clause
        ("X studierte. Der Kanzler ernannte ihn / X zum Minister") is someone else: the object
        pronoun or name of a clause never is its subject. Such a description stays unresolved."""
        others = [m for m in self.mentions if m.kind in ("pronoun", "name")]
        bound = [
            m
            for m in self.mentions
            if m.kind == "description"
            and any(
                o.person == m.person
                and o.subject != m.subject
                and self._sent_of[o.start] == self._sent_of[m.start]
                and (o.kind == "pronoun" or o.start > m.end or o.end < m.start)  # "der Kanzler X"
                and not self._clause_break(min(m.start, o.start), max(m.end, o.end))
                for o in others
            )
        ]
        for m in bound:
            self.mentions.remove(m)
            for t in range(m.start, m.end):
                self.by_token.pop(t, None)

    def _likeliest(self, i: int, hits: list[tuple[tuple[str, ...], int]]) -> tuple[tuple[str, ...], int]:
        """Of persons sharing the name at ``i`` ("Strobl" for Christine and Thomas Strobl): the one
        "Frau"/"Herr" before it says, else the one mentioned last."""
        if len(hits) == 1:
            return hits[0]
        before = self.doc[i - 1].text if i > 0 else ""
        gender = {"Frau": "f", "Herr": "m", "Herrn": "m"}.get(before)
        fitting = [h for h in hits if gender is None or self.persons[h[1]].gender in (gender, None)] or hits
        last = {m.person: m.start for m in self.mentions}
        return max(fitting, key=lambda h: last.get(h[1], -1))

    def _add(self, m: Mention) -> None:
        self.mentions.append(m)
        for t in range(m.start, m.end):
            self.by_token[t] = m

    def _same_clause(self, start: int, end: int) -> bool:
        """No sentence or clause boundary (a comma, a colon, a quotation mark) in [start, end)."""
        return self._sent_of[start] == self._sent_of[end] and not self._clause_break(start, end)

    def resolve_pronoun(self, i: int, gender: str) -> int | None:
        """Most recent fitting person, preferring subjects, within the last three sentences."""
        s = self._sent_of[i]
        # "sie" is often plural: only a recent woman or a singular verb ("sagte sie") makes it one
        # person, and only the singular verb lets it stand for a person of unknown gender
        singular = False
        if gender == "f" and self.doc[i].lower_ == "sie":
            if plural_verb_beside(self.doc, i):
                return None  # "Sie treten die Nachfolge … an": several people
            singular = singular_verb_beside(self.doc, i)
            if not singular and not any(self.persons[m.person].gender == "f" for m in self.mentions[-4:]):
                return None
        # The nearest sentence with a fitting person decides (its subject, else its latest
        # fitting mention): "Zugleich berief X den Manager B. Er folgt auf A" means B, not an
        # older subject two sentences back.
        best_any, best_sent = None, None
        for m in reversed(self.mentions):
            if m.start >= i:
                continue
            sent = self._sent_of[m.start]
            if sent < s - 3 or best_sent is not None and sent < best_sent:
                break
            g = self.persons[m.person].gender
            if g is not None and g != gender:
                continue
            if gender == "f" and g is None and not singular:
                continue
            if m.subject and self.doc[i].lower_ in _OBJ_PRON and self._same_clause(m.end, i):
                continue  # "Macron entließ ihn": the subject of its own clause would be "sich"
            if m.subject:
                return m.person
            if best_any is None:
                best_any, best_sent = m.person, sent
        return best_any

    def _description_end(self, i: int) -> int:
        """End of "der 68-Jährige" / "der Präsident" / "der FDP-Politiker" (no name after it), or 0."""
        doc, lx = self.doc, self.lx
        j = i + 1
        while j < len(doc) and doc[j].text[:1].islower() and doc[j].text.endswith(("e", "en")) and j < i + 3:
            j += 1  # adjectives: "der neue Präsident"
        if j >= len(doc):
            return 0
        head = doc[j]
        if not (AGE_NOUN.match(head.text) or lx.is_role(head.text)):
            return 0
        if j + 1 < len(doc) and (
            name_at(doc, j + 1, len(doc), lx) > j + 1 or doc[j + 1].lower_ in _GENITIVE_ARTICLES
        ):
            return 0  # introduces a name or is a phrase like "der Präsident des Landes"
        if _shares_a_genitive(doc, j + 1):
            return 0  # "der Onkel und der Cousin des Täters": the genitive says whose
        if j + 1 < len(doc) and doc[j + 1].lower_ in lx.prepositions:
            # "der bisherige Staatssekretär im Kanzleramt, X": an apposition introduces X
            for k in range(j + 2, min(len(doc), j + 7)):
                if doc[k].text == ",":
                    if name_at(doc, k + 1, len(doc), lx) > k + 1:
                        return 0
                    break
        return j + 1

    def _resolve_description(self, i: int, j: int) -> int | None:
        head = self.doc[j - 1].text
        gender = "f" if self.doc[i].lower_ == "die" else "m"
        if gender == "f" and not head.endswith("in") and not AGE_NOUN.match(head):
            return None  # "die" + masculine noun is plural or genitive
        low = head.lower()
        p = self.person_with_role(head)
        if p is not None:
            return p
        if low.endswith(PROXY_HEADS):
            return None  # "die Sprecherin" speaks for the person named before; she is someone else
        if j + 1 < len(self.doc) and self.doc[j].lower_ in _VON and self.doc[j + 1].text[:1].isupper():
            return None  # "der Kapitän von Eintracht X": the phrase says who, not the last subject
        # fall back to the most recent subject of fitting gender for ages and titles; another
        # description or subject in the same sentence is another person ("Der Kanzler habe …,
        # erklärte der 45-Jährige": the speaker is not the chancellor)
        s = self._sent_of[i]
        # after a relative pronoun the description is another person than the one it stands for
        # ("X, den der Präsident entlassen hatte")
        after_relative = i > 0 and self.doc[i - 1].tag_ == "PRELS"
        for m in reversed(self.mentions[-6:]):
            if (m.kind == "description" or after_relative) and self._sent_of[m.start] == s:
                continue
            apposition = m.end == i - 1 and self.doc[m.end].text == ","
            if self._sent_of[m.start] == s and m.subject and not apposition:
                # "X sagte, der Präsident habe …": the sentence's subject would be "er" here; an
                # apposition right after the name ("X, der Präsident, …") is the same person
                continue
            g = self.persons[m.person].gender
            if m.subject and (g is None or g == gender) and self._sent_of[m.start] >= s - 3:
                if self.holds_another_post(m.person, head):
                    continue  # "Karl Roth war Innenminister. Der Präsident entließ ihn": not Roth
                return m.person
        return None

    def holds_another_post(self, p: int, head: str) -> bool:
        """The title ``head`` and the person's titles are the leader and someone under them: an
        Innenminister is not "der Präsident", a Präsident not "der Minister". Heads of state and
        government are named interchangeably ("Präsident X … der Staatschef"), and so are other
        posts in news ("Trainer X … der Coach"), so two leading or two other posts still fit."""
        if not self.lx.is_title(head):
            return False
        titles = [post_stem(r) for r in self.titles_of(p)]
        own = post_stem(head)
        if not titles or any(own in t or t in own for t in titles):
            return False
        return leads(own) != any(leads(t) for t in titles)

    def titles_of(self, p: int) -> list[str]:
        """The titles the article gave person ``p`` so far: before a name ("Innenminister X") or after
        a copula ("X war Innenminister")."""
        doc, lx = self.doc, self.lx
        titles = [r for _, r in self.persons[p].roles if lx.is_title(r)]
        for m in self.mentions:
            if m.person != p or not m.subject or m.end >= len(doc) or doc[m.end].lower_ not in COPULAS:
                continue
            for k in range(m.end + 1, min(len(doc), m.end + 5)):
                word = doc[k].text
                if lx.is_title(word):
                    titles.append(word)
                if doc[k].is_punct or word[:1].isupper():
                    break  # the predicate's noun: "X ist Nachfolger von Präsident Y" gives X no title
        return titles

    def person_with_role(self, head: str) -> int | None:
        """The first person mentioned so far whose title ends in ``head`` ("Minister" for
        "Innenminister X") or whose age it is ("68-Jähriger")."""
        low = head.lower()
        for p, rec in enumerate(self.persons):
            if any(r.lower().endswith(low) for _, r in rec.roles) or head in rec.ages:
                if any(m.person == p for m in self.mentions):
                    return p
        return None

    def _resolve_object(self, i: int, j: int) -> int | None:
        """ "Y ernannte den SPD-Politiker ...": an accusative description means the person the
        previous sentence introduced by full name (not someone named earlier in its own sentence:
        that is the subject)."""
        head = self.doc[j - 1].text
        if not head.endswith("er") and not AGE_NOUN.match(head):
            return None  # "den Ministern" is plural; "den Präsidenten" may be dative plural too
        s = self._sent_of[i]
        here = {m.person for m in self.mentions if self._sent_of[m.start] == s}
        for m in reversed(self.mentions):
            if self._sent_of[m.start] < s - 1:
                break
            if self._sent_of[m.start] == s - 1 and m.kind == "name" and m.end - m.start > 1:
                g = self.persons[m.person].gender
                return m.person if m.person not in here and g != "f" else None
        return None
