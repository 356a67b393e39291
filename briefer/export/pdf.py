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
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.fonts import tt2ps
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.doctemplate import LayoutError

from briefer.durable import atomic_write
from briefer.errors import ExportError
from briefer.export import title_page as tp
from briefer.export.fonts import register_fonts
from briefer.export.pdf_layout import (
    FRAME_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    TEXT_WIDTH,
    ContentsLine,
    HeadingAnchor,
    Names,
    PageDecor,
    Styles,
    canvas_maker,
    make_styles,
    page_callback,
    pdf_date,
)
from briefer.render import model
from briefer.render.model import (
    BulletList,
    Cite,
    Document,
    Heading,
    Inline,
    LineBreak,
    Note,
    NoteForms,
    Paragraph,
    SourceEntry,
    Text,
)
from briefer.text.controls import printable
from briefer.text.normalize import clean_for_output

__all__ = ["PdfLayout", "clean_text", "markup", "page_text", "pdf_bytes", "pdf_layout", "write_pdf"]

DEFAULT_LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "contents": "Mục lục",
        "sources": "Nguồn tham khảo",
        "notes": "Chú thích",
        "page": "Trang",
        "of": "/",
        "missing_note": "Không tìm thấy nguồn của trích dẫn này",
        "ibid": "Như trên.",
    },
    "en": {
        "contents": "Contents",
        "sources": "Sources",
        "notes": "Notes",
        "page": "Page",
        "of": "of",
        "missing_note": "The source of this citation was not found",
        "ibid": "Ibid.",
    },
}

BULLET = "–"
# Citation numbers like Word's footnote references: about two thirds of the text size,
# raised a third of it (reportlab's default, half the size, floats above the line).
SUPER = '<super rise="35%" size="66%">'
MIN_COLUMN_WIDTH = 1.0 * cm
CHUNK_CHARS = 6000
CONTENTS_ENTRY_MAX = 300  # characters; a contents line must never outgrow a page
OUTLINE_TITLE_MAX = 200
MARKING_MAX = 120  # characters in the header and footer (shrunk to fit, then cut)
LINK_SCHEMES = ("http://", "https://", "ftp://", "mailto:")


# ---- text hygiene ------------------------------------------------------------------------------

_WHITESPACE = re.compile(r"[\s\u2028\u2029]+")
_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"“”‘’]+")
_URL_TRAILING = ".,;:!?)]}'’”»"


def clean_text(text: str) -> str:
    """Text fit to draw: look-alikes repaired (``clean_for_output`` when available), NFC —
    reportlab draws decomposed marks detached — and no control characters. Line breaks and
    tabs become spaces: the model says where lines break (``LineBreak``)."""
    return _WHITESPACE.sub(" ", printable(clean_for_output(text)))


def markup(text: str) -> str:
    """Text as reportlab paragraph markup: cleaned, then ``&``, ``<``, ``>`` escaped (an
    unescaped ``<`` or ``&`` makes reportlab drop the text silently or fail)."""
    return escape(clean_text(text))


