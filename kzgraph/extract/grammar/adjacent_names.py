"""Split two person names that stand side by side and read as one candidate.

After a finite verb or a conjunction the subject's and the object's names can touch ("soll
Vorname Name Nachname ablösen", "entließ Name Vorname Nachname"); the person finder's cues
read them as one name. The checks here decide where such a run splits into two names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from kzgraph.extract.grammar.lexicon import Lexicons

# a candidate name: its words, where it starts, the role word before it and that word's index
NameCandidate = tuple[tuple[str, ...], int, str | None, int]


def split_adjacent_names(
    cands: list[NameCandidate], tokens: Sequence[Token], lx: Lexicons
) -> list[NameCandidate]:
    """Two names side by side read as one ("soll Lena Marquardt Ostholt ablösen": subject and
    object after the finite verb or a conjunction): a name of three words or more right after a
    verb or a conjunction, whose last word is the surname of another full name of the article
    with another first name, and whose other words are a first name and a surname, is split into
    those two names. Three words with two first names ("Anna Lena Ostholt") and a name after a
    title or article (a double surname: "die Anwältin Maria Berger Ostholt") stay one name."""
    first_names = lx.gender_of  # the full first-name table, not only the short gender lists
    full_names: dict[str, set[tuple[str, ...]]] = {}
    for toks, *_ in cands:
        if len(toks) > 1:
            full_names.setdefault(toks[-1], set()).add(toks)
    out: list[NameCandidate] = []
    for toks, start, role, role_i in cands:
        rest = toks[:-1]
        others = full_names.get(toks[-1], set()) if len(toks) >= 3 else set()
        before = tokens[start - 1].tag_ if start > 0 else ""
        if (
            (before.startswith("V") or before in ("KOUS", "KON"))
            and any(o[0] != toks[0] and o[-2:] != toks[-2:] for o in others)
            and rest[0] in first_names
            and rest[-1] not in first_names
        ):
            out += [(rest, start, role, role_i), ((toks[-1],), start + len(rest), None, -1)]
        elif _surname_then_full_name(toks, before, first_names, after_title=_after_role(tokens, start, lx)):
            # "entließ Merkel Norbert Röttgen": a subject by surname, then the object's full name
            out += [(toks[:1], start, role, role_i), (toks[1:], start + 1, None, -1)]
        else:
            out.append((toks, start, role, role_i))
    return out


def _after_role(tokens: Sequence[Token], start: int, lx: Lexicons) -> bool:
    """The name at ``start`` follows a title or role noun that follows a finite verb ("entließ
    Landrat X")."""
    return start > 1 and lx.is_role(tokens[start - 1].text) and tokens[start - 2].tag_.endswith("FIN")


def _surname_then_full_name(
    toks: tuple[str, ...], before: str, first_names: Mapping[str, str], *, after_title: bool = False
) -> bool:
    """Three words right after a finite verb or a title, the first no first name, the second one:
    a surname alone (the subject after the verb) and a full name ("entließ Merkel Norbert
    Röttgen", "entließ Landrat Koch Tobias Brandt")."""
    return (
        len(toks) == 3
        and (before.endswith("FIN") or after_title)
        and toks[0] not in first_names
        and toks[1] in first_names
        and toks[2] not in first_names
    )
