"""One way for a test to import a text as a user does: saved to a file, read by the importer."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import Analysis, analyse


def imported(folder: Path, text: str, name: str = "page.txt") -> Analysis:
    """``text`` saved as ``folder``/``name`` and imported whole (readers, cleaning, metadata,
    candidates), as the app imports a file a user drops on it."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return analyse(path)
