"""Mutations of real articles: what scrapers, editors and broken exports do to news text.

Each mutation takes the text and a seeded ``random.Random`` and returns new text; a case is
one source article with a few mutations, then written as a ``.txt`` or ``.jsonl`` file in
one of several encodings. Everything is deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

# Sentence ends for cutting text into sentences: punctuation, an optional closing quote, spaces.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"“”»]?\s+")

Mutation = Callable[[str, random.Random], str]


def _sentences(text: str) -> list[str]:
    parts = [p for p in _SENTENCE_END.split(text) if p.strip()]
    return parts or [text]


def _join(sentences: list[str]) -> str:
    return " ".join(sentences)


def drop_sentence(text: str, rng: random.Random) -> str:
    s = _sentences(text)
    if len(s) > 1:
        del s[rng.randrange(len(s))]
    return _join(s)


def duplicate_sentence(text: str, rng: random.Random) -> str:
    s = _sentences(text)
    k = rng.randrange(len(s))
    s.insert(rng.randrange(len(s) + 1), s[k])
    return _join(s)


def swap_sentences(text: str, rng: random.Random) -> str:
    s = _sentences(text)
    i, j = rng.randrange(len(s)), rng.randrange(len(s))
    s[i], s[j] = s[j], s[i]
    return _join(s)


def _insert_at_word(text: str, rng: random.Random, piece: str) -> str:
    spaces = [m.start() for m in re.finditer(" ", text)] or [len(text)]
    at = rng.choice(spaces)
    return text[:at] + piece + text[at:]


def insert_brackets(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    if len(words) < 3:
        return "(" + text
    kind = rng.choice(["span", "open", "close", "square", "nested"])
    i = rng.randrange(len(words) - 1)
    j = min(len(words), i + rng.randint(1, 40))
    if kind == "span":
        words[i], words[j - 1] = "(" + words[i], words[j - 1] + ")"
    elif kind == "open":
        words[i] = "(" + words[i]
    elif kind == "close":
        words[i] = words[i] + ")"
    elif kind == "square":
        words[i], words[j - 1] = "[" + words[i], words[j - 1] + "]"
    else:
        words[i], words[j - 1] = "((" + words[i], words[j - 1] + ")"
    return " ".join(words)


def long_parenthesis(text: str, rng: random.Random) -> str:
    """A parenthesis of many plain words and commas after a speech verb or anywhere (defect 1)."""
    words = [w.strip(".,;:!?()„“\"»«") for w in text.split() if w.isalpha()]
    inner = ", ".join(" ".join(rng.choices(words or ["und"], k=rng.randint(5, 12))) for _ in range(6))
    piece = f" ({inner})"
    m = re.search(r"\b(sagte|erklärte|teilte)\b[^.]*?(?=[.,])", text)
    if m and rng.random() < 0.7:
        return text[: m.end()] + piece + text[m.end() :]
    return _insert_at_word(text, rng, piece)


_QUOTES = ["„", "“", "”", '"', "»", "«", "‚", "‘", "'", "„„", "“„"]


def insert_quotes(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 6)):
        text = _insert_at_word(text, rng, " " + rng.choice(_QUOTES))
    return text


_CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\u200b", "\u202e", "\ufeff",
             "\u2028", "\r", "\t", "\x85"]


def insert_controls(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 8)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(_CONTROLS))
    return "".join(chars)


def long_token(text: str, rng: random.Random) -> str:
    size = rng.choice([200, 1000, 3000, 5000])
    kind = rng.choice(["letters", "quotes", "url", "dashes", "compound"])
    if kind == "letters":
        token = "".join(rng.choices("abcdefghijklmnopqrstuvwxyzäöüß", k=size))
    elif kind == "quotes":
        token = rng.choice(["„", '"', "“", "'"]) * size
    elif kind == "url":
        token = "https://example.org/" + "/".join("seg" + str(k) for k in range(size // 6))
    elif kind == "dashes":
        token = rng.choice(["-", "=", ".", "_", "*"]) * size
    else:
        token = "Bundes" + "verwaltungs" * (size // 11) + "gesetz"
    return _insert_at_word(text, rng, " " + token)


def headline(text: str, rng: random.Random) -> str:
    words = [w for w in text.split() if w[:1].isupper()][:4] or ["Eilmeldung"]
    return " ".join(rng.sample(words, len(words))) + "\n\n" + text


def list_of_names(text: str, rng: random.Random) -> str:
    names = ["Anna Berg", "Karl Weiß", "Jonas Roth", "Lea Stein", "Minister Paul Hahn",
             "Ex-Präsident Ole Lind"]
    chosen = rng.sample(names, rng.randint(2, 5))
    verb = rng.choice(["trafen sich", "wurden festgenommen", "traten zurück", "sagten"])
    piece = ", ".join(chosen[:-1]) + " und " + chosen[-1] + " " + verb + "."
    s = _sentences(text)
    s.insert(rng.randrange(len(s) + 1), piece)
    return _join(s)


def person_twice(text: str, rng: random.Random) -> str:
    name = rng.choice(
        ["Innenministerin Eva Falk", "Ministerpräsident Timo Brandt", "Justizminister Ali Demir"]
    )
    s = _sentences(text)
    s.insert(rng.randrange(len(s) + 1), f"{name} äußerte sich am Abend.")
    s.insert(rng.randrange(len(s) + 1), f"Auch {name} war anwesend.")
    return _join(s)


MUTATIONS: dict[str, Mutation] = {
    "drop": drop_sentence,
    "duplicate": duplicate_sentence,
    "swap": swap_sentences,
    "brackets": insert_brackets,
    "long_parenthesis": long_parenthesis,
    "quotes": insert_quotes,
    "controls": insert_controls,
    "long_token": long_token,
    "headline": headline,
    "names": list_of_names,
    "person_twice": person_twice,
}

# How a case is written: the container and its bytes.
ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "cp1252", "latin-1", "crlf", "mojibake", "utf-16"]
DATES = [None, None, "2022-01-08", "2022-01", "0001-01-01", "0000-01", "9999-12-31", "2022-02-30", "gestern"]


@dataclass(frozen=True)
class Case:
    number: int
    source: str  # the source article's id
    mutations: tuple[str, ...]
    file_name: str
    data: bytes


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    if encoding == "mojibake":  # UTF-8 bytes read as Windows-1252 and saved again as UTF-8
        return text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    return text.encode(encoding, errors="replace")


def _jsonl(article_id: str, text: str, date: str | None, rng: random.Random) -> str:
    obj: dict[str, object] = {"id": article_id, "text": text}
    if date is not None:
        obj["date"] = date
    line = json.dumps(obj, ensure_ascii=rng.random() < 0.5)
    if rng.random() < 0.2:  # a lone surrogate escape in the id or text (defect 3)
        line = line.replace('"text": "', '"text": "\\ud800', 1) if rng.random() < 0.5 else line.replace(
            f'"id": "{article_id}', f'"id": "{article_id}\\udc80', 1
        )
    return line + "\n"


def make_case(number: int, source_id: str, text: str, rng: random.Random) -> Case:
    names = rng.sample(sorted(MUTATIONS), rng.randint(1, 3))
    for name in names:
        text = MUTATIONS[name](text, rng)
    date = rng.choice(DATES)
    article_id = f"fuzz-{number:05d}"
    if rng.random() < 0.3:
        data = _jsonl(article_id, text, date, rng).encode("utf-8")
        return Case(number, source_id, tuple(names), f"{article_id}.jsonl", data)
    encoding = rng.choice(ENCODINGS)
    body = (f" date {date} " if date else "") + text
    return Case(number, source_id, (*names, encoding), f"{article_id}.txt", _encode(body, encoding))
