"""The store's schema as named migrations (applied by sqlite-utils ``Migrations``, through
:class:`briefer.store.migration_list.MigrationList`, which names them without loading it).

Each migration runs in one transaction together with its bookkeeping row in
``_sqlite_migrations``. ``PRAGMA user_version`` mirrors the number of applied migrations so
other tools can read the schema version without knowing our migration names. A store that
has a migration this app does not know was written by a newer Briefer and is refused.

Search works on *folded* text (``briefer.text.fold``): the app writes the folded shadow
columns and the FTS5 rows that index them, in the same transaction as the change. The
store has no triggers and no SQL functions of ours, so any SQLite tool can open it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefer.store.migration_list import STAMP_TABLE, MigrationList

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "briefer"
migrations = MigrationList(MIGRATION_SET)


@migrations(name="0001_core")
def _core(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE country (
            code TEXT PRIMARY KEY CHECK (length(code) = 2),
            name_vi TEXT NOT NULL,
            name_en TEXT NOT NULL
        );
        CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'article',
            title TEXT NOT NULL,
            outlet TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published_on TEXT NOT NULL DEFAULT '',
            retrieved_on TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'vi',
            body TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX source_sha256 ON source (sha256);
        CREATE TABLE fact (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            pair TEXT NOT NULL,
            topic TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('event', 'figure', 'statement')),
            statement_vi TEXT NOT NULL,
            statement_en TEXT NOT NULL DEFAULT '',
            event_date TEXT NOT NULL DEFAULT '',
            as_of TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL DEFAULT '',
            value REAL,
            unit TEXT NOT NULL DEFAULT '',
            qualifier TEXT NOT NULL DEFAULT 'exact',
            metric TEXT NOT NULL DEFAULT '',
            rank TEXT NOT NULL DEFAULT 'normal'
                CHECK (rank IN ('preferred', 'normal', 'deprecated')),
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'approved', 'retired')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX fact_pair_topic ON fact (pair, topic);
        CREATE INDEX fact_metric ON fact (pair, metric, period);
        CREATE TABLE citation (
            id INTEGER PRIMARY KEY,
            fact_id INTEGER NOT NULL REFERENCES fact (id) ON DELETE CASCADE,
            -- RESTRICT: a fact never silently loses its source.
            source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE RESTRICT,
            quote TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX citation_fact ON citation (fact_id);
        CREATE INDEX citation_source ON citation (source_id);
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_uuid TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX audit_entity ON audit (entity, entity_uuid);
        PRAGMA user_version = 1;
        """
    )


@migrations(name="0002_search")
def _search(db: Database) -> None:
    # No triggers: with trusted_schema off (always, see connection.py) SQLite refuses
    # triggers that write FTS5 tables. The app writes the index in the same transaction
    # as each change (store/folding.py); `briefer check` notices when another tool did not.
    db.executescript(
        """
        ALTER TABLE fact ADD COLUMN folded_vi TEXT NOT NULL DEFAULT '';
        ALTER TABLE fact ADD COLUMN folded_en TEXT NOT NULL DEFAULT '';
        ALTER TABLE source ADD COLUMN folded_title TEXT NOT NULL DEFAULT '';
        ALTER TABLE source ADD COLUMN folded_body TEXT NOT NULL DEFAULT '';
        CREATE VIRTUAL TABLE fact_fts USING fts5 (
            folded_vi, folded_en, pair, content='fact', content_rowid='id',
            tokenize="unicode61 remove_diacritics 2", prefix='2 3'
        );
        CREATE VIRTUAL TABLE source_fts USING fts5 (
            folded_title, folded_body, content='source', content_rowid='id',
            tokenize="unicode61 remove_diacritics 2", prefix='2 3'
        );
        PRAGMA user_version = 2;
        """
    )
    # Fold rows written before search existed (stores from schema 1), then index them.
    from briefer.store.writer import rebuild_search

    rebuild_search(db)


