"""The house rule: imports point downwards only (docs/architecture.md#import-rules)."""

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
    # the OT API's codec, signing and client sit low, beside the providers ...
    "otapi": ("workstation.services", "workstation.ui", "workstation.runner", "workstation.store",
              "PySide6"),
    # ... its server is a face of the services, like the CLI and the GUI: never the store or a provider
    "otapi/server": ("workstation.ui", "workstation.runner", "workstation.store", "workstation.providers",
                     "PySide6", "sqlalchemy"),
    # the sandbox marketplace is an external peer: it may share the providers' plain types, never
    # the workstation's services, store, faces or Qt
    "sandbox": ("workstation.services", "workstation.ui", "workstation.runner", "workstation.store",
                "workstation.otapi", "workstation.core", "workstation.cli", "PySide6"),
    "services": ("workstation.ui", "workstation.runner", "PySide6", "shiboken6"),
    "runner": ("workstation.ui", "workstation.store", "workstation.providers"),
    "ui": ("workstation.store", "workstation.providers", "workstation.otapi", "sqlalchemy", "httpx"),
    "scanner": ("workstation.services", "workstation.ui", "workstation.store", "workstation.providers"),
}
# domain may import itself
ALLOWED_SELF = {"domain": "workstation.domain"}
# a layer nested in another is checked by its own rule only
NESTED = {"otapi": ("server",)}


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
    nested = [root / layer / inner for inner in NESTED.get(layer, ())]
    for path in sorted((root / layer).rglob("*.py")):
        if any(path.is_relative_to(n) for n in nested):
            continue
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


def test_a_nested_face_has_its_own_rule(tmp_path: Path) -> None:
    (tmp_path / "otapi" / "server").mkdir(parents=True)
    (tmp_path / "otapi" / "codec.py").write_text("import workstation.services.orders\n")
    (tmp_path / "otapi" / "server" / "face.py").write_text(
        "import workstation.services.orders\nfrom workstation.store.models import Order\n")
    assert violations("otapi", tmp_path) == ["otapi/codec.py:1 imports workstation.services.orders"]
    assert violations("otapi/server", tmp_path) == ["otapi/server/face.py:2 imports workstation.store.models"]
