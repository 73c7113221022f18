"""The packed string table read in place (kzgraph/nlp/packed_table.py): it answers as the dict
it was packed from, for present and absent keys, keys sharing a hash, and non-ASCII text."""

from __future__ import annotations

import mmap
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzgraph.nlp import disk_cache
from kzgraph.nlp.packed_table import PackedTable, is_packed, pack

ENTRIES = {
    "festgenommen\tVV(PP)": "festnehmen",
    "Straße": "Straße",
    "übergab": "übergeben",
    "": "leer",
    "x": "",
    "Zürich-Nord": "Ort 1 -2.5",
}


def test_answers_as_the_dict_it_was_packed_from() -> None:
    table = PackedTable(pack(ENTRIES))
    assert len(table) == len(ENTRIES)
    assert dict(table.items()) == ENTRIES and table == ENTRIES
    for key, value in ENTRIES.items():
        assert table.get(key) == value and table[key] == value and key in table
    for absent in ("festgenommen", "Strasse", "x\0", "übergab ", "y", "\ud800"):
        assert table.get(absent) is None and absent not in table
    with pytest.raises(KeyError):
        table["nicht da"]


def _same_crc() -> tuple[str, str]:
    """Two distinct keys with the same CRC-32 (found by search among short keys)."""
    seen: dict[int, str] = {}
    i = 0
    while True:
        key = f"w{i}"
        crc = zlib.crc32(key.encode())
        if crc in seen:
            return seen[crc], key
        seen[crc] = key
        i += 1


def test_keys_sharing_a_hash_are_told_apart_by_their_text() -> None:
    first, second = _same_crc()
    table = PackedTable(pack({first: "eins", second: "zwei", "a": "b"}))
    assert table.get(first) == "eins" and table.get(second) == "zwei"
    assert table.get(first + "x") is None


def test_empty_table_and_refused_input() -> None:
    assert PackedTable(pack({})) == {} and len(PackedTable(pack({}))) == 0
    with pytest.raises(ValueError):
        pack({"a\0b": "c"})
    data = pack(ENTRIES)
    assert is_packed(data) and not is_packed(b"KZ") and not is_packed(data[:30])
    with pytest.raises(ValueError):
        PackedTable(data[:-1])  # records cut short
    with pytest.raises(ValueError):
        PackedTable(b"not a table at all, not a table at all")


@given(st.dictionaries(st.text(st.characters(blacklist_characters="\0"), max_size=12), st.text(max_size=12)))
def test_any_dict_round_trips(entries: dict[str, str]) -> None:
    table = PackedTable(pack(entries))
    assert dict(table.items()) == entries
    for key in entries:
        assert table.get(key) == entries[key]


def test_cached_buffer_maps_the_written_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(folder))
    source = tmp_path / "source.txt"
    source.write_text("a=1", encoding="utf-8")
    built: list[int] = []

    def build() -> bytes:
        built.append(1)
        return pack(dict([source.read_text(encoding="utf-8").split("=")]))

    first = disk_cache.cached_buffer("t", source, build, is_packed)
    second = disk_cache.cached_buffer("t", source, build, is_packed)
    assert isinstance(first, mmap.mmap) and isinstance(second, mmap.mmap) and len(built) == 1
    assert PackedTable(first) == PackedTable(second) == {"a": "1"}
    (written,) = folder.iterdir()
    written.write_bytes(b"damaged")  # not a table: built and written again
    again = disk_cache.cached_buffer("t", source, build, is_packed)
    assert PackedTable(again) == {"a": "1"} and len(built) == 2
    monkeypatch.setenv(disk_cache.CACHE_ENV, "")  # cache off: nothing packed, the caller's own form
    assert disk_cache.cached_buffer("t", source, build, is_packed) is None and len(built) == 2
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(blocker / "cache"))  # cannot be made
    assert disk_cache.cached_buffer("t", source, build, is_packed) is None


GAZETTEERS = [
    {"LOC": {"Bad Muster"}, "TOWN": {"Bad Muster", "Bad Muster am See", "Muster"}},
    {"ORG": {"Muster  Werke", " Beispiel ", "", "\t", "Werke"}, "LAST": {"Werke", "Beispiel"}},
    {"FIRST": {"Anna"}, "LAST": {"Berg"}, "LOC": {"Bergen", "New York", "New York City", "York"}},
    {"ORG": {"Erste Zweite Dritte Vierte Fünfte Sechste", "Erste Zweite"}},
]
SENTENCES = [
    ["Bad", "Muster", "am", "See", "und", "Bad", "Muster", "."],
    ["Muster", "Werke", "Beispiel", "Beispiels", "", " ", "Werke", "Muster Werke"],
    ["Anna", "Bergs", "Berg", "flog", "nach", "New", "York", "City", "und", "New", "York", "."],
    ["Erste", "Zweite", "Dritte", "Vierte", "Fünfte", "Sechste", "Erste", "Zweite"],
]


@pytest.mark.parametrize("entries", GAZETTEERS)
def test_packed_gazetteer_answers_as_the_sets(entries: dict[str, set[str]]) -> None:
    from kzgraph.nlp.gazetteer import Gazetteer, PackedGazetteer

    sets = Gazetteer(entries)
    packed = PackedGazetteer(PackedTable(PackedGazetteer.pack(Gazetteer(entries))))
    for words in SENTENCES:
        assert packed.features(words) == sets.features(words), words
        assert [packed.word_bits(w) for w in words] == [sets.word_bits(w) for w in words]