def _attribute(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def _link_target(url: str) -> str | None:
    """The URL if it is safe to make clickable (web or mail), else None."""
    url = clean_text(url).strip().replace(" ", "%20")
    return url if url.lower().startswith(LINK_SCHEMES) else None


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
    total_pages: int
    scale: float = 1.0  # < 1: a one-page document was shrunk to fit its page


def pdf_layout(doc: Document, *, pages_only: bool = False) -> PdfLayout:
    """Lay ``doc`` out as a PDF and report the page of every heading.

    With ``pages_only`` the layout runs but no file is written (``data`` is empty): what the
    DOCX writer needs when no PDF is exported alongside."""
    family = register_fonts()
    styles = make_styles(family)
    meta = doc.meta
    labels = _labels(meta.language, meta.labels)
    builder = _StoryBuilder(doc, styles, labels)
    story = builder.build()
    if pages_only:
        _skip_drawing_text(story)
    pattern = clean_text(meta.page_pattern).strip() or "{page}"

    decor = PageDecor(
        family=family,
        bold_face=tt2ps(family, 1, 0),
        marking=_truncate(clean_text(meta.marking).strip(), MARKING_MAX),
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
        total_pages=canvas.last_page,
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
            flowable.drawOn = _no_drawing  # type: ignore[method-assign]
            continue
        for name in ("_content", "_flowables", "para"):
            inner = getattr(flowable, name, None)
            if isinstance(inner, RLParagraph):
                inner.drawOn = _no_drawing  # type: ignore[method-assign]
            elif isinstance(inner, list | tuple):
                _skip_drawing_text(inner)
        for row in getattr(flowable, "_cellvalues", None) or ():
            for cell in row:
                _skip_drawing_text(cell if isinstance(cell, list | tuple) else [cell])


def page_text(pattern: str, page: int, total: int) -> str:
    """``meta.page_pattern`` filled in: "{page}" → "2"; "Page {page} of {total}" → …"""
    return pattern.replace("{page}", str(page)).replace("{total}", str(total))


def _labels(language: str, given: dict[str, str]) -> dict[str, str]:
    labels = dict(DEFAULT_LABELS.get(language, DEFAULT_LABELS["en"]))
    labels.update({k: clean_text(v) for k, v in given.items() if isinstance(v, str)})
    return labels


# ---- the story -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Citation:
    number: int
    key: str
    ref_name: str  # destination at the marker (the note number links back here)
    note_name: str  # destination at the note text (the marker links here)


class _StoryBuilder:
    """Walks the model once, in reading order, numbering citations as they occur."""

    def __init__(self, doc: Document, styles: Styles, labels: dict[str, str]) -> None:
        self.doc = doc
        self.styles = styles
        self.labels = labels
        self.names = Names()
        self.citations: list[_Citation] = []
        self.pending: list[_Citation] = []
        self.note_forms = NoteForms(labels["ibid"], short_only=doc.one_page)
        self.fit: KeepInFrame | None = None
        # Sources first, so their anchors keep the names the model gave them.
        self.source_names: dict[str, str] = {}
        for entry in doc.sources:
            self.source_names.setdefault(
                entry.key, self.names.claim(entry.anchor, f"src-{entry.number}")
            )
        self.sources_name = self.names.claim("sources", "sources")
        self.heading_names: dict[int, str] = {}
        self.outline_levels: dict[int, int] = {}
        level = -1
        for index, block in enumerate(doc.blocks):
            if isinstance(block, Heading):
                self.heading_names[index] = self.names.claim(block.anchor, f"sec-{index}")
                # An outline level may only go one deeper than the entry before it.
                wanted = 0 if block.level <= 1 else 1
                level = min(wanted, level + 1)
                self.outline_levels[index] = level

    # -- top level ---------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        if self.doc.one_page:
            return self._one_page()
        story: list[Flowable] = self._title_page()
        contents = self._contents()
        body = self._body()
        annex = self._sources_annex()
        for part in (contents, body, annex):
            if part:
                story += [NextPageTemplate("body"), PageBreak(), *part]
        return story

    def _one_page(self) -> list[Flowable]:
        """The fact sheet: the body and its notes on one page, shrunk to fit if need be
        (``self.fit`` keeps the scale, for the warning), never a second page."""
        self.fit = KeepInFrame(TEXT_WIDTH, FRAME_HEIGHT, self._body(), mode="shrink")
        return [self.fit]

    def _title_page(self) -> list[Flowable]:
        """Letterhead block, then title, pair, brief type and visit lines (``title_page``)."""
        meta = self.doc.meta
        family = self.styles.body.fontName
        story: list[Flowable] = []
        left_width = TEXT_WIDTH * tp.LEFT_SHARE
        right_width = TEXT_WIDTH - left_width
        left = self._letter_lines(tp.left_column(meta), left_width, family)
        stamp = clean_text(tp.stamp_text(meta)).strip()
        if stamp:
            left.append(Spacer(1, 8))
            left.append(_boxed(stamp, family, tp.STAMP_SIZE, left_width, tp.RED))
        right = self._letter_lines(tp.right_column(meta), right_width, family)
        if left or right:
            head = Table(
                [[left or "", right or ""]],
                colWidths=[left_width, right_width],
                hAlign="LEFT",
            )
            head.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                        ("FONTNAME", (0, 0), (-1, -1), family),
                    ]
                )
            )
            story.append(head)
        story.append(Spacer(1, tp.TITLE_GAP))
        boxed = clean_text(tp.boxed_marking(meta)).strip()
        if boxed:
            story += [_boxed(boxed, family, tp.MARKING_BOX_SIZE, TEXT_WIDTH, None), Spacer(1, 24)]
        for text, size, bold, italic, after in (
            (meta.title, tp.TITLE_SIZE, True, False, 10),
            (meta.subtitle, tp.SUBTITLE_SIZE, True, False, 18),
            (meta.brief_type_label, tp.INFO_SIZE, False, False, 6),
            *((line, tp.INFO_SIZE, False, False, 6) for line in meta.visit_lines),
        ):
            if clean_text(text).strip():
                story.append(_centred(markup(text), family, size, bold, italic, after))
        return story

    def _letter_lines(self, lines: list[tp.Line], width: float, family: str) -> list[Flowable]:
        out: list[Flowable] = []
        for line in lines:
            text = clean_text(line.text).strip()
            if not text:
                continue
            out.append(_centred(escape(text), family, line.size, line.bold, line.italic, 0))
            if line.rule_after:
                face = tt2ps(family, int(line.bold), int(line.italic))
                rule = (
                    width * tp.RULE_SHARE
                    if line.rule_after == "short"
                    else min(width, stringWidth(text, face, line.size))
                )
                out.append(
                    HRFlowable(
                        width=rule,
                        thickness=0.75,
                        color=colors.black,
                        hAlign="CENTER",
                        spaceBefore=3,
                        spaceAfter=4,
                    )
                )
        return out

    def _contents(self) -> list[Flowable]:
        s = self.styles
        lines: list[Flowable] = []
        for index, block in enumerate(self.doc.blocks):
            if isinstance(block, Heading):
                style = s.contents1 if block.level <= 1 else s.contents2
                text = markup(_truncate(clean_text(block.text).strip(), CONTENTS_ENTRY_MAX))
                if block.level <= 1:
                    text = f"<b>{text}</b>"
                lines.append(ContentsLine(text, style, self.heading_names[index]))
        if self.doc.sources:
            label = markup(self.labels["sources"])
            lines.append(ContentsLine(f"<b>{label}</b>", s.contents1, self.sources_name))
        if not lines:
            return []
        title = RLParagraph(f"<b>{markup(self.labels['contents'])}</b>", s.contents_title)
        return [title, *lines]

    def _body(self) -> list[Flowable]:
        story: list[Flowable] = []
        for index, block in enumerate(self.doc.blocks):
            if isinstance(block, Heading):
                if block.level <= 1:
                    story += self._flush_notes()
                story += self._heading(index, block)
            elif isinstance(block, Paragraph):
                story += self._paragraph(block)
            elif isinstance(block, BulletList):
                story += self._bullets(block)
            elif isinstance(block, model.Table):
                story += self._table(block)
            elif isinstance(block, model.PageBreak):
                story.append(PageBreak())
        story += self._flush_notes()
        return story

    # -- blocks ------------------------------------------------------------------------------

    def _heading(self, index: int, block: Heading) -> list[Flowable]:
        s = self.styles
        title = clean_text(block.text).strip()
        level1 = block.level <= 1
        anchor = HeadingAnchor(
            self.heading_names[index],
            _truncate(title, OUTLINE_TITLE_MAX),
            self.outline_levels[index],
            space_before=14 if level1 else 10,
        )
        text = escape(title)
        para = RLParagraph(
            f"<b>{text}</b>" if level1 else f"<b><i>{text}</i></b>",
            s.heading1 if level1 else s.heading2,
        )
        return [anchor, para]

    def _paragraph(self, block: Paragraph) -> list[Flowable]:
        s = self.styles
        style = {
            "lead": s.lead,
            "note": s.note_para,
            "warning": s.warning,
        }.get(block.style, s.body)
        wrap = {"lead": "i", "warning": "b"}.get(block.style)
        return self._long_aware(block.inlines, style, wrap=wrap)

    def _bullets(self, block: BulletList) -> list[Flowable]:
        story: list[Flowable] = []
        for item in block.items:
            story += self._long_aware(item, self.styles.bullet, bullet=BULLET)
        return story

    def _long_aware(
        self,
        inlines: tuple[Inline, ...],
        style: ParagraphStyle,
        *,
        wrap: str | None = None,
        bullet: str | None = None,
    ) -> list[Flowable]:
        """One reportlab paragraph — or, for a huge one, several that read as one.

        reportlab re-breaks the whole remainder of a paragraph at every page it splits, so
        time grows with the square of its length (100,000 characters: seconds). Pieces of
        ``CHUNK_CHARS`` keep it linear; the only trace is a short line where pieces meet.
        """
        chunks = _chunks(inlines, CHUNK_CHARS)
        out: list[Flowable] = []
        for index, chunk in enumerate(chunks):
            text = self._inlines(chunk)
            if wrap:
                text = f"<{wrap}>{text}</{wrap}>"
            piece_style = style
            if len(chunks) > 1:
                first, last = index == 0, index == len(chunks) - 1
                piece_style = ParagraphStyle(
                    f"{style.name}-piece-{int(first)}{int(last)}",
                    parent=style,
                    firstLineIndent=style.firstLineIndent if first else 0,
                    spaceBefore=style.spaceBefore if first else 0,
                    spaceAfter=style.spaceAfter if last else 0,
                )
            out.append(RLParagraph(text, piece_style, bulletText=bullet if index == 0 else None))
        return out

    def _table(self, block: model.Table) -> list[Flowable]:
        s = self.styles
        columns = max((len(row) for row in (block.header, *block.rows)), default=0)
        if columns == 0:
            return []
        story: list[Flowable] = []
        caption = clean_text(block.caption).strip()
        if caption:
            story.append(RLParagraph(f"<b>{escape(caption)}</b>", s.caption))
        if columns * MIN_COLUMN_WIDTH > TEXT_WIDTH:
            # Too many columns to read on A4 portrait: keep every cell, in the same order,
            # as one line per row rather than fail.
            rows = [(block.header, True)] if block.header else []
            rows += [(row, False) for row in block.rows]
            for row, bold in rows:
                joined: list[Inline] = []
                for position, cell in enumerate(row):
                    if position:
                        joined.append(Text(" | "))
                    joined += cell
                story += self._long_aware(tuple(joined), s.table_row, wrap="b" if bold else None)
            return story

        col_widths = _column_widths(block.widths, columns)
        padding_x, padding_top, padding_bottom = 4, 3, 4

        def cells(row: Iterable[tuple[Inline, ...]], bold: bool) -> list[RLParagraph]:
            out: list[RLParagraph] = []
            for inlines in row:
                text = self._inlines(inlines)
                out.append(RLParagraph(f"<b>{text}</b>" if bold else text, s.cell))
            out += [RLParagraph("", s.cell) for _ in range(columns - len(out))]
            return out

        data: list[list[RLParagraph]] = []
        header_rows = 0
        if block.header:
            header = cells(block.header, bold=True)
            data.append(header)
            # Repeat the header on each page, unless it is too tall to be repeated (reportlab
            # cannot split a repeated row): then it is an ordinary row that may split.
            height = max(
                cell.wrap(width - 2 * padding_x, FRAME_HEIGHT)[1]
                for cell, width in zip(header, col_widths, strict=True)
            )
            header_rows = 1 if height + padding_top + padding_bottom < FRAME_HEIGHT / 3 else 0
        data += [cells(row, bold=False) for row in block.rows]

        commands: list[tuple[object, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.5, 0.5, 0.5)),
            # reportlab sets the cell font even for flowable cells: not base-14 Helvetica
            ("FONTNAME", (0, 0), (-1, -1), s.cell.fontName),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), padding_x),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding_x),
            ("TOPPADDING", (0, 0), (-1, -1), padding_top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding_bottom),
        ]
        if block.header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)))
        table = Table(
            data,
            colWidths=col_widths,
            repeatRows=header_rows,
            splitByRow=1,
            splitInRow=1,  # a cell taller than a page (a huge statement) splits too
            hAlign="CENTER",
            spaceBefore=4,
            spaceAfter=10,
        )
        table.setStyle(TableStyle(commands))
        story.append(table)
        return story

    # -- inline content and citations --------------------------------------------------------

    def _inlines(self, inlines: Iterable[Inline]) -> str:
        parts: list[str] = []
        after_cite = False
        for item in inlines:
            if isinstance(item, Text):
                text = markup(item.text)
                if item.italic:
                    text = f"<i>{text}</i>"
                if item.bold:
                    text = f"<b>{text}</b>"
                parts.append(text)
                after_cite = False
            elif isinstance(item, Cite):
                citation = self._cite(item.key)
                if after_cite:  # "¹,²" rather than "¹²", which reads as twelve
                    parts.append(f"{SUPER},</super>")
                parts.append(
                    f'<a name="{citation.ref_name}"/>'
                    f'<a href="#{citation.note_name}">{SUPER}{citation.number}</super></a>'
                )
                after_cite = True
            elif isinstance(item, LineBreak):
                parts.append("<br/>")
                after_cite = False
        return "".join(parts)

    def _cite(self, key: str) -> _Citation:
        number = len(self.citations) + 1
        citation = _Citation(
            number=number,
            key=key,
            ref_name=self.names.claim(f"cite-{number}", f"cite-{number}"),
            note_name=self.names.claim(f"note-{number}", f"note-{number}"),
        )
        self.citations.append(citation)
        self.pending.append(citation)
        return citation

    def _flush_notes(self) -> list[Flowable]:
        if not self.pending:
            return []
        s = self.styles
        story: list[Flowable] = [
            HRFlowable(
                width="30%",
                thickness=0.5,
                color=colors.black,
                hAlign="LEFT",
                spaceBefore=8,
                spaceAfter=2,
            ),
            RLParagraph(f"<b>{markup(self.labels['notes'])}</b>", s.notes_title),
        ]
        story[0].keepWithNext = 1
        story += [self._note(citation) for citation in self.pending]
        self.pending = []
        self.note_forms.restart()  # "Ibid." never refers to the notes of another section
        return story

    def _note(self, citation: _Citation) -> Flowable:
        note = self.doc.notes.get(citation.key)
        head = (
            f'<a name="{citation.note_name}"/>'
            f'<a href="#{citation.ref_name}">{citation.number}.</a> '
        )
        if note is None:
            body = f"<i>{markup(self.labels['missing_note'])}</i> ({markup(citation.key)})."
        else:
            body = self._note_body(note, head)
        return RLParagraph(head + body, self.styles.note)

    def _note_body(self, note: Note, head: str = "") -> str:
        target = None if self.doc.one_page else self.source_names.get(note.source_key)
        form = self.note_forms.form(note)
        text = {"ibid": self.note_forms.ibid, "short": note.short or note.text}.get(form, note.text)
        parts: list[str] = []
        for segment, is_url in _split_urls(clean_text(text).strip()):
            url = _link_target(segment) if is_url else None
            if url:
                parts.append(url_markup(head + "".join(parts), segment, url, self.styles.note))
            elif target and segment.strip():
                parts.append(f'<a href="#{target}">{escape(segment)}</a>')
            else:
                parts.append(escape(segment))
        quote = clean_text(note.quote).strip()
        if quote and not self.doc.one_page:
            parts.append(f" <i>“{escape(quote)}”</i>")
        return "".join(parts)

    # -- sources annex -----------------------------------------------------------------------

    def _sources_annex(self) -> list[Flowable]:
        if not self.doc.sources:
            return []
        s = self.styles
        title = clean_text(self.labels["sources"]).strip()
        story: list[Flowable] = [
            HeadingAnchor(self.sources_name, title, 0, space_before=0),
            RLParagraph(f"<b>{escape(title)}</b>", s.heading1),
        ]
        story += [self._source(entry) for entry in self.doc.sources]
        return story

    def _source(self, entry: SourceEntry) -> Flowable:
        name = self.source_names[entry.key]
        title = clean_text(entry.title).strip()
        details = ", ".join(
            part for part in (clean_text(x).strip() for x in (entry.outlet, entry.author)) if part
        )
        date = clean_text(entry.published_on).strip()
        text = f'<a name="{name}"/>{entry.number}. '
        pieces = [f"<i>{escape(title)}</i>" if title else ""]
        pieces += [escape(details), escape(date)]
        text += ". ".join(p for p in pieces if p)
        if text and not text.endswith((".", "?", "!")):
            text += "."
        url_text = clean_text(entry.url).strip()
        url = _link_target(url_text)
        if url:
            text += " " + url_markup(text + " ", url_text, url, self.styles.source, underline=True)
        elif url_text:
            text += f" {escape(url_text)}"
        return RLParagraph(text, self.styles.source)


