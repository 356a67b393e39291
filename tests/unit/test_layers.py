"""The layers of DESIGN.md §2, checked on the source: which package may import which, no
private name imported across modules, no import cycles, and Qt only in ``briefer/ui/``.

Every import counts, also one inside a function: a deferred import is still an arrow.
``docs/architecture.md`` draws the same matrix.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

import briefer

PACKAGE = Path(briefer.__file__).parent

# The foundation: small modules every layer may use (errors, the clock, limits, paths,
# durable writes, bundled resources, the lazy-attribute helper).
BASE = {"errors", "clock", "limits", "paths", "lazy", "durable", "resources", "batches"}

# Which layer may import which (besides itself and the foundation). A layer is a top-level
# module or package of ``briefer``; the foundation's modules are each their own layer.
ALLOWED: dict[str, set[str]] = {
    **{name: BASE - {name} for name in BASE},
    "text": set(),
    "domain": {"text"},
    "store": {"domain", "text"},
    "ingest": {"domain", "text"},
    "assemble": {"domain", "text"},
    "render": {"domain", "text"},
    "export": {"render", "domain", "text"},
    "packs": {"domain", "text"},
    "sync": {"store", "packs", "domain", "text"},
    "services": {
        "store",
        "ingest",
        "assemble",
        "render",
        "export",
        "packs",
        "sync",
        "domain",
        "text",
    },
    "ui": {"services", "domain", "text"},
    # the installed bundle's own end-to-end check: it may reach every layer
    "selftest": {
        "services",
        "store",
        "ingest",
        "assemble",
        "render",
        "export",
        "packs",
        "sync",
        "domain",
        "text",
        "ui",
    },
    "app_launch": {"ui", "services", "domain", "text"},
    "__main__": {"cli"},
    "__init__": {"lazy"},
    "cli": {"services", "domain", "text", "app_launch", "selftest"},
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


@cache
def _imports(path: Path) -> tuple[tuple[str, tuple[str, ...], int, bool], ...]:
    """(module imported, names taken from it, line, type-only) for every import in the file,
    relative imports made absolute. Type-only: under ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = parts[:-1]  # for a package's __init__ too: its package is itself
    type_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")
        for child in node.body
        for inner in ast.walk(child)
    }
    found: list[tuple[str, tuple[str, ...], int, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((a.name, (), node.lineno, id(node) in type_only) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join((*base, module) if module else base)
            names = tuple(alias.name for alias in node.names)
            found.append((module, names, node.lineno, id(node) in type_only))
    return tuple(found)


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _resolve(module: str, names: tuple[str, ...], known: dict[str, Path]) -> list[str]:
    """The briefer modules an import reaches: ``from briefer.store import facts`` reaches
    ``briefer.store.facts`` as well as the package."""
    reached = [module] if module in known else []
    reached += [f"{module}.{n}" for n in names if f"{module}.{n}" in known]
    return reached


def test_each_layer_imports_only_the_layers_below_it() -> None:
    known = _modules()
    wrong = []
    for module, path in known.items():
        layer = _layer(module)
        allowed = ALLOWED.get(layer)
        assert allowed is not None, f"{module}: layer {layer!r} is not in the matrix"
        for target, names, line, _typing in _imports(path):
            if not target.startswith("briefer"):
                continue
            for reached in _resolve(target, names, known) or [target]:
                other = _layer(reached)
                if other == layer or (other == "__init__" and reached == "briefer"):
                    continue
                if other not in allowed and other not in BASE:
                    wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line} {layer} → {other}")
    assert wrong == [], "\n".join(wrong)


def test_no_private_name_is_imported_from_another_module() -> None:
    known = _modules()
    wrong = []
    for module, path in known.items():
        for target, names, line, _typing in _imports(path):
            if not target.startswith("briefer") or target == module:
                continue
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            private += [p for p in target.split(".") if p.startswith("_") and p != "__main__"]
            if private:
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line} {target} {private}")
    assert wrong == [], "\n".join(wrong)


def test_there_are_no_import_cycles() -> None:
    """Between modules, counting every import that runs (also inside functions); an import
    under ``if TYPE_CHECKING:`` only names a type (a widget's parent window) and is left out."""
    known = _modules()
    graph: dict[str, set[str]] = {m: set() for m in known}
    for module, path in known.items():
        for target, names, _line, typing_only in _imports(path):
            if typing_only:  # names a type for the checker; no import-time dependency
                continue
            for reached in _resolve(target, names, known):
                # a package's __init__ re-exporting its own modules is not a cycle of ideas
                if reached != module and not module.startswith(reached + "."):
                    graph[module].add(reached)
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" → ".join([*stack[stack.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert cycles == [], "\n".join(cycles)


def test_no_module_outside_ui_imports_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(t.split(".")[0] in ("PySide6", "shiboken6") for t, _n, _l, _t in _imports(path))
    ]
    assert offenders == []


def test_core_imports_with_qt_blocked() -> None:
    """Import every core module in a fresh interpreter where importing PySide6 fails."""
    core = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "ui" and path.name not in ("__main__.py",)
    ]
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for name in {core!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_modules_stay_small() -> None:
    """Under 500 lines, data tables aside (a module that is mostly one literal)."""
    tables = {"ingest/country_table.py"}
    big = []
    for path in PACKAGE.rglob("*.py"):
        rel = str(path.relative_to(PACKAGE))
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines >= 500 and rel not in tables:
            big.append(f"{rel}: {lines}")
    assert sorted(big) == [], "\n".join(sorted(big))


def test_render_and_ui_labels_take_display_text_from_text_not_assemble() -> None:
    """Display formatting lives in ``briefer.text``: rendering does not depend on assembly."""
    users = [*sorted((PACKAGE / "render").rglob("*.py")), PACKAGE / "ui" / "labels.py"]
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in users
        if any(t.startswith("briefer.assemble") for t, _n, _l, _t in _imports(path))
    ]
    assert offenders == []


def test_brief_edit_rules_are_in_the_domain() -> None:
    """The Qt-free brief rules are domain modules; ``ui`` keeps only widgets and undo steps."""
    assert not (PACKAGE / "ui" / "editing.py").exists()
    assert not (PACKAGE / "ui" / "briefs.py").exists()
    assert not (PACKAGE / "ui" / "commands.py").exists()  # "commands" is CLI code
    for name in ("brief_edits.py", "brief_export.py"):
        assert not any(
            t.split(".")[0] == "PySide6" for t, _n, _l, _t in _imports(PACKAGE / "domain" / name)
        )


def _source(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_window_areas_are_composed_not_grafted() -> None:
    """The main window builds its areas and wires them with signals: no area takes the
    window's centre, looks actions or menus up by name, or calls the window's private names."""
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        text = _source(path)
        for pattern in ("takeCentralWidget(", "menuBar().actions()", "window._", "w._"):
            if pattern in text:
                offenders.append(f"{path.relative_to(PACKAGE)}: {pattern}")
    assert offenders == []


def test_one_grouping_by_conflict_key_and_one_edited_fact() -> None:
    """Grouping by conflict key lives in ``domain.conflicts``; reading a fact form back lives in
    ``ui.fact_fields``: nobody else builds either."""
    groupers = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "conflicts.py"
        and "setdefault(key, []).append(fact)" in _source(path)
        and "conflict_key" in _source(path)
    ]
    assert groupers == []
    readers = [
        str(path.relative_to(PACKAGE))
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        if path.name != "fact_fields.py" and "value=parse_value(" in _source(path)
    ]
    assert readers == []
