"""The ``briefer`` command: headless use-cases, and the desktop app when no subcommand is given.

Contract (DESIGN.md §6): ``--store`` before or after the subcommand (or ``BRIEFER_STORE``);
``--json`` prints one JSON document on stdout, messages go to stderr; exit 0 on success,
1 on a user-facing error (one sentence, no traceback), 2 on wrong usage.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer.cli.output import EXIT_ERROR, EXIT_OK, EXIT_USAGE, counted
from briefer.cli.output import emit_json as _emit_json
from briefer.cli.output import say as _say
from briefer.cli.parsing import OnlyCommand, command_in
from briefer.cli.shapes import fact_json, fact_line
from briefer.domain.topics import TOPIC_KEYS
from briefer.errors import BrieferError
from briefer.paths import logs_dir, resolve_store_path
from briefer.text.controls import for_terminal

if TYPE_CHECKING:
    from briefer.services import ReadingServices, Services

log = logging.getLogger("briefer")


class UsageError(Exception):
    """Wrong use of the command line (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own errors: usage, exit 2
        self.print_usage(sys.stderr)
        print(f"briefer: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


class _VersionAction(argparse.Action):
    """``--version``: the installed version is looked up only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from briefer import __version__

        print(f"briefer {__version__}")
        parser.exit()


# ---- commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from briefer.services import init_store

    result = init_store(resolve_store_path(args.store), demo=args.demo, classified=args.classified)
    if args.json:
        _emit_json(
            {
                "store": str(result.path),
                "sources": result.sources,
                "facts": result.facts,
                "classified": args.classified,
            }
        )
    else:
        extra = f" with {result.facts} facts from {result.sources} sources" if args.demo else ""
        kind = "classified store" if args.classified else "store"
        _say(f"Created the {kind} {result.path}{extra}.")
    return EXIT_OK


# The services this module's commands opened; closed when the command ends (see main).
_opened: list[ReadingServices] = []


def _services(args: argparse.Namespace) -> Services:
    from briefer.services import Services

    services = Services(args.store)
    _opened.append(services)
    return services


def _reading(args: argparse.Namespace) -> ReadingServices:
    """Only the reading services, for pairs, facts and search: a read command is a whole
    process, and the other topics' modules (exports, curation, imports…) cost it ~10 ms."""
    from briefer.services import ReadingServices

    services = ReadingServices(args.store)
    _opened.append(services)
    return services


def _close_opened() -> None:
    while _opened:
        _opened.pop().close()


def cmd_pairs(args: argparse.Namespace) -> int:
    pairs = _reading(args).pairs(with_drafts=True)
    if args.json:
        _emit_json(
            {
                "pairs": [
                    {
                        "code": p.code,
                        "home": asdict(p.home),
                        "partner": asdict(p.partner),
                        "facts": p.fact_count,
                        "drafts": p.draft_count,
                        "label_vi": p.label("vi"),
                        "label_en": p.label("en"),
                    }
                    for p in pairs
                ]
            }
        )
    else:
        for p in pairs:
            print(f"{p.code}\t{p.fact_count:>5} facts\t{p.draft_count:>5} drafts\t{p.label('vi')}")
    return EXIT_OK


def cmd_facts(args: argparse.Namespace) -> int:
    facts = _reading(args).facts(args.pair, topic=args.topic, status=args.status)
    if args.json:
        _emit_json(
            {"pair": args.pair.upper(), "count": len(facts), "facts": [fact_json(f) for f in facts]}
        )
    else:
        for f in facts:
            print(fact_line(f))
        _say(f"{counted(len(facts), 'fact')}.")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    hits = _reading(args).search(
        args.query,
        pair=args.pair,
        limit=args.limit,
        topic=args.topic,
        kind=args.kind,
        status=args.status,
        since=args.since,
        until=args.until,
    )
    if args.json:
        _emit_json(
            {
                "query": args.query,
                "count": len(hits),
                "hits": [
                    {**asdict(h), "highlights": [list(span) for span in h.highlights]} for h in hits
                ],
            }
        )
    else:
        for h in hits:
            marked = h.snippet
            for start, end in reversed(h.highlights):
                marked = f"{marked[:start]}«{marked[start:end]}»{marked[end:]}"
            print(f"{h.kind:<6} {h.pair or '-':<6} {h.field:<12} {marked}")
        if hits and hits[0].approximate:
            _say("Nothing matched as typed; these results match near spellings.")
        _say(f"{counted(len(hits), 'result')}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    report = _services(args).check()
    if args.json:
        _emit_json(report.as_json())
    else:
        for problem in report.problems:
            print(f"- {problem}")
        counts = ", ".join(f"{v} {k}" for k, v in report.counts.items())
        _say(
            "The store is sound" + (f" ({counts})." if counts else ".")
            if report.ok
            else f"{counted(len(report.problems), 'problem')} found."
        )
    return EXIT_OK if report.ok else EXIT_ERROR


def cmd_export(args: argparse.Namespace) -> int:
    from datetime import date

    from briefer.errors import InputError

    try:
        brief_date = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise InputError(f"'{args.date}' is not a date; write it like 2026-11-24.") from None
    from briefer.services.exporting import ExportServices  # not the facade, nor sqlite-utils

    _opened.append(services := ExportServices(args.store))
    brief = services.assemble(args.pair, args.type, args.lang, brief_date, args.marking)
    out = Path(args.out).expanduser()
    formats = ["docx", "pdf"] if args.format == "both" else [args.format]
    result = services.export_brief(
        brief, formats, out, strict=args.strict, template=args.template, warnings=brief.warnings
    )
    for warning in result.warnings:
        _say(f"warning: {warning.message(args.lang)}")
    if args.json:
        _emit_json(
            {
                "files": [str(p) for p in result.paths],
                "warnings": [
                    {"code": w.code, "message": w.message(args.lang), "fact_uuid": w.fact_uuid}
                    for w in result.warnings
                ],
            }
        )
    else:
        for path in result.paths:
            _say(f"Wrote {path}.")
    return EXIT_OK


def cmd_repair(args: argparse.Namespace) -> int:
    result = _services(args).repair()
    if args.json:
        _emit_json(result.as_json())
    else:
        if result.backup:
            _say(f"Backed up the store first: {result.backup.path}.")
        for problem in result.fixed:
            print(f"fixed: {problem}")
        for problem in result.remaining:
            print(f"not fixed: {problem}")
        if not result.fixed and not result.remaining:
            _say("The store is sound; nothing to repair.")
        elif result.remaining:
            _say("Some problems need `briefer restore` (a backup), not a repair.")
    return EXIT_ERROR if result.remaining else EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    from briefer.app_launch import launch

    return launch(resolve_store_path(args.store))


# ---- parser --------------------------------------------------------------------------------


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``briefer`` parser; with ``command``, only that subcommand's parser is built
    (what one run needs); the whole parser when the command is not known."""
    # --store and --json are accepted both before and after the subcommand; SUPPRESS keeps a
    # subcommand's default from overwriting a value given before it.
    common = _Parser(add_help=False)
    common.add_argument(
        "--store",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the store file (default: BRIEFER_STORE or the user data folder)",
    )
    with_json = _Parser(add_help=False)
    with_json.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print one JSON document on stdout",
    )

    parser = _Parser(
        prog="briefer",
        parents=[common],
        description="Briefer: citation-linked briefing notes for official visits. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version")
    all_commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub: Any = all_commands if command is None else OnlyCommand(all_commands, command)

    p = sub.add_parser("init", parents=[common, with_json], help="create a store")
    p.add_argument("--demo", action="store_true", help="load the demo fact pack")
    p.add_argument(
        "--classified",
        action="store_true",
        help="an air-gapped store: never syncs over a network, takes facts from pack files",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("pairs", parents=[common, with_json], help="list country pairs")
    p.set_defaults(func=cmd_pairs)

    p = sub.add_parser("facts", parents=[common, with_json], help="list the facts of a pair")
    p.add_argument("--pair", required=True, help="country pair, e.g. VN-CL")
    p.add_argument("--topic", choices=TOPIC_KEYS)
    p.add_argument("--status", choices=("draft", "approved", "retired"))
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser(
        "search", parents=[common, with_json], help="accent-insensitive search of facts and sources"
    )
    p.add_argument(
        "query",
        help='every word must match; "exact phrase", a OR b, -word to exclude; '
        "the last word matches as a prefix",
    )
    p.add_argument("--pair", help="facts of this pair, and sources cited by them")
    p.add_argument("--topic", choices=TOPIC_KEYS, help="facts of this topic (and their sources)")
    p.add_argument(
        "--kind",
        choices=("event", "figure", "statement", "source"),
        help="facts of this kind, or source passages only",
    )
    p.add_argument(
        "--status", choices=("draft", "approved", "retired"), help="facts with this status only"
    )
    p.add_argument("--since", metavar="DATE", help="dated on or after, e.g. 2023 or 2024-11")
    p.add_argument("--until", metavar="DATE", help="dated on or before, e.g. 2024-12-31")
    p.add_argument("--limit", type=int, default=20, help="at most this many facts (default 20)")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "export", parents=[common, with_json], help="assemble a brief and write it as DOCX or PDF"
    )
    p.add_argument("--pair", required=True, help="country pair, e.g. VN-CL")
    p.add_argument(
        "--type", default="state-visit", choices=("state-visit", "ministerial-talks", "fact-sheet")
    )
    p.add_argument("--lang", default="vi", choices=("vi", "en"))
    p.add_argument("--format", required=True, choices=("docx", "pdf", "both"))
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="output file (with --format both, the suffix is set per format)",
    )
    p.add_argument("--marking", default="", help="classification marking, e.g. MẬT")
    p.add_argument("--date", help="the date the brief is prepared for (default: today)")
    p.add_argument("--template", help="a template file to use instead of the bundled one")
    p.add_argument("--strict", action="store_true", help="fail when the brief has warnings")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("check", parents=[common, with_json], help="check the store's integrity")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "repair",
        parents=[common, with_json],
        help="back up, then rebuild the search text and indexes `check` flags",
    )
    p.set_defaults(func=cmd_repair)

    if command is not None and sub.found:
        return parser  # a command of this module: the feature modules need not load

    # ---- feature commands: each feature module adds its own subcommands ----
    # register(sub, parents) where parents = [common, with_json]; one line per feature.
    from briefer.cli import backups, importing, packs, review, selftest, sync, team_briefs

    for group in (importing, review, packs, selftest, backups, sync, team_briefs):
        group.register(sub, [common, with_json])
    if command is not None and not sub.found:
        return build_parser()  # not a command: argparse's error lists them all
    return parser


# Commands that look after backups themselves (and the app, which backs up on its own terms).
_OWN_BACKUPS = {"backup", "restore", "selftest"}


def _store_files(args: argparse.Namespace, func: Callable[..., int]) -> Any:
    """The store files' stat before a command, to see afterwards whether it changed them."""
    if func is cmd_app or getattr(args, "command", None) in _OWN_BACKUPS:
        return None
    from briefer.services.reliability import store_files

    try:
        return store_files(resolve_store_path(args.store))
    except (OSError, BrieferError):
        return None


def _backup_if_changed(store: Path, before: Any) -> None:
    """After a command that changed the store: back it up (docs/reliability.md, "Backups").

    A small store is copied and verified now (a fraction of a second); a large one by a
    detached ``briefer backup --auto`` process, so the command never waits for the copy.
    """
    import gc
    import os

    from briefer.services.reliability import back_up_if_changed, store_open_here

    # A connection the command left unclosed closes when collected, and SQLite checkpoints
    # on the last one, changing the files: collect it before comparing them. Walking every
    # object costs 2-6 ms (the more, the more modules a command loaded), so only when one is
    # left (Windows lists no process's descriptors: there, always).
    if os.name == "nt" or store_open_here(store):
        gc.collect()
    try:
        back_up_if_changed(store, before, on_problem=lambda problem: _say(f"warning: {problem}"))
    except (OSError, BrieferError) as exc:
        log.warning("automatic backup after the command failed: %s", exc)


def _report_bug(exc: BaseException) -> None:
    """An unexpected exception is a bug: full traceback to the log, one line to the user."""
    where = "the log"
    try:
        folder = logs_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "briefer.log"
        with log_file.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)))
        where = str(log_file)
    except OSError:
        pass
    _say(
        f"Briefer hit an internal error (a bug): {exc.__class__.__name__}. "
        f"Details are in {where}; please report it."
    )


