"""Each module-level name of the package is bound once: a pattern defined twice silently
replaces the first for every user, which no type checker or linter reports."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).parents[1] / "src" / "pipeline").rglob("*.py"))


def _bound_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = sorted(name for name, n in Counter(_bound_names(tree)).items() if n > 1)
    assert twice == []


def test_a_name_bound_twice_is_found() -> None:
    tree = ast.parse("import re\n_A = re.compile('a')\n\ndef f() -> None: ...\n_A = 1\n")
    assert Counter(_bound_names(tree))["_A"] == 2
