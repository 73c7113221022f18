"""One named person of an article as the names finder records it: the longest form of the name,
the title words and ages seen with it, its gender, and the aliases later mentions use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kzgraph.extract.grammar.lexicon import lexicons
from kzgraph.nlp.person_names import hyphen_particle_surname


@dataclass
class PersonRecord:
    name: str  # the longest form seen: "Kassym-Schomart Tokajew"
    tokens: tuple[str, ...]
    gender: str | None = None  # "m" | "f" | None
    roles: list[tuple[int, str]] = field(default_factory=list)  # (token index of the role word, role word)
    starts: list[int] = field(default_factory=list)  # where a name was introduced after a role
    ages: set[str] = field(default_factory=set)

    def to_data(self) -> dict[str, Any]:
        """Plain data (strings, ints, lists), as the pipeline keeps it on the Doc (``doc._.kz_persons``)."""
        return {
            "name": self.name,
            "tokens": list(self.tokens),
            "gender": self.gender,
            "roles": [list(r) for r in self.roles],
            "starts": list(self.starts),
            "ages": sorted(self.ages),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> PersonRecord:
        """A fresh record from :meth:`to_data` (each article context gets its own to fill in)."""
        return cls(
            data["name"],
            tuple(data["tokens"]),
            data["gender"],
            [(int(i), str(role)) for i, role in data["roles"]],
            list(data["starts"]),
            set(data["ages"]),
        )

    @property
    def surname(self) -> tuple[str, ...]:
        # "Ursula von der Leyen" -> ("von", "der", "Leyen"); "Xi Jinping" -> ("Jinping",)
        toks = self.tokens
        for k, t in enumerate(toks[1:], 1):
            if t[:1].islower():
                return toks[k:]
        return toks[-1:]

    def aliases(self) -> list[tuple[str, ...]]:
        out = [self.tokens]
        sur = self.surname
        if sur != self.tokens:
            out.append(sur)
        out.append((*sur[:-1], sur[-1] + "s"))
        if self.tokens != sur:
            out.append((*self.tokens[:-1], self.tokens[-1] + "s"))
        lx = lexicons()
        # East Asian order (family name first): "Xi Jinping" is later just "Xi".
        first = self.tokens[0]
        if len(self.tokens) == 2 and len(first) <= 3 and first not in lx.male | lx.female:
            out.append((first,))
        # Korean names come in three short syllables: "Yoon Suk Yeol" is later "Yoon"
        elif (
            len(self.tokens) == 3
            and all(len(t) <= 5 for t in self.tokens)
            and not any(t in lx.male | lx.female for t in self.tokens)
        ):
            out.append((first,))
        bare = hyphen_particle_surname(sur[-1])
        if bare:  # "Samir al-Haddad" is later "Haddad", "Haddads"
            out += [(bare,), (bare + "s",)]
        # A surname with particles opens a sentence capitalised: "Von der Leyen sagte ...".
        out += [(a[0].capitalize(), *a[1:]) for a in out if a[0][:1].islower()]
        return out
