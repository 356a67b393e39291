"""Small store set-ups for tests: a change to back up, what a copy holds, a demo fact pack,
a store holding one article's approved facts."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from briefer.domain.brief import Brief
from briefer.domain.model import Source
from briefer.services import Services, init_store
from briefer.store.briefs import load_brief
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


def brief_after_upgrade(
    services: Services,
    brief_uuid: str,
    undo: Callable[[sqlite3.Connection], object],
    migration: str,
    version: int,
) -> Brief:
    """Brief ``brief_uuid`` as read after an upgrade from a store an older Briefer left:
    ``services`` closed, ``undo`` given the store to put back what ``migration`` (not
    applied, ``user_version`` ``version``) changes, the store opened again."""
    path = services.store_path
    services.close()
    conn = sqlite3.connect(path)
    undo(conn)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [migration])
    conn.execute(f"PRAGMA user_version = {int(version)}")
    conn.commit()
    conn.close()
    db = open_store(path)
    try:
        upgraded = load_brief(db, brief_uuid)
    finally:
        db.close()
    assert upgraded is not None
    return upgraded
