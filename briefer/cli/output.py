"""What every command-line module prints, and how it ends: one place for all of them.

``--json`` prints one JSON document on stdout; human messages go to stderr (DESIGN.md §6).
Kept free of heavy imports: every command module loads it while the parser is built.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefer.services import Services

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def say(message: str) -> None:
    """A message for the person at the terminal (stderr)."""
    print(message, file=sys.stderr)


def emit_json(document: Any) -> None:
    """The command's one JSON document (stdout)."""
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@contextmanager
def open_services(
    args: argparse.Namespace, *, demo_on_first_run: bool = True
) -> Iterator[Services]:
    """The services over the command's store (``--store``), closed when the command is done.

    ``demo_on_first_run=False`` for commands that bring their own facts (packs, sync): a
    first import into a new store should not also bring in the demo facts."""
    from briefer.services import Services  # loaded when a command runs, not with the parser

    services = Services(args.store, demo_on_first_run=demo_on_first_run)
    try:
        yield services
    finally:
        services.close()
