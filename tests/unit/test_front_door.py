"""One front door: the command line and the UI reach the core only through the services.

Reads the import statements of the source files (not a running process), so a forbidden
import anywhere in a module, even inside a function, is found.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import briefer

PACKAGE = Path(briefer.__file__).parent
# What sits behind the services: only they (and the core itself) may import these.
BEHIND = {"store", "ingest", "packs", "sync", "export", "render"}


def _briefer_imports(path: Path) -> set[str]:
    """The briefer modules ``path`` imports, as dotted names."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.startswith("briefer."))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "briefer":
                names.update(f"briefer.{a.name}" for a in node.names)
            elif node.module.startswith("briefer."):  # "briefer" alone names no layer
                names.add(node.module)
    return names


def _reaching_behind(folder: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        behind = sorted(n for n in _briefer_imports(path) if n.split(".")[1] in BEHIND)
        if behind:
            found[str(path.relative_to(PACKAGE))] = behind
    return found


def test_the_command_line_calls_only_the_services() -> None:
    assert _reaching_behind("cli") == {}


def test_the_ui_calls_only_the_services() -> None:
    assert _reaching_behind("ui") == {}


def test_no_command_or_widget_is_handed_the_database() -> None:
    for folder in ("cli", "ui"):
        for path in (PACKAGE / folder).rglob("*.py"):
            assert ".db()" not in path.read_text(encoding="utf-8"), path


def test_services_are_typed_methods_not_a_proxy() -> None:
    from briefer.services import Services

    assert not hasattr(Services, "__getattr__")
    untyped = [
        name
        for name, member in inspect.getmembers(Services, inspect.isfunction)
        if not name.startswith("__") and "return" not in member.__annotations__
    ]
    assert untyped == []


def test_the_old_doors_are_gone() -> None:
    for old in (
        "services.py",
        "sync_service.py",
        "cli.py",
        "cli_output.py",
        "ingest/commands.py",
        "ingest/review.py",
        "packs/commands.py",
        "sync/commands.py",
        "store/backup_commands.py",
        "ui/lazy.py",
    ):
        assert not (PACKAGE / old).exists(), old


def test_service_and_command_modules_stay_small() -> None:
    for folder in ("services", "cli"):
        for path in (PACKAGE / folder).glob("*.py"):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            assert lines < 500, f"{path.name}: {lines} lines"


def test_arrows_point_down_to_the_services_and_below() -> None:
    """The core never calls up into the services, the CLI or the UI; the services never
    into the CLI or the UI. Only the entry points (``__main__``, ``app_launch``, the
    installer's ``selftest``) start from the top."""
    entry_points = {"__main__.py", "app_launch.py"}
    above = {"services": {"cli", "ui", "app_launch"}, "cli": set(), "ui": set()}
    upward: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if str(rel) in entry_points or rel.parts[0] == "selftest":
            continue
        layer = rel.parts[0] if len(rel.parts) > 1 else ""
        forbidden = above.get(layer, {"services", "cli", "ui", "app_launch"})
        found = sorted(n for n in _briefer_imports(path) if n.split(".")[1] in forbidden)
        if found:
            upward[str(rel)] = found
    assert upward == {}
