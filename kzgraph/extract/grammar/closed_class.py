"""Closed-class words (possessives, personal pronouns, articles, prepositions, conjunctions ...)
from the grammar data file (lexicons/grammar.yaml), typed, loaded once.

Every word list of the file's ``words`` section is declared in ``WORD_LISTS``: a list missing from
the file, one the code does not know, or one that is not a list of words is an error naming the
file and the key, when the file is first read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kzgraph.resources import LEXICON_DIR
from kzgraph.yaml_data import load_yaml


class GrammarDataError(ValueError):
    """The grammar data file is malformed (names the file and the entry)."""


@dataclass(frozen=True)
class Possessive:
    form: str
    possessor: str  # "m" or "f": the gender of whom it refers to
    cases: frozenset[str]  # of the possessed noun: nom, acc, dat, gen


@dataclass(frozen=True)
class Article:
    form: str
    nominative: str  # "einen" -> "ein"
    adjective_ending: str | None  # "einen neuen" -> "ein neuer": "er"; None: the adjective keeps its own
    strong: bool  # an adjective after it inflects strong
    noun_endings: tuple[str, ...] = ()  # "des" -> ("s", "es"): what a noun after it adds to its lemma


@dataclass(frozen=True)
class Calendar:
    weekdays: tuple[str, ...] = ()  # Montag first
    months: tuple[str, ...] = ()  # Januar first
    weekday_synonyms: Mapping[str, str] = field(default_factory=dict)  # "Sonnabend" -> "Samstag"
    month_synonyms: Mapping[str, str] = field(default_factory=dict)  # "Jänner" -> "Januar"
    relative_days: Mapping[str, int] = field(default_factory=dict)  # "gestern" -> -1


@dataclass(frozen=True)
class ClosedClass:
    possessives: Mapping[str, Possessive]
    subject_pronouns: Mapping[str, str]  # "er" -> "m"
    object_pronouns: Mapping[str, str]  # "ihn" -> "m"
    demonstrative_pronouns: Mapping[str, str] = field(default_factory=dict)  # "dieser" -> "m"
    relational_nouns: frozenset[str] = frozenset()  # "Nachfolge": a genitive name follows inside its phrase
    collective_actions: tuple[str, ...] = ()  # "putsch": "durch einen Militärputsch" names those who acted
    word_lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # the ``words`` section
    calendar: Calendar = Calendar()
    articles: Mapping[str, Article] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        """The word list ``name`` of the ``words`` section as a set ("definite_articles")."""
        return frozenset(self.word_list(name))

    def word_list(self, name: str) -> tuple[str, ...]:
        """The word list ``name`` in the file's order (for code that tries the words in turn)."""
        if name not in self.word_lists:
            raise GrammarDataError(f"{_FILE}: no word list {name!r} under 'words'")
        return self.word_lists[name]

    def possessor_gender(self, form: str) -> str | None:
        """ "seine" -> "m", "ihrer" -> "f"; None for a word that is no possessive."""
        found = self.possessives.get(form)
        return found.possessor if found is not None else None

    @property
    def determiners(self) -> frozenset[str]:
        """Possessives that cannot be genitive ("sein", "ihren"; not "seiner", "seines"): before a
        noun they are its determiner, not a genitive of someone else's noun."""
        return frozenset(f for f, p in self.possessives.items() if "gen" not in p.cases)

    @property
    def own(self) -> frozenset[str]:
        """Possessives of someone's own post ("sein Amt", "seines Amtes"): all but "seiner"/"ihrer",
        which are also the genitive of a pronoun ("ihrer gedenken")."""
        return self.determiners | frozenset(f for f, p in self.possessives.items() if p.cases == {"gen"})


_FILE = LEXICON_DIR / "grammar.yaml"

