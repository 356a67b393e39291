"""Keeps the folded shadow columns and their FTS5 index in step with the text they fold.

The app folds in Python (``briefer.text.fold``: tone marks, case, and đ/Đ/Ð → d, which
SQLite's unicode61 tokenizer cannot do) and writes the result beside the original text.
The FTS5 tables use those columns as external content; this module writes their rows,
always inside the caller's transaction, because triggers cannot (trusted_schema is off).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from briefer.text.fold import fold


def fact_folded(statement_vi: str, statement_en: str) -> dict[str, str]:
    return {"folded_vi": fold(statement_vi), "folded_en": fold(statement_en)}


def source_folded(title: str, body: str) -> dict[str, str]:
    return {"folded_title": fold(title), "folded_body": fold(body)}


def index_fact(db: Database, fact_id: int, folded_vi: str, folded_en: str, pair: str) -> None:
    db.execute(
        "INSERT INTO fact_fts (rowid, folded_vi, folded_en, pair) VALUES (?, ?, ?, ?)",
        [fact_id, folded_vi, folded_en, pair],
    )


def unindex_fact(db: Database, fact_id: int) -> None:
    """Remove a fact from the index; call before its folded columns change or it is deleted."""
    row = db.execute(
        "SELECT folded_vi, folded_en, pair FROM fact WHERE id = ?", [fact_id]
    ).fetchone()
    if row is not None:
        db.execute(
            "INSERT INTO fact_fts (fact_fts, rowid, folded_vi, folded_en, pair) "
            "VALUES ('delete', ?, ?, ?, ?)",
            [fact_id, row[0], row[1], row[2]],
        )


def index_source(db: Database, source_id: int, folded_title: str, folded_body: str) -> None:
    db.execute(
        "INSERT INTO source_fts (rowid, folded_title, folded_body) VALUES (?, ?, ?)",
        [source_id, folded_title, folded_body],
    )


def unindex_source(db: Database, source_id: int) -> None:
    row = db.execute(
        "SELECT folded_title, folded_body FROM source WHERE id = ?", [source_id]
    ).fetchone()
    if row is not None:
        db.execute(
            "INSERT INTO source_fts (source_fts, rowid, folded_title, folded_body) "
            "VALUES ('delete', ?, ?, ?)",
            [source_id, row[0], row[1]],
        )


def rebuild_search(db: Database) -> None:
    """Refold every row and rebuild both indexes (migrations, repair, bulk loads)."""
    conn = db.conn
    facts: list[Any] = conn.execute("SELECT id, statement_vi, statement_en FROM fact").fetchall()
    conn.executemany(
        "UPDATE fact SET folded_vi = ?, folded_en = ? WHERE id = ?",
        [(fold(vi), fold(en), fid) for fid, vi, en in facts],
    )
    sources: list[Any] = conn.execute("SELECT id, title, body FROM source").fetchall()
    conn.executemany(
        "UPDATE source SET folded_title = ?, folded_body = ? WHERE id = ?",
        [(fold(t), fold(b), sid) for sid, t, b in sources],
    )
    conn.execute("INSERT INTO fact_fts (fact_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO source_fts (source_fts) VALUES ('rebuild')")
