"""Where the project's data files live: ontology, shapes, saved queries, lexicons, models, examples.

The one place that locates data. Everything is found through ``importlib.resources``, so a wheel
install, an editable install and a checkout read the same files. ``ontology/``, ``shapes/``,
``queries/`` and ``examples/`` sit at the top of the repository; setup.py installs them as the data
packages ``kzgraph.ontology``, ``kzgraph.shapes``, ``kzgraph.queries`` and ``kzgraph.examples``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def package_folder(package: str) -> Path:
    """The folder of an installed package, as a real path (pyshacl, rdflib and spaCy read paths)."""
    try:
        folder = resources.files(package)
    except ModuleNotFoundError as err:  # a source tree on sys.path, never installed
        raise RuntimeError(f"kzgraph's data package {package} is not installed: "
                           "run `pip install -e .` in the checkout (or install the wheel)") from err
    if not isinstance(folder, Path):  # e.g. a zipped install: no folder to hand to other libraries
        raise RuntimeError(f"kzgraph needs its package data as files on disk; {package} is in {folder}")
    return folder


_PACKAGE = package_folder("kzgraph")

ONTOLOGY_FILE = package_folder("kzgraph.ontology") / "kzgraph.ttl"
SHAPES_DIR = package_folder("kzgraph.shapes")
QUERIES_DIR = package_folder("kzgraph.queries")
EXAMPLES_DIR = package_folder("kzgraph.examples")
LEXICON_DIR = _PACKAGE / "extract" / "lexicons"
NLP_DIR = _PACKAGE / "nlp"
NLP_DATA_DIR = NLP_DIR / "data"
NLP_MODEL_DIR = NLP_DIR / "model"
NER_CONFIG = NLP_DIR / "ner.cfg"
CRF_MODEL = NLP_DATA_DIR / "crf_ner.crfsuite"
DEFAULT_STORE = Path(".kzgraph") / "store"  # relative to the working directory
