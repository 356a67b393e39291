"""Small store set-ups for tests: a change to back up, what a copy holds, a demo fact pack,
a store holding one article's approved facts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefer.domain.model import Source
from briefer.services import Services, init_store
from briefer.store.connection import open_store
from briefer.store.sources import insert_source


def add_source(store: Path, title: str) -> None:
    """One committed change: a note source titled ``title``."""
    db = open_store(store, create=False)
    with db.atomic():
        insert_source(
            db, Source(id=None, uuid=f"src-{title}", kind="note", title=title, body=title)
        )
    db.close()


def source_titles(store: Path) -> set[str]:
    """The source titles a store (or a backup copy) holds, read with plain sqlite3."""
    conn = sqlite3.connect(store)
    try:
        return {r[0] for r in conn.execute("SELECT title FROM source")}
    finally:
        conn.close()


def demo_pack(demo_store: Path, work: Path) -> Path:
    """A fact pack of every approved fact of the demo store (89), exported from a copy of it
    by an editor, written into ``work``."""
    import shutil

    from briefer.sync.pack_export import export_pack

    source = work / "editor.sqlite"
    shutil.copyfile(demo_store, source)
    db = open_store(source)
    path = work / "all.pack"
    export_pack(db, path, creator="editor")
    db.close()
    return path


def services_with_approved(folder: Path, text: str, pair: str) -> Services:
    """Services on a new store in ``folder`` holding ``text`` imported as a user drops a file,
    its drafts for ``pair`` approved (the caller closes them)."""
    store = folder / "store.sqlite"
    init_store(store)
    services = Services(store)
    article = folder / "article.txt"
    article.write_text(text, encoding="utf-8")
    services.import_files([article])
    services.accept_facts(f.uuid for f in services.review_queue(pair))
    return services
