"""News adaptations of spaCy's German tokenizer (``spacy.blank("de")``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from kzgraph.nlp.lexicon import word_list

# A full stop glued between a number and a capitalised word ("im Jahr 1990.Dann"): news
# feeds lose the space after the period. Word.Word ("unterstützen.In") is already split by
# spaCy's German infix rules.
_EXTRA_INFIXES = [r"(?<=[0-9])\.(?=[A-ZÄÖÜ][a-zäöüß])"]
# A full stop after a year or any number of 4+ digits is never an ordinal ("im Jahr 2012."),
# nor after a number with thousands separators ("7.939."), so split it off and let the
# sentence splitter see a plain "." token.
_EXTRA_SUFFIXES = [r"(?<=[0-9]{4})\.", r"(?<=[.,][0-9]{3})\."]
_BRACKET_COLONS = frozenset({"):", "(:"})
NEWS_TOKENIZER = "kzgraph.NewsTokenizer.v1"


def news_rules(rules: dict[str, Any]) -> dict[str, Any]:
    """The special cases of the news tokenizer, from the language's ``rules``."""
    rules = dict(rules)
    for abbreviation in sorted(word_list("abbreviations.txt")):
        rules[abbreviation] = [{ORTH: abbreviation}]
    # spaCy's emoticons include "):" and "(:", which glue a closing bracket to the colon of a
    # lead-in ("sagte X (SPD): „…“"); in news that colon introduces the quotation
    return {orth: tokens for orth, tokens in rules.items() if orth not in _BRACKET_COLONS}


def _infixes(nlp: Language) -> list[str]:
    return list(nlp.Defaults.infixes or []) + _EXTRA_INFIXES


def _suffixes(nlp: Language) -> list[str]:
    return list(nlp.Defaults.suffixes or []) + _EXTRA_SUFFIXES


@spacy.registry.tokenizers(NEWS_TOKENIZER)
def news_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's tokenizer of the language with the news rules, made once (``model_load``)."""

    def make(nlp: Language) -> Tokenizer:
        prefixes = nlp.Defaults.prefixes
        return Tokenizer(
            nlp.vocab,
            rules=news_rules(nlp.Defaults.tokenizer_exceptions),
            prefix_search=compile_prefix_regex(prefixes).search if prefixes else None,
            suffix_search=compile_suffix_regex(_suffixes(nlp)).search,
            infix_finditer=compile_infix_regex(_infixes(nlp)).finditer,
            token_match=nlp.Defaults.token_match,
            url_match=nlp.Defaults.url_match,
        )

    return make


def customize_tokenizer(nlp: Language) -> None:
    """The news rules applied to a loaded pipeline's tokenizer."""
    tokenizer = nlp.tokenizer
    rules = news_rules(tokenizer.rules or {})
    # Each setter below loads every special case again (~1,100, 0.05-0.1 s each time): none
    # while the affixes change, then all at once with the final affixes, as spaCy would
    # after the last of them.
    tokenizer.rules = {}
    tokenizer.infix_finditer = compile_infix_regex(_infixes(nlp)).finditer
    tokenizer.suffix_search = compile_suffix_regex(_suffixes(nlp)).search
    tokenizer.rules = rules