# The word lists of the ``words`` section, each read as a set of words (see grammar.yaml).
WORD_LISTS = (
    "list_conjunctions", "range_openers", "range_joiners", "attribute_negations", "pair_second_member",
    "title_complement_prepositions", "subject_articles", "accusative_only_articles",
    "possessive_subject_articles", "possessive_object_articles",
    "genitive_determiners",
    "phrase_opening_adjectives", "quantity_modifiers",
    "singular_masculine_determiners", "oblique_singular_determiners", "dative_prepositions",
    "oblique_definite_articles", "postpositions", "trailing_postpositions", "impersonal_pronouns",
    "bare_pronouns", "nominative_articles",
    "forward_prepositions", "no_event_year_words", "pluperfect_auxiliaries", "past_passive_auxiliaries",
    "future_words", "relative_d_words", "subordinating_conjunctions", "copulas", "coordinators",
    "first_person_words", "wie_blocking_pronouns", "modal_verbs", "werden_forms", "passive_auxiliaries",
    "subject_first_clause_openers", "adverbial_conjunctions", "oblique_relative_pronouns",
    "nominative_determiners", "accusative_determiners", "own_words", "source_prepositions", "von_forms",
    "von_or_genitive_articles", "genitive_articles", "definite_nominative_articles", "object_possessives",
    "dative_possessives", "to_role_words", "to_role_or_zu", "and_or", "title_place_prepositions",
    "neu_forms", "becoming_verbs",
    "becoming_verbs_bare", "award_period_nouns", "into_prepositions", "into_the_prepositions",
    "in_office_prepositions", "in_office_bare_prepositions", "masculine_to_role", "final_copula_not_after",
    "discourse_adverbs", "von_complement_heads", "hedges_active_sense", "haben_forms",
    "time_adjunct_prepositions", "academic_honorifics",
    "definite_accusative_articles", "naming_verbs", "named_things", "lead_in_topic_prepositions",
    "zum_zur", "with_prepositions", "an_prepositions", "period_nouns", "period_genitives",
    "counted_period_nouns",
    "question_complementisers",
    "time_adjunct_nouns", "day_part_nouns",
    "office_complement_openers", "in_forms", "aus_dem_determiners",
    "holder_openers", "accusative_articles", "masculine_accusative_articles", "dative_articles",
    "indefinite_dative_articles", "indefinite_genitive_articles", "gegen_articles", "genitive_numerals",
    "passive_participle_auxiliaries", "clause_auxiliaries", "attributive_determiners",
    "oblique_relatives", "lassen_forms", "agent_prepositions", "genitive_case_articles",
    "indefinite_articles_but_eine", "focus_particles", "masculine_accusative_determiners",
    "antecedent_particles", "body_heads_before_names",
    "neuter_pronouns", "speaker_pronouns", "always_oblique_determiners", "oblique_after_noun_determiners",
    "oblique_indefinite_articles", "not_count_modifiers", "past_copulas", "oblique_or_role_openers",
    "singular_verbs_without_t", "subject_articles", "perfect_auxiliaries",
    "oblique_definite_articles_with_der", "place_prepositions", "dative_plural_articles", "eigen_forms",
    "accusative_relatives", "nominative_or_accusative_relatives", "clause_conjunctions",
    "contrasting_words", "correcting_conjunctions", "concessive_prepositions", "subjunctive_auxiliaries",
    "description_articles", "origin_prepositions", "impersonal_pronouns",
    "oblique_pronouns", "sollen_forms", "auxiliary_infinitives", "reflexive_or_expletive",
    "pronoun_subjects", "feminine_nominative_articles", "plural_nominative_articles", "new_post_articles",
    "masculine_nominative_articles",
    "possession_determiners", "possession_continuers", "perfect_infinitive_auxiliaries",
    "membership_prepositions", "offence_object_openers", "zu_contractions", "eigen_oblique_forms",
    "dative_pronouns", "welch_relatives", "object_pronouns_before_subject", "name_particle_starts",
    "name_particles", "article_name_particles", "relative_words", "name_particle_articles",
    "no_speaker_words", "negation_words", "reason_conjunctions", "impersonal_origin_prepositions",
    "impersonal_manner_words",
    "another_words", "past_place_prepositions", "jahre_forms", "duration_nouns", "object_only_pronouns",
    "conjunctions_read_as_prepositions", "told_clause_conjunctions", "ministry_articles",
    "group_membership_prepositions", "bare_agent_prepositions",
    "stehen_forms", "document_pointers", "document_demonstrative_datives", "content_complementizers",
    "place_before_body_prepositions",
    "membership_body_openers", "capacity_words", "content_conjunctions",
    "taken_thing_pronouns", "pointing_back_pronouns",
)  # fmt: skip


