"""``briefer import FILE... [--json]``: add sources to the store and report candidate facts.

Registered by :func:`register` from ``briefer.cli.main.build_parser``. Human output lists each
file and its candidates on stdout; every failure is one sentence on stderr. ``--json``
prints ``{"files": [...]}`` (see :meth:`briefer.ingest.reports.FileReport.as_json`) on
stdout. Exit 0 when every file was imported or was already in the store, 1 when any file
failed (the others are imported all the same).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from briefer.cli.output import EXIT_ERROR, EXIT_OK, counted, emit_json, open_services


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``import`` subcommand to the ``briefer`` parser's subparsers."""
    p = sub.add_parser(
        "import",
        parents=parents,
        help="add source files (.txt, .html, .docx, .pdf); report candidate facts",
        description="Import articles as sources; each sentence with a date, figure, rank, "
        "visit, agreement, mechanism or proposal becomes a draft fact to review.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="files to import")
    p.set_defaults(func=cmd_import)


def _date(iso: str) -> str:
    from briefer.text.dates import format_date

    try:
        return format_date(iso, "vi")
    except ValueError:
        return iso


def _value(candidate: Any) -> str:
    """The value shown after a figure: ``= hơn 1,3 tỷ USD (9 tháng đầu năm 2024)``."""
    from briefer.text.numbers import format_amount

    if candidate.value is None:
        return ""
    if candidate.unit == "rank":
        amount = f"thứ {candidate.value:g}"
    else:
        amount = format_amount(candidate.value, candidate.unit, "vi", candidate.qualifier)
    if candidate.period:
        when = _date(candidate.period)
    else:
        when = f"as of {_date(candidate.as_of)}" if candidate.as_of else ""
    return f" = {amount}" + (f" ({when})" if when else "")


def _print_human(reports: list[Any]) -> None:
    for report in reports:
        if report.status == "error":
            continue
        source = report.source
        if report.status == "duplicate":
            print(report.message)
            continue
        details = ", ".join(
            part
            for part in (source.outlet, source.published_on, source.url, " ".join(source.pairs))
            if part
        )
        print(
            f"{report.path}: source {source.id} “{source.title}”"
            + (f" [{details}]" if details else "")
        )
        for c in report.candidates:
            when = c.event_date and f" [{_date(c.event_date)}]"
            notes = ""
            if c.corroborates:
                notes += f" corroborates {', '.join(c.corroborates)}"
            if c.conflict_with:
                notes += f" CONFLICTS with {', '.join(c.conflict_with)}"
            metric = f" {c.metric}" if c.metric else ""
            print(f"  {c.pair} {c.topic:<13} {c.kind:<9}{metric}{_value(c)}{when}{notes}")
            print(f"      “{c.quote}”")


def cmd_import(args: argparse.Namespace) -> int:
    from briefer.services.importing import DUPLICATE, ERROR, IMPORTED

    with open_services(args) as services:
        reports = services.import_files(args.files)
    if args.json:
        emit_json({"files": [r.as_json() for r in reports]})
    else:
        _print_human(reports)
    failed = [r for r in reports if r.status == ERROR]
    for report in failed:
        print(report.error, file=sys.stderr)
    if not args.json and not failed:
        imported = [r for r in reports if r.status == IMPORTED]
        duplicates = sum(1 for r in reports if r.status == DUPLICATE)
        drafts = sum(len(r.candidates) for r in imported)
        conflicts = sum(1 for r in imported for c in r.candidates if c.conflict_with)
        summary = f"Imported {counted(len(imported), 'file')}: "
        summary += f"{counted(drafts, 'draft fact')} to review"
        summary += f", {conflicts} in conflict with approved facts" if conflicts else ""
        summary += f"; {duplicates} already in the store." if duplicates else "."
        print(summary, file=sys.stderr)
    return EXIT_ERROR if failed else EXIT_OK


__all__ = ["cmd_import", "register"]