@migrations(name="0003_briefs")
def _briefs(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE brief (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            pair TEXT NOT NULL,
            brief_type TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'vi',
            title TEXT NOT NULL DEFAULT '',
            marking TEXT NOT NULL DEFAULT '',
            brief_date TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            exported_at TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE brief_section (
            id INTEGER PRIMARY KEY,
            brief_id INTEGER NOT NULL REFERENCES brief (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            topic TEXT NOT NULL,
            heading TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX brief_section_brief ON brief_section (brief_id, position);
        CREATE TABLE brief_item (
            id INTEGER PRIMARY KEY,
            section_id INTEGER NOT NULL REFERENCES brief_section (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            uuid TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('fact', 'text', 'computed')),
            fact_uuid TEXT,
            text_vi TEXT NOT NULL DEFAULT '',
            text_en TEXT NOT NULL DEFAULT '',
            cites TEXT NOT NULL DEFAULT '[]',
            role TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX brief_item_section ON brief_item (section_id, position);
        -- The fact revisions a brief used when it was last exported, so the app can say
        -- "3 facts changed since this brief was exported".
        CREATE TABLE brief_fact_revision (
            brief_id INTEGER NOT NULL REFERENCES brief (id) ON DELETE CASCADE,
            fact_uuid TEXT NOT NULL,
            revision INTEGER NOT NULL,
            PRIMARY KEY (brief_id, fact_uuid)
        );
        PRAGMA user_version = 3;
        """
    )


@migrations(name="0004_packs")
def _packs(db: Database) -> None:
    # Fact packs (briefer/packs): where each fact came from, which versions of it this
    # store has seen (so a merge can tell "newer" from "changed on both sides"), conflicts
    # kept side by side until an editor resolves them, and a log of imported packs.
    # Facts are referred to by uuid, the identity a fact keeps from store to store.
    # Placed before known_migration_names() so SCHEMA_VERSION counts it.
    db.executescript(
        """
        CREATE TABLE fact_origin (
            fact_uuid TEXT PRIMARY KEY REFERENCES fact (uuid) ON DELETE CASCADE,
            pack_id TEXT NOT NULL,
            pack_creator TEXT NOT NULL DEFAULT '',
            received_revision INTEGER NOT NULL,
            received_version TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        -- Versions (sha-256 of a fact's content and revision) that the fact's current
        -- version equals or descends from: received from packs or sent out in packs.
        CREATE TABLE fact_lineage (
            fact_uuid TEXT NOT NULL REFERENCES fact (uuid) ON DELETE CASCADE,
            version TEXT NOT NULL,
            PRIMARY KEY (fact_uuid, version)
        ) WITHOUT ROWID;
        CREATE TABLE fact_conflict (
            id INTEGER PRIMARY KEY,
            fact_uuid TEXT NOT NULL,
            pack_id TEXT NOT NULL,
            pack_creator TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL,
            local_revision INTEGER NOT NULL,
            local_version TEXT NOT NULL,
            incoming_revision INTEGER NOT NULL,
            incoming_version TEXT NOT NULL,
            incoming TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            resolved_at TEXT NOT NULL DEFAULT '',
            resolution TEXT NOT NULL DEFAULT '',
            resolved_by TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX fact_conflict_fact ON fact_conflict (fact_uuid, incoming_version);
        CREATE TABLE pack_import (
            id INTEGER PRIMARY KEY,
            pack_id TEXT NOT NULL,
            creator TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            content_sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX pack_import_pack ON pack_import (pack_id);
        PRAGMA user_version = 4;
        """
    )


@migrations(name="0005_brief_revision")
def _brief_revision(db: Database) -> None:
    # Every save of a brief names the revision it was made from; a save from an older
    # revision is refused (two windows, or the app and a script, never silently overwrite
    # each other's edits).
    db.executescript(
        """
        ALTER TABLE brief ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
        """
    )
    db.execute(f"PRAGMA user_version = {known_migration_names().index('0005_brief_revision') + 1}")


@migrations(name="0006_format")
def _format(db: Database) -> None:
    # The title-page fields of a brief (issuing unit, number, place, visit dates, venue, house
    # style) as one JSON object: domain.letterhead.TitlePage reads it and ignores unknown keys.
    db.execute("ALTER TABLE brief ADD COLUMN title_page TEXT NOT NULL DEFAULT '{}'")
    db.execute(f"PRAGMA user_version = {known_migration_names().index('0006_format') + 1}")


@migrations(name="0007_briefs_needs_update")
def _briefs_needs_update(db: Database) -> None:
    # An item edited in one language marks the other as needing an update (issue 12).
    db.execute("ALTER TABLE brief_item ADD COLUMN needs_update TEXT NOT NULL DEFAULT ''")
    # One more than before, whatever other migrations were merged in next to this one.
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    db.execute(f"PRAGMA user_version = {version + 1}")


@migrations(name="0008_desk_drafts")
def _desk_drafts(db: Database) -> None:
    # The editor's desk lists drafts after every decision; without this, each listing read
    # every fact of the store. Partial, so plans for approved facts stay as they were.
    db.execute("CREATE INDEX IF NOT EXISTS fact_draft_pair ON fact (pair) WHERE status = 'draft'")
    db.execute(f"PRAGMA user_version = {known_migration_names().index('0008_desk_drafts') + 1}")


@migrations(name="0009_import_duplicates")
def _import_duplicates(db: Database) -> None:
    # Keys that find an article the store already holds, however it arrived (import, pack,
    # sync): "url:<normalised URL>" and "text:<sha-256 of the normalised body or raw text>".
    # Written by briefer/store/source_keys.py for the importer, which also adds the keys of
    # sources that came by other paths before it looks; a source may have several keys.
    db.executescript(
        """
        CREATE TABLE source_key (
            key TEXT NOT NULL,
            source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
            PRIMARY KEY (key, source_id)
        ) WITHOUT ROWID;
        CREATE INDEX source_key_source ON source_key (source_id);
        """
    )
    # The version is this migration's place in the list, whatever merges add around it.
    db.execute(
        f"PRAGMA user_version = {known_migration_names().index('0009_import_duplicates') + 1}"
    )


@migrations(name="0010_sync_hub")
def _sync_hub(db: Database) -> None:
    # The shared PostgreSQL hub (briefer/sync): the hub this store syncs with and how far it
    # has pulled (sync_setting; never a password), the last synced copy of every object for
    # three-way merges (sync_base: the hub's version and data; local_mark is the fact's
    # revision or the source's updated_at when that copy was taken, so a local change shows
    # as a mismatch), and conflicts from sync in the same table as conflicts from packs.
    db.executescript(
        """
        CREATE TABLE sync_setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE sync_base (
            entity TEXT NOT NULL,
            uuid TEXT NOT NULL,
            version INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL,
            local_mark TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entity, uuid)
        ) WITHOUT ROWID;
        -- What a push is sending, written before the hub sees it: if the laptop dies after
        -- the hub commits, the next pull recognises its own upload even if edited since.
        CREATE TABLE sync_pending (
            entity TEXT NOT NULL,
            uuid TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (entity, uuid)
        ) WITHOUT ROWID;
        ALTER TABLE fact_conflict ADD COLUMN origin TEXT NOT NULL DEFAULT 'pack';
        ALTER TABLE fact_conflict ADD COLUMN entity TEXT NOT NULL DEFAULT 'fact';
        ALTER TABLE fact_conflict ADD COLUMN fields TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE fact_conflict ADD COLUMN local TEXT NOT NULL DEFAULT '';
        CREATE INDEX fact_conflict_open ON fact_conflict (origin, resolved_at);
        """
    )
    # Its place in the list, not a literal: other migrations may be merged in before it.
    db.execute(f"PRAGMA user_version = {known_migration_names().index('0010_sync_hub') + 1}")


@migrations(name="0011_perf_pair_status")
def _perf_pair_status(db: Database) -> None:
    # `pairs` counts each pair's approved facts, assembly reads one pair's approved facts and
    # the editor's desk lists drafts: (status, pair) answers all three with an index search
    # (`pairs` read the whole fact table before: 0.46 s at 300,000 facts). Status first, not
    # pair first: with (pair, status) a query on status alone is planned as a scan of it.
    db.execute("CREATE INDEX IF NOT EXISTS fact_status_pair ON fact (status, pair)")
    version = known_migration_names().index("0011_perf_pair_status") + 1
    db.execute(f"PRAGMA user_version = {version}")


@migrations(name="0012_hub_briefs")
def _hub_briefs(db: Database) -> None:
    # Briefs shared through the hub (briefer/sync/briefs.py). brief_share: this store's briefs
    # the officer chose to share (shared = 0: unshared, the hub's copy still to be removed),
    # the hub version last pushed or seen and the brief revision it holds. team_brief: the
    # team's shared briefs as read-only copies (the payload the hub sent, and who shared it).
    db.executescript(
        """
        CREATE TABLE brief_share (
            brief_uuid TEXT PRIMARY KEY,
            shared INTEGER NOT NULL DEFAULT 1,
            version INTEGER NOT NULL DEFAULT 0,
            pushed_revision INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE TABLE team_brief (
            uuid TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            version INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            pair TEXT NOT NULL DEFAULT '',
            brief_type TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            brief_date TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL
        ) WITHOUT ROWID;
        """
    )
    version = known_migration_names().index("0012_hub_briefs") + 1
    db.execute(f"PRAGMA user_version = {version}")


# A fact the assembler can only show in its topic's order (store order, by id), with nothing
# to choose, date, merge or warn about: a statement without metric, value or any date.
# Written out once: SQLite uses a partial index only for a query repeating its WHERE.
PLAIN_FACT = (
    "kind = 'statement' AND value IS NULL AND metric = '' AND event_date = '' "
    "AND period = '' AND as_of = ''"
)


@migrations(name="0013_perf_brief_facts")
def _perf_brief_facts(db: Database) -> None:
    # Assembly reads only the facts a brief can use (briefer/store/brief_facts.py): every
    # fact with a shape (metric, value, date, event, figure) and the first few plain
    # statements of each topic. Two partial indexes find both without reading the pair's
    # other facts (15,000 per pair at 300,000 facts).
    db.execute(
        f"CREATE INDEX IF NOT EXISTS fact_shaped ON fact (pair, status) WHERE NOT ({PLAIN_FACT})"
    )
    db.execute(
        f"CREATE INDEX IF NOT EXISTS fact_plain ON fact (pair, status, topic) WHERE {PLAIN_FACT}"
    )
    version = known_migration_names().index("0013_perf_brief_facts") + 1
    db.execute(f"PRAGMA user_version = {version}")


@migrations(name="0014_schema_stamp")
def _schema_stamp(db: Database) -> None:
    # The runner records here what the migrations left (briefer/store/migration_list.py), so
    # opening a store checks it against one hash instead of building this schema in memory.
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {STAMP_TABLE} "
        "(id INTEGER PRIMARY KEY CHECK (id = 1), stamp TEXT NOT NULL)"
    )
    version = known_migration_names().index("0014_schema_stamp") + 1
    db.execute(f"PRAGMA user_version = {version}")


@migrations(name="0015_brief_item_own_line")
def _brief_item_own_line(db: Database) -> None:
    # A fact item whose sentence another section prints too says its facts' own lines,
    # derived from the current facts whenever it is shown (briefer/domain/itemline.py); the
    # assembler marks it here instead of writing the line into text_vi/text_en, which are the
    # officer's wording only (review finding 11).
    db.execute("ALTER TABLE brief_item ADD COLUMN says_own_line INTEGER NOT NULL DEFAULT 0")
    # Briefs saved before kept such a line in the officer's field of the brief's language.
    # Read as a machine line (marked, the field emptied), an item whose wording has the
    # assembler's shape and an officer's edit never has: text in the brief's language only,
    # no language marked behind (an officer's edit marks the other one), words other than
    # its fact's sentence, and that sentence is also the statement of an item in another
    # section of the brief. Anything else stays the officer's wording, as saved.
    for lang, other in (("vi", "en"), ("en", "vi")):
        db.execute(
            f"""
            UPDATE brief_item SET says_own_line = 1, text_{lang} = ''
            WHERE kind = 'fact' AND text_{lang} <> '' AND text_{other} = ''
              AND needs_update = ''
              AND EXISTS (
                SELECT 1
                FROM brief_section AS s
                JOIN brief AS b ON b.id = s.brief_id AND b.language = '{lang}'
                JOIN fact AS f ON f.uuid = brief_item.fact_uuid
                  AND f.statement_{lang} <> brief_item.text_{lang}
                JOIN brief_section AS s2 ON s2.brief_id = b.id AND s2.id <> s.id
                JOIN brief_item AS i2 ON i2.section_id = s2.id
                  AND i2.kind IN ('fact', 'computed')
                JOIN fact AS f2 ON f2.uuid = i2.fact_uuid
                  AND f2.statement_{lang} = f.statement_{lang}
                WHERE s.id = brief_item.section_id
              )
            """
        )
    version = known_migration_names().index("0015_brief_item_own_line") + 1
    db.execute(f"PRAGMA user_version = {version}")


@migrations(name="0016_computed_item_own_wording")
def _computed_item_own_wording(db: Database) -> None:
    # A computed item's line (years of relations, the latest visit each way) is derived from
    # the current facts and the brief's date whenever it is shown (briefer/domain/itemline.py);
    # its text_vi/text_en are the officer's wording only, as a fact item's since 0015. Briefs
    # saved before kept the line there: a field holding exactly what the derivation gives
    # now is emptied, anything else stays the officer's wording (briefer/store/computed_lines.py).
    from briefer.store.computed_lines import empty_machine_lines

    empty_machine_lines(db)
    version = known_migration_names().index("0016_computed_item_own_wording") + 1
    db.execute(f"PRAGMA user_version = {version}")


def known_migration_names() -> list[str]:
    return migrations.names()


SCHEMA_VERSION = len(known_migration_names())
