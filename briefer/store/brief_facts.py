"""The facts one brief can use, read from the store without reading the pair's others.

A pair can hold thousands of approved facts, and most of them are plain statements (no
metric, value or date) that a brief shows in store order up to its topic's limit. Every
other approved fact (with a metric, value, date, or an event or figure) may be chosen,
merged, dated or warned about, so all of those are read. The assembler says how many plain
statements each topic can show (``briefer.assemble.plain_statement_limits``); the facts come
back in ``list_facts`` order, each with its citation count, so assembling from them gives
the same brief as assembling from all the pair's approved facts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from briefer.domain.model import Fact
from briefer.store.schema import PLAIN_FACT

if TYPE_CHECKING:
    from briefer.store.reader import Reader

_FIELDS = tuple(
    name for name in Fact.__dataclass_fields__ if name not in ("citations", "citation_count")
)


def brief_facts(db: Reader, pair: str, plain_limits: Mapping[str, int]) -> list[Fact]:
    """``pair``'s approved facts with a shape, and per topic of ``plain_limits`` its first
    plain statements (ranked deprecated ones never show): at most the limit, all for 0."""
    # The parts are disjoint (shaped or plain, one topic each): no fact comes twice.
    # The same WHERE as the partial indexes of migration 0012 (fact_shaped, fact_plain).
    parts = [f"SELECT id FROM fact WHERE pair = ? AND status = 'approved' AND NOT ({PLAIN_FACT})"]
    params: list[Any] = [pair]
    for topic, limit in plain_limits.items():
        parts.append(
            "SELECT id FROM (SELECT id FROM fact WHERE pair = ? AND status = 'approved' "
            f"AND topic = ? AND {PLAIN_FACT} AND rank != 'deprecated' ORDER BY id"
            + (" LIMIT ?)" if limit else ")")
        )
        params += [pair, topic, *([limit] if limit else [])]
    columns = ", ".join(f"f.{name}" for name in _FIELDS)
    rows = db.conn.execute(
        f"SELECT {columns}, (SELECT count(*) FROM citation c WHERE c.fact_id = f.id) "
        # CROSS JOIN keeps the wanted ids as the outer loop (SQLite never reorders it): on a
        # small store the planner would rather walk a whole index to skip the sort.
        f"FROM ({' UNION ALL '.join(parts)}) AS wanted CROSS JOIN fact f ON f.id = wanted.id "
        "ORDER BY f.pair, f.topic, "
        "coalesce(nullif(f.event_date, ''), nullif(f.period, ''), f.as_of), f.id",
        params,
    ).fetchall()
    return [Fact(*row[:-1], citation_count=row[-1]) for row in rows]  # type: ignore[misc]
