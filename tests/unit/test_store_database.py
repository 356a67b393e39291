"""StoreDatabase: Briefer's migrations run the same with its one-pass script splitter."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.db import _iter_complete_sql_statements

from briefer.store.connection import open_store
from briefer.store.database import StoreDatabase, script_statements
from briefer.store.migration_list import schema_objects as _schema_objects
from briefer.store.schema import SCHEMA_VERSION, migrations

SCRIPTS = (
    "CREATE TABLE a (x TEXT DEFAULT ';');\n  INSERT INTO a VALUES ('1;2');\n",
    "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 'y;'; END;\nSELECT 1;",
    "-- a comment; with a semicolon\nSELECT 1; SELECT 2",
    "",
    "   ",
)


def test_scripts_split_as_sqlite_utils_splits_them() -> None:
    for script in SCRIPTS:
        assert script_statements(script) == list(_iter_complete_sql_statements(script)), script


def test_the_migrations_build_the_same_schema_as_with_sqlite_utils_own_splitter(
    tmp_path: Path,
) -> None:
    ours, theirs = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    migrations.apply(StoreDatabase(ours))
    migrations.apply(Database(theirs))
    query = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    assert ours.execute(query).fetchall() == theirs.execute(query).fetchall()
    assert ours.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert _schema_objects(ours) == _schema_objects(theirs) != set()
    db = open_store(tmp_path / "store.sqlite")
    assert isinstance(db, StoreDatabase)
    db.close()
