"""The core never depends on Qt: it must run (and be tested) without a display."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "app" / "core"
FORBIDDEN = ("PySide6", "app.ui", "shiboken6")


def _imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_sources_never_import_qt_or_ui():
    offenders = [
        f"{path.relative_to(CORE.parent.parent)}: {name}"
        for path in CORE.rglob("*.py")
        for name in _imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    ]
    assert offenders == []


def test_core_loads_without_pulling_qt_in():
    """Importing every core module (as the command line does) leaves PySide6 unloaded."""
    modules = sorted(
        ".".join(path.relative_to(CORE.parent.parent).with_suffix("").parts).removesuffix(".__init__")
        for path in CORE.rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(any(m.startswith(('PySide6', 'app.ui')) for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
