"""Migration 0011_perf_pair_status: `pairs` and a pair's approved facts come from an index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from briefer.store.connection import open_store
from briefer.store.schema import SCHEMA_VERSION, known_migration_names, migrations


def test_migration_from_a_schema_8_store_adds_the_status_pair_index(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before="0011_perf_pair_status")
    conn.execute(
        "INSERT INTO fact (uuid, pair, topic, kind, statement_vi, status, created_at, "
        "updated_at) VALUES ('f-1', 'VN-CL', 'economic', 'figure', 'Cũ', 'approved', 'x', 'x')"
    )
    conn.commit()
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert version == known_migration_names().index("0011_perf_pair_status")

    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert known_migration_names().index("0011_perf_pair_status") + 1 <= SCHEMA_VERSION
    for query, params in (
        ("SELECT pair, count(*) FROM fact WHERE status = ? GROUP BY pair ORDER BY pair", ["x"]),
        ("SELECT id FROM fact WHERE pair = ? AND status = 'approved'", ["VN-CL"]),
    ):
        plan = str(db.execute(f"EXPLAIN QUERY PLAN {query}", params).fetchall())
        assert "fact_status_pair" in plan and "SCAN" not in plan, plan
    assert db.execute("SELECT pair FROM fact WHERE status = 'approved'").fetchall() == [("VN-CL",)]
    db.close()


def test_the_docx_contents_layout_finds_the_same_pages_without_drawing(demo_store: Path) -> None:
    """pages_only skips drawing the text, and the Sources annex past its heading unless the
    page numbers show the total: the pages it reports must be the real layout's."""
    from dataclasses import replace
    from datetime import date

    from briefer.export.pdf import pdf_layout
    from briefer.services import Services

    services = Services(demo_store)
    for pair, kind in (("VN-PE", "state-visit"), ("VN-CL", "ministerial-talks")):
        document = services.render(services.assemble(pair, kind, "vi", date(2026, 11, 24)))
        full = pdf_layout(document)
        pages = pdf_layout(document, pages_only=True)
        assert full.total_pages > 1 and pages.data == b""
        assert pages.heading_pages == full.heading_pages and any(p > 1 for p in pages.heading_pages)
        assert pages.sources_page == full.sources_page is not None
        assert pages.total_pages == 0  # "{page}" alone: the total is not shown, not counted
        counted = replace(document, meta=replace(document.meta, page_pattern="{page}/{total}"))
        full, pages = pdf_layout(counted), pdf_layout(counted, pages_only=True)
        assert (pages.heading_pages, pages.sources_page, pages.total_pages) == (
            full.heading_pages,
            full.sources_page,
            full.total_pages,
        )
    services.close()
