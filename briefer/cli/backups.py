"""``briefer backup`` and ``briefer restore``: the command line of services/reliability.py.

JSON shapes (``--json``, one document on stdout):

- ``backup``: ``{"store": PATH, "backup": BACKUP}`` (``backup --auto``: BACKUP or null)
- ``restore --list``: ``{"store": PATH, "backups": [BACKUP, ...], "set_aside": [PATH, ...]}``
- ``restore``: ``{"store": PATH, "restored_from": BACKUP, "set_aside": PATH|null,
  "problems": [...]}``
- ``restore --keep-current``: ``{"store": PATH, "backup": BACKUP}``

where BACKUP is ``Backup.as_json()``: name, path, created_at, label, reason, store, size,
schema_version, good, problems, counts.
"""

from __future__ import annotations

import argparse
from typing import Any

from briefer.cli.output import EXIT_OK, counted
from briefer.cli.output import emit_json as _emit_json
from briefer.cli.output import say as _say
from briefer.paths import resolve_store_path


def cmd_backup(args: argparse.Namespace) -> int:
    from briefer.services import reliability

    store = resolve_store_path(args.store)
    if args.auto:  # started by Briefer after a change to a large store: quiet, only when due
        made = reliability.run_due_backups(store)
        if args.json:
            _emit_json({"store": str(store), "backup": made.as_json() if made else None})
        return EXIT_OK
    backup = reliability.backup_store(store)
    if args.json:
        _emit_json({"store": str(store), "backup": backup.as_json()})
    else:
        print(backup.path)
        note = "" if backup.good else f" It has {len(backup.problems)} problems (see check)."
        _say(f"Backed up {store} ({backup.label}).{note}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from briefer.services import reliability

    store = resolve_store_path(args.store)
    if args.keep_current:
        accepted = reliability.keep_current(store)
        if args.json:
            _emit_json({"store": str(store), "backup": accepted.as_json()})
        else:
            _say(
                f"Kept {store} as it is; older backups no longer count "
                f"(new backup {accepted.name})."
            )
        return EXIT_OK
    if args.list:
        backups = reliability.list_backups(store)
        aside = reliability.set_aside_copies(store)
        if args.json:
            _emit_json(
                {
                    "store": str(store),
                    "backups": [b.as_json() for b in backups],
                    "set_aside": [str(p) for p in aside],
                }
            )
        else:
            for b in backups:
                state = "good" if b.good else counted(len(b.problems), "problem")
                print(f"{b.label}\t{b.reason:<14}\t{state}\t{b.name}")
            for path in aside:
                print(f"set aside\t{path}")
            _say(f"{counted(len(backups), 'backup')} of {store}.")
        return EXIT_OK
    result = reliability.restore(store, args.backup)
    if args.json:
        _emit_json(result.as_json())
    else:
        kept = f"; the previous store was kept at {result.set_aside}" if result.set_aside else ""
        _say(f"Restored {store} from the backup of {result.restored_from.label}{kept}.")
        for problem in result.problems:
            _say(f"warning: {problem}")
    return EXIT_OK


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``backup`` and ``restore`` to the ``briefer`` command's subparsers."""
    p = sub.add_parser("backup", parents=parents, help="make a verified backup of the store now")
    p.add_argument(
        "--auto",
        action="store_true",
        help="only if the store changed since its newest backup (Briefer runs this itself)",
    )
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "restore",
        parents=parents,
        help="go back to a backup (default: the newest good one); the current store is kept",
    )
    p.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup name from --list, or a store file to go back to",
    )
    p.add_argument("--list", action="store_true", help="list the backups instead")
    p.add_argument(
        "--keep-current",
        action="store_true",
        help="keep a store that is older than its backups as it is (after a 'missing changes' "
        "refusal)",
    )
    p.set_defaults(func=cmd_restore)
