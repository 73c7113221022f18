"""spaCy's command-line package, imported when something uses it rather than with spaCy.

``import spacy`` imports ``spacy.cli`` (for ``spacy.info``), and with it typer, weasel, jinja2,
requests and every spaCy command: ~450 modules and 0.15–0.2 s of CPU in the start-up of every
kzgraph process, which never runs a spaCy command while it builds a graph. :func:`defer`, called
before spaCy is first imported, puts two placeholder modules under the names ``spacy.cli`` and
``spacy.cli.info``; the first use of anything in them (``spacy.info()``, ``spacy.cli.train``,
``from spacy.cli.train import train``) imports the real package in their place (PEP 562 module
``__getattr__`` and an import finder), so spaCy behaves as before for whoever uses its CLI.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from typing import Any

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


class _Placeholder(types.ModuleType):
    """Stands for ``spacy.cli`` or ``spacy.cli.info`` until an attribute is asked for."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system's questions (__spec__, __path__ ...)
            raise AttributeError(name)
        _load_real()
        return getattr(sys.modules[self.__name__], name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported on the first call."""
    _load_real()
    return sys.modules[_INFO].info(*args, **kwargs)


class _AlreadyLoaded(importlib.abc.Loader):
    """The loader of a module the real ``spacy.cli`` imported while its import was asked for."""

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return sys.modules[spec.name]

    def exec_module(self, module: types.ModuleType) -> None:
        pass


class _PlaceholderLoader(importlib.abc.Loader):
    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _Placeholder(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        if module.__name__ == _INFO:
            module.info = _info  # type: ignore[attr-defined]


class _Finder(importlib.abc.MetaPathFinder):
    """Placeholders for ``spacy.cli`` and ``spacy.cli.info`` until the real package is asked
    for; any other of its modules ("spacy.cli.train") imports the real package first."""

    def __init__(self) -> None:
        self.deferring = True

    def find_spec(
        self, fullname: str, path: Any, target: Any = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not self.deferring or not (fullname == _CLI or fullname.startswith(_CLI + ".")):
            return None
        if fullname in (_CLI, _INFO):
            package = fullname == _CLI
            spec = importlib.util.spec_from_loader(fullname, _PlaceholderLoader(), is_package=package)
            if spec is not None and package:
                spec.submodule_search_locations = [f"{folder}/cli" for folder in path or []]
            return spec
        _load_real()
        module = sys.modules.get(fullname)
        if module is None:
            return None  # not imported by the package itself: the usual finders find it
        origin = getattr(module.__spec__, "origin", None)
        return importlib.util.spec_from_loader(fullname, _AlreadyLoaded(), origin=origin)


_FINDER = _Finder()


def defer() -> None:
    """Defer spaCy's CLI, when spaCy is not imported yet."""
    if "spacy" not in sys.modules and _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


def _load_real() -> None:
    """Import the real ``spacy.cli`` (and ``spacy.cli.info``) in place of the placeholders.
    The finder stays in ``sys.meta_path`` (removing it during an import would make the import
    system skip another finder), answering nothing from then on."""
    if not _FINDER.deferring:
        return
    _FINDER.deferring = False
    if not isinstance(sys.modules.get(_CLI), _Placeholder):
        return  # spaCy's CLI was never imported: nothing stands in for it
    for name in (_INFO, _CLI):
        sys.modules.pop(name, None)
    importlib.import_module(_CLI)  # sets spacy.cli to the real package
