"""The DOCX alone lays out only what its contents need; it must be the same file as the DOCX
written beside the PDF (``--format both``), which takes its page numbers from the PDF itself."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from briefer.export.docx import build_docx
from briefer.export.pdf import pdf_layout
from briefer.render.model import Document
from briefer.services import Services


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def _long_annex(document: Document, copies: int) -> Document:
    """The same brief with a Sources annex many pages long (extra, uncited entries)."""
    extra = [
        replace(
            entry,
            key=f"{entry.key}-{copy}",
            number=len(document.sources) * (copy + 1) + index + 1,
            anchor=f"src-{len(document.sources) * (copy + 1) + index + 1}",
            title=f"{entry.title} ({copy + 1})",
        )
        for copy in range(copies)
        for index, entry in enumerate(document.sources)
    ]
    return replace(document, sources=(*document.sources, *extra))


def test_docx_alone_is_the_docx_written_beside_the_pdf(demo_store: Path) -> None:
    services = Services(demo_store)
    for pair, kind, lang in (("VN-PE", "state-visit", "vi"), ("VN-CL", "ministerial-talks", "en")):
        document = services.render(services.assemble(pair, kind, lang, date(2026, 11, 24)))
        for doc in (document, _long_annex(document, 30)):
            full = pdf_layout(doc)
            if doc is not document:
                assert full.total_pages > full.sources_page + 2  # the annex runs on for pages
            alone = _parts(build_docx(doc))
            beside = _parts(build_docx(doc, layout=full))
            assert alone == beside
            # and with the total in the page numbers, which counts every page
            counted = replace(doc, meta=replace(doc.meta, page_pattern="Trang {page}/{total}"))
            header = _parts(build_docx(counted))
            assert header == _parts(build_docx(counted, layout=pdf_layout(counted)))
            headers = b"".join(v for k, v in header.items() if k.startswith("word/header"))
            assert f">{full.total_pages}<".encode() in headers
    services.close()
