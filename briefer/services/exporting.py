"""Exporting a brief as DOCX and/or PDF: the file names, the warnings, the files themselves.

The writers (``briefer.export``) are imported when an export runs, not with the services:
a command that only reads the store never loads python-docx or reportlab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.domain.brief import Brief, Warning
from briefer.domain.model import UNKNOWN_PARTNER
from briefer.errors import ExportError, InputError
from briefer.services.briefs import BriefServices
from briefer.store import briefs as brief_store
from briefer.store import lookups

if TYPE_CHECKING:
    from briefer.export.pdf import PdfLayout

EXPORT_FORMATS: tuple[str, ...] = ("docx", "pdf")
Progress = Callable[[str, float], None]  # (what is happening, fraction done 0..1)


def export_target(out_base: Path, fmt: str) -> Path:
    """The file for ``fmt``: ``brief`` or ``brief.pdf`` → ``brief.docx`` for DOCX.

    A format suffix on ``out_base`` is replaced; any other suffix is kept as part of the
    name (``brief.v2`` → ``brief.v2.pdf``), so one rule serves one format or both.
    """
    if out_base.suffix.lower() in {f".{f}" for f in EXPORT_FORMATS}:
        out_base = out_base.with_suffix("")
    return out_base.with_name(f"{out_base.name}.{fmt}")


@dataclass(frozen=True, slots=True)
class ExportResult:
    paths: tuple[Path, ...]
    warnings: tuple[Warning, ...]


def _overflow_warning(scale: float) -> Warning:
    """A one-page brief that did not fit its page (it was shrunk, never run onto a second)."""
    percent = round(scale * 100)
    return Warning(
        "overflow",
        f"Tài liệu một trang không vừa một trang A4 nên đã được thu nhỏ còn {percent}%; "
        "hãy bớt dòng để chữ in ở cỡ bình thường.",
        f"The one-page brief does not fit one A4 page, so it was shrunk to {percent}%; "
        "remove some lines to print it at full size.",
    )


class ExportServices(BriefServices):
    def export_brief(
        self,
        brief: Brief,
        formats: Sequence[str],
        out_base: Path,
        *,
        brief_uuid: str | None = None,
        strict: bool = False,
        template: str | None = None,
        progress: Progress | None = None,
        warnings: tuple[Warning, ...] | None = None,
    ) -> ExportResult:
        """Write ``brief`` as each of ``formats`` next to ``out_base`` (suffix set per format).

        With ``strict`` any warning stops the export before a file is written. A saved brief
        (``brief_uuid``) records the fact revisions it used, for "changed since export".
        ``warnings``: the brief's warnings when the caller has just computed them (a brief
        fresh from ``assemble``); otherwise they are computed here.
        """
        unknown = [f for f in formats if f not in EXPORT_FORMATS]
        if unknown or not formats:
            raise InputError(f"Briefer exports DOCX or PDF, not {', '.join(unknown) or 'nothing'}.")
        report = progress or (lambda _what, _done: None)
        if warnings is None:
            warnings = self.brief_warnings(brief)
        warnings = (*self._pair_warnings(brief), *warnings)
        if strict and warnings:
            raise ExportError(
                f"The brief has {len(warnings)} warnings and --strict is on, so nothing was "
                f"written; the first: {warnings[0].message(brief.language).rstrip('.')}."
            )
        report("render", 0.1)
        from briefer.export.collector import collector_paused

        # The collector paused for what makes the files (see collector_paused): ~3% of an export.
        with collector_paused():
            # Loaded once: rendered now, and their revisions recorded after the files are written.
            facts = self.facts_by_uuid(brief.cited_fact_uuids())
            document = self._render(brief, facts, template)
            paths = []
            # One layout serves both files: the PDF, and the page numbers of the DOCX contents.
            # A DOCX alone lays out only when its contents need page numbers (write_docx).
            layout: PdfLayout | None = None
            if "pdf" in formats:
                from briefer.export.pdf import pdf_layout, write_pdf

                layout = pdf_layout(document)
            for index, fmt in enumerate(formats):
                target = export_target(out_base, fmt)
                report(fmt, 0.2 + 0.8 * index / len(formats))
                if fmt == "docx":
                    # Loaded here: a PDF alone never loads python-docx (~30 ms of start-up).
                    from briefer.export.docx import write_docx

                    write_docx(document, target, layout=layout)
                else:
                    written = write_pdf(document, target, layout=layout)
                    if written.overflow:
                        warnings = (*warnings, _overflow_warning(written.scale))
                paths.append(target)
        if brief_uuid:
            revisions = {uuid: fact.revision for uuid, fact in facts.items()}
            brief_store.record_export(self.db(), brief_uuid, revisions)
        report("done", 1.0)
        return ExportResult(tuple(paths), warnings)

    def _pair_warnings(self, brief: Brief) -> tuple[Warning, ...]:
        """A brief whose pair has no approved facts is an empty skeleton: say so (and stop
        there under --strict). A pair with an unknown partner is never exported."""
        if brief.pair.endswith(f"-{UNKNOWN_PARTNER}"):
            raise InputError(
                f"{brief.pair} holds facts whose partner country is unknown; "
                "a brief cannot be made for it."
            )
        if lookups.has_approved_facts(self.reader(), brief.pair):
            return ()
        drafts = len(self.facts(pair=brief.pair, status="draft"))
        return (
            Warning(
                "empty",
                f"Cặp {brief.pair} chưa có dữ kiện nào được duyệt ({drafts} bản nháp chờ duyệt: "
                f"briefer review --pair {brief.pair}); bản brief chỉ có khung trống.",
                f"The pair {brief.pair} has no approved facts ({drafts} drafts to review: "
                f"briefer review --pair {brief.pair}); the brief is an empty skeleton.",
            ),
        )
