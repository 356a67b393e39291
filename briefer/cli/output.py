"""What every command-line module prints, and how it ends: one place for all of them.

``--json`` prints one JSON document on stdout; human messages go to stderr (DESIGN.md §6).
Kept free of heavy imports: every command module loads it while the parser is built.
"""

from __future__ import annotations

import json
import sys
from typing import Any

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def say(message: str) -> None:
    """A message for the person at the terminal (stderr)."""
    print(message, file=sys.stderr)


def emit_json(document: Any) -> None:
    """The command's one JSON document (stdout)."""
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
