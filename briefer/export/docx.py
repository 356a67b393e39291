"""The DOCX writer: a ``render.model.Document`` → a Word file styled by ``reference.docx``.

What the file holds, in order: the title page of the official format (``title_page``: the
letterhead block with the issuing unit, "Số: …", the national header and the place-and-date
line, a red stamp for a classified brief; then title, pair, brief type, visit lines); the
contents as a real TOC field whose cached entries link to the headings and carry the page
numbers the PDF writer laid out (``pdf.pdf_layout``: same fonts, margins and line heights), so
Word shows it as it is — no "update fields" prompt — and can update it; the body (Word's
built-in heading styles, "List Bullet" lists, tables with a repeating header row); a Sources
annex. Citations are real Word footnotes (``docx_footnotes``): one per ``Cite`` occurrence,
Word numbers them. Header: the page number in the document's form, centred, from page 2
("different first page"); footer: the marking on every page (red when classified).

Every style, the page set-up and the bullet numbering come from ``templates/reference.docx``
(see ``tools/make_reference_docx.py``), found by Word's style *names* so a ministry can restyle
it in Word. The output is reproducible: same input, same bytes (no clock, no random ids, zip
rewritten by ``docx_package``). The file is written through ``atomic.atomic_write``.

Conventions the templates can rely on:

- a ``Cite`` whose key is not in ``Document.notes`` is an :class:`ExportError` raised before
  anything is written (a brief never silently loses a citation);
- ``meta.labels["contents"] == ""`` leaves the contents list out (one-page fact sheets);
- heading levels above 3 are written as level 3.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from briefer.durable import atomic_write
from briefer.errors import ExportError
from briefer.export import docx_xml as x
from briefer.export import title_page as tp
from briefer.export.docx_footnotes import (
    FootnotesPart,
    FootnoteStyles,
    footnote_reference,
    prepare_footnotes,
)
from briefer.export.docx_package import reproducible_zip
from briefer.export.docx_text import clean_lines, clean_single_line
from briefer.render.model import (
    BulletList,
    Cite,
    Document,
    Heading,
    Inline,
    LineBreak,
    Note,
    NoteForms,
    PageBreak,
    Paragraph,
    SourceEntry,
    Table,
    Text,
)
from briefer.resources import template

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.opc.coreprops import CoreProperties
    from docx.section import _BaseHeaderFooter

    from briefer.export.pdf import PdfLayout

__all__ = ["build_docx", "write_docx"]

Element = x.Element

DEFAULT_LABELS = {
    "vi": {"contents": "Mục lục", "sources": "Nguồn tham khảo", "ibid": "Như trên."},
    "en": {"contents": "Contents", "sources": "Sources", "ibid": "Ibid."},
}
LANGUAGE_TAGS = {"vi": "vi-VN", "en": "en-GB"}
PARAGRAPH_STYLES = {"body": "Body Text", "lead": "Lead", "note": "Note", "warning": "Warning"}
# A style a ministry deleted from its reference falls back to a close one, then to Normal.
FALLBACKS = {
    "Lead": "Body Text",
    "Note": "Body Text",
    "Warning": "Body Text",
    "Table Heading": "Table Text",
    "Cover Info": "Subtitle",
    "Source Entry": "Body Text",
    "toc 2": "toc 1",
    "heading 3": "heading 2",
}

_URL = re.compile(r"https?://[^\s<>\"“”‘’]+")
_URL_TRAILING = ".,;:!?)]}'"
_MC_IGNORABLE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Ignorable"
_CORE_PROPERTY_MAX = 255  # python-docx refuses longer core property values


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
    atomic_write(Path(out_path), lambda tmp: tmp.write_bytes(data))


def build_docx(
    doc: Document, reference: Path | None = None, *, layout: PdfLayout | None = None
) -> bytes:
    """The DOCX file for ``doc`` as bytes (what :func:`write_docx` writes)."""
    _check_citations(doc)
    if layout is None:
        layout = _layout_for(doc)
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
    _Writer(doc, word, layout).write()
    buffer = io.BytesIO()
    word.save(buffer)
    return reproducible_zip(buffer.getvalue())


@dataclass(frozen=True, slots=True)
class _NoLayout:
    """What the writer reads of a PdfLayout, for a file that shows no laid-out page number."""

    data: bytes = b""
    heading_pages: tuple[int, ...] = ()
    sources_page: int | None = None
    total_pages: int = 0
    scale: float = 1.0


def _layout_for(doc: Document) -> PdfLayout | _NoLayout:
    """The PDF writer's page layout, when the file shows a number that depends on it (the
    contents' page numbers, a page total); a one-page fact sheet numbered "2"… needs none,
    and then reportlab is not even imported."""
    has_contents = (
        not doc.one_page  # a one-page sheet has no contents (see _Writer.write)
        and bool(doc.meta.labels.get("contents", "x"))
        and bool(doc.headings())
    )
    if has_contents or "{total}" in doc.meta.page_pattern:
        from briefer.export.pdf import pdf_layout

        return pdf_layout(doc, pages_only=True)
    return _NoLayout()


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


class _Styles:
    """Style ids by Word style name (ids are localised by Word; names of built-ins are not)."""

    def __init__(self, styles: Element) -> None:
        self._ids: dict[str, str] = {}
        for style in styles.findall(qn("w:style")):
            name = style.find(qn("w:name"))
            if name is not None:
                self._ids.setdefault(name.get(qn("w:val"), "").lower(), style.get(qn("w:styleId")))

    def id(self, name: str) -> str | None:
        while True:
            found = self._ids.get(name.lower())
            if found or name not in FALLBACKS:
                return found
            name = FALLBACKS[name]


class _Writer:
    def __init__(self, doc: Document, word: DocxDocument, layout: PdfLayout | _NoLayout) -> None:
        self.doc = doc
        self.layout = layout
        self.word = word
        self.meta = doc.meta
        self.lang = doc.meta.language if doc.meta.language in DEFAULT_LABELS else "en"
        self.styles = _Styles(word.styles.element)
        self.bookmarks = x.BookmarkNames()
        self.footnotes: FootnotesPart
        self.footnote_styles: FootnoteStyles
        self.footnotes, self.footnote_styles = prepare_footnotes(word)
        self.footnote_count = 0
        self.note_forms = NoteForms(self._label("ibid"), short_only=doc.one_page)
        self.out: list[Element] = []
        self.pending_break = False
        word.element.body.get_or_add_sectPr()  # a reference may lack one: page set-up lives there
        section = word.sections[-1]
        width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        self.text_width = max(int(width / 635), 2000)  # EMU → twips

    # ---- driver ---------------------------------------------------------------------------

    def write(self) -> None:
        body = self.word.element.body
        body.clear_content()
        one_page = self.doc.one_page  # the fact sheet: no title page, contents or annex
        if not one_page:
            self._title_page()
        headings = [b for b in self.doc.blocks if isinstance(b, Heading)]
        heading_marks = [self.bookmarks.fresh(h.anchor or f"h{i}") for i, h in enumerate(headings)]
        has_annex = bool(self.doc.sources) and not one_page
        annex_mark = self.bookmarks.fresh("sources") if has_annex else None
        if not one_page:
            self._contents(headings, heading_marks, annex_mark)
        self._blocks(iter(heading_marks))
        if annex_mark is not None:
            self._sources(annex_mark)
        sect_pr = body.get_or_add_sectPr()
        for element in self.out:
            sect_pr.addprevious(element)
        self._headers_and_footers()
        self._properties()

    def _label(self, key: str) -> str:
        label = self.meta.labels.get(key)
        return DEFAULT_LABELS[self.lang][key] if label is None else label

    def _add(self, element: Element) -> None:
        """Append a body element, honouring a pending page break."""
        if self.pending_break:
            self.pending_break = False
            if element.tag == qn("w:p"):
                x.set_page_break_before(element)
            else:
                breaker = x.paragraph()
                breaker.append(x.page_break_run())
                self.out.append(breaker)
        if element.tag == qn("w:tbl") and self.out and self.out[-1].tag == qn("w:tbl"):
            self.out.append(x.paragraph())  # Word would merge two adjacent tables
        self.out.append(element)

    def _p(self, style: str, **kwargs: bool) -> Element:
        return x.paragraph(self.styles.id(style), **kwargs)

    # ---- title page and contents ------------------------------------------------------------

    def _title_page(self) -> None:
        """The letterhead block as a borderless two-column table, then the title lines; the
        geometry is ``title_page``'s, as in the PDF."""
        meta = self.meta
        left = [self._letter_line(line, self._left_width) for line in tp.left_column(meta)]
        left = [p for pair in left for p in pair]
        stamp = clean_single_line(tp.stamp_text(meta))
        if stamp:
            left.append(self._boxed(stamp, tp.STAMP_SIZE, self._left_width, tp.RED, before=160))
        right = [self._letter_line(line, self._right_width) for line in tp.right_column(meta)]
        right = [p for pair in right for p in pair]
        wrote = False
        if left or right:
            self._add(self._letter_table(left, right))
            wrote = True
        self._add(x.block_paragraph(line=round(tp.TITLE_GAP * 20)))  # the gap, exactly
        boxed = clean_single_line(tp.boxed_marking(meta))
        if boxed:
            self._add(self._boxed(boxed, tp.MARKING_BOX_SIZE, self.text_width, None, after=480))
        parts = [
            (meta.title, "Title"),
            (meta.subtitle, "Subtitle"),
            (meta.brief_type_label, "Cover Info"),
            *((line, "Cover Info") for line in meta.visit_lines),
        ]
        for text, style in parts:
            if not text.strip():
                continue
            p = self._p(style)
            self._text(p, text)
            self._add(p)
            wrote = True
        self.pending_break = wrote

    @property
    def _left_width(self) -> int:
        return int(self.text_width * tp.LEFT_SHARE)

    @property
    def _right_width(self) -> int:
        return self.text_width - self._left_width

    def _letter_line(self, line: tp.Line, column: int) -> list[Element]:
        """One centred line of the letterhead block, and its rule when it has one."""
        text = clean_single_line(line.text)
        if not text:
            return []
        leading = round(line.size * tp.LEADING * 20)
        p = x.block_paragraph(jc="center", line=leading)
        p.append(x.run(text, bold=line.bold, italic=line.italic, size=line.size))
        if not line.rule_after:
            return [p]
        if line.rule_after == "short":
            rule_width = int(column * tp.RULE_SHARE)
        else:  # as wide as the text: about half an em per character at this size
            rule_width = min(column, int(len(text) * line.size * 0.47 * 20))
        side = max((column - rule_width) // 2, 0)
        rule = x.block_paragraph(
            jc="center", line=40, after=80, indent=(side, side), rule_below=True
        )
        return [p, rule]

    def _boxed(
        self,
        text: str,
        size: float,
        room: int,
        colour: str | None,
        *,
        before: int = 0,
        after: int = 0,
    ) -> Element:
        """``text`` in bold in a ruled box about as wide as the text (stamp, marking)."""
        width = min(room, int(len(text) * size * 0.52 * 20) + 2 * 200)
        side = max((room - width) // 2, 0)
        p = x.block_paragraph(
            jc="center",
            before=before,
            after=after,
            line=round(size * tp.LEADING * 20) + 100,
            indent=(side, side),
            box_color=colour or "000000",
        )
        p.append(x.run(text, bold=True, color=colour, size=size))
        return p

    def _letter_table(self, left: list[Element], right: list[Element]) -> Element:
        tbl = x.el("w:tbl")
        tbl_pr = x.sub(tbl, "w:tblPr")
        x.sub(tbl_pr, "w:tblW", w=str(self.text_width), type="dxa")
        x.sub(tbl_pr, "w:tblLayout", type="fixed")
        margins = x.sub(tbl_pr, "w:tblCellMar")
        for side in ("left", "right"):
            x.sub(margins, f"w:{side}", w="0", type="dxa")
        x.sub(
            tbl_pr,
            "w:tblLook",
            val="0000",
            firstRow="0",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        )
        grid = x.sub(tbl, "w:tblGrid")
        widths = (self._left_width, self._right_width)
        for width in widths:
            x.sub(grid, "w:gridCol", w=str(width))
        tr = x.sub(tbl, "w:tr")
        for width, content in zip(widths, (left, right), strict=True):
            tc = x.sub(tr, "w:tc")
            tc_pr = x.sub(tc, "w:tcPr")
            x.sub(tc_pr, "w:tcW", w=str(width), type="dxa")
            for p in content or [x.paragraph()]:
                tc.append(p)
        return tbl

    def _contents(self, headings: list[Heading], marks: list[str], annex_mark: str | None) -> None:
        """A real TOC field whose cached result lists every heading with its page number as
        the PDF writer laid it out: Word shows it as it is (no "update fields" prompt: the
        settings ask for no update) and can update it; each entry links to its heading."""
        label = self._label("contents")
        if not label or not (headings or annex_mark):
            return
        p = self._p("TOC Heading")
        p.append(x.run(clean_single_line(label)))
        self._add(p)
        pages = list(self.layout.heading_pages)
        entries = [
            (h.level, h.text, mark, pages[i] if i < len(pages) else 0)
            for i, (h, mark) in enumerate(zip(headings, marks, strict=True))
        ]
        if annex_mark is not None:
            entries.append((1, self._label("sources"), annex_mark, self.layout.sources_page or 0))
        deepest = max(min(max(level, 1), 3) for level, *_ in entries)
        opening, closing = x.field_runs(f'TOC \\o "1-{deepest}" \\h \\z \\u', [])
        for index, (level, text, mark, page) in enumerate(entries):
            entry = self._p("toc 1" if level <= 1 else "toc 2")
            if index == 0:
                entry.extend(opening)
            link = x.internal_link(mark)
            link.append(x.run(clean_single_line(text)))
            link.append(x.run("\t"))
            before, after = x.field_runs(f"PAGEREF {mark} \\h", [x.run(str(page) if page else "")])
            link.extend(before)
            link.extend(after)
            entry.append(link)
            if index == len(entries) - 1:
                entry.extend(closing)
            self._add(entry)
        self.pending_break = True  # the contents page stands alone, as in a bound brief

    # ---- body -------------------------------------------------------------------------------

    def _blocks(self, heading_marks: Iterator[str]) -> None:
        for block in self.doc.blocks:
            if isinstance(block, Heading):
                self._heading(block.level, block.text, next(heading_marks))
            elif isinstance(block, Paragraph):
                style = PARAGRAPH_STYLES.get(block.style, "Body Text")
                p = self._p(style)
                self._inlines(p, block.inlines)
                self._add(p)
            elif isinstance(block, BulletList):
                for item in block.items:
                    p = self._p("List Bullet")
                    self._inlines(p, item)
                    self._add(p)
            elif isinstance(block, Table):
                self._table(block)
            elif isinstance(block, PageBreak):
                self.pending_break = bool(self.out)

    def _heading(self, level: int, text: str, mark: str, *, new_page: bool = False) -> None:
        p = self._p(f"heading {min(max(level, 1), 3)}", page_break_before=new_page)
        bookmark_id = self.bookmarks.next_id()
        p.append(x.bookmark_start(bookmark_id, mark))
        p.append(x.run(clean_single_line(text)))
        p.append(x.bookmark_end(bookmark_id))
        self._add(p)

    def _text(self, p: Element, text: str, *, bold: bool = False, italic: bool = False) -> None:
        for i, line in enumerate(clean_lines(text)):
            if i:
                p.append(x.line_break())
            if line:
                p.append(x.run(line, bold=bold, italic=italic))

    def _inlines(self, p: Element, inlines: Iterable[Inline]) -> None:
        after_cite = False
        for inline in inlines:
            if isinstance(inline, Text):
                if inline.text:
                    self._text(p, inline.text, bold=inline.bold, italic=inline.italic)
                    after_cite = False
            elif isinstance(inline, Cite):
                if after_cite:  # "¹²,¹³", not "¹²¹³": adjacent numbers would read as one
                    p.append(x.run(",", style_id=self.footnote_styles.reference))
                p.append(self._footnote(self.doc.notes[inline.key]))
                after_cite = True
            elif isinstance(inline, LineBreak):
                p.append(x.line_break())
                after_cite = False

    def _footnote(self, note: Note) -> Element:
        self.footnote_count += 1
        footnote_id = self.footnote_count
        content = self._linked_text(self.note_forms.text(note), self.footnotes)
        quote_text = clean_single_line(note.quote).strip('“”"')
        if quote_text and not self.doc.one_page:
            if content:
                content.append(x.run(" "))
            content.append(x.run(f"“{quote_text}”", italic=True))
        self.footnotes.add_footnote(footnote_id, content, self.footnote_styles)
        return footnote_reference(footnote_id, self.footnote_styles)

    def _linked_text(self, text: str, part: Part) -> list[Element]:
        """Runs for ``text`` on one line, with each http(s) URL made a real hyperlink."""
        line = clean_single_line(text)
        out: list[Element] = []
        position = 0
        for match in _URL.finditer(line):
            url = match.group().rstrip(_URL_TRAILING)
            start, end = match.start(), match.start() + len(url)
            if start > position:
                out.append(x.run(line[position:start]))
            out.append(self._hyperlink(part, url, url))
            position = end
        if position < len(line):
            out.append(x.run(line[position:]))
        return out

    def _hyperlink(self, part: Part, url: str, text: str) -> Element:
        target = quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")
        link = x.external_link(part.relate_to(target, RT.HYPERLINK, is_external=True))
        link.append(x.run(text, style_id=self.styles.id("Hyperlink")))
        return link

    def _table(self, table: Table) -> None:
        columns = max([len(table.header), *(len(row) for row in table.rows)])
        if columns == 0:
            return
        if table.caption.strip():
            caption = self._p("caption")
            self._text(caption, table.caption)
            self._add(caption)
        widths = self._column_widths(table.widths, columns)
        tbl = x.el("w:tbl")
        tbl_pr = x.sub(tbl, "w:tblPr")
        table_style = self.styles.id("Brief Table")
        if table_style:
            x.sub(tbl_pr, "w:tblStyle", val=table_style)
        x.sub(tbl_pr, "w:tblW", w=str(sum(widths)), type="dxa")
        x.sub(tbl_pr, "w:tblLayout", type="fixed")
        x.sub(
            tbl_pr,
            "w:tblLook",
            val="04A0" if table.header else "0480",
            firstRow="1" if table.header else "0",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        )
        grid = x.sub(tbl, "w:tblGrid")
        for width in widths:
            x.sub(grid, "w:gridCol", w=str(width))
        if table.header:
            tbl.append(self._row(table.header, widths, header=True))
        for row in table.rows:
            tbl.append(self._row(row, widths, header=False))
        self._add(tbl)

    def _row(
        self, cells: tuple[tuple[Inline, ...], ...], widths: list[int], *, header: bool
    ) -> Element:
        tr = x.el("w:tr")
        if header:
            tr_pr = x.sub(tr, "w:trPr")
            x.sub(tr_pr, "w:cantSplit")
            x.sub(tr_pr, "w:tblHeader")
        style = "Table Heading" if header else "Table Text"
        for column, width in enumerate(widths):
            tc = x.sub(tr, "w:tc")
            tc_pr = x.sub(tc, "w:tcPr")
            x.sub(tc_pr, "w:tcW", w=str(width), type="dxa")
            p = self._p(style)
            if column < len(cells):
                self._inlines(p, cells[column])
            tc.append(p)
        return tr

    def _column_widths(self, relative: tuple[float, ...], columns: int) -> list[int]:
        total = self.text_width
        weights = list(relative)
        if len(weights) != columns or not all(w > 0 for w in weights):
            weights = [1.0] * columns
        scale = sum(weights)
        widths = [int(total * w / scale) for w in weights]
        widths[-1] += total - sum(widths)
        return widths

    # ---- sources annex ----------------------------------------------------------------------

    def _sources(self, annex_mark: str) -> None:
        self.pending_break = False
        self._heading(1, self._label("sources"), annex_mark, new_page=True)
        for source in sorted(self.doc.sources, key=lambda s: s.number):
            self._add(self._source_entry(source))

    def _source_entry(self, source: SourceEntry) -> Element:
        p = self._p("Source Entry")
        bookmark_id = self.bookmarks.next_id()
        p.append(
            x.bookmark_start(
                bookmark_id, self.bookmarks.fresh(source.anchor or f"src-{source.number}")
            )
        )
        fields = [clean_single_line(source.outlet), clean_single_line(source.author)]
        title = clean_single_line(source.title)
        fields.append(f"“{title}”" if title else "")
        fields.append(clean_single_line(source.published_on))
        text = ", ".join(f for f in fields if f)
        url = clean_single_line(source.url)
        p.append(x.run(f"{source.number}.\t{text}{', ' if text and url else ''}"))
        if url:
            if _URL.fullmatch(url):
                p.append(self._hyperlink(self.word.part, url, url))
            else:
                p.append(x.run(url))
        p.append(x.bookmark_end(bookmark_id))
        return p

    # ---- page furniture and properties ------------------------------------------------------

    def _headers_and_footers(self) -> None:
        """Page number centred in the header from page 2 (NĐ 30: not on the first page), in
        the document's form ("2" or "Page 2 of 13"); the marking at the foot of every page,
        in red when classified — as the PDF draws them."""
        section = self.word.sections[-1]
        section.different_first_page_header_footer = True
        marking = clean_single_line(self.meta.marking)
        red = tp.RED if self.meta.classification > 0 else None

        header = self._story(section.header)
        p = self._p("header")
        pattern = clean_single_line(self.meta.page_pattern) or "{page}"
        for piece in re.split(r"(\{page\}|\{total\})", pattern):
            if piece == "{page}":
                p.extend(x.field("PAGE", "2"))
            elif piece == "{total}":
                p.extend(x.field("NUMPAGES", str(self.layout.total_pages)))
            elif piece:
                p.append(x.run(piece))
        header.append(p)

        self._story(section.first_page_header).append(self._p("header"))
        for footer in (section.footer, section.first_page_footer):
            story = self._story(footer)
            p = self._p("Marking" if marking else "footer")
            if marking:
                p.append(x.run(marking, color=red))
            story.append(p)

    @staticmethod
    def _story(header_footer: _BaseHeaderFooter) -> Element:
        """The emptied root (``w:hdr``/``w:ftr``) of a header or footer of its own.

        python-docx's header/footer template marks ``w14``/``wp14`` as ``mc:Ignorable``; Briefer
        writes nothing in those namespaces, and without the markup-compatibility attribute the
        part is valid against the ECMA-376 transitional schema as it stands (tests/schemas).
        """
        header_footer.is_linked_to_previous = False
        root: Element = header_footer.part.element
        root.attrib.pop(_MC_IGNORABLE, None)
        for child in list(root):
            root.remove(child)
        return root

    def _properties(self) -> None:
        meta = self.meta
        props = self.word.core_properties
        tag = LANGUAGE_TAGS.get(meta.language, clean_single_line(meta.language))

        def short(text: str) -> str:
            return clean_single_line(text)[:_CORE_PROPERTY_MAX]

        props.title = short(meta.title)
        props.subject = short(meta.subject or meta.subtitle)
        props.author = short(meta.author)
        props.last_modified_by = short(meta.author)
        props.keywords = short(", ".join(meta.keywords))
        props.category = short(meta.brief_type_label)
        props.content_status = short(meta.marking)
        props.comments = ""
        props.language = tag
        props.revision = 1
        created = _parse_datetime(meta.created)
        _drop_core_dates(props, keep=created is not None)
        if created is not None:
            props.created = created
            props.modified = created
        self._set_document_language(tag)

    def _set_document_language(self, tag: str) -> None:
        """The proofing language of every run (Word's spell-checker, hyphenation)."""
        styles = self.word.styles.element
        rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is None or not tag:
            return
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = x.sub(rpr, "w:lang")
        lang.set(qn("w:val"), tag)


def _parse_datetime(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _drop_core_dates(props: CoreProperties, *, keep: bool) -> None:
    """Remove the reference's "last printed" date, and created/modified unless ``keep``.

    Without a fixed date in the model the dates are left out rather than taken from the
    clock, so the output stays reproducible.
    """
    element = props._element  # python-docx has no public way to unset a core property
    names = (
        ("cp:lastPrinted",) if keep else ("dcterms:created", "dcterms:modified", "cp:lastPrinted")
    )
    for name in names:
        for child in element.findall(qn(name)):
            element.remove(child)
