"""Small read-only queries the services ask of the store (so no SQL lives in services).

Each answers one question in one statement or a few chunked ones; none writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefer.batches import chunks, marks

if TYPE_CHECKING:
    from briefer.store.reader import Reader


def fact_ids_by_uuid(db: Reader, uuids: Iterable[str]) -> list[int]:
    """Row ids of the facts with these uuids (unknown uuids are left out)."""
    wanted = sorted(set(uuids))
    ids: list[int] = []
    for chunk in chunks(wanted):
        rows = db.execute(f"SELECT id FROM fact WHERE uuid IN ({marks(chunk)})", chunk).fetchall()
        ids.extend(int(row[0]) for row in rows)
    return ids


def has_approved_facts(db: Reader, pair: str) -> bool:
    """Does ``pair`` have at least one approved fact?"""
    row = db.execute(
        "SELECT 1 FROM fact WHERE pair = ? AND status = 'approved' LIMIT 1", [pair]
    ).fetchone()
    return row is not None


def approved_facts_state(db: Reader, pair: str) -> tuple[object, ...]:
    """What changes whenever the pair's approved facts change: count, last update, revisions."""
    row = db.execute(
        "SELECT count(*), max(updated_at), total(revision) FROM fact "
        "WHERE pair = ? AND status = 'approved'",
        [pair],
    ).fetchone()
    return tuple(row)


def citations_state(db: Reader) -> tuple[object, ...]:
    """What changes whenever a citation is added or removed anywhere: count and last id."""
    return tuple(db.execute("SELECT count(*), max(id) FROM citation").fetchone())
