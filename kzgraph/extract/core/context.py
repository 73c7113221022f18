"""ArticleContext: what every extractor needs to know about one article, built once.

Sentences, the named persons and where each is mentioned (names, pronouns, descriptions
such as "der 68-Jährige"), and resolution of any span to an Agent. Works on a blank
tokenized Doc; uses entities, POS and morphology when the pipeline provides them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kzgraph.extract.core.components import SEGMENTS, ensure_annotated
from kzgraph.extract.core.interfaces import Mention
from kzgraph.extract.core.tokens import TokenTable
from kzgraph.extract.facts import BEFORE_THE_REPORT, Agent, AgentKind, Evidence, FactDate
from kzgraph.extract.grammar.agents import classify_span
from kzgraph.extract.grammar.agreement import plural_verb_beside, singular_verb_beside
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.dates import (
    DateExpression,
    closest_date,
    date_expressions,
    told_before_the_report,
    told_in_the_past_words,
)
from kzgraph.extract.grammar.lexicon import AGE_NOUN, COORDINATORS, COPULAS, Lexicons, lexicons
from kzgraph.extract.grammar.names import PersonRecord, is_name_token, name_at
from kzgraph.extract.grammar.subject_position import clause_break, is_subject_position
from kzgraph.extract.posts.stems import leads, post_stem
from kzgraph.reading.article import Article

# a question of a sentence's token texts and lower-cased words (ArticleContext.per_sentence_words)
WordQuestion = Callable[[tuple[str, ...], tuple[str, ...]], bool]

_COUNTRY_RE = re.compile(r"(land|stan|ien|reich|USA|UN)$")
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


class ArticleContext:
    def __init__(self, doc: Doc, article: Article) -> None:
        # the pipeline's extraction components wrote segments, persons and dates to the Doc
        # (kzgraph.extract.core.components); a Doc from another pipeline gets them here
        ensure_annotated(doc)
        self.doc = doc
        self.article = article
        self.lx: Lexicons = lexicons()
        self.sentences: list[Span] = list(doc.spans[SEGMENTS])
        self._sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sentences):
            for t in range(sent.start, sent.end):
                self._sent_of[t] = k
        self._dates = {
            (sent.start, sent.end): [DateExpression(*e) for e in found]
            for sent, found in zip(self.sentences, doc._.kz_dates, strict=True)
        }
        # fresh records: extraction may add to them, and a Doc can be extracted again
        self.persons: list[PersonRecord] = [PersonRecord.from_data(d) for d in doc._.kz_persons]
        self._agents = [self._make_agent(rec) for rec in self.persons]
        self._words: dict[tuple[int, int], frozenset[str]] = {}
        self._texts: dict[tuple[int, int], tuple[str, ...]] = {}
        self._answers: dict[tuple[Callable[..., bool], int, int], bool] = {}
        self.tokens = TokenTable.of(doc)  # the words as lists: a Token per doc[i] costs more
        self._text = self.tokens.text  # Doc.text is built from new Tokens on every access
        self.mentions: list[Mention] = []
        self._mention_at: dict[int, Mention] = {}
        self._find_mentions()
        self._drop_descriptions_bound_in_clause()

    # ---- persons -------------------------------------------------------------------
    def _make_agent(self, rec: PersonRecord) -> Agent:
        aliases = tuple(" ".join(a) for a in rec.aliases() if " ".join(a) != rec.name)
        return Agent(AgentKind.PERSON, label=rec.name, name=rec.name, aliases=aliases)

    def person_agent(self, idx: int) -> Agent:
        return self._agents[idx]

    def sentence_words(self, sent: Span) -> frozenset[str]:
        """The lower-cased words of ``sent``, read once per article: every type asks of every
        sentence whether it holds one of its trigger words, and reading a span's tokens again
        for each question cost more than the rest of the trigger search."""
        key = (sent.start, sent.end)
        words = self._words.get(key)
        if words is None:
            words = self._words[key] = frozenset(self.tokens.lowers[sent.start : sent.end])
        return words

    def sentence_texts(self, sent: Span) -> tuple[str, ...]:
        """The token texts of ``sent`` (``sent.start`` is the first's index), read once per article."""
        key = (sent.start, sent.end)
        texts = self._texts.get(key)
        if texts is None:
            texts = self._texts[key] = tuple(self.tokens.texts[sent.start : sent.end])
        return texts

    def sentence_lowers(self, sent: Span) -> tuple[str, ...]:
        """The lower-cased words of ``sent`` in order (``sent.start`` is the first's index)."""
        return tuple(self.tokens.lowers[sent.start : sent.end])

    def per_sentence(self, question: Callable[[Span], bool], sent: Span) -> bool:
        """``question(sent)``, answered once per article and sentence: several fact types ask the
        same of every sentence (is it a question, a condition)."""
        key = (question, sent.start, sent.end)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = question(sent)
        return answer

    def per_sentence_words(self, question: WordQuestion, sent: Span) -> bool:
        """``question(texts, lowers)`` of the words of ``sent``, answered once per article and
        sentence, for questions that need only the words (no Token made for them)."""
        key = (question, sent.start, sent.end)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = question(self.sentence_texts(sent), self.sentence_lowers(sent))
        return answer

    def sentence_of(self, tok: Token | int) -> Span:
        return self.sentences[self.sentence_index(tok if isinstance(tok, int) else tok.i)]

    def sentence_index(self, i: int) -> int:
        """Index in ``sentences`` of the sentence holding token ``i``."""
        return self._sent_of[i]

    def _is_subject_position(self, start: int, end: int) -> bool:
        return is_subject_position(self.doc, self.lx, self.sentence_of(start), start, end, self.mentions[-6:])

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
                p = self._resolve_pronoun(i, SUBJECT_PRONOUNS.get(low) or _OBJ_PRON[low])
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
                self._mention_at.pop(t, None)

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
            self._mention_at[t] = m

    def _same_clause(self, start: int, end: int) -> bool:
        """No sentence or clause boundary (a comma, a colon, a quotation mark) in [start, end)."""
        return self._sent_of[start] == self._sent_of[end] and not self._clause_break(start, end)

    def _resolve_pronoun(self, i: int, gender: str) -> int | None:
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

    def mention_at(self, i: int) -> Mention | None:
        return self._mention_at.get(i)

    def mentions_in(self, span: Span) -> list[Mention]:
        out, seen = [], set()
        for t in range(span.start, span.end):
            m = self._mention_at.get(t)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                out.append(m)
        return out

    # ---- public API ----------------------------------------------------------------
    def evidence(self, sent: Span, rule: str, confidence: float) -> Evidence:
        return Evidence(self.article.id, self.text_of(sent), sent.start_char, sent.end_char, rule, confidence)

    def text_of(self, span: Span) -> str:
        """``span.text``, cut from the Doc's text (``Span.text`` makes a Token for every word)."""
        return self._text[span.start_char : span.end_char]

    def date_for(self, sent: Span, near: int | None = None) -> FactDate | None:
        """Date named in the sentence, closest to char offset ``near`` (doc offsets) when given."""
        found = self._dates.get((sent.start, sent.end))
        if found is None:  # a part of a sentence
            found = date_expressions(self.text_of(sent))
        return self._date_in(sent, found, None if near is None else near - sent.start_char)

    def date_outside(self, sent: Span, start: int, end: int) -> FactDate | None:
        """Date named in the sentence outside chars ``start``-``end`` (doc offsets): when a
        statement was made, not a date inside what was said ("Er soll am Mittwoch vereidigt
        werden")."""
        text = self.text_of(sent)
        a, b = max(start - sent.start_char, 0), min(max(end - sent.start_char, 0), len(text))
        return self._date_in(sent, date_expressions(text[:a] + " " * (b - a) + text[b:]), None)

    def _date_in(self, sent: Span, expressions: list[DateExpression], near: int | None) -> FactDate | None:
        # the tense questions read every token of the sentence: answered once per sentence
        key = (told_in_the_past_words, sent.start, sent.end)
        past = self._answers.get(key)
        if past is None:
            lists = self.tokens
            past = self._answers[key] = told_in_the_past_words(
                lists.lowers[sent.start : sent.end], lists.tags[sent.start : sent.end]
            )
        found = closest_date(expressions, self.article.date, near, past=past)
        if found is None and self.per_sentence(told_before_the_report, sent):
            return BEFORE_THE_REPORT
        return found

    def resolve_possessive(self, token: Token) -> Agent | None:
        """ "sein/ihr Nachfolger": the person the possessive refers to, usually the clause subject."""
        gender = closed_class().possessor_gender(token.lower_)
        if gender is None:
            return None
        sent = self.sentence_of(token)
        best = None
        for m in self.mentions_in(self.doc[sent.start : token.i]):
            g = self.persons[m.person].gender
            if g is not None and g != gender:
                continue
            if m.subject:
                return self._agents[m.person]
            best = best if best is not None else m.person
        p = self._resolve_pronoun(token.i, gender) if best is None else best
        return self._agents[p] if p is not None else None

    def agent_for(self, span: Span) -> Agent | None:
        return classify_span(self, span)

    def is_name_token(self, tok: Token) -> bool:
        return is_name_token(tok, self.lx)

    def looks_like_country(self, text: str) -> bool:
        return bool(_COUNTRY_RE.search(text)) and " " not in text

    def evidence_from(self, ev: Evidence, rule: str, confidence: float) -> Evidence:
        return Evidence(ev.article_id, ev.sentence, ev.start, ev.end, rule, confidence)