def _centred(
    inner: str, family: str, size: float, bold: bool, italic: bool, after: float
) -> RLParagraph:
    style = ParagraphStyle(
        f"briefer-title-{size}-{after}",
        fontName=family,
        fontSize=size,
        leading=size * tp.LEADING,
        alignment=TA_CENTER,
        spaceAfter=after,
    )
    if italic:
        inner = f"<i>{inner}</i>"
    if bold:
        inner = f"<b>{inner}</b>"
    return RLParagraph(inner, style)


def _boxed(text: str, family: str, size: float, room: float, red: str | None) -> Table:
    """``text`` in bold inside a ruled box as wide as the text (a stamp, a marking)."""
    colour = colors.HexColor(f"#{red}") if red else colors.black
    face = tt2ps(family, 1, 0)
    width = min(room, stringWidth(text, face, size) + 2 * 10 + 2)
    style = ParagraphStyle(
        f"briefer-box-{size}",
        fontName=family,
        fontSize=size,
        leading=size * tp.LEADING,
        alignment=TA_CENTER,
        textColor=colour,
    )
    box = Table([[RLParagraph(f"<b>{escape(text)}</b>", style)]], colWidths=[width])
    box.hAlign = "CENTER"
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.25 if red else 1, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("FONTNAME", (0, 0), (-1, -1), family),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def _weight(item: Inline) -> int:
    """Layout cost of an inline in characters: a line break costs a line, a citation its
    marker, links and note."""
    if isinstance(item, Text):
        return len(item.text)
    return 80 if isinstance(item, LineBreak) else 10


