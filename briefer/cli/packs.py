"""``briefer pack …``: export, import, list and resolve conflicts, from the command line.

    briefer pack export --out FILE [--pair P ...] [--since DATE] [--include-drafts]
                        [--include-retired] [--creator NAME] [--json]
    briefer pack import FILE [--dry-run] [--json]
    briefer pack conflicts [--all] [--json]
    briefer pack resolve ID --keep local|incoming [--json]

Human messages go to stderr, ``--json`` prints one document on stdout; a refused pack is
one sentence on stderr and exit 1 (raised as a BrieferError and reported by ``cli.main``).
The work is done by :class:`briefer.services.Services` (``export_pack``, ``import_pack``…).
"""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer.cli.output import EXIT_OK, counted, open_services
from briefer.cli.output import emit_json as _emit_json
from briefer.cli.output import say as _say

if TYPE_CHECKING:
    from briefer.services import Services


def _services(args: argparse.Namespace) -> AbstractContextManager[Services]:
    # A pack goes into the store as it is: an officer's first import into a new store
    # should not also bring in the demo facts.
    return open_services(args, demo_on_first_run=False)


def cmd_pack_export(args: argparse.Namespace) -> int:
    with _services(args) as services:
        out = Path(args.out).expanduser()
        manifest = services.export_pack(
            out,
            pairs=args.pair,
            since=args.since,
            include_drafts=args.include_drafts,
            include_retired=args.include_retired,
            creator=args.creator,
        )
    if args.json:
        _emit_json({"file": str(out), "manifest": manifest.as_dict()})
    else:
        summary = services.pack_summary(manifest)
        _say(f"Wrote the fact pack {out}: {summary}; pack id {manifest.pack_id}.")
    return EXIT_OK


def _progress_printer() -> Any:
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != last[0]:
            last[0] = percent
            end = "\n" if done >= total else ""
            print(f"\rImporting… {percent:3d}%", end=end, file=sys.stderr, flush=True)

    return show


def cmd_pack_import(args: argparse.Namespace) -> int:
    pack = Path(args.file).expanduser()
    progress = None if args.json else _progress_printer()
    with _services(args) as services:
        if args.dry_run:
            plan = services.preview_pack(pack, progress=progress)
        else:
            plan = services.import_pack(pack, progress=progress)
    if args.json:
        _emit_json(plan.as_json())
        return EXIT_OK
    for conflict in plan.conflicts:
        print(
            f"conflict {conflict.uuid} (here r{conflict.local_revision}, "
            f"pack r{conflict.incoming_revision}, {conflict.reason})"
        )
        print(f"  here: {conflict.statement_local}")
        print(f"  pack: {conflict.statement_incoming}")
    _say(plan.summary())
    if plan.conflicts and not plan.dry_run:
        _say("See `briefer pack conflicts` and settle each with `briefer pack resolve`.")
    return EXIT_OK


def cmd_pack_conflicts(args: argparse.Namespace) -> int:
    with _services(args) as services:
        conflicts = services.pack_conflicts(include_resolved=args.all)
        local = services.facts_by_uuid(c.fact_uuid for c in conflicts)
    if args.json:
        _emit_json(
            {
                "count": len(conflicts),
                "conflicts": [
                    {
                        **c.as_json(),
                        "local_statement_vi": getattr(local.get(c.fact_uuid), "statement_vi", ""),
                    }
                    for c in conflicts
                ],
            }
        )
        return EXIT_OK
    for c in conflicts:
        here = local.get(c.fact_uuid)
        state = f"resolved: {c.resolution}" if c.resolved_at else c.reason
        print(f"{c.id}\t{c.fact_uuid}\tfrom {c.pack_creator or '?'} pack {c.pack_id}\t{state}")
        print(f"\there (r{here.revision if here else '?'}): {here.statement_vi if here else '—'}")
        print(f"\tpack (r{c.incoming_revision}): {c.incoming_statement_vi}")
    _say(f"{counted(len(conflicts), 'conflict')}.")
    return EXIT_OK


def cmd_pack_resolve(args: argparse.Namespace) -> int:
    with _services(args) as services:
        fact = services.resolve_pack_conflict(args.id, args.keep)
    if args.json:
        _emit_json(
            {"conflict": args.id, "kept": args.keep, "uuid": fact.uuid, "revision": fact.revision}
        )
    else:
        _say(
            f"Conflict {args.id} settled: kept the {args.keep} version (revision {fact.revision})."
        )
    return EXIT_OK


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``briefer pack …`` to the subcommands ``sub`` of the main parser."""
    pack = sub.add_parser(
        "pack", parents=parents, help="export and import fact packs (move facts between stores)"
    )
    actions = pack.add_subparsers(
        dest="pack_command", metavar="ACTION", parser_class=type(pack), required=True
    )

    p = actions.add_parser("export", parents=parents, help="write a fact pack")
    p.add_argument("--out", required=True, metavar="FILE", help="the pack file to write")
    p.add_argument(
        "--pair", action="append", metavar="P", help="only this pair (repeatable; default: all)"
    )
    p.add_argument("--since", metavar="DATE", help="only facts changed on or after DATE")
    p.add_argument("--include-drafts", action="store_true", help="also draft facts")
    p.add_argument("--include-retired", action="store_true", help="also retired facts")
    p.add_argument("--creator", help="who made the pack (default: your login name)")
    p.set_defaults(func=cmd_pack_export)

    p = actions.add_parser("import", parents=parents, help="merge a fact pack into the store")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.set_defaults(func=cmd_pack_import)

    p = actions.add_parser("conflicts", parents=parents, help="list conflicts from imports")
    p.add_argument("--all", action="store_true", help="also resolved ones")
    p.set_defaults(func=cmd_pack_conflicts)

    p = actions.add_parser("resolve", parents=parents, help="settle a conflict")
    p.add_argument("id", type=int, help="the conflict number (see `briefer pack conflicts`)")
    p.add_argument("--keep", required=True, choices=("local", "incoming"))
    p.set_defaults(func=cmd_pack_resolve)


__all__ = ["register"]
