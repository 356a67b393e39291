"""``briefer hub init``, ``sync``, ``conflicts``, ``resolve`` and ``fact set|delete``.

    briefer hub init URL                     create or upgrade the hub's schema and roles
    briefer sync [--hub URL] [--json]        {"pushed": n, "pulled": n, "conflicts": n}
    briefer conflicts [--all] [--json]       conflicts from sync and packs, one list
    briefer resolve ID --keep local|incoming|both
    briefer fact set UUID FIELD VALUE        statement_vi, statement_en, rank, status, value, period
    briefer fact delete UUID

The commands call :mod:`briefer.services.sync` (imported when run, like the other feature
commands). A URL with a password is used once and remembered without it: passwords belong
in libpq's password file (``~/.pgpass``, ``PGPASSFILE``) or service file.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from briefer.cli.output import EXIT_OK, counted, open_store_services
from briefer.cli.output import emit_json as _emit_json
from briefer.cli.output import say as _say

if TYPE_CHECKING:
    from briefer.services import ServicesBase


def _services(args: argparse.Namespace) -> AbstractContextManager[ServicesBase]:
    # A laptop's first sync starts from an empty store, not the demo facts.
    return open_store_services(args, demo_on_first_run=False)


def cmd_hub_init(args: argparse.Namespace) -> int:
    from briefer.services import sync as sync_service

    applied = sync_service.init_hub(args.url, None if args.json else _say)
    name = sync_service.hub_name(args.url)
    if args.json:
        _emit_json({"hub": name, "applied": applied})
    else:
        _say(
            f"The hub {name} is ready"
            + (f" ({len(applied)} migrations applied)." if applied else " (already up to date).")
        )
    return EXIT_OK


def _progress(quiet: bool) -> Any:
    if quiet or not sys.stderr.isatty():
        return None
    last: list[Any] = [None]

    def show(stage: str, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if (stage, percent) != last[0]:
            last[0] = (stage, percent)
            print(f"\r{stage.capitalize()}… {percent:3d}%", end="", file=sys.stderr, flush=True)

    return show


def cmd_sync(args: argparse.Namespace) -> int:
    from briefer.services import sync as sync_service

    if args.hub and sync_service.has_password(args.hub):
        _say(
            "The password in the hub address is used now but not remembered; keep it in "
            "your PostgreSQL password file (~/.pgpass) or a service file."
        )
    with _services(args) as services:
        result = sync_service.sync(services, args.hub, progress=_progress(args.json))
    if args.json:
        _emit_json(result.as_json())
    else:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        _say(
            f"Synced with {result.hub}: pushed {result.pushed}, pulled {result.pulled}, "
            f"{result.conflicts} conflicts."
        )
        if result.conflicts:
            _say("See `briefer conflicts` and settle each with `briefer resolve`.")
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from briefer.services import sync as sync_service

    with _services(args) as services:
        found = sync_service.conflicts(services, include_resolved=args.all)
    if args.json:
        _emit_json({"count": len(found), "conflicts": [c.as_json() for c in found]})
        return EXIT_OK
    for c in found:
        state = f"resolved: {c.resolution}" if c.resolved_at else c.reason
        fields = ", ".join(c.fields) or "—"
        print(f"{c.id}\t{c.origin}\t{c.entity} {c.uuid}\t{state}\tfields: {fields}")
        print(f"\there: {c.local_statement or '(deleted)'}")
        print(f"\tfrom {c.by or c.source}: {c.incoming_statement or '(deleted)'}")
    _say(f"{counted(len(found), 'conflict')}.")
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace) -> int:
    from briefer.services import sync as sync_service

    with _services(args) as services:
        sentence = sync_service.resolve(services, args.id, args.keep)
    if args.json:
        _emit_json({"conflict": args.id, "kept": args.keep, "message": sentence})
    else:
        _say(sentence)
    return EXIT_OK


def cmd_fact_set(args: argparse.Namespace) -> int:
    from briefer.services import sync as sync_service

    with _services(args) as services:
        fact = sync_service.set_fact_field(services, args.uuid, args.field, args.value)
    if args.json:
        _emit_json({"uuid": fact.uuid, "field": args.field, "revision": fact.revision})
    else:
        _say(f"Fact {fact.uuid}: {args.field} set (revision {fact.revision}).")
    return EXIT_OK


def cmd_fact_delete(args: argparse.Namespace) -> int:
    from briefer.services import sync as sync_service

    with _services(args) as services:
        sync_service.delete_fact(services, args.uuid)
    if args.json:
        _emit_json({"uuid": args.uuid, "deleted": True})
    else:
        _say(f"Fact {args.uuid} deleted.")
    return EXIT_OK


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add the hub's commands to the subcommands ``sub`` of the main parser."""
    from briefer.domain.model import SETTABLE_FIELDS

    hub = sub.add_parser("hub", parents=parents, help="set up the shared PostgreSQL hub")
    actions = hub.add_subparsers(
        dest="hub_command", metavar="ACTION", parser_class=type(hub), required=True
    )
    p = actions.add_parser(
        "init", parents=parents, help="create or upgrade the hub's schema and roles"
    )
    p.add_argument("url", metavar="URL", help="postgresql://owner@host/dbname or service=NAME")
    p.set_defaults(func=cmd_hub_init)

    p = sub.add_parser("sync", parents=parents, help="push this store's changes, pull the hub's")
    p.add_argument("--hub", metavar="URL", help="the hub (remembered after the first sync)")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("conflicts", parents=parents, help="conflicts from sync and fact packs")
    p.add_argument("--all", action="store_true", help="also resolved ones")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("resolve", parents=parents, help="settle a conflict")
    p.add_argument("id", type=int, help="the conflict number (see `briefer conflicts`)")
    p.add_argument("--keep", required=True, choices=("local", "incoming", "both"))
    p.set_defaults(func=cmd_resolve)

    fact = sub.add_parser("fact", parents=parents, help="scripted edits of one fact")
    fact_actions = fact.add_subparsers(
        dest="fact_command", metavar="ACTION", parser_class=type(fact), required=True
    )
    p = fact_actions.add_parser("set", parents=parents, help="set one field of a fact")
    p.add_argument("uuid", metavar="UUID")
    p.add_argument("field", metavar="FIELD", choices=SETTABLE_FIELDS)
    p.add_argument("value", metavar="VALUE")
    p.set_defaults(func=cmd_fact_set)
    p = fact_actions.add_parser(
        "delete", parents=parents, help="delete a fact (a tombstone on the hub)"
    )
    p.add_argument("uuid", metavar="UUID")
    p.set_defaults(func=cmd_fact_delete)


__all__ = ["register"]
