"""``briefer review``, ``briefer approve`` and ``briefer reject``: the review queue from the shell.

Registered by :func:`register` from ``briefer.cli.main.build_parser``; the work is done by
:class:`briefer.services.Services` (``review_queue``, ``accept_facts``, ``reject_facts``).

- ``briefer review [--pair P] [--json]`` lists draft facts: uuid, pair, topic, kind, the
  parsed value, period or date, and the quote with its source. ``--json`` prints
  ``{"count": n, "drafts": [fact, …]}`` (facts as ``briefer facts --json`` prints them).
- ``briefer approve UUID…`` or ``briefer approve --pair P --all`` approves drafts.
- ``briefer reject UUID… [--reason TEXT]`` retires drafts (they stay traceable to their source).

Only drafts change: a fact already approved or retired is reported and left as it is. An
unknown uuid is one sentence on stderr and nothing changes (all uuids or none).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from briefer.cli.output import EXIT_OK, EXIT_USAGE, counted, emit_json, open_services
from briefer.cli.shapes import fact_json, fact_value, fact_when_text

if TYPE_CHECKING:
    from briefer.services import Services


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``review``, ``approve`` and ``reject`` to the ``briefer`` parser's subparsers."""
    p = sub.add_parser(
        "review",
        parents=parents,
        help="list draft facts with their quote and parsed fields",
        description="List the draft facts waiting for review (imported candidates and new "
        "facts), with the quote each cites and the value, period or date read from it.",
    )
    p.add_argument("--pair", help="only drafts of this pair, e.g. VN-HU")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser(
        "approve",
        parents=parents,
        help="approve drafts: UUID... or --pair P --all",
        description="Approve draft facts so that briefs can use them.",
    )
    p.add_argument("uuids", nargs="*", metavar="UUID", help="draft facts to approve")
    p.add_argument("--pair", help="with --all: every draft of this pair")
    p.add_argument("--all", action="store_true", help="with --pair: every draft of the pair")
    p.set_defaults(func=cmd_approve)

    p = sub.add_parser(
        "reject",
        parents=parents,
        help="reject drafts (they are retired, never deleted)",
        description="Reject draft facts: they are retired and stay traceable to their source.",
    )
    p.add_argument("uuids", nargs="+", metavar="UUID", help="draft facts to reject")
    p.add_argument("--reason", default="", help="why (kept in the fact's history)")
    p.set_defaults(func=cmd_reject)


def _usage(message: str) -> int:
    print(f"briefer: {message}", file=sys.stderr)
    return EXIT_USAGE


def cmd_review(args: argparse.Namespace) -> int:

    with open_services(args) as services:
        drafts = services.review_queue(args.pair)
    if args.json:
        emit_json({"pair": args.pair.upper() if args.pair else None, "count": len(drafts),
               "drafts": [fact_json(f) for f in drafts]})  # fmt: skip
        return EXIT_OK
    for fact in drafts:
        fields = " ".join(
            part for part in (fact.metric, fact_value(fact), fact_when_text(fact)) if part
        )
        print(
            f"{fact.uuid}  {fact.pair} {fact.topic} {fact.kind}" + (f"  {fields}" if fields else "")
        )
        for citation in fact.citations:
            source = citation.source_outlet or citation.source_title
            print(f"    “{citation.quote}”" + (f" [{source}]" if source else ""))
    print(f"{counted(len(drafts), 'draft')} to review.", file=sys.stderr)
    return EXIT_OK


def _split(services: Services, uuids: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """(drafts, [(uuid, status) of facts that are not drafts]); unknown uuids raise."""
    from briefer.errors import InputError

    found = services.facts_by_uuid(uuids)
    missing = [u for u in uuids if u not in found]
    if missing:
        raise InputError(f"There is no fact {missing[0]}; nothing was changed.")
    drafts = [u for u in dict.fromkeys(uuids) if found[u].status == "draft"]
    others = [(u, found[u].status) for u in dict.fromkeys(uuids) if found[u].status != "draft"]
    return drafts, others


def _change(args: argparse.Namespace, uuids: list[str], verb: str) -> int:

    with open_services(args) as services:
        drafts, others = _split(services, uuids)
        if verb == "approved":
            services.accept_facts(drafts)
        else:
            services.reject_facts(drafts, args.reason)
    if args.json:
        emit_json({verb: drafts, "unchanged": [{"uuid": u, "status": s} for u, s in others]})
    for uuid, status in others:
        print(f"{uuid} is {status}, not a draft; left as it is.", file=sys.stderr)
    print(f"{verb.capitalize()} {counted(len(drafts), 'draft')}.", file=sys.stderr)
    return EXIT_OK


def cmd_approve(args: argparse.Namespace) -> int:
    if args.all != bool(args.pair) or (args.all and args.uuids):
        return _usage("give draft UUIDs, or --pair P --all to approve every draft of a pair.")
    if not args.all and not args.uuids:
        return _usage("give draft UUIDs, or --pair P --all to approve every draft of a pair.")
    uuids = list(args.uuids)
    if args.all:
        with open_services(args) as services:
            uuids = [f.uuid for f in services.review_queue(args.pair)]
    return _change(args, uuids, "approved")


def cmd_reject(args: argparse.Namespace) -> int:
    return _change(args, list(args.uuids), "rejected")


__all__ = ["cmd_approve", "cmd_reject", "cmd_review", "register"]
