"""The summary's facts about the graph that no saved query returns: SHACL status and
skipped articles. A build knows both and hands them over; a report of a stored graph
validates it (each article graph on its own, as `kzgraph validate` does) unless told not to,
and says that skipped articles are known only to the build that skipped them."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

AUTO_VALIDATE_MAX = 1000  # article graphs; above, validation (~0.1 s each) is left to --validate


@dataclass
class Shacl:
    state: str  # "conforms", "violations", "not checked"
    detail: str = ""


@dataclass
class GraphStatus:
    shacl: Shacl
    skipped: list[str] | None = None  # None: not known (report of a stored graph)
    notes: list[str] = field(default_factory=list)


def validate_store(store: ox.Store) -> Shacl:
    from kzgraph.validate import validate_graph
    from kzgraph.validate.graphs import store_graphs

    bad, checked = [], 0
    for name, graph in store_graphs(store):
        checked += 1
        outcome = validate_graph(graph)
        if not outcome.conforms:
            bad.append(f"{name}: {len(outcome.violations)} violation(s)")
    if bad:
        return Shacl("violations", f"{len(bad)} of {checked} article graph(s) do not conform: "
                     + "; ".join(bad[:10]) + (" …" if len(bad) > 10 else ""))
    return Shacl("conforms", f"all {checked} article graph(s) conform to the shapes")


def stored_status(store: ox.Store, validate: bool | None, articles: int) -> GraphStatus:
    """``validate``: True / False, or None for "when the graph is small enough"."""
    if validate is None:
        validate = articles <= AUTO_VALIDATE_MAX
        skipped_note = (f"not checked: {articles} article graphs (more than {AUTO_VALIDATE_MAX}); "
                        "run `kzgraph validate` or `kzgraph report --validate`")
    else:
        skipped_note = "not checked (--no-validate); run `kzgraph validate`"
    shacl = validate_store(store) if validate else Shacl("not checked", skipped_note)
    return GraphStatus(shacl, None, ["Skipped articles are known only to the build that read the corpus: "
                                     "`kzgraph build ... --report FILE` lists them."])


def build_status(problems: list, failed: list[str], invalid: list[tuple[str, str]], validated: bool,
                 incremental: bool = False) -> GraphStatus:
    """What a build knows: the articles it skipped (unreadable, or extraction failed) and
    its own validation of the article graphs it wrote."""
    skipped = [str(p) for p in problems if getattr(p, "is_fatal", True)]
    skipped += [f"extraction failed: {line}" for line in failed]
    if not validated:
        shacl = Shacl("not checked", "the build ran with --no-validate; run `kzgraph validate`")
    elif invalid:
        shacl = Shacl("violations", f"{len(invalid)} article graph(s) written by this build do not conform: "
                      + "; ".join(article for article, _ in invalid[:10]))
    else:
        shacl = Shacl("conforms", "every article graph this build wrote conforms to the shapes")
    notes = ["Articles unchanged since an earlier build into this store were not read again: their "
             "skipped status and validation are those of that build."] if incremental else []
    return GraphStatus(shacl, skipped, notes)
