"""The hub: a PostgreSQL database holding every synced object, its roles, and connecting to it.

Named migrations, like the local store's: each runs in one transaction with its row in
``hub_migration``; a hub with a migration this Briefer does not know is refused.

What the server enforces, whoever connects and with whatever client:

- **Versions.** Every write to ``hub_object`` gets the next number of one sequence as its
  ``version`` (a BEFORE trigger), under one transaction-scoped advisory lock, so versions
  become visible in order and "everything after version N" is an exact cursor.
- **No stale uploads.** A write states the version it was based on (``base_version``; 0 for
  a new object); if the hub holds another version the write is refused (SQLSTATE BR409) —
  a newer version is never overwritten.
- **History.** Every version is kept in ``hub_history`` (written by a SECURITY DEFINER
  trigger, so nobody can write history directly).
- **Roles.** ``briefer_editor`` may push facts and sources, ``briefer_officer`` may pull
  and push only its own briefs (row-level security), ``briefer_admin`` manages both.
  Everyone reads the briefs shared with the team; nobody writes another user's brief.
  Nobody but the owner deletes rows: a deletion is a tombstone (``deleted``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import conninfo as pg_conninfo
from psycopg import errors as pg_errors

from briefer.errors import BrieferError

ROLE_ADMIN, ROLE_EDITOR, ROLE_OFFICER = "briefer_admin", "briefer_editor", "briefer_officer"
ROLES = (ROLE_ADMIN, ROLE_EDITOR, ROLE_OFFICER)
STALE_SQLSTATE = "BR409"
# One number for the transaction-scoped advisory lock every push takes.
PUSH_LOCK = 0x42524945  # "BRIE"


class HubError(BrieferError):
    """The hub cannot be used: unreachable, not set up, refused (one sentence)."""


class StaleUpload(HubError):
    """The hub holds a newer version of an object than the one an upload was based on."""


class HubRefused(HubError):
    """The hub's roles refused a write (an officer pushing facts, for instance)."""


_MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_objects",
        f"""
        CREATE SEQUENCE hub_version_seq;
        CREATE TABLE hub_meta (key text PRIMARY KEY, value text NOT NULL);
        INSERT INTO hub_meta (key, value) VALUES ('hub_id', gen_random_uuid()::text);
        CREATE TABLE hub_object (
            kind text NOT NULL CHECK (kind IN ('fact', 'source', 'brief')),
            uuid text NOT NULL,
            version bigint NOT NULL,
            base_version bigint NOT NULL DEFAULT 0,
            deleted boolean NOT NULL DEFAULT false,
            data jsonb NOT NULL,
            owner text NOT NULL DEFAULT current_user,
            updated_by text NOT NULL DEFAULT current_user,
            updated_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (kind, uuid)
        );
        CREATE UNIQUE INDEX hub_object_version ON hub_object (version);
        CREATE TABLE hub_history (
            version bigint PRIMARY KEY,
            kind text NOT NULL,
            uuid text NOT NULL,
            deleted boolean NOT NULL,
            data jsonb NOT NULL,
            updated_by text NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE INDEX hub_history_object ON hub_history (kind, uuid, version);

        CREATE FUNCTION hub_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- Versions are handed out one writer at a time, so they commit in order.
            PERFORM pg_advisory_xact_lock({PUSH_LOCK});
            IF TG_OP = 'UPDATE' THEN
                IF NEW.base_version IS DISTINCT FROM OLD.version THEN
                    RAISE EXCEPTION 'stale upload of % %: based on version %, the hub has %',
                        OLD.kind, OLD.uuid, NEW.base_version, OLD.version
                        USING ERRCODE = '{STALE_SQLSTATE}';
                END IF;
                NEW.kind := OLD.kind;
                NEW.uuid := OLD.uuid;
                NEW.owner := OLD.owner;
            ELSE
                -- (INSERT … ON CONFLICT fires this for the proposed row first; an existing
                -- row is then checked by the UPDATE branch.)
                IF NEW.base_version <> 0 AND NOT EXISTS (
                    SELECT 1 FROM hub_object o WHERE o.kind = NEW.kind AND o.uuid = NEW.uuid
                ) THEN
                    RAISE EXCEPTION 'stale upload of % %: based on version %, the hub has none',
                        NEW.kind, NEW.uuid, NEW.base_version
                        USING ERRCODE = '{STALE_SQLSTATE}';
                END IF;
                NEW.owner := current_user;
            END IF;
            NEW.version := nextval('hub_version_seq');
            NEW.updated_by := current_user;
            NEW.updated_at := now();
            RETURN NEW;
        END $$;
        CREATE TRIGGER hub_object_stamp BEFORE INSERT OR UPDATE ON hub_object
            FOR EACH ROW EXECUTE FUNCTION hub_stamp();

        CREATE FUNCTION hub_record() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
            INSERT INTO hub_history (version, kind, uuid, deleted, data, updated_by, updated_at)
            VALUES (NEW.version, NEW.kind, NEW.uuid, NEW.deleted, NEW.data, NEW.updated_by,
                    NEW.updated_at);
            RETURN NULL;
        END $$;
        CREATE TRIGGER hub_object_record AFTER INSERT OR UPDATE ON hub_object
            FOR EACH ROW EXECUTE FUNCTION hub_record();
        """,
    ),
    (
        "0002_roles",
        f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ROLE_EDITOR}') THEN
                CREATE ROLE {ROLE_EDITOR} NOLOGIN;
            END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ROLE_OFFICER}') THEN
                CREATE ROLE {ROLE_OFFICER} NOLOGIN;
            END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ROLE_ADMIN}') THEN
                CREATE ROLE {ROLE_ADMIN} NOLOGIN CREATEROLE;
            END IF;
        END $$;
        REVOKE ALL ON hub_object, hub_history, hub_meta, hub_migration FROM PUBLIC;
        REVOKE ALL ON SEQUENCE hub_version_seq FROM PUBLIC;
        GRANT SELECT ON hub_meta, hub_migration TO {ROLE_EDITOR}, {ROLE_OFFICER};
        GRANT SELECT, INSERT, UPDATE ON hub_object TO {ROLE_EDITOR}, {ROLE_OFFICER};
        GRANT SELECT ON hub_history TO {ROLE_EDITOR}, {ROLE_OFFICER};
        GRANT SELECT, USAGE ON SEQUENCE hub_version_seq TO {ROLE_EDITOR}, {ROLE_OFFICER};
        GRANT {ROLE_EDITOR}, {ROLE_OFFICER} TO {ROLE_ADMIN} WITH ADMIN OPTION;
        GRANT SELECT ON hub_object, hub_history, hub_meta, hub_migration TO {ROLE_ADMIN};

        ALTER TABLE hub_object ENABLE ROW LEVEL SECURITY;
        -- Everyone reads the shared store; a brief only by whoever shared it.
        CREATE POLICY hub_read ON hub_object FOR SELECT TO {ROLE_EDITOR}, {ROLE_OFFICER}
            USING (kind <> 'brief' OR owner = current_user);
        -- Editors write facts and sources, and their own briefs.
        CREATE POLICY editor_insert ON hub_object FOR INSERT TO {ROLE_EDITOR}
            WITH CHECK (kind IN ('fact', 'source') OR owner = current_user);
        CREATE POLICY editor_update ON hub_object FOR UPDATE TO {ROLE_EDITOR}
            USING (kind IN ('fact', 'source') OR owner = current_user)
            WITH CHECK (kind IN ('fact', 'source') OR owner = current_user);
        -- Officers write nothing but their own shared briefs.
        CREATE POLICY officer_insert ON hub_object FOR INSERT TO {ROLE_OFFICER}
            WITH CHECK (kind = 'brief' AND owner = current_user);
        CREATE POLICY officer_update ON hub_object FOR UPDATE TO {ROLE_OFFICER}
            USING (kind = 'brief' AND owner = current_user)
            WITH CHECK (kind = 'brief' AND owner = current_user);
        """,
    ),
    (
        "0003_shared_briefs",
        f"""
        -- Officers share briefs with the team on purpose: everyone reads every shared brief;
        -- still only its owner writes it (the insert and update policies above).
        DROP POLICY hub_read ON hub_object;
        CREATE POLICY hub_read ON hub_object FOR SELECT TO {ROLE_EDITOR}, {ROLE_OFFICER}
            USING (true);
        -- An unshared brief leaves nothing of itself on the hub: its tombstone carries no
        -- content, and the history keeps a brief's versions without their content.
        CREATE FUNCTION hub_brief_forget() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.kind = 'brief' AND NEW.deleted THEN
                NEW.data := '{{}}'::jsonb;
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER hub_brief_forget BEFORE INSERT OR UPDATE ON hub_object
            FOR EACH ROW EXECUTE FUNCTION hub_brief_forget();
        CREATE OR REPLACE FUNCTION hub_record() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
            INSERT INTO hub_history (version, kind, uuid, deleted, data, updated_by, updated_at)
            VALUES (NEW.version, NEW.kind, NEW.uuid, NEW.deleted,
                    CASE WHEN NEW.kind = 'brief' THEN '{{}}'::jsonb ELSE NEW.data END,
                    NEW.updated_by, NEW.updated_at);
            RETURN NULL;
        END $$;
        UPDATE hub_history SET data = '{{}}'::jsonb WHERE kind = 'brief';
        """,
    ),
]


def known_hub_migrations() -> list[str]:
    return [name for name, _sql in _MIGRATIONS]


# ---- connecting ------------------------------------------------------------------------------


def without_password(conninfo: str) -> tuple[str, bool]:
    """``conninfo`` with any password removed, and whether there was one.

    What is remembered in the store: passwords live in libpq's password file
    (``~/.pgpass`` or ``PGPASSFILE``) or service file, never in the store or settings.
    """
    try:
        params = pg_conninfo.conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError as exc:
        raise HubError(
            f"“{_shorten(conninfo)}” is not a PostgreSQL address; write it like "
            "postgresql://user@host/dbname or service=NAME."
        ) from exc
    had = params.pop("password", None) is not None
    return pg_conninfo.make_conninfo("", **{k: v for k, v in params.items() if v is not None}), had


def describe(conninfo: str) -> str:
    """A short name of the hub for messages: host/dbname or the service name."""
    try:
        params = pg_conninfo.conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError:
        return _shorten(conninfo)
    if params.get("service"):
        return f"service {params['service']}"
    host = params.get("host") or params.get("hostaddr") or "localhost"
    port = f":{params['port']}" if params.get("port") else ""
    return f"{host}{port}/{params.get('dbname') or params.get('user') or ''}"


def _shorten(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


def connect(conninfo: str, autocommit: bool = False) -> psycopg.Connection[Any]:
    """Connect to the hub; an unreachable hub or a refused login is one sentence."""
    try:
        return psycopg.connect(
            conninfo,
            autocommit=autocommit,
            application_name="briefer-sync",
            connect_timeout=10,
        )
    except psycopg.Error as exc:
        raise HubError(
            f"The hub {describe(conninfo)} cannot be reached ({first_line(exc)}); "
            "your work stays on this computer and syncs next time."
        ) from exc


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0].rstrip(".") if text else exc.__class__.__name__


def hub_error(exc: psycopg.Error, hub: str) -> HubError:
    """A psycopg error during sync as one sentence (a bug is re-raised by the caller)."""
    if getattr(exc, "sqlstate", None) == STALE_SQLSTATE:
        return StaleUpload(first_line(exc))
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return HubRefused(
            f"The hub {hub} refused the change: your role may not push it "
            "(officers pull facts and push only their own briefs; editors push facts)."
        )
    if isinstance(exc, psycopg.OperationalError | pg_errors.AdminShutdown):
        return HubError(
            f"The connection to the hub {hub} was lost ({first_line(exc)}); "
            "your work stays on this computer; sync again to finish."
        )
    if isinstance(exc, pg_errors.UndefinedTable):
        return HubError(
            f"The hub {hub} is not set up for Briefer; an administrator runs `briefer hub init`."
        )
    raise exc


# ---- migrations ------------------------------------------------------------------------------


def applied_migrations(conn: psycopg.Connection[Any]) -> list[str]:
    exists = conn.execute("SELECT to_regclass('hub_migration') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM hub_migration ORDER BY name")]


def init_hub(conninfo: str, say: Callable[[str], None] | None = None) -> list[str]:
    """Create or upgrade the hub's schema and roles; return the migrations applied now.

    Needs a connection as the database's owner with the right to create roles (CREATEROLE
    or superuser). Safe to run again: applied migrations are skipped.
    """
    report = say or (lambda _m: None)
    hub = describe(conninfo)
    conn = connect(conninfo, autocommit=False)
    done: list[str] = []
    try:
        with conn.transaction():
            # One init at a time (a session lock, so each migration below can commit).
            conn.execute("SELECT pg_advisory_lock(%s)", [PUSH_LOCK + 1])
            conn.execute(
                "CREATE TABLE IF NOT EXISTS hub_migration ("
                "name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
        applied = applied_migrations(conn)
        unknown = [name for name in applied if name not in known_hub_migrations()]
        if unknown:
            raise HubError(
                f"The hub {hub} was set up by a newer Briefer ({unknown[-1]}); "
                "update Briefer to use it (nothing was changed)."
            )
        for name, sql in _MIGRATIONS:
            if name in applied:
                continue
            with conn.transaction():
                conn.execute(sql.encode())
                conn.execute("INSERT INTO hub_migration (name) VALUES (%s)", [name])
            report(f"Applied {name}.")
            done.append(name)
        conn.execute("SELECT pg_advisory_unlock(%s)", [PUSH_LOCK + 1])
        conn.commit()
    except psycopg.errors.InsufficientPrivilege as exc:
        raise HubError(
            f"Setting up the hub {hub} needs its owner with the right to create roles "
            f"({first_line(exc)})."
        ) from exc
    except psycopg.OperationalError as exc:
        raise hub_error(exc, hub) from exc
    finally:
        conn.close()
    return done


def check_hub(conn: psycopg.Connection[Any], hub: str) -> str:
    """The hub's id, after checking its schema is one this Briefer knows."""
    applied = applied_migrations(conn)
    if not applied:
        raise HubError(
            f"The hub {hub} is not set up for Briefer; an administrator runs `briefer hub init`."
        )
    unknown = [name for name in applied if name not in known_hub_migrations()]
    if unknown:
        raise HubError(f"The hub {hub} was set up by a newer Briefer; update Briefer to sync.")
    missing = [name for name in known_hub_migrations() if name not in applied]
    if missing:
        raise HubError(
            f"The hub {hub} needs an upgrade ({missing[0]}); an administrator runs "
            "`briefer hub init`."
        )
    row = conn.execute("SELECT value FROM hub_meta WHERE key = 'hub_id'").fetchone()
    return str(row[0]) if row else ""


__all__ = [
    "ROLES",
    "HubError",
    "HubRefused",
    "StaleUpload",
    "check_hub",
    "connect",
    "describe",
    "init_hub",
    "without_password",
]
