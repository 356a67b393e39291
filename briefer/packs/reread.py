"""Reading a verified pack's rows again, each proved to be a row that
:func:`~briefer.packs.reader.read_pack` verified: the facts a chunk at a time, the full rows
of the sources an import adds, and the quotes of sources whose text differs in the store.

The verifying read keeps no facts and no source bodies (a pack of any size is checked in
bounded memory); an import reads what it writes a second time, through these functions, and
each refuses with "changed while it was being imported" rather than give a row that is not
the one verified. Callers write in one transaction, which that refusal rolls back.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefer.packs.format import TABLE_COLUMNS, select_sql
from briefer.packs.reader import (
    PackCitation,
    PackContents,
    PackFact,
    chunk_digest,
    fingerprint,
)
from briefer.packs.rows import decoded_fact, typed_rows
from briefer.packs.untrusted import open_pack, refuse


def fact_chunks(contents: PackContents) -> Iterator[list[PackFact]]:
    """The pack's facts with their citations, ``contents.chunk`` at a time in uuid order,
    read again from the file.

    Each chunk is given only if its rows are the ones :func:`read_pack` verified (same
    fingerprints); otherwise the file changed since, and :class:`PackRefused` is raised.
    Callers write inside one transaction, which that refusal rolls back: no row that was
    not verified is ever planned or written.
    """
    path = contents.path
    changed = refuse(path, "changed while it was being imported; nothing was imported.")
    verified = iter(contents.verified)
    with open_pack(path) as conn:
        try:
            # Rows as stored: the fingerprints prove their values and types before use.
            cites = iter(conn.execute(select_sql("citation")))
            pending = next(cites, None)
            rows: list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]] = []
            for row in conn.execute(select_sql("fact")):
                mine = []
                while pending is not None and pending[0] <= row[0]:
                    mine.append(pending)
                    pending = next(cites, None)
                rows.append((row, mine))
                if len(rows) == contents.chunk:
                    if _digests(rows) != next(verified, None):
                        raise changed
                    yield _decoded(rows)
                    rows = []
            if rows and _digests(rows) != next(verified, None):
                raise changed
            if pending is not None or next(verified, None) is not None:
                raise changed
            if rows:
                yield _decoded(rows)
        except TypeError as exc:  # keys that no longer compare: not the rows verified
            raise changed from exc
        except sqlite3.DatabaseError as exc:
            raise refuse(path, f"is damaged and cannot be read ({exc}).") from exc
        except (ValueError, OverflowError) as exc:
            raise refuse(path, f"is damaged: it holds a value Briefer cannot use ({exc}).") from exc


def _digests(rows: list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]]) -> tuple[bytes, bytes]:
    """(digest of the fact rows, digest of their citation rows), as :func:`read_pack` made."""
    return chunk_digest([row for row, _c in rows]), chunk_digest([c for _r, cs in rows for c in cs])


def _decoded(rows: list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]]) -> list[PackFact]:
    """Proven rows as facts: a citation row is (fact_uuid, position, source_uuid, …)."""
    return [
        PackFact(decoded_fact(row), tuple(map(PackCitation._make, (c[2:] for c in cites))))
        for row, cites in rows
    ]


def quotes_by_source(
    contents: PackContents, wanted: set[str]
) -> dict[str, list[tuple[str, int, int]]]:
    """(quote, start, end) of the pack's citations of each source of ``wanted``.

    Read for a check only (does this store's text of a source hold the pack's quotes?):
    what is written comes from :func:`fact_chunks`, which proves its rows.
    """
    found: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    if not wanted:
        return found
    path = contents.path
    with open_pack(path) as conn:
        try:
            for row in typed_rows(conn, "citation", path):
                if row[2] in wanted:
                    found[row[2]].append((row[3], row[4], row[5]))
        except sqlite3.DatabaseError as exc:
            raise refuse(path, f"is damaged and cannot be read ({exc}).") from exc
    return found


def read_source_rows(path: Path, wanted: dict[str, bytes]) -> Iterator[dict[str, Any]]:
    """Full rows of the sources ``wanted`` (uuid → row digest from :func:`read_pack`).

    Each row is hashed again and must give the same digest, so what is written to the store
    is exactly what was verified, even if the file changed in between.
    """
    path = Path(path)
    if not wanted:
        return
    with open_pack(path) as conn:
        seen = 0
        try:
            for row in typed_rows(conn, "source", path):
                record = dict(zip(TABLE_COLUMNS["source"], row, strict=True))
                digest = wanted.get(record["uuid"])
                if digest is None:
                    continue
                if hashlib.sha256(fingerprint(row)).digest() != digest:
                    raise refuse(path, "changed while it was being imported; nothing was imported.")
                seen += 1
                yield record
        except sqlite3.DatabaseError as exc:
            raise refuse(path, f"is damaged and cannot be read ({exc}).") from exc
        if seen != len(wanted):
            raise refuse(path, "changed while it was being imported; nothing was imported.")


__all__ = ["fact_chunks", "quotes_by_source", "read_source_rows"]
