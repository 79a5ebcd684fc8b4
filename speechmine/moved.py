"""Old names that still work, with a DeprecationWarning naming the new one.

- Module paths: the modules were sorted into one package per stage (reading, analysis, export,
  tracking, scale); `speechmine.segment` is `speechmine.analysis.segment`, and so on (`MOVED`).
- `Result.graph`: the model does not build graphs; use `speechmine.export.graph.build_graph(result)`.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import warnings
from types import FrameType

from .model import Result

MOVED = {
    **{name: f"analysis.{name}" for name in (
        "assign", "dates", "dictionary", "directives", "enrich", "items", "labels", "normalise", "numbering",
        "parties", "quantities", "segment", "structure", "suggest", "targets", "timing")},
    "docx_reader": "reading.word",
    "pdf_reader": "reading.pdf",
    "reflow": "reading.reflow",
    "checklist": "export.checklist",
    "graph": "export.graph",
    "ledger": "tracking.ledger",
    "batch": "scale.batch",
    "distributed": "scale.distributed",
    "preload": "scale.preload",
    "spacy_component": "scale.spacy_component",
}
"""Old module name (under `speechmine.`) -> its place now."""


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds `speechmine.OLD` and hands out the module at its new place (the same object)."""

    def find_spec(self, fullname, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        if package != __package__ or name not in MOVED:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        new = f"{__package__}.{MOVED[spec.name.rpartition('.')[2]]}"
        importer = _importer()
        if importer is not None and not importer.f_globals.get("__name__", "").startswith(f"{__package__}."):
            # the warning is the importer's (shown by default when that is __main__); speechmine's
            # own modules that still use an old path are not the user's to fix
            warnings.warn_explicit(f"{spec.name} moved to {new}", DeprecationWarning,
                                   importer.f_code.co_filename, importer.f_lineno,
                                   module=importer.f_globals.get("__name__"),
                                   registry=importer.f_globals.setdefault("__warningregistry__", {}))
        return importlib.import_module(new)

    def exec_module(self, module):
        """Nothing to run: the module at its new place is already loaded."""


def _importer() -> FrameType | None:
    """The frame of the `import` statement being served: the first one outside the import system."""
    frame = sys._getframe(1)
    while frame is not None and (frame.f_code.co_filename.startswith("<frozen importlib")
                                 or frame.f_globals.get("__name__") in (__name__, "importlib")):
        frame = frame.f_back
    return frame


def _result_graph(result: Result):
    """Deprecated `Result.graph`: the task graph of `result`."""
    warnings.warn("Result.graph is deprecated: use speechmine.export.graph.build_graph(result)",
                  DeprecationWarning, stacklevel=2)
    from .export.graph import build_graph

    return build_graph(result)


def install() -> None:
    """Put the finder on `sys.meta_path` and `Result.graph` on the model, once."""
    if not any(isinstance(finder, _Alias) for finder in sys.meta_path):
        sys.meta_path.append(_Alias())
    Result.graph = property(_result_graph)
