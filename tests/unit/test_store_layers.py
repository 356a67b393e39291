"""The store's backups sit above its connection: the arrows inside ``briefer/store``.

Backups use connections, so the modules that open a store (connection, held, integrity,
failures) never import ``briefer.store.backups`` — not even inside a function; the backups
reach them through hooks. No module of the store or its backups imports another module's
private name, and each stays under 500 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import briefer.store

STORE = Path(briefer.store.__file__).parent
OPENING = ("connection.py", "held.py", "integrity.py", "failures.py", "hooks.py")
MAX_LINES = 500


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names imported from it) for every import in the file, wherever it is."""
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def test_the_modules_that_open_a_store_never_import_the_backups() -> None:
    offenders = [
        f"{name} imports {module}"
        for name in OPENING
        for module, names in _imports(STORE / name)
        if module.startswith("briefer.store.backups")
        or (module == "briefer.store" and "backups" in names)
    ]
    assert offenders == []


def test_no_private_names_cross_the_store_modules() -> None:
    offenders = [
        f"{path.relative_to(STORE)}: {module}.{name}"
        for path in STORE.rglob("*.py")
        for module, names in _imports(path)
        if module.startswith("briefer.")
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert offenders == []


def test_the_backups_modules_stay_small() -> None:
    sizes = {
        str(path.relative_to(STORE)): len(path.read_text(encoding="utf-8").splitlines())
        for path in [*(STORE / "backups").glob("*.py"), *(STORE / name for name in OPENING)]
    }
    assert {name: n for name, n in sizes.items() if n >= MAX_LINES} == {}
    assert len(sizes) >= 11  # catalogue, copying, retention, restore, advice, auto, guard, …
