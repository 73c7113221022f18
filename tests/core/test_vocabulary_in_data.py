"""Closed-class words are data (lexicons/grammar.yaml), not string literals in the extraction code.

Counts the words of grammar.yaml's word lists (articles, pronouns, prepositions, conjunctions,
auxiliaries, weekdays, months ...) that stand as string literals in kzgraph/extract's Python code
(docstrings and affixes such as ``word.endswith("er")`` aside; comments are no literals) against an
explicit allowlist, so that new sets of such words cannot creep back into the code.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from kzgraph.extract.grammar.closed_class import closed_class

EXTRACT = Path(__file__).resolve().parents[2] / "kzgraph" / "extract"

# Literals that stay in the code, per file, with why. Every entry is a word whose one form is the
# point of a test in the code (a single construction, not a word class), an affix built onto a word,
# a key of the code's own data, or the text of a label the code writes.
ALLOWED: dict[str, Counter[str]] = {
    # "den" opens an object, not a description; "sie" a feminine pronoun; "die" the feminine article
    "core/mentions.py": Counter({"den": 2, "die": 1, "sie": 1}),
    # "der" after a noun is a genitive plural, "den" after a preposition a dative plural; "der"
    # after a dative preposition is the feminine dative; "der"/"Der" is the nominative a label gets
    "grammar/agents.py": Counter({"den": 1, "Der": 1, "der": 3}),
    # "sich" of a reflexive verb before the subject; "er", and "sie" before a name, right after the
    # finite verb as its subject
    "grammar/clauses.py": Counter({"er": 1, "sie": 1}),
    "grammar/inverted_subject.py": Counter({"sich": 1}),
    # "heute" alone has a month when the article's date has no day; "jahr" is the hint of the
    # relative-year patterns ("im Vorjahr"), a noun of those patterns, not a word list
    "grammar/dates.py": Counter({"heute": 1, "jahr": 1}),
    # "und" ends a name like the punctuation beside it
    "grammar/person_finder.py": Counter({"und": 1}),
    # a "wie" clause is a parenthetical source; "des" and feminine "der" mark a genitive
    "grammar/objects.py": Counter({"der": 1, "des": 1, "wie": 1}),
    # "sind" is the plural without -en; "die" after the relative is its object's article
    "grammar/relative.py": Counter({"die": 1, "sind": 1}),
    # "dass" opens the one content clause that ends a scope
    "grammar/scope.py": Counter({"dass": 1}),
    # inseparable prefixes and the ending "-ten" are parts of a verb; "zu"/"als" keys of the verb data
    "grammar/speech_verbs.py": Counter({"als": 1, "er": 1, "hinter": 1, "ten": 1, "unter": 1, "zu": 1}),
    # "von" names a grammatical role; "sich" of "lässt sich", "durch"/"von" the passive's agent
    "grammar/voice.py": Counter({"durch": 1, "sich": 1, "von": 2}),
    # "sich berufen" is no appointment, "im Amt" no new post, "die neue" the new holder's article
    "kinds/appointments/extract.py": Counter({"im": 1, "neue": 1, "sich": 2}),
    # "mit der Nachfolge betraut": one fixed phrase of entrusting
    # ("Nachfolge" is also a word of grammar.yaml's von_complement_heads)
    "kinds/appointments/successors.py": Counter({"der": 1, "mit": 1, "Nachfolge": 1}),
    # "nach" a deed, "im Besitz", "zu" of an infinitive; "in" the text of a membership charge label
    "kinds/arrests/deeds.py": Counter({"im": 1, "in": 1, "nach": 1, "zu": 1}),
    # "in" before a place, "ihn" as the object arrested, "Das" opening a next sentence that reports
    "kinds/arrests/custody.py": Counter({"in": 1}),  # moved from extract.py (the "in" of "in U-Haft")
    "kinds/arrests/extract.py": Counter({"das": 1}),
    # "von" after a collective noun ("eine Gruppe von")
    "kinds/arrests/groups.py": Counter({"von": 1}),
    # "unter/zu den" of members, "unter ihnen" of a count among them; "von" joins the label of
    # companions to whose they are ("Kollegen von X")
    "kinds/arrests/members.py": Counter({"den": 1, "ihnen": 1, "unter": 1, "von": 1}),
    # "zufolge" a postposition; "und" joins a group label; "von" of a group named after it; "der"
    # right after a noun is its genitive
    "kinds/arrests/people.py": Counter({"der": 1, "und": 1, "von": 1, "zufolge": 1}),
    # "-er" an adjective ending; "Jahre" after an age
    "kinds/arrests/person_phrase.py": Counter({"er": 2, "Jahre": 1}),
    # a possessive is read as the article of its case: "-en" as "den", "-em" as "dem"
    "kinds/arrests/pronouns.py": Counter({"den": 1, "dem": 1}),
    # "nach eigenen Angaben", "wie" of a source clause, "und von" of a second source
    "kinds/arrests/sources.py": Counter({"eigenen": 1, "und": 1, "von": 1, "wie": 1}),
    # "sich" of a reflexive dismissal, "von"/"aus" of whom and what is left
    "kinds/dismissals/extract.py": Counter({"aus": 1, "sich": 1, "von": 1}),
    # "von" of whom a dismissal noun is about; "der" the feminine dative, turned into the
    # nominative "die" (or "der") of a label
    "kinds/dismissals/nouns.py": Counter({"der": 2, "die": 1, "von": 2}),
    # "-es"/"-in" are endings; "Staats- und Parteichef" keeps its "und"; "gewesen" marks the past
    "kinds/offices/extract.py": Counter({"es": 1, "gewesen": 1, "in": 1, "und": 2}),
    # "nach" a verb particle ("nachfolgen"), "durch" the agent of a passive replacement
    "kinds/replacements/extract.py": Counter({"durch": 1, "nach": 1}),
    # fixed phrases of replacement: "in der Nachfolge", "mit der Nachfolge", "zu seinem Nachfolger",
    # "als Nachfolger", "an Stelle", "die Nachfolge von/des"
    "kinds/replacements/nouns.py": Counter(
        {"als": 1, "an": 1, "der": 2, "die": 1, "in": 1, "mit": 1, "von": 1, "zu": 1}
    ),
    # "als" before a title; "ein" the particle of "räumte ein" (an admission)
    "kinds/resignations/extract.py": Counter({"als": 1, "ein": 1}),
    # "die" the feminine article of a speaker; "sind" the plural without -en
    "kinds/statements/extract.py": Counter({"die": 2, "sind": 1}),
    # "zu" of an infinitive
    "kinds/statements/quotes/acts.py": Counter({"zu": 1}),
    # "ihm zufolge": the postposition after a pronoun
    "kinds/statements/quotes/chain.py": Counter({"zufolge": 1}),
    # "er"/"sie" key the articles that clash with each pronoun; "zu" of an infinitive, "ich" of a
    # first-person quote, "man" who names no speaker, "und" opening a second clause
    "kinds/statements/quotes/clauses.py": Counter({"er": 3, "ich": 1, "man": 1, "sie": 2, "und": 1, "zu": 1}),
    # "dass" opens the content clause its rule is named for; "zu" (also inside "anzugeben") of an
    # infinitive; "von" and "als" of the verb's own complement
    "kinds/statements/quotes/content.py": Counter({"als": 1, "dass": 2, "von": 1, "zu": 2}),
    # "dass" is left out of the content, as the frames of content.py do
    "kinds/statements/quotes/documents.py": Counter({"dass": 1}),
    # "man" names no speaker, "laut" is a source preposition, not an adverb, "wie" a source cue, "das"
    # after a preposition an article, "haben"/"worden" of a perfect or passive infinitive
    "kinds/statements/quotes/cues.py": Counter(
        {"das": 1, "haben": 1, "laut": 1, "man": 1, "wie": 1, "worden": 1}
    ),
    # "dass" opens the content clause its rule is named for; "zu" (also inside a word) of an infinitive
    "kinds/statements/quotes/expressions.py": Counter({"dass": 2, "zu": 2}),
    # "zu" of an infinitive
    "kinds/statements/quotes/extents.py": Counter({"zu": 1}),
    # ", und" closes an inserted frame
    "kinds/statements/quotes/frames.py": Counter({"und": 1}),
    # expletive "es" before an impersonal source
    "kinds/statements/quotes/impersonal.py": Counter({"es": 1}),
    # "-er" an ending; "den"/"der" tell a plural, "die"/"das"/"der" the nominative a label gets
    "kinds/statements/quotes/labels.py": Counter({"das": 1, "den": 1, "der": 3, "die": 1, "er": 1}),
    # "man" names no speaker, "sich" is skipped like an adverb, "und" joins nouns, "wie" opens a clause
    # in a quotation (not among the subordinating conjunctions, as it also compares)
    "kinds/statements/quotes/phrases.py": Counter({"man": 1, "sich": 1, "und": 1, "wie": 1}),
    # "nach X" and "unter Berufung auf" are source cues (each its own rule); "eigenen Angaben" the
    # speaker's own
    "kinds/statements/quotes/sources.py": Counter({"eigenen": 1, "nach": 2, "unter": 1}),
    # "des" of a genitive post ("Minister des Innern")
    "posts/hierarchy.py": Counter({"des": 1}),
    # endings of a post's noun, not words
    "posts/stems.py": Counter({"es": 1, "in": 1}),
}


def closed_class_words() -> frozenset[str]:
    words = closed_class()
    found: set[str] = set()
    for name in words.word_lists:
        found |= {w.lower() for w in words.word_list(name)}
    found |= set(words.possessives) | set(words.subject_pronouns) | set(words.object_pronouns)
    calendar = words.calendar
    for names in (calendar.weekdays, calendar.months, calendar.weekday_synonyms, calendar.month_synonyms):
        found |= {w.lower() for w in names}
    return frozenset(found | set(calendar.relative_days))


# string methods whose arguments are letters of a word, not words: word.endswith(("er", "in"))
_AFFIX_METHODS = frozenset({"endswith", "startswith", "removesuffix", "removeprefix", "rstrip", "lstrip"})


def _not_words(tree: ast.Module) -> set[int]:
    """The literals that are no words of the text: docstrings and affixes."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
        method = node.func.attr if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) else ""
        if method in _AFFIX_METHODS:
            for arg in node.args:  # type: ignore[attr-defined]
                found |= {id(n) for n in ast.walk(arg) if isinstance(n, ast.Constant)}
    return found


