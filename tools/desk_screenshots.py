"""Screenshots of the editor's desk (review queue and pane) in Vietnamese and English.

    QT_QPA_PLATFORM=offscreen uv run python tools/desk_screenshots.py
    xvfb-run -a uv run python tools/desk_screenshots.py          # with a real X server

Everything runs in a scratch folder (its own Briefer home, store and settings): a demo
store, one demo article imported again so its drafts show as duplicates, the Curate tab
on a draft with a figure. The pictures go to ``docs/screenshots/desk-vi.png`` and
``desk-en.png`` (or ``--out FOLDER``). The test suite never writes them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "ingest" / "seeds"


def _wait(app, until, timeout: float = 20.0) -> None:
    import time

    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise SystemExit("the window did not get ready in time")
        app.processEvents()
        time.sleep(0.01)


def shoot(lang: str, out: Path, scratch: Path) -> Path:
    from briefer.services import init_store
    from briefer.ui import settings as keys
    from briefer.ui.app import Controller, close_services, ensure_application
    from briefer.ui.settings import open_settings

    app = ensure_application([])
    home = scratch / lang
    home.mkdir()
    os.environ["BRIEFER_HOME"] = str(home)
    store = home / "store.sqlite"
    init_store(store, demo=True)
    settings = open_settings()
    settings.setValue(keys.UI_LANGUAGE, lang)
    settings.sync()
    controller = Controller(store)
    window = controller.build_window()
    window.resize(1500, 1080)
    window.show()
    window.start()
    _wait(app, lambda: window.is_ready)
    article = sorted(SEED.glob("001_*.txt"))[0]
    copy = home / "bai-bao.txt"
    shutil.copyfile(article, copy)
    curate = window.editor_mode.curate
    window.editor_mode.import_articles([str(copy)])
    _wait(app, lambda: bool(curate.last_import) and curate.is_loaded and not curate.loading)
    review = curate.review
    # A figure the store already has: the pane shows the duplicate and the verdicts.
    row = next(
        r
        for r in range(review.model.rowCount())
        if review.model.fact_at(r).kind == "figure" and review.model.item_at(r).matches
    )
    review.select_uuids([review.model.fact_at(row).uuid])
    review._current(review.proxy.mapFromSource(review.model.index(row, 0)))
    review.pane.accept_suggestion()  # Enter: the English suggestion, shown in the preview
    review.pane.focus_statement()
    for _ in range(20):
        app.processEvents()
    target = out / f"desk-{lang}.png"
    window.grab().save(str(target))
    window.close()
    window.runner.wait()
    close_services(controller.services)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="briefer-desk-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    try:
        for lang in ("vi", "en"):
            print(shoot(lang, args.out, scratch))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
