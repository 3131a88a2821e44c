"""ui/ talks to services and domain only: never the store, SQL or the network."""

from __future__ import annotations

import ast
from pathlib import Path

import genwerkt_desktop.ui

FORBIDDEN = ("genwerkt_desktop.store", "sqlalchemy", "sqlcipher3", "PySide6.QtNetwork")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def test_ui_never_imports_the_store() -> None:
    folder = Path(genwerkt_desktop.ui.__file__).parent
    offenders = [
        f"{path.relative_to(folder)}: {name}"
        for path in sorted(folder.rglob("*.py"))
        for name in _imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    ]
    assert offenders == []