def words_in_literals(source: str, vocabulary: frozenset[str]) -> Counter[str]:
    """Closed-class words standing as literals: a literal that is one such word ("der"), or a
    run of words mostly such ("nachdem als weil".split())."""
    tree = ast.parse(source)
    skipped = _not_words(tree)
    found: Counter[str] = Counter()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in skipped:
            continue
        tokens = node.value.split()
        if not tokens or not all(t.isalpha() for t in tokens):
            continue
        known = [t for t in tokens if t.lower() in vocabulary]
        if len(tokens) == 1 or 2 * len(known) >= len(tokens):
            found.update(known)
    return found


def test_the_word_counter_finds_sets_and_split_strings() -> None:
    vocabulary = frozenset({"der", "die", "und", "oder"})
    source = (
        '"""der und die"""\nA = {"der", "die"}\nB = "und oder".split()\nC = "a list of der"\n'
        'D = word.endswith(("der", "die"))\n'
    )
    assert words_in_literals(source, vocabulary) == Counter({"der": 1, "die": 1, "und": 1, "oder": 1})


def test_closed_class_words_live_in_the_grammar_data() -> None:
    vocabulary = closed_class_words()
    excess = {}
    for path in sorted(EXTRACT.rglob("*.py")):
        name = path.relative_to(EXTRACT).as_posix()
        found = words_in_literals(path.read_text(encoding="utf-8"), vocabulary)
        beyond = found - ALLOWED.get(name, Counter())
        if beyond:
            excess[name] = dict(beyond)
    assert not excess, f"closed-class words as Python literals (move them to lexicons/grammar.yaml): {excess}"
