"""The core never imports Qt (DESIGN.md §2): only briefer/ui/ may."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import briefer

PACKAGE = Path(briefer.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_outside_ui_imports_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(path))
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


def test_render_and_ui_labels_take_display_text_from_text_not_assemble() -> None:
    """Display formatting lives in ``briefer.text``: rendering does not depend on assembly."""
    users = [*sorted((PACKAGE / "render").rglob("*.py")), PACKAGE / "ui" / "labels.py"]
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in users
        if any(name.startswith("briefer.assemble") for name in _imports(path))
    ]
    assert offenders == []


def test_brief_edit_rules_are_in_the_domain() -> None:
    """The Qt-free brief rules are domain modules; ``ui`` keeps only widgets and undo steps."""
    assert not (PACKAGE / "ui" / "editing.py").exists()
    assert not (PACKAGE / "ui" / "briefs.py").exists()
    assert not (PACKAGE / "ui" / "commands.py").exists()  # "commands" is CLI code
    for name in ("brief_edits.py", "brief_export.py"):
        assert not any(n.split(".")[0] == "PySide6" for n in _imports(PACKAGE / "domain" / name))


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


def test_split_modules_stay_under_500_lines() -> None:
    """The UI, the domain and text display stay small enough to read (data tables aside)."""
    folders = [PACKAGE / "ui", PACKAGE / "domain"]
    long = [
        f"{path.relative_to(PACKAGE)}: {len(_source(path).splitlines())}"
        for folder in folders
        for path in sorted(folder.rglob("*.py"))
        if len(_source(path).splitlines()) >= 500
    ]
    assert long == []


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
