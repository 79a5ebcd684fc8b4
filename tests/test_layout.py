"""The package's shape: one package per stage, imports only downwards and in no circle; the old
module paths still import; the library does what the `checklist` command does."""
from __future__ import annotations

import ast
import importlib
import sys
import warnings
from datetime import date
from pathlib import Path

import openpyxl
import pytest

import speechmine
from speechmine.moved import MOVED

PACKAGE = Path(speechmine.__file__).parent
DATA = Path(__file__).parent / "data"
STAGES = [("errors", "model", "writing", "locking", "lexicon", "lexicons"), ("analysis",), ("reading",),
          ("extract", "evaluate"), ("follow", "scale"), ("export",), ("tracking",),
          ("cli", "moved", "__init__")]
"""From the ground up: a module may import its own stage or a stage below it."""


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolved(name: str) -> str:
    """`speechmine.segment` -> `speechmine.analysis.segment` (an old path names the new module)."""
    parts = name.split(".")
    if len(parts) > 1 and parts[1] in MOVED:
        return ".".join(["speechmine", *MOVED[parts[1]].split("."), *parts[2:]])
    return name


def _imports(path: Path) -> set[str]:
    """The speechmine modules `path` imports (at the top or inside a function)."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            if base.split(".")[0] != "speechmine":
                continue
            for alias in node.names:   # `from . import tracking` names a module
                candidate = _resolved(f"{base}.{alias.name}")
                found.add(candidate if _is_module(candidate) else _resolved(base))
        elif isinstance(node, ast.Import):
            found |= {_resolved(a.name) for a in node.names if a.name.split(".")[0] == "speechmine"}
    return found - {module}


def _is_module(name: str) -> bool:
    relative = Path(*name.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").is_file() or (PACKAGE / relative / "__init__.py").is_file()


def _stage(module: str) -> int:
    top = module.split(".")[1] if "." in module else "__init__"
    return next(n for n, names in enumerate(STAGES) if top.removesuffix(".py") in names)


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "lexicons" not in p.parts)
GRAPH = {_module(p): {m for m in _imports(p) if _is_module(m)} for p in SOURCES}


def test_every_module_has_a_stage():
    for module in GRAPH:
        assert _stage(module) is not None, module


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_imports_go_downwards(module):
    upwards = sorted(m for m in GRAPH[module] if _stage(m) > _stage(module))
    assert not upwards, f"{module} imports a later stage: {upwards}"


def test_no_module_imports_itself_round_a_circle():
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            pytest.fail("circle: " + " -> ".join(path[path.index(module):] + [module]))
        if module in done:
            return
        for imported in sorted(GRAPH.get(module, ())):
            if imported != "speechmine":   # the package face imports everything, by design
                visit(imported, path + [module])
        done.add(module)

    for module in sorted(GRAPH):
        visit(module, [])


@pytest.mark.parametrize("old", sorted(MOVED))
def test_an_old_module_path_is_the_new_module_with_a_warning(old):
    new = importlib.import_module(f"speechmine.{MOVED[old]}")
    sys.modules.pop(f"speechmine.{old}", None)
    with pytest.warns(DeprecationWarning, match=f"speechmine.{old} moved to speechmine.{MOVED[old]}"):
        assert importlib.import_module(f"speechmine.{old}") is new


def test_result_graph_still_works_with_a_warning():
    result = speechmine.extract("各区县要在年底前完成道路改造。")
    with pytest.warns(DeprecationWarning, match="build_graph"):
        assert result.items[0].id in result.graph.nodes


def test_write_checklist_writes_then_updates_keeping_staff_entries(tmp_path):
    from speechmine.tracking import write_checklist

    result = speechmine.extract(DATA / "safety_plan.txt", date="2025-03-01")
    ledger = tmp_path / "台账.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        first = write_checklist([result], ledger, today=date(2025, 4, 1))
    assert first.startswith(f"wrote {ledger}: ") and first.endswith("overdue on 2025-04-01")
    workbook = openpyxl.load_workbook(ledger)
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[2]]
    sheet.cell(row=3, column=header.index("状态") + 1, value="推进中")
    workbook.save(ledger)
    second = write_checklist([result], ledger, today=date(2025, 4, 1))
    assert "保留" in second and "新增 0 项" in second
    sheet = openpyxl.load_workbook(ledger).worksheets[0]
    assert sheet.cell(row=3, column=header.index("状态") + 1).value == "推进中"
    assert (tmp_path / "台账.xlsx.bak").exists()


def test_write_checklist_refuses_several_speeches_in_a_plain_format(tmp_path):
    result = speechmine.extract(DATA / "safety_plan.txt")
    from speechmine.tracking import write_checklist

    with pytest.raises(speechmine.SpeechmineError, match="several speeches make one ledger"):
        write_checklist([result, result], tmp_path / "tasks.docx")
    assert not (tmp_path / "tasks.docx").exists()
