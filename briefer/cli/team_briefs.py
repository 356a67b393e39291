"""``briefer brief share|unshare|team|copy``: briefs shared with the team through the hub.

    briefer brief share UUID [--json]      share one of this store's briefs from the next sync on
    briefer brief unshare UUID [--json]    stop sharing it (the next sync removes it from the hub)
    briefer brief team [--json]            the briefs others shared, as of the last sync
    briefer brief copy UUID [--json]       duplicate a shared brief into a brief of one's own

The commands call :mod:`briefer.services.sync` (imported when run, like the other feature
commands); `briefer sync` does the travelling.
"""

from __future__ import annotations

import argparse
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from briefer.cli.output import EXIT_OK, counted, open_services
from briefer.cli.output import emit_json as _emit_json
from briefer.cli.output import say as _say

if TYPE_CHECKING:
    from briefer.services import Services


def _services(args: argparse.Namespace) -> AbstractContextManager[Services]:
    return open_services(args, demo_on_first_run=False)


def _set_shared(args: argparse.Namespace, shared: bool) -> int:
    from briefer.services import sync as sync_service

    with _services(args) as services:
        title = sync_service.share_brief(services, args.uuid, shared)
    if args.json:
        _emit_json({"uuid": args.uuid, "title": title, "shared": shared})
    elif shared:
        _say(f"“{title}” is shared with the team from the next `briefer sync`.")
    else:
        _say(f"“{title}” is no longer shared; the next `briefer sync` removes it from the hub.")
    return EXIT_OK


def cmd_brief_share(args: argparse.Namespace) -> int:
    return _set_shared(args, True)


def cmd_brief_unshare(args: argparse.Namespace) -> int:
    return _set_shared(args, False)


def cmd_brief_team(args: argparse.Namespace) -> int:
    from briefer.services import sync as sync_service

    with _services(args) as services:
        found = sync_service.team_briefs(services)
    if args.json:
        _emit_json({"count": len(found), "briefs": [b.as_json() for b in found]})
        return EXIT_OK
    for b in found:
        print(f"{b.uuid}\t{b.brief_date}\t{b.pair}\t{b.owner}\t{b.title}")
    _say(f"{counted(len(found), 'brief')} shared by the team (as of the last sync).")
    return EXIT_OK


def cmd_brief_copy(args: argparse.Namespace) -> int:
    from briefer.services import sync as sync_service

    with _services(args) as services:
        new_uuid, brief = sync_service.copy_team_brief(services, args.uuid)
    if args.json:
        _emit_json({"uuid": new_uuid, "copied_from": args.uuid, "title": brief.title})
    else:
        _say(f"“{brief.title}” copied into your briefs as {new_uuid}.")
    return EXIT_OK


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``brief`` and its actions to the subcommands ``sub`` of the main parser."""
    brief = sub.add_parser("brief", parents=parents, help="share briefs with the team")
    actions = brief.add_subparsers(
        dest="brief_command", metavar="ACTION", parser_class=type(brief), required=True
    )
    for name, func, text in (
        ("share", cmd_brief_share, "share a brief of this store with the team"),
        ("unshare", cmd_brief_unshare, "stop sharing a brief (removed from the hub)"),
        ("copy", cmd_brief_copy, "duplicate a brief the team shared into your own"),
    ):
        p = actions.add_parser(name, parents=parents, help=text)
        p.add_argument("uuid", metavar="UUID")
        p.set_defaults(func=func)
    p = actions.add_parser("team", parents=parents, help="the briefs others shared")
    p.set_defaults(func=cmd_brief_team)


__all__ = ["register"]
