"""Start-up cuts: tables read from the user's cache directory as they are parsed from the shipped
files, and spaCy's CLI imported when it is used, not with spaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kzgraph.nlp import disk_cache
from kzgraph.nlp.gazetteer import (
    GAZETTEER_FILE,
    Gazetteer,
    PackedGazetteer,
    _load_gazetteer_file,
    read_sections,
)
from kzgraph.nlp.hanta_table import TABLE_FILE, _parse, hanta_version, load_table
from kzgraph.nlp.lexicon import DATA_DIR


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(folder))
    return folder


def _table(path: Path) -> dict[str, list[str]]:
    return {"words": path.read_text(encoding="utf-8").split()}


def _valid(value: object) -> bool:
    return isinstance(value, dict)


def test_cached_table_is_what_the_source_says(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("a b c", encoding="utf-8")
    parsed: list[int] = []

    def build() -> dict[str, list[str]]:
        parsed.append(1)
        return _table(source)

    assert disk_cache.cached("words", source, build, _valid) == {"words": ["a", "b", "c"]}
    assert disk_cache.cached("words", source, build, _valid) == {"words": ["a", "b", "c"]}
    assert len(parsed) == 1 and len(list(cache.iterdir())) == 1
    source.write_text("a b c d", encoding="utf-8")  # a changed source is parsed again
    assert disk_cache.cached("words", source, build, _valid) == {"words": ["a", "b", "c", "d"]}
    assert len(parsed) == 2 and len(list(cache.iterdir())) == 1  # the old copy is gone


def test_damaged_or_foreign_cache_file_is_parsed_again(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("x y", encoding="utf-8")
    disk_cache.cached("words", source, lambda: _table(source), _valid)
    (written,) = cache.iterdir()
    written.write_bytes(b"\x00 not marshal")
    assert disk_cache.cached("words", source, lambda: _table(source), _valid) == {"words": ["x", "y"]}
    written.write_bytes(__import__("marshal").dumps([1, 2]))  # wrong shape: not used
    assert disk_cache.cached("words", source, lambda: _table(source), _valid) == {"words": ["x", "y"]}


def test_unwritable_or_disabled_cache_only_parses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "words.txt"
    source.write_text("x", encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(blocker / "cache"))  # under a file: cannot be made
    assert disk_cache.cached("words", source, lambda: _table(source), _valid) == {"words": ["x"]}
    monkeypatch.setenv(disk_cache.CACHE_ENV, "")
    assert disk_cache.cache_dir() is None
    assert disk_cache.cached("words", source, lambda: _table(source), _valid) == {"words": ["x"]}


def test_gazetteer_from_the_cache_answers_as_the_parsed_one(cache: Path) -> None:
    path = DATA_DIR / GAZETTEER_FILE
    if not path.exists():
        pytest.skip("no gazetteer shipped")
    parsed = Gazetteer(read_sections(path))
    _load_gazetteer_file.cache_clear()
    try:
        written = _load_gazetteer_file(GAZETTEER_FILE)  # packed, written to the cache
        assert [p.name.split("-")[1] for p in cache.iterdir()] == ["packed"]
        _load_gazetteer_file.cache_clear()
        mapped = _load_gazetteer_file(GAZETTEER_FILE)  # mapped from there
    finally:
        _load_gazetteer_file.cache_clear()
    assert isinstance(mapped, PackedGazetteer)
    singles = sorted({w for _bit, words in parsed.state()[0] for w in words})
    phrases = sorted({p for _bit, names in parsed.state()[1] for p in names})
    words = singles[::997] + [w + "s" for w in singles[::1999]]
    words += ["Anna", "Berlin", "Koch", "sagte", "", " ", "a b"]
    for gazetteer in (written, mapped):
        assert [gazetteer.word_bits(w) for w in words] == [parsed.word_bits(w) for w in words]
    for phrase in phrases[::301] + ["New York City", "Los Angeles"]:
        tokens = ["Am", *phrase.split(" "), "sagte", "er"]
        assert mapped.features(tokens) == parsed.features(tokens), phrase


def test_hanta_table_from_the_cache_equals_the_parsed_one(cache: Path) -> None:
    if not (DATA_DIR / TABLE_FILE).is_file():
        pytest.skip("no HanTa table shipped")
    path = DATA_DIR / TABLE_FILE
    written = load_table()  # parsed, written to the cache as two packed tables
    assert sorted(p.name.split("-")[1] for p in cache.iterdir()) == ["analyses", "lemmas"]
    mapped = load_table()  # mapped from there
    analyses, lemmas = _parse(path, hanta_version())
    for table in (written, mapped):
        assert dict(table.analyses.items()) == analyses and dict(table.lemmas.items()) == lemmas
    assert analyses and lemmas
    word = sorted(analyses)[len(analyses) // 2]
    parts = analyses[word].split()
    expected = [(int(t), float(p)) for t, p in zip(parts[::2], parts[1::2], strict=True)]
    assert mapped.candidates(word) == expected
    for damaged in cache.iterdir():  # cut short: packed again from the source
        damaged.write_bytes(damaged.read_bytes()[:1000])
    assert dict(load_table().lemmas.items()) == lemmas


def test_clusters_from_the_cache_answer_as_the_archive(cache: Path) -> None:
    import numpy

    from kzgraph.nlp.clusters import CLUSTER_FILE, _load_clusters_file, _read_archive

    path = DATA_DIR / CLUSTER_FILE
    if not path.exists():
        pytest.skip("no cluster table shipped")
    archive = _read_archive(path)
    _load_clusters_file.cache_clear()
    try:
        written = _load_clusters_file(CLUSTER_FILE)  # inflated, written to the cache
        assert len(list(cache.iterdir())) == 1
        _load_clusters_file.cache_clear()
        from_cache = _load_clusters_file(CLUSTER_FILE)  # read from it
    finally:
        _load_clusters_file.cache_clear()
    for table in (written, from_cache):
        for column in ("keys", "paths", "prob_buckets"):
            assert numpy.array_equal(getattr(table, column), getattr(archive, column))
            assert getattr(table, column).dtype == numpy.uint64
    for word in ("Polizei", "Almaty", "die", "Xqzvw-unbekannt"):
        assert from_cache.prob_bucket(word) == archive.prob_bucket(word)
    (cache_file,) = cache.iterdir()
    cache_file.write_bytes(__import__("marshal").dumps((b"x" * 8, b"", b"")))  # wrong shape: parsed again
    _load_clusters_file.cache_clear()
    try:
        assert numpy.array_equal(_load_clusters_file(CLUSTER_FILE).keys, archive.keys)
    finally:
        _load_clusters_file.cache_clear()


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()


def test_spacy_cli_is_not_imported_with_spacy() -> None:
    out = _run(
        "import sys, kzgraph.cli, spacy, kzgraph.nlp; "
        "print('typer' in sys.modules, 'spacy.cli.init_config' in sys.modules)"
    )
    assert out == "False False"


def test_importing_kzgraph_as_a_library_leaves_spacy_alone() -> None:
    out = _run(
        "import sys, kzgraph, kzgraph.nlp; print('typer' in sys.modules or 'spacy.cli' in sys.modules)"
    )
    assert out == "True"


def test_spacy_cli_works_when_used() -> None:
    code = (
        "import kzgraph.cli, spacy, sys\n"
        "from spacy.cli.train import train\n"
        "import spacy.cli\n"
        "print(callable(train), spacy.cli.train is sys.modules['spacy.cli.train'],"
        " callable(spacy.cli.download), 'pipelines' in spacy.info())"
    )
    assert _run(code) == "True True True True"
    assert _run("import kzgraph.cli, spacy.cli; print(callable(spacy.cli.init_config))") == "True"


def test_hanta_reachability_from_the_cache_equals_hanta_s_own(cache: Path) -> None:
    from HanTa import HanoverTagger

    from kzgraph.nlp.tagger import HANTA_MODEL, _hanta_tagger

    own = HanoverTagger.HanoverTagger(HANTA_MODEL)
    computed = _hanta_tagger()  # computed, written to the cache
    assert [p.name.split("-")[1] for p in cache.iterdir()] == ["reachability"]
    from_cache = _hanta_tagger()
    for tagger in (computed, from_cache):
        assert tagger.reachability == own.reachability and tagger.atomic_class == own.atomic_class
    words = ["Die", "Polizei", "nahm", "zwei", "Verdächtige", "fest", "."]
    assert from_cache.tag_sent(words) == own.tag_sent(words)


def test_without_a_cache_directory_the_tables_are_used_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(disk_cache.CACHE_ENV, "")
    if (DATA_DIR / TABLE_FILE).is_file():
        table = load_table()
        assert isinstance(table.analyses, dict) and len(table.lemmas) > 100_000
    if (DATA_DIR / GAZETTEER_FILE).exists():
        _load_gazetteer_file.cache_clear()
        try:
            gazetteer = _load_gazetteer_file(GAZETTEER_FILE)
        finally:
            _load_gazetteer_file.cache_clear()
        assert type(gazetteer) is Gazetteer and gazetteer.word_bits("Berlin")


def test_copies_unused_for_a_month_are_removed_when_a_table_is_written(cache: Path, tmp_path: Path) -> None:
    import os
    import time

    cache.mkdir()
    gone = cache / "words-0123456789abcdef-0123456789abcdef.marshal"  # a deleted checkout's copy
    other = cache / "words-fedcba9876543210-fedcba9876543210.marshal"  # another checkout, in use
    unrelated = cache / "names-0123456789abcdef-0123456789abcdef.marshal"  # another table: left
    for path in (gone, other, unrelated):
        path.write_bytes(b"x")
    month_ago = time.time() - disk_cache.UNUSED_FOR - 3600
    os.utime(gone, (month_ago, month_ago))
    os.utime(unrelated, (month_ago, month_ago))
    source = tmp_path / "words.txt"
    source.write_text("a b", encoding="utf-8")
    disk_cache.cached("words", source, lambda: _table(source), _valid)
    assert not gone.exists() and other.exists() and unrelated.exists()


def test_a_copy_in_use_is_marked_as_used(cache: Path, tmp_path: Path) -> None:
    import os
    import time

    source = tmp_path / "words.txt"
    source.write_text("a b", encoding="utf-8")
    disk_cache.cached("words", source, lambda: _table(source), _valid)
    (written,) = cache.iterdir()
    week_ago = time.time() - 7 * 24 * 3600
    os.utime(written, (week_ago, week_ago))
    assert disk_cache.cached("words", source, lambda: _table(source), _valid) == {"words": ["a", "b"]}
    assert time.time() - written.stat().st_mtime < 3600