def _chunks(inlines: tuple[Inline, ...], limit: int) -> list[tuple[Inline, ...]]:
    """``inlines`` cut into pieces of about ``limit`` characters, at a space where possible."""
    if sum(_weight(i) for i in inlines) <= limit:
        return [inlines]
    chunks: list[tuple[Inline, ...]] = []
    current: list[Inline] = []
    size = 0
    for item in inlines:
        if not isinstance(item, Text):
            current.append(item)
            size += _weight(item)
            if size >= limit:
                chunks.append(tuple(current))
                current, size = [], 0
            continue
        text = item.text
        while size + len(text) > limit:
            room = limit - size
            cut = text.rfind(" ", 0, room + 1)
            if cut <= 0:
                cut = room if room > 0 else 0
            if cut > 0:
                current.append(Text(text[:cut], item.bold, item.italic))
            text = text[cut:].lstrip(" ") if cut else text
            if current:
                chunks.append(tuple(current))
            current, size = [], 0
        if text:
            current.append(Text(text, item.bold, item.italic))
            size += len(text)
    if current:
        chunks.append(tuple(current))
    return chunks


def _column_widths(weights: tuple[float, ...], columns: int) -> list[float]:
    """Widths in points from the model's relative widths (equal when missing or invalid);
    no column narrower than ``MIN_COLUMN_WIDTH``."""
    if len(weights) != columns or not all(w > 0 for w in weights):
        weights = (1.0,) * columns
    widths = [TEXT_WIDTH * w / sum(weights) for w in weights]
    narrow = [w < MIN_COLUMN_WIDTH for w in widths]
    if any(narrow):
        rest = TEXT_WIDTH - MIN_COLUMN_WIDTH * sum(narrow)
        wide_total = sum(w for w, n in zip(widths, narrow, strict=True) if not n)
        widths = [
            MIN_COLUMN_WIDTH if n else w * rest / wide_total
            for w, n in zip(widths, narrow, strict=True)
        ]
    return widths


