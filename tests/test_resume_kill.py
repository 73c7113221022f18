"""A build killed with SIGKILL after k article graphs (in the middle of writing the next one:
its triples in the store, its hash not), then run again, ends in the same store as an
uninterrupted build: person merging depends only on the set of names, not on which articles were
stored first (fake extraction: hand-made facts, so the test is about the build, not the NLP)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kzgraph.extract.facts import Agent, AgentKind, ArticleFacts, PersonMention, Statement
from kzgraph.reading.article import Article
from tests.factories import evidence

PROJECT_ROOT = Path(__file__).resolve().parent.parent  # the checkout

# Two full names of one surname, equally long and compatible ("Anna ..."), the first named more
# often: a tie broken by counts picks another canonical name in a resumed build.
SPEAKERS = {"k1": ["Anna Mario Weber"] * 3, "k2": ["Anna Maria Weber"], "k3": ["Weber"],
            "k4": ["Stefan Olm", "Olm"], "k5": ["Stefan Olmo"], "k6": ["Weber", "Olm"]}


def article(article_id: str) -> Article:
    return Article(id=article_id, text=" ".join(f"„Ja“, sagte {n}." for n in SPEAKERS[article_id]))


def facts(article_id: str) -> ArticleFacts:
    text = article(article_id).text
    found = ArticleFacts(article_id=article_id)
    for name in SPEAKERS[article_id]:
        agent = Agent(AgentKind.PERSON, name, name)
        fragment = f"„Ja“, sagte {name}."
        found.persons.append(PersonMention(evidence(article_id, fragment, "person.ner", text), agent))
        said = evidence(article_id, fragment, "statement.direct", text)
        found.statements.append(Statement(said, agent, "Ja"))
    return found


SCRIPT = """
import os, signal, sys
from pathlib import Path
import kzgraph.build, kzgraph.execution.tasks, kzgraph.store.bulk
from kzgraph.build import build_corpus
from kzgraph.execution.tasks import Extracted
from kzgraph.reading import content_hash
from kzgraph.store.embedded import open_store
from tests.test_resume_kill import SPEAKERS, article, facts

kill_after = int(sys.argv[2])
kzgraph.build.BATCH_QUADS = 1  # one article per batch
real = kzgraph.store.bulk.settle_labels
written = []

def settle(*args):
    if len(written) == kill_after:  # the batch's graphs are in, its labels and hashes not yet
        os.kill(os.getpid(), signal.SIGKILL)
    written.append(1)
    return real(*args)

kzgraph.store.bulk.settle_labels = settle
kzgraph.execution.tasks.extract_one = lambda a, model=None: Extracted(a, facts(a.id), content_hash(a))
build_corpus([article(i) for i in SPEAKERS], open_store(Path(sys.argv[1])))
"""


def run_build(store: Path, kill_after: int = -1) -> int:
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(store), str(kill_after)], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, -signal.SIGKILL), done.stderr[-2000:]
    return done.returncode


def quads(directory: Path) -> set[ox.Quad]:
    return set(ox.Store(str(directory)))


@pytest.mark.slow
def test_a_build_killed_after_k_graphs_and_resumed_equals_an_uninterrupted_one(tmp_path: Path) -> None:
    assert run_build(tmp_path / "reference") == 0
    reference = quads(tmp_path / "reference")
    labels = {q.object.value for q in reference if q.predicate.value.endswith("#label")}
    assert "Anna Maria Weber" in labels and "Anna Mario Weber" not in labels  # one Weber, by name
    for k in range(len(SPEAKERS)):
        store = tmp_path / f"killed-{k}"
        assert run_build(store, kill_after=k) == -signal.SIGKILL
        assert run_build(store) == 0
        assert quads(store) == reference, f"killed after {k} graph(s)"
