"""The main window's areas kept their Vietnamese: every string they translate in the
window's or the review pane's context is in the shipped catalogue (plural forms included).

The strings moved out of ``MainWindow`` and ``ReviewPane`` into the area modules and keep
their translation context, spelled out (``translate("MainWindow", …)``); this reads those
calls from the sources and asks the compiled Vietnamese catalogue for each.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import briefer
from briefer.resources import resource

UI = Path(briefer.__file__).parent / "ui"
AREAS = (
    "window_actions.py",
    "brief_files.py",
    "prepare.py",
    "prepare_edits.py",
    "editor_mode.py",
    "review_pane_layout.py",
)


def _calls(path: Path) -> list[tuple[str, str, bool]]:
    """(context, source, plural) of each ``translate("Context", "text", …)`` with literals."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        context, text = node.args[0], node.args[1]
        if (
            name == "translate"
            and isinstance(context, ast.Constant)
            and isinstance(text, ast.Constant)
        ):
            found.append((context.value, text.value, len(node.args) >= 4))
    return found


def test_area_strings_are_translated_in_vietnamese(qapp) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource("translations", "briefer_vi.qm")))
    calls = [call for name in AREAS for call in _calls(UI / name)]
    assert len(calls) > 80  # the areas' strings were found at all
    missing = []
    for context, text, plural in calls:
        if context not in ("MainWindow", "ReviewPane", "Commands"):
            continue
        for n in (1, 5) if plural else (-1,):
            if not translator.translate(context, text, "" if plural else None, n):
                missing.append(f"{context}: {text[:60]}")
    assert missing == []


@pytest.mark.parametrize("name", AREAS)
def test_areas_translate_in_the_old_contexts_only(name: str) -> None:
    """No area invents a context the catalogue does not have (its strings would show in
    English until the catalogue is refreshed and translated again)."""
    contexts = {context for context, _text, _plural in _calls(UI / name)}
    assert contexts <= {"MainWindow", "ReviewPane", "Commands"}


def _wrapper_context(tree: ast.Module) -> str | None:
    """The context of a module's ``_tr(text)`` helper (``translate("Context", text)``)."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and getattr(call.func, "attr", "") == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return str(call.args[0].value)
    return None


def _every_string(path: Path) -> list[tuple[str, str, bool]]:
    """(context, source, plural) for ``self.tr(…)`` (the class is the context),
    ``translate("Context", …)`` and a module's ``_tr(…)`` helper, with literal text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrapper = _wrapper_context(tree)
    found = list(_calls(path))
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for call in ast.walk(cls):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "tr"
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id == "self"
                and call.args
                and isinstance(call.args[0], ast.Constant)
            ):
                found.append((cls.name, call.args[0].value, len(call.args) >= 3))
    if wrapper is not None:
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and getattr(call.func, "id", "") == "_tr"
                and call.args
                and isinstance(call.args[0], ast.Constant)
            ):
                found.append((wrapper, call.args[0].value, False))
    return found


def test_every_interface_string_has_its_vietnamese(qapp) -> None:
    """Every literal string the interface translates is in the shipped Vietnamese catalogue
    (a string missing there shows in English in the Vietnamese interface)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource("translations", "briefer_vi.qm")))
    calls = [call for path in sorted(UI.rglob("*.py")) for call in _every_string(path)]
    assert len(calls) > 400  # the interface's strings were found at all
    missing = sorted(
        {
            f"{context}: {text[:70]}"
            for context, text, plural in calls
            for n in ((1, 5) if plural else (-1,))
            if not translator.translate(context, text, "" if plural else None, n)
        }
    )
    assert missing == []


def test_every_plural_reads_as_english_for_one_and_for_many(qapp) -> None:
    """A "%n fact(s)" string the interface counts with reads "1 fact" and "12 facts" through
    the English catalogue — never "12 approved fact(s)" (the status bar said so while its
    entry lacked plural forms)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource("translations", "briefer_en.qm")))
    calls = [call for path in sorted(UI.rglob("*.py")) for call in _every_string(path)]
    plurals = sorted({(context, text) for context, text, plural in calls if plural})
    assert len(plurals) > 5  # the counted strings were found at all
    wrong = []
    for context, text in plurals:
        for n in (1, 12):
            shown = (translator.translate(context, text, "", n) or text).replace("%n", str(n))
            if "(s)" in shown or (n == 12 and "%n" in text and str(n) not in shown):
                wrong.append(f"{context}: {shown}")
    assert wrong == []
    assert (
        translator.translate("MainWindow", "%n approved fact(s) without English", "", 12)
        == "%n approved facts without English"
    )
