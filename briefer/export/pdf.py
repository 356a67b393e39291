"""PDF writer: the document model (``briefer.render.model``) as a house-style PDF (reportlab).

The PDF is what gets distributed, so it must read like the DOCX brief: A4, Liberation Serif
(Times-metric, embedded, full Vietnamese coverage) at 14 pt, margins and page numbering after
Nghị định 30/2020/NĐ-CP (the number centred in the top margin from page 2), the marking at the
foot of every page (red when classified, Thông tư 24/2020/TT-BCA). Order: title page (the
letterhead block of ``title_page``), contents (linked, with page numbers), body, Sources annex.
:func:`pdf_layout` also reports the page of every heading, for the DOCX contents.

Citations are **section notes**, not footnotes at the foot of the page. Each ``Cite`` gets the
next number (one number per occurrence, in order of appearance — the same numbers Word gives
the DOCX footnotes, so "note 7" means the same thing in both files), and the notes of a
level-1 section are listed under a short rule at the end of that section. Why not true page
footnotes: reportlab has no footnote support, and faking it means reserving frame space while
a paragraph is being split — which breaks down exactly on the inputs a brief may contain
(a 2,000-character statement split over pages with citations on both sides, cited cells of a
200-row table, a note longer than the space left on the page). Section notes are ordinary
flowables that split like any paragraph, stay within a page or two of their markers in print
(a brief's sections are short), and on screen every marker links to its note and every note
number links back to its one marker. Each note's text links to its entry in the Sources annex,
whose URL is an external link.

Headings get exact-position destinations (bookmarks) and a nested outline that opens with
the document. The same input gives the same bytes (reportlab's invariant mode, the creation
date taken from ``meta.created``).

This module lays the story out on pages and writes the file; the story itself is built by
``pdf_story`` (title page: ``pdf_title``; text, URL and chunk markup: ``pdf_text``; page
geometry, styles and canvas: ``pdf_layout``).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import tt2ps
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.doctemplate import LayoutError

from briefer.durable import atomic_write
from briefer.errors import ExportError
from briefer.export import pdf_accel
from briefer.export.collector import collector_paused
from briefer.export.docx_text import shows_page_total
from briefer.export.fonts import register_fonts
from briefer.export.pdf_layout import (
    FRAME_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    TEXT_WIDTH,
    PageDecor,
    canvas_maker,
    make_styles,
    page_callback,
    pdf_date,
)
from briefer.export.pdf_story import StoryBuilder, labels_for
from briefer.export.pdf_text import clean_text, markup, truncate
from briefer.render.model import Document, Heading

__all__ = ["PdfLayout", "clean_text", "markup", "page_text", "pdf_bytes", "pdf_layout", "write_pdf"]

MARKING_MAX = 120  # characters in the header and footer (shrunk to fit, then cut)


# ---- public API --------------------------------------------------------------------------------


@dataclass(slots=True)
class LayoutReport:
    """What laying out the PDF found: a one-page document shrunk to fit is an overflow."""

    scale: float = 1.0  # < 1: a one-page document was shrunk to fit its page

    @property
    def overflow(self) -> bool:
        return self.scale < 0.999


def write_pdf(doc: Document, out_path: Path, *, layout: PdfLayout | None = None) -> LayoutReport:
    """Write ``doc`` as a PDF at ``out_path``, all at once or not at all (``layout``: the
    document already laid out by :func:`pdf_layout`).

    Raises ``ExportError`` (one sentence) when the file cannot be written or laid out.
    """
    if layout is None or not layout.data:
        layout = pdf_layout(doc)
    data = layout.data
    report = LayoutReport(scale=layout.scale)

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    atomic_write(Path(out_path), write)
    return report


def pdf_bytes(doc: Document, report: LayoutReport | None = None) -> bytes:
    """The PDF of ``doc`` as bytes (identical bytes for identical input)."""
    layout = pdf_layout(doc)
    if report is not None:
        report.scale = layout.scale
    return layout.data


@dataclass(frozen=True, slots=True)
class PdfLayout:
    """The PDF and where things landed: the DOCX writer caches these page numbers in its
    contents (same fonts, margins and spacing, so LibreOffice and Word lay it out alike)."""

    data: bytes
    heading_pages: tuple[int, ...]  # page of each heading of ``Document.headings()``, in order
    sources_page: int | None  # page of the Sources annex heading
    total_pages: int  # 0 from a pages_only layout whose page numbers show no total
    scale: float = 1.0  # < 1: a one-page document was shrunk to fit its page


def pdf_layout(doc: Document, *, pages_only: bool = False) -> PdfLayout:
    """Lay ``doc`` out as a PDF and report the page of every heading.

    With ``pages_only`` the layout runs but no file is written (``data`` is empty): what the
    DOCX writer needs when no PDF is exported alongside. Its ``total_pages`` is then 0 unless
    the page numbers show the total ("{total}"): the Sources annex, which starts on a page of
    its own, is laid out only as far as its heading."""
    with collector_paused():
        return _layout(doc, pages_only)


def _layout(doc: Document, pages_only: bool) -> PdfLayout:
    pdf_accel.install()
    family = register_fonts()
    styles = make_styles(family)
    meta = doc.meta
    labels = labels_for(meta.language, meta.labels)
    count_pages = not pages_only or shows_page_total(meta.page_pattern)
    builder = StoryBuilder(doc, styles, labels, annex_entries=None if count_pages else 1)
    story = builder.build()
    if pages_only:
        _skip_drawing_text(story)
    pattern = clean_text(meta.page_pattern).strip() or "{page}"

    decor = PageDecor(
        family=family,
        bold_face=tt2ps(family, 1, 0),
        marking=truncate(clean_text(meta.marking).strip(), MARKING_MAX),
        page_label=lambda page, total: page_text(pattern, page, total),
        pdf_date=pdf_date(meta.created),
        marking_red=meta.classification > 0,
        layout_only=pages_only,
    )
    canvases: list[Any] = []
    make_canvas = canvas_maker(decor)

    def keep_canvas(*args: Any, **kwargs: Any) -> Any:
        canvases.append(make_canvas(*args, **kwargs))
        return canvases[-1]

    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean_text(meta.title).strip(),
        author=clean_text(meta.author).strip(),
        subject=clean_text(meta.subject or meta.subtitle).strip(),
        keywords=[clean_text(k).strip() for k in meta.keywords if k.strip()],
        creator="Briefer",
        invariant=1,
        initialFontName=family,  # else reportlab starts every page in base-14 Helvetica
        initialFontSize=12,
        lang=meta.language or None,
        displayDocTitle=1,
    )
    frames = [
        Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TEXT_WIDTH,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
    ]
    template.addPageTemplates(
        [
            PageTemplate(
                id="title",
                frames=frames,
                onPage=page_callback(numbered=False),
                autoNextPageTemplate="body",  # a title page that overflows goes on numbered
            ),
            PageTemplate(id="body", frames=frames, onPage=page_callback(numbered=True)),
        ]
    )
    try:
        template.build(story, canvasmaker=keep_canvas)
    except LayoutError as err:
        raise ExportError(
            "The PDF could not be laid out: part of the brief does not fit on a page."
        ) from err
    scale = 1.0
    if builder.fit is not None:
        # reportlab's factor divides the content's size: 1.25 means drawn at 80%.
        factor = float(getattr(builder.fit, "_scale", 1.0) or 1.0)
        scale = min(1.0, 1.0 / factor) if factor > 0 else 1.0
    canvas = canvases[-1]
    pages = canvas.anchor_pages
    headings = [i for i, b in enumerate(doc.blocks) if isinstance(b, Heading)]
    return PdfLayout(
        data=buffer.getvalue(),
        heading_pages=tuple(pages.get(builder.heading_names[i], 0) for i in headings),
        sources_page=pages.get(builder.sources_name) if doc.sources else None,
        total_pages=canvas.last_page if count_pages else 0,
        scale=scale,
    )


def _no_drawing(*_args: Any, **_kwargs: Any) -> None:
    return None


def _skip_drawing_text(flowables: Iterable[Any]) -> None:
    """For a layout whose bytes are thrown away (the DOCX needs only the pages): paragraphs
    are measured and split as usual, but not drawn. Drawing is a third of the layout's
    time and places nothing; the anchors that record each heading's page still draw.
    Per instance, so a PDF laid out at the same time in another thread is untouched."""
    for flowable in flowables:
        if isinstance(flowable, RLParagraph):
            flowable.drawOn = _no_drawing
            continue
        for name in ("_content", "_flowables", "para"):
            inner = getattr(flowable, name, None)
            if isinstance(inner, RLParagraph):
                inner.drawOn = _no_drawing
            elif isinstance(inner, list | tuple):
                _skip_drawing_text(inner)
        for row in getattr(flowable, "_cellvalues", None) or ():
            for cell in row:
                _skip_drawing_text(cell if isinstance(cell, list | tuple) else [cell])


def page_text(pattern: str, page: int, total: int) -> str:
    """``meta.page_pattern`` filled in: "{page}" → "2"; "Page {page} of {total}" → …"""
    return pattern.replace("{page}", str(page)).replace("{total}", str(total))
