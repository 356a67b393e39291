"""The DOCX writer: a ``render.model.Document`` → a Word file styled by ``reference.docx``.

What the file holds, in order: the title page of the official format (``title_page``: the
letterhead block with the issuing unit, "Số: …", the national header and the place-and-date
line, a red stamp for a classified brief; then title, pair, brief type, visit lines); the
contents as linked entries, each with a PAGEREF field to its heading whose cached page number
is the PDF writer's (``pdf.pdf_layout``: same fonts, margins and line heights): Word shows it as
it is — no "update fields" prompt — and updates the numbers with its fields; LibreOffice
computes them from its own pages; the body (Word's
built-in heading styles, "List Bullet" lists, tables with a repeating header row); a Sources
annex. Citations are real Word footnotes (``docx_footnotes``): one per ``Cite`` occurrence,
Word numbers them. Header: the page number in the document's form, centred, from page 2
("different first page"); footer: the marking on every page (red when classified).

Every style, the page set-up and the bullet numbering come from ``templates/reference.docx``
(see ``tools/make_reference_docx.py``), found by Word's style *names* so a ministry can restyle
it in Word. The output is reproducible: same input, same bytes (no clock, no random ids, zip
rewritten by ``docx_package``). The file is written through ``durable.atomic_write``.

This module is the entry point (checks, reference, layout, save); the pass over the model is
``docx_writer``, the letterhead ``docx_title``, header, footer and properties
``docx_furniture``, style lookup ``docx_styles``, and ``docx_oxml`` is the typed boundary to
lxml and python-docx.

Conventions the templates can rely on:

- a ``Cite`` whose key is not in ``Document.notes`` is an :class:`ExportError` raised before
  anything is written (a brief never silently loses a citation);
- ``meta.labels["contents"] == ""`` leaves the contents list out (one-page fact sheets);
- heading levels above 3 are written as level 3.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from briefer.durable import atomic_write
from briefer.errors import ExportError
from briefer.export.docx_package import reproducible_zip
from briefer.export.docx_text import shows_page_total
from briefer.export.docx_writer import NoLayout, PageNumbers, Writer
from briefer.render.model import BulletList, Cite, Document, Inline, Paragraph, Table
from briefer.resources import template

if TYPE_CHECKING:
    from briefer.export.pdf import PdfLayout

__all__ = ["build_docx", "needs_layout", "write_docx"]


def write_docx(
    doc: Document,
    out_path: Path,
    reference: Path | None = None,
    *,
    layout: PdfLayout | None = None,
) -> None:
    """Write ``doc`` to ``out_path`` as DOCX, all or nothing.

    ``reference`` is the style template (default: ``templates/reference.docx``). ``layout``
    is the PDF writer's layout of the same document (its page numbers go into the contents);
    it is made here when not given. Raises :class:`ExportError` (one sentence) for a missing
    note, an unreadable reference, or a target that cannot be written.
    """
    data = build_docx(doc, reference, layout=layout)

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    atomic_write(Path(out_path), write)


def build_docx(
    doc: Document, reference: Path | None = None, *, layout: PdfLayout | None = None
) -> bytes:
    """The DOCX file for ``doc`` as bytes (what :func:`write_docx` writes)."""
    _check_citations(doc)
    pages: PageNumbers = layout if layout is not None else _layout_for(doc)
    ref = Path(reference) if reference is not None else template("reference.docx")
    try:
        word = docx.Document(str(ref))
    except (
        OSError,
        KeyError,
        zipfile.BadZipFile,
        PackageNotFoundError,
        etree.XMLSyntaxError,
    ) as err:
        raise ExportError(f"The Word style template “{ref}” is missing or cannot be read.") from err
    Writer(doc, word, pages).write()
    buffer = io.BytesIO()
    word.save(buffer)
    return reproducible_zip(buffer.getvalue())


def needs_layout(doc: Document) -> bool:
    """Whether the file shows a number that depends on the PDF writer's page layout: the
    contents' page numbers, or a page total."""
    has_contents = (
        not doc.one_page  # a one-page sheet has no contents (see Writer.write)
        and bool(doc.meta.labels.get("contents", "x"))
        and bool(doc.headings())
    )
    return has_contents or shows_page_total(doc.meta.page_pattern)


def _layout_for(doc: Document) -> PageNumbers:
    """The PDF writer's page layout when :func:`needs_layout`; a one-page fact sheet numbered
    "2"… needs none, and then reportlab is not even imported."""
    if needs_layout(doc):
        from briefer.export.pdf import pdf_layout

        return pdf_layout(doc, pages_only=True)
    return NoLayout()


def _check_citations(doc: Document) -> None:
    for key in _cite_keys(doc.blocks):
        if key not in doc.notes:
            raise ExportError(
                f"The brief cites “{key}”, which has no source note; "
                "assemble the brief again before exporting."
            )


def _cite_keys(blocks: Iterable[object]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            groups: Iterable[tuple[Inline, ...]] = (block.inlines,)
        elif isinstance(block, BulletList):
            groups = block.items
        elif isinstance(block, Table):
            groups = (*block.header, *(cell for row in block.rows for cell in row))
        else:
            continue
        for inlines in groups:
            for inline in inlines:
                if isinstance(inline, Cite):
                    yield inline.key
