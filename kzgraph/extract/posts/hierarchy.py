"""Who is above whom: "X hat Y abgelöst" is a dismissal when X stands above Y (a body, "his"
minister, a post that appoints others), a replacement when X took Y's post."""

from __future__ import annotations

import re
from functools import cache

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import load
from kzgraph.extract.grammar.objects import persons_of
from kzgraph.extract.kinds.offices.extract import base_title, office_key
from kzgraph.extract.posts.stems import leads, post_stem


def office_of(ctx: ArticleContext, agent: Agent) -> str | None:
    """The first office title the article gives this person ("Präsident"); for an unnamed
    description ("Der Präsident"), its own title."""
    if agent.name is None:
        titles = [w for w in agent.label.split() if ctx.lx.is_title(w)]
        return base_title(titles[-1])[0].split("-")[-1] if titles else None
    for p in sorted(persons_of(ctx, agent)):
        for _, role in ctx.persons[p].roles:
            if ctx.lx.is_title(role):
                return base_title(role)[0].split("-")[-1]
    return None


def sole_office(ctx: ArticleContext, agent: Agent) -> str | None:
    """The post of a named person the article gives only one post ("Karl Roth war Innenminister"):
    what "entließ ihn" took from him. None when it gives several, or none."""
    titles = [base_title(t) for p in persons_of(ctx, agent) for t in ctx.titles_of(p)]
    posts = {title.split("-")[-1] for title, former in titles if not former}
    keys = {office_key(p) for p in posts}
    return next(iter(posts)) if len(keys) == 1 else None


# Possessives before a noun in the nominative/dative/accusative ("Ihr Nachfolger", "seinen Minister"),
# and the same with the genitive forms ("seines Amtes", "ihres Rücktritts"): grammar data.
POSSESSIVE_DETERMINERS = closed_class().determiners
OWN_POSSESSIVES = closed_class().own


def same_post(a: str, b: str) -> bool:
    """ "Kanzler" / "Kanzlerin", "Präsident des Instituts" / "Präsidentin des Instituts": one post."""
    return office_key(a) == office_key(b)


def post_named_by(title: str, post: str) -> bool:
    """Whether ``title`` ("Oberbefehlshaber", "Notenbankchef") names ``post`` ("Oberbefehlshaber der
    Streitkräfte", "Chef der Zentralbank"): the same post, that post without its genitive
    complement, its compound, or a name news use for the same post ("Konzernchef", "Vorstandschef")."""
    head, full = office_key(title), office_key(post)
    if head == full or full.startswith(head + " des ") or full.startswith(head + " der "):
        return True
    return _post_id(head) == _post_id(full)


_GENITIVE_POST = re.compile(r"^(\S+) (des|der) (\S+)$")
# feminine nouns that take a linking "s" in compounds: "Regierung" + "Chef" = "Regierungschef"
_LINKING_S = ("ung", "heit", "keit", "schaft", "ion", "tät")


def _compound(key: str) -> str:
    """ "chef der zentralbank" -> "zentralbankchef", "chef des geheimdienstes" -> "geheimdienstchef":
    a post with one genitive noun, as the compound news also use for it."""
    m = _GENITIVE_POST.match(key)
    if m is None:
        return key
    head, article, noun = m.groups()
    if article == "des":
        noun = noun[:-2] if noun.endswith("es") and len(noun) > 5 else noun.removesuffix("s")
    elif noun.endswith(_LINKING_S):
        noun += "s"
    return noun + head


@cache
def _synonym_groups() -> dict[str, int]:
    groups = load("offices").get("post_synonyms", [])
    return {_compound(office_key(title)): n for n, group in enumerate(groups) for title in group}


def _post_id(key: str) -> str | int:
    compound = _compound(key)
    return _synonym_groups().get(compound, compound)


def removes_subordinate(ctx: ArticleContext, agent: Agent | None, removed: Agent, k: int) -> bool:
    """ "X hat Y abgelöst" where X is above Y: X removed Y from office (a dismissal), not X took Y's
    post. An organisation or body always removes ("Der Verein löste Trainer Y ab"); a person
    does when Y is "his/her" office holder ("seinen Verteidigungsminister Y") or when X holds
    a post that appoints others (Präsident, Kanzler, Regierungschef ...) and Y another one.
    ``k`` is where the mention of Y starts."""
    if agent is None or removed.kind != AgentKind.PERSON:
        return False
    if agent.kind in (AgentKind.ORGANIZATION, AgentKind.GROUP):
        return True
    if agent.kind != AgentKind.PERSON:
        return False
    doc, lx = ctx.doc, ctx.lx
    title = None
    for j in range(k - 1, max(k - 5, -1), -1):
        word = doc[j]
        if lx.is_title(word.text):
            title = word.lower_
            continue
        if word.lower_ in POSSESSIVE_DETERMINERS:
            # "seinen Minister Y", not "seinen Chef Y" (a deputy who took over)
            return title is not None and not title.startswith("chef")
        if not (word.text[:1].islower() and word.is_alpha):
            break
    superior, subordinate = office_of(ctx, agent), office_of(ctx, removed)
    return (
        superior is not None
        and subordinate is not None
        and leads(post_stem(superior))
        and not same_post(superior, subordinate)
    )