def _split_urls(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (segment, is_url) pieces; punctuation ending a sentence stays out."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_URL_TRAILING)
        start, end = match.start(), match.start() + len(url)
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((url, True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


# ---- URLs that break only where a reader expects ------------------------------------------------

# A URL may break after one of these (never inside a word): the rest of the line stays a
# clean run of characters that copies back into a working address.
URL_BREAK_AFTER = "/.-?&="
_URL_SEGMENT = re.compile(r"[^/.\-?&=]*[/.\-?&=]*")
_ROOM_SLACK = 2.0  # points kept free on a line, for rounding in reportlab's own layout


def url_segments(url: str) -> list[str]:
    """``url`` cut after each break character ("https://", "vov.", "vn/", "chinh-", …);
    a run of break characters ("://") stays together."""
    return [piece for piece in _URL_SEGMENT.findall(url) if piece]


def url_lines(url: str, font: str, size: float, first_room: float, line_room: float) -> list[str]:
    """``url`` cut into lines that fit: the first in ``first_room`` points (what is left of
    the line the URL starts on; "" when it should start on the next line), the others in
    ``line_room``. Only a segment wider than a whole line is left for reportlab to split."""
    lines: list[str] = []
    current, room = "", first_room
    for segment in url_segments(url):
        if stringWidth(current + segment, font, size) <= room:
            current += segment
            continue
        if current:
            lines.append(current)
            current, room = segment, line_room
        elif room < line_room:
            lines.append("")  # nothing fits where the URL would start: begin on a new line
            current, room = segment, line_room
        else:
            current = segment
    lines.append(current)
    return lines


def url_markup(
    before: str, text: str, href: str, style: ParagraphStyle, *, underline: bool = False
) -> str:
    """Paragraph markup for a URL that follows the markup ``before`` in a paragraph of
    ``style``: a link per line, with line breaks only after ``/ . - ? & =``."""
    line_room = TEXT_WIDTH - style.leftIndent - style.rightIndent - _ROOM_SLACK
    first_room = line_room
    if before.strip():
        probe = RLParagraph(before + "x", style)
        probe.wrap(TEXT_WIDTH, FRAME_HEIGHT * 10)
        lines = probe.blPara.lines
        last = lines[-1]
        extra = last.extraSpace if hasattr(last, "extraSpace") else last[0]
        indent = style.leftIndent + (style.firstLineIndent if len(lines) == 1 else 0)
        available = TEXT_WIDTH - indent - style.rightIndent
        used = available - extra - stringWidth("x", style.fontName, style.fontSize)
        first_room = available - used - _ROOM_SLACK
    pieces = url_lines(text, style.fontName, style.fontSize, first_room, line_room)
    link = _attribute(href)
    out = []
    for piece in pieces:
        inner = f"<u>{escape(piece)}</u>" if underline else escape(piece)
        out.append(f'<a href="{link}">{inner}</a>' if piece else "")
    return "<br/>".join(out)
