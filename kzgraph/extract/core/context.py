"""ArticleContext: what every extractor needs to know about one article, built once.

Sentences, the named persons and where each is mentioned (names, pronouns, descriptions
such as "der 68-Jährige"), and resolution of any span to an Agent. Works on a blank
tokenized Doc; uses entities, POS and morphology when the pipeline provides them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from kzgraph.extract.core.components import SEGMENTS, ensure_annotated
from kzgraph.extract.core.interfaces import Mention
from kzgraph.extract.core.mentions import MentionIndex
from kzgraph.extract.core.tokens import token_table
from kzgraph.extract.facts import BEFORE_THE_REPORT, Agent, AgentKind, Evidence, FactDate
from kzgraph.extract.grammar.agents import classify_span
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.dates import (
    DateExpression,
    closest_date,
    date_expressions,
    told_before_the_report,
    told_before_the_report_words,
    told_in_the_past_words,
)
from kzgraph.extract.grammar.lexicon import Lexicons, lexicons
from kzgraph.extract.grammar.names import is_name_token
from kzgraph.extract.grammar.person_record import PersonRecord
from kzgraph.reading.article import Article

# a question of a sentence's token texts and lower-cased words (ArticleContext.per_sentence_words)
WordQuestion = Callable[[tuple[str, ...], tuple[str, ...]], bool]

_COUNTRY_RE = re.compile(r"(land|stan|ien|reich|USA|UN)$")


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
        self._text_sets: dict[tuple[int, int], frozenset[str]] = {}
        self._answers: dict[tuple[Callable[..., bool], int, int], bool] = {}
        # the triggers of a verb list in a sentence, read once: several types and the frame
        # fallback ask for the same lists (grammar.triggers.find_triggers)
        self.trigger_memo: dict[tuple[int, int, str, str], tuple[object, ...]] = {}
        self.tokens = token_table(doc)  # the words as lists: a Token per doc[i] costs more
        self._text = self.tokens.text  # Doc.text is built from new Tokens on every access
        index = MentionIndex(doc, self.lx, self.persons, self.sentences, self._sent_of, self.tokens)
        self._index = index
        self.mentions: list[Mention] = index.mentions
        self._mention_at: dict[int, Mention] = index.by_token

    @cached_property
    def entities(self) -> tuple[Span, ...]:
        """``doc.ents``, read once: spaCy makes every entity's Span anew on each access."""
        return tuple(self.doc.ents)

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

    def positions_of(self, sent: Span, words: Collection[str]) -> list[int]:
        """Indexes of the tokens of ``sent`` whose lower-cased word is in ``words``; a sentence
        without any of them (most sentences, for a rule's cue words) is not read word by word."""
        if self.sentence_words(sent).isdisjoint(words):
            return []
        lowers = self.tokens.lowers
        return [i for i in range(sent.start, sent.end) if lowers[i] in words]

    def positions_of_texts(self, sent: Span, texts: Collection[str]) -> list[int]:
        """Indexes of the tokens of ``sent`` whose text, case kept, is in ``texts`` (nouns), read
        from the cached words: no Token is made."""
        texts_here = self.sentence_texts(sent)
        if self._text_set(sent).isdisjoint(texts):  # most sentences hold none of them
            return []
        return [sent.start + j for j, word in enumerate(texts_here) if word in texts]

    def _text_set(self, sent: Span) -> frozenset[str]:
        key = (sent.start, sent.end)
        found = self._text_sets.get(key)
        if found is None:
            found = self._text_sets[key] = frozenset(self.sentence_texts(sent))
        return found

    def sentence_lowers(self, sent: Span) -> tuple[str, ...]:
        """The lower-cased words of ``sent`` in order (``sent.start`` is the first's index)."""
        return tuple(self.tokens.lowers[sent.start : sent.end])

    def per_sentence(self, question: Callable[[Span], bool], sent: Span) -> bool:
        """``question(sent)``, answered once per article and sentence: several fact types ask the
        same of every sentence (is it a question, a condition)."""
        return self._once(question, sent, lambda: question(sent))

    def per_sentence_words(self, question: WordQuestion, sent: Span) -> bool:
        """``question(texts, lowers)`` of the words of ``sent``, answered once per article and
        sentence, for questions that need only the words (no Token made for them)."""
        return self._once(
            question, sent, lambda: question(self.sentence_texts(sent), self.sentence_lowers(sent))
        )

    def _once(self, question: Callable[..., bool], sent: Span, ask: Callable[[], bool]) -> bool:
        """The cached answer of ``question`` for ``sent``; ``ask()`` computes it the first time."""
        key = (question, sent.start, sent.end)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = ask()
        return answer

    def sentence_of(self, tok: Token | int) -> Span:
        return self.sentences[self.sentence_index(tok if isinstance(tok, int) else tok.i)]

    def sentence_index(self, i: int) -> int:
        """Index in ``sentences`` of the sentence holding token ``i``."""
        return self._sent_of[i]

    def holds_another_post(self, p: int, head: str) -> bool:
        """The title ``head`` and person ``p``'s titles are a leader and someone under them."""
        return self._index.holds_another_post(p, head)

    def titles_of(self, p: int) -> list[str]:
        """The titles the article gave person ``p``."""
        return self._index.titles_of(p)

    def person_with_role(self, head: str) -> int | None:
        """The first person mentioned whose title ends in ``head`` or whose age it is."""
        return self._index.person_with_role(head)

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
        lowers, tags = self.tokens.lowers, self.tokens.tags
        a, b = sent.start, sent.end

        def ask() -> bool:
            return told_in_the_past_words(lowers[a:b], tags[a:b])

        past = self._once(told_in_the_past_words, sent, ask)
        found = closest_date(expressions, self.article.date, near, past=past)
        if found is None and self._once(told_before_the_report, sent, lambda: self._pluperfect(sent)):
            return BEFORE_THE_REPORT
        return found

    def _pluperfect(self, sent: Span) -> bool:
        lists, a, b = self.tokens, sent.start, sent.end
        return told_before_the_report_words(lists.texts[a:b], lists.lowers[a:b], lists.tags[a:b])

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
        p = self._index.resolve_pronoun(token.i, gender) if best is None else best
        return self._agents[p] if p is not None else None

    def agent_for(self, span: Span) -> Agent | None:
        return classify_span(self, span)

    def is_name_token(self, tok: Token) -> bool:
        return is_name_token(tok, self.lx)

    def looks_like_country(self, text: str) -> bool:
        return bool(_COUNTRY_RE.search(text)) and " " not in text

    def evidence_from(self, ev: Evidence, rule: str, confidence: float) -> Evidence:
        return Evidence(ev.article_id, ev.sentence, ev.start, ev.end, rule, confidence)
