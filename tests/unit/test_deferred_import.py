"""Third-party modules deferred at start-up (briefer/lazy.py ``defer_import``): their code runs
on first use, by any importer, once, and they behave as if imported normally."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from briefer.lazy import defer_import


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_a_briefer_process_does_not_run_dateutil_until_something_uses_it() -> None:
    out = _run(
        """
        import sys
        import briefer.services.base  # sqlite-utils loaded, as by every command
        print('dateutil.parser._parser' in sys.modules)
        from sqlite_utils import recipes  # sqlite-utils' own helper that needs it
        print(recipes.parsedate('25/3/1971', dayfirst=True))
        import dateutil.parser
        print(dateutil.parser.parse('2024-11-12').year, 'dateutil.parser._parser' in sys.modules)
        """
    )
    assert out.splitlines() == ["False", "1971-03-25", "2024 True"]


def test_deferred_module_runs_once_for_many_threads(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    package = tmp_path / "deferredpkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "slow.py").write_text(
        "import time\nRUNS = []\nRUNS.append(1)\ntime.sleep(0.2)\nVALUE = 42\n"
        "from deferredpkg.slow import VALUE as AGAIN  # its own name, while it runs\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "deferredpkg", raising=False)
    monkeypatch.delitem(sys.modules, "deferredpkg.slow", raising=False)
    defer_import("deferredpkg.slow")
    from deferredpkg import slow  # bound, not run

    assert "VALUE" not in vars(slow)
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(slow.VALUE)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [42] * 8
    assert slow.RUNS == [1] and slow.AGAIN == 42
    monkeypatch.delitem(sys.modules, "deferredpkg.slow")


def test_missing_or_already_imported_modules_are_left_alone() -> None:
    defer_import("no_such_module_here.sub")
    assert "no_such_module_here.sub" not in sys.modules
    before = sys.modules["json"]
    defer_import("json")
    assert sys.modules["json"] is before


def test_a_deferred_submodule_is_bound_on_its_package(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # ``import pkg.sub`` then ``pkg.sub.NAME``: the import finds the module in sys.modules and
    # binds nothing, so defer_import binds it on the package as a real import would.
    package = tmp_path / "deferredbind"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "sub.py").write_text("VALUE = 7\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    defer_import("deferredbind.sub")
    import deferredbind.sub  # type: ignore[import-not-found]

    assert deferredbind.sub.VALUE == 7
    monkeypatch.delitem(sys.modules, "deferredbind.sub")
    monkeypatch.delitem(sys.modules, "deferredbind")


def test_an_export_loads_reportlab_without_running_pillow() -> None:
    out = _run(
        """
        import sys
        import briefer.export.pdf  # ReportLab loaded, as by every export
        print(type(sys.modules['PIL.Image']).__name__)
        import PIL.Image
        from reportlab.lib.utils import ImageReader  # its own user, should a PDF draw one
        print(PIL.Image.new('RGB', (2, 3)).size, ImageReader is not None)
        """
    )
    assert out.splitlines() == ["_Deferred", "(2, 3) True"]