def load(name: str) -> dict[str, Any]:
    """A lexicon file as a dict (read here, not through grammar.lexicon, which reads this module)."""
    with open(LEXICON_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        data = load_yaml(fh)
    if not isinstance(data, dict) or "version" not in data:
        raise GrammarDataError(f"{LEXICON_DIR / name}.yaml: no version key")
    return data


def _word_lists(section: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(section, dict):
        raise GrammarDataError(f"{_FILE}: 'words' must map list names to lists of words")
    for name in set(WORD_LISTS) - set(section):
        raise GrammarDataError(f"{_FILE}: words: the list {name!r} is missing")
    lists = {}
    for name, words in section.items():
        if name not in WORD_LISTS:
            raise GrammarDataError(f"{_FILE}: words: unknown list {name!r} (declare it in WORD_LISTS)")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise GrammarDataError(f"{_FILE}: words: {name!r} must be a list of words")
        lists[name] = tuple(words)
    return lists


def _articles(section: object) -> dict[str, Article]:
    if not isinstance(section, dict):
        raise GrammarDataError(f"{_FILE}: 'articles' must map article forms to their entries")
    found = {}
    for form, entry in section.items():
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("nominative"), str)
            or not isinstance(entry.get("strong"), bool)
            or not isinstance(entry.get("adjective_ending", ""), str)
            or not isinstance(entry.get("noun_endings", []), list)
        ):
            raise GrammarDataError(
                f"{_FILE}: article {form!r} needs a nominative and strong (true or false)"
            )
        nominative, ending, strong = entry["nominative"], entry.get("adjective_ending"), entry["strong"]
        found[form] = Article(form, nominative, ending, strong, tuple(entry.get("noun_endings", ())))
    return found


def _calendar(section: object) -> Calendar:
    def fail(what: str) -> GrammarDataError:
        return GrammarDataError(f"{_FILE}: calendar: {what}")

    if not isinstance(section, dict):
        raise fail("must be a mapping")
    weekdays, months = section.get("weekdays"), section.get("months")
    if not isinstance(weekdays, list) or len(weekdays) != 7 or not all(isinstance(w, str) for w in weekdays):
        raise fail("'weekdays' must list the seven weekdays, Monday first")
    if not isinstance(months, list) or len(months) != 12 or not all(isinstance(m, str) for m in months):
        raise fail("'months' must list the twelve months, January first")
    synonyms = {}
    for key, names in (("weekday_synonyms", weekdays), ("month_synonyms", months)):
        found = section.get(key, {})
        if not isinstance(found, dict) or not all(
            isinstance(k, str) and v in names for k, v in found.items()
        ):
            raise fail(f"{key!r} must map other names to names of the list")
        synonyms[key] = found
    relative = section.get("relative_days", {})
    if not isinstance(relative, dict) or not all(isinstance(v, int) for v in relative.values()):
        raise fail("'relative_days' must map words to a count of days")
    return Calendar(
        tuple(weekdays), tuple(months), synonyms["weekday_synonyms"], synonyms["month_synonyms"], relative
    )


@cache
def closed_class() -> ClosedClass:
    data = load("grammar")
    possessives = {}
    for form, entry in data["possessives"].items():
        if not isinstance(entry, dict) or entry.get("possessor") not in ("m", "f") or not entry.get("cases"):
            raise GrammarDataError(f"{_FILE}: possessive {form!r} needs a possessor (m or f) and cases")
        possessives[form] = Possessive(form, entry["possessor"], frozenset(entry["cases"]))
    pronouns = data["personal_pronouns"]
    relational = data.get("relational_nouns", [])
    if not isinstance(relational, list) or not all(isinstance(w, str) for w in relational):
        raise GrammarDataError(f"{_FILE}: relational_nouns must be a list of nouns")
    actions = data.get("collective_actions", [])
    if not isinstance(actions, list) or not all(isinstance(w, str) for w in actions):
        raise GrammarDataError(f"{_FILE}: collective_actions must be a list of noun endings")
    for kind in ("subject", "object", "demonstrative"):
        found = pronouns.get(kind, {}) if isinstance(pronouns, dict) else None
        if not isinstance(found, dict) or not all(g in ("m", "f") for g in found.values()):
            raise GrammarDataError(f"{_FILE}: personal_pronouns: {kind!r} must map pronouns to m or f")
    subject, obj = dict(pronouns["subject"]), dict(pronouns["object"])
    lists = _word_lists(data.get("words", {}))
    collective = tuple(a.lower() for a in actions)
    calendar = _calendar(data.get("calendar"))
    articles = _articles(data.get("articles"))
    return ClosedClass(
        possessives,
        subject,
        obj,
        demonstrative_pronouns=dict(pronouns.get("demonstrative", {})),
        relational_nouns=frozenset(relational),
        collective_actions=collective,
        word_lists=lists,
        calendar=calendar,
        articles=articles,
    )
