"""Importing article files: each file becomes a source and its candidate facts drafts.

``briefer.services.intake`` does the work (loaded when an import runs: it brings the
readers for HTML, DOCX and PDF). A report per file says what happened to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.ingest.reports import DUPLICATE, ERROR, IMPORTED
from briefer.services.base import ServicesBase

if TYPE_CHECKING:
    from briefer.ingest.reports import FileReport


class ImportServices(ServicesBase):
    def import_files(
        self,
        paths: Sequence[str | Path],
        progress: Callable[[str, float], None] | None = None,
    ) -> list[FileReport]:
        """Import article files (each all or nothing; several per transaction); one FileReport
        per file."""
        from briefer.services.intake import import_files

        return import_files(self.db(), list(paths), progress=progress)


__all__ = ["DUPLICATE", "ERROR", "IMPORTED", "ImportServices"]
