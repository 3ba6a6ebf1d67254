"""The house rule: imports point downwards only (ARCHITECTURE.md, STYLE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "workstation"

# layer -> what it must never import (prefixes of absolute module names)
FORBIDDEN = {
    "domain": ("workstation.", "PySide6", "sqlalchemy", "httpx", "lxml"),
    "store": ("workstation.services", "workstation.ui", "workstation.runner", "workstation.providers",
              "PySide6"),
    "providers": ("workstation.services", "workstation.ui", "workstation.runner", "workstation.store",
                  "PySide6"),
    "otapi": ("workstation.services", "workstation.ui", "workstation.runner", "workstation.store",
              "PySide6"),
    "services": ("workstation.ui", "workstation.runner", "PySide6", "shiboken6"),
    "runner": ("workstation.ui", "workstation.store", "workstation.providers"),
    "ui": ("workstation.store", "workstation.providers", "workstation.otapi", "sqlalchemy", "httpx"),
    "scanner": ("workstation.services", "workstation.ui", "workstation.store", "workstation.providers"),
}
# domain may import itself
ALLOWED_SELF = {"domain": "workstation.domain"}


def imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def violations(layer: str, root: Path) -> list[str]:
    bad = []
    for path in sorted((root / layer).rglob("*.py")):
        for line, module in imports_of(path):
            if layer in ALLOWED_SELF and module.startswith(ALLOWED_SELF[layer]):
                continue
            if any(module == f.rstrip(".") or module.startswith(f if f.endswith(".") else f + ".")
                   or module == f for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(root)}:{line} imports {module}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_downwards(layer: str) -> None:
    assert violations(layer, PACKAGE) == []


def test_the_checker_catches_an_upward_import(tmp_path: Path) -> None:
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "bad.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "bad.py").write_text("import workstation.store.models\n")
    (tmp_path / "domain").mkdir()
    (tmp_path / "domain" / "ok.py").write_text("from workstation.domain import money\n")
    assert violations("services", tmp_path) == ["services/bad.py:1 imports PySide6.QtCore"]
    assert violations("ui", tmp_path) == ["ui/bad.py:1 imports workstation.store.models"]
    assert violations("domain", tmp_path) == []