def _closed_pipe() -> int:
    """The reader went away (``briefer … | head``): stop quietly, as Unix tools do."""
    import os

    # Point stdout at /dev/null so the interpreter's final flush does not fail again.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 141  # 128 + SIGPIPE, the status a shell shows for a tool stopped by a closed pipe


class _TerminalSafe:
    """A text stream that prints controls, bidi controls and lone surrogates as escapes.

    A ``\\r`` that starts a write is kept: progress lines redraw themselves with it.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        head = "\r" if text.startswith("\r") else ""
        return int(self._stream.write(head + for_terminal(text[len(head) :])))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(command_in(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    for name, default in (("store", None), ("json", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_app)
    before = _store_files(args, func)
    streams = sys.stdout, sys.stderr
    # File names, titles and quotes can carry terminal escapes: human output shows them as
    # visible escapes; JSON (already escaped by the encoder) is left as data.
    if not args.json:
        sys.stdout = _TerminalSafe(sys.stdout)
    sys.stderr = _TerminalSafe(sys.stderr)
    try:
        try:
            code = func(args)
        finally:
            _close_opened()
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        if before is not None:
            _backup_if_changed(resolve_store_path(args.store), before)
        return code
    except BrokenPipeError:
        return _closed_pipe()
    except BrieferError as exc:
        _say(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say("Interrupted.")
        return 130
    except Exception as exc:  # a bug, not the user's doing
        _report_bug(exc)
        return EXIT_ERROR
    finally:
        sys.stdout, sys.stderr = streams


if __name__ == "__main__":
    raise SystemExit(main())
