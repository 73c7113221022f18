"""Maps the repository's top-level data folders into the package.

``ontology/``, ``shapes/``, ``queries/`` and ``examples/`` stay at the top of the repository (they
are part of the design, read by people and tools that are not Python), yet every install needs them:
they become the data-only packages ``kzgraph.ontology``, ``kzgraph.shapes``, ``kzgraph.queries`` and
``kzgraph.examples``. A wheel copies them into ``kzgraph/``; an editable install maps the names to the
folders. ``kzgraph/resources.py`` finds them through ``importlib.resources``. Everything else about
the package is declared in pyproject.toml; only this mapping needs code (a declarative
``packages.find`` cannot be combined with extra mapped packages).
"""

from setuptools import find_namespace_packages, setup

DATA_FOLDERS = ("ontology", "shapes", "queries", "examples")

setup(
    packages=find_namespace_packages(include=["kzgraph*"])
    + [f"kzgraph.{folder}" for folder in DATA_FOLDERS],
    package_dir={f"kzgraph.{folder}": folder for folder in DATA_FOLDERS},
)
