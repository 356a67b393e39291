"""Writing a fact pack: chosen facts, their citations, the sources they cite, their countries.

The pack is built in a temporary file next to the target and moved into place when whole
(:func:`briefer.durable.atomic_write`); all rows are read in one read transaction, so
a pack is a consistent snapshot even while an editor keeps working. After writing, the
versions sent are added to the store's ``fact_lineage``: whatever an editor changes next
descends from them, which lets the next merge tell "newer" from "changed on both sides".
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from briefer import __version__
from briefer.durable import atomic_write
from briefer.errors import InputError
from briefer.packs.format import (
    APPLICATION_ID,
    CONTENT_FIELDS,
    FACT_COLUMNS,
    PACK_DDL,
    SOURCE_COLUMNS,
    TABLE_COLUMNS,
    ContentHasher,
    FactState,
    PackManifest,
    canonical_json,
    insert_sql,
    real_or_none,
    select_sql,
    source_key,
)
from briefer.store.audit import current_actor
from briefer.store.clock import new_uuid, now_iso
from briefer.store.connection import schema_version
from briefer.store.exchange import (
    any_fact,
    citations_with_sources,
    countries_of,
    export_filter,
    fact_batches,
    read_snapshot,
    source_rows,
)
from briefer.store.facts import normalise_pair_code
from briefer.sync.pack_local import add_lineage, lineage

_STORE_FACT_COLUMNS = [c for c in FACT_COLUMNS if c != "ancestors"]
log = logging.getLogger(__name__)


def _check_target(out: Path) -> None:
    """Replace an old pack, never anything else (a store, a document) by mistake."""
    try:
        if not out.is_file():
            return
        with out.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return  # atomic_write says what is wrong with the target, in one sentence
    is_pack = (
        len(header) == 100
        and header.startswith(b"SQLite format 3\x00")
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )
    if not is_pack and header:
        raise InputError(
            f"{out} already exists and is not a fact pack; choose another file name "
            "(nothing was written)."
        )


def _check_since(since: str | None) -> str:
    if not since:
        return ""
    text = since.strip()
    try:
        if "T" in text:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
        else:
            date.fromisoformat(text)
    except ValueError:
        raise InputError(f"'{since}' is not a date; write it like 2026-11-24.") from None
    return text


def export_pack(
    db: Database,
    out: Path,
    pairs: Sequence[str] | None = None,
    since: str | None = None,
    include_drafts: bool = False,
    include_retired: bool = False,
    creator: str | None = None,
    *,
    record_versions: bool = True,
) -> PackManifest:
    """Write a fact pack of the chosen facts to ``out``; return its manifest.

    ``pairs`` limits the pack to those pairs (all pairs when empty); ``since`` (ISO date or
    timestamp) to facts changed on or after it. Drafts and retired facts are left out unless
    asked for. Raises InputError when nothing matches and ExportError when ``out`` cannot be
    written; an existing ``out`` is replaced only by a whole pack.
    """
    _check_target(Path(out))
    codes = sorted({normalise_pair_code(p) for p in pairs or []})
    since_text = _check_since(since)
    statuses = ["approved"] + ["draft"] * include_drafts + ["retired"] * include_retired
    chosen = export_filter(statuses, codes, since_text)

    head = PackManifest(
        pack_id=new_uuid(),
        created_at=now_iso(),
        creator=((creator or "").strip() or current_actor())[:200],
        app_version=__version__,
        schema_version=schema_version(db),
        pairs=tuple(codes),
        since=since_text,
        include_drafts=include_drafts,
        include_retired=include_retired,
    )
    sent: list[tuple[str, str]] = []  # (fact uuid, version) of every fact written
    written: list[PackManifest] = []
    with read_snapshot(db):
        if not any_fact(db, chosen):
            raise InputError("No facts match that choice, so no pack was written.")

        def write(tmp: Path) -> None:
            written.append(_write_pack(db, tmp, head, chosen, sent))

        atomic_write(Path(out), write)

    if record_versions:
        _record_sent(db, sent)
    return written[0]


def _write_pack(
    db: Database,
    tmp: Path,
    head: PackManifest,
    chosen: tuple[str, list[Any]],
    sent: list[tuple[str, str]],
) -> PackManifest:
    """Fill ``tmp`` with the pack, streaming facts in batches (memory stays flat)."""
    pack = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        # A temporary file that is fsynced and renamed by atomic_write: no journal needed.
        pack.execute("PRAGMA journal_mode = OFF")
        pack.execute("PRAGMA synchronous = OFF")
        pack.executescript(PACK_DDL)
        pack.execute("BEGIN")
        source_ids: set[int] = set()
        codes: set[str] = set()
        counts = {"countries": 0, "sources": 0, "facts": 0, "citations": 0}
        for batch in fact_batches(db, chosen, _STORE_FACT_COLUMNS):
            fact_rows, citation_rows = _fact_batch(db, batch, source_ids, codes, sent)
            pack.executemany(insert_sql("fact"), fact_rows)
            pack.executemany(insert_sql("citation"), citation_rows)
            counts["facts"] += len(fact_rows)
            counts["citations"] += len(citation_rows)
        countries = countries_of(db, sorted(codes))
        pack.executemany(insert_sql("country"), countries)
        counts["countries"] = len(countries)
        for rows in source_rows(db, sorted(source_ids), SOURCE_COLUMNS):
            pack.executemany(insert_sql("source"), rows)
        counts["sources"] = len(source_ids)
        # The hash is computed from the file's own rows, read back exactly as an importer
        # reads them, so writer and reader cannot disagree about the serialisation.
        manifest = PackManifest(**{**_fields(head), "counts": counts})
        hasher = ContentHasher(manifest.as_dict())
        for table in TABLE_COLUMNS:
            hasher.add_all(table, pack.execute(select_sql(table)))
        sealed = PackManifest(**{**_fields(manifest), "content_sha256": hasher.hexdigest()})
        pack.executemany(
            "INSERT INTO manifest (key, value) VALUES (?, ?)",
            [(key, canonical_json(value)) for key, value in sealed.as_dict().items()],
        )
        pack.execute("COMMIT")
    finally:
        pack.close()
    return sealed


def _fact_batch(
    db: Database,
    batch: list[tuple[Any, ...]],
    source_ids: set[int],
    codes: set[str],
    sent: list[tuple[str, str]],
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Pack rows for a batch of store facts (id first), with citations and ancestors."""
    citations = citations_with_sources(db, [row[0] for row in batch])
    known = lineage(db, [row[1] for row in batch])
    fact_rows: list[tuple[Any, ...]] = []
    citation_rows: list[tuple[Any, ...]] = []
    for row in batch:
        fact_id, record = row[0], dict(zip(_STORE_FACT_COLUMNS, row[1:], strict=True))
        record["value"] = real_or_none(record["value"])
        cites = citations.get(fact_id, [])
        state = FactState(
            uuid=record["uuid"],
            fields=tuple(record[f] for f in CONTENT_FIELDS),
            revision=int(record["revision"]),
            citations=tuple(
                (source_key(uuid, sha), quote, start, end)
                for _sid, uuid, sha, quote, start, end, _p, _s in cites
            ),
        )
        version = state.version
        sent.append((state.uuid, version))
        codes.update(str(record["pair"]).split("-"))
        source_ids.update(c[0] for c in cites)
        ancestors = sorted(known.get(state.uuid, set()) - {version})
        fact_rows.append((*record.values(), canonical_json(ancestors)))
        citation_rows.extend(
            (state.uuid, position, uuid, quote, start, end, prefix, suffix)
            for position, (_sid, uuid, _sha, quote, start, end, prefix, suffix) in enumerate(cites)
        )
    return fact_rows, citation_rows


def _fields(manifest: PackManifest) -> dict[str, Any]:
    return {name: getattr(manifest, name) for name in PackManifest.__dataclass_fields__}


def _record_sent(db: Database, sent: list[tuple[str, str]]) -> None:
    """Remember the versions sent, so later edits are known to descend from them."""
    try:
        with db.atomic():
            add_lineage(db, sent)
    except sqlite3.OperationalError as exc:
        # The pack is written and whole; a read-only or busy store just cannot remember
        # what it sent (a later merge may then report a conflict it could have avoided).
        log.warning("could not record the versions sent in a fact pack: %s", exc)


def pack_summary(manifest: PackManifest) -> str:
    counts = manifest.counts
    scope = ", ".join(manifest.pairs) or "all pairs"
    return (
        f"{counts.get('facts', 0)} facts, {counts.get('sources', 0)} sources "
        f"({scope}{', since ' + manifest.since if manifest.since else ''})"
    )


__all__ = ["export_pack", "pack_summary"]
