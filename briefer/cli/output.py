"""What every command-line module prints, and how it ends: one place for all of them.

``--json`` prints one JSON document on stdout; human messages go to stderr (DESIGN.md §6).
Kept free of heavy imports: every command module loads it while the parser is built.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefer.domain.model import Fact

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def say(message: str) -> None:
    """A message for the person at the terminal (stderr)."""
    print(message, file=sys.stderr)


def emit_json(document: Any) -> None:
    """The command's one JSON document (stdout)."""
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fact_json(fact: Fact) -> dict[str, Any]:
    """A fact as ``briefer facts --json`` and ``briefer review --json`` print it."""
    data = asdict(fact)
    data.pop("id")
    data.pop("citation_count")  # the citations themselves follow
    data["citations"] = [
        {
            "source_id": c.source_id,
            "source_uuid": c.source_uuid,
            "title": c.source_title,
            "outlet": c.source_outlet,
            "url": c.source_url,
            "published_on": c.source_published_on,
            "quote": c.quote,
            "start": c.start,
            "end": c.end,
        }
        for c in fact.citations
    ]
    return data
