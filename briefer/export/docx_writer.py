"""The DOCX writer proper: one pass over the model, in reading order, into WordprocessingML.

Owns the title lines (under the letterhead of ``docx_title``), the contents (linked entries
whose PAGEREF fields carry the PDF's page numbers), the body (headings with bookmarks,
paragraphs, bullets, tables), the citations as Word footnotes (``docx_footnotes``) and the
Sources annex; the header, footer and properties are ``docx_furniture``'s. Elements are built
with ``docx_xml``; text is cleaned by ``docx_text`` first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part

from briefer.export import docx_furniture, docx_title
from briefer.export import docx_xml as x
from briefer.export.docx_footnotes import (
    FootnotesPart,
    FootnoteStyles,
    footnote_reference,
    prepare_footnotes,
)
from briefer.export.docx_oxml import Element, element_of, qn
from briefer.export.docx_styles import PARAGRAPH_STYLES, StyleIds
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

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

DEFAULT_LABELS = {
    "vi": {"contents": "Mục lục", "sources": "Nguồn tham khảo", "ibid": "Như trên."},
    "en": {"contents": "Contents", "sources": "Sources", "ibid": "Ibid."},
}
URL = re.compile(r"https?://[^\s<>\"“”‘’]+")
URL_TRAILING = ".,;:!?)]}'"


class PageNumbers(Protocol):
    """What the writer reads of the PDF writer's layout (``pdf.PdfLayout``)."""

    @property
    def heading_pages(self) -> tuple[int, ...]: ...

    @property
    def sources_page(self) -> int | None: ...

    @property
    def total_pages(self) -> int: ...


@dataclass(frozen=True, slots=True)
class NoLayout:
    """What the writer reads of a PdfLayout, for a file that shows no laid-out page number."""

    data: bytes = b""
    heading_pages: tuple[int, ...] = ()
    sources_page: int | None = None
    total_pages: int = 0
    scale: float = 1.0


class Writer:
    """Writes one ``Document`` into the python-docx document ``word`` (see :meth:`write`)."""

    def __init__(self, doc: Document, word: DocxDocument, layout: PageNumbers) -> None:
        self.doc = doc
        self.layout = layout
        self.word = word
        self.meta = doc.meta
        self.lang = doc.meta.language if doc.meta.language in DEFAULT_LABELS else "en"
        self.styles = StyleIds(element_of(word.styles.element))
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
        docx_furniture.headers_and_footers(
            self.word, self.meta, self.styles, self.layout.total_pages
        )
        docx_furniture.properties(self.word, self.meta)

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

    def _p(self, style: str, *, page_break_before: bool = False) -> Element:
        return x.paragraph(self.styles.id(style), page_break_before=page_break_before)

    # ---- title page and contents ------------------------------------------------------------

    def _title_page(self) -> None:
        """The letterhead block (``docx_title``), then the title lines."""
        meta = self.meta
        head, wrote = docx_title.letterhead(meta, self.text_width)
        for element in head:
            self._add(element)
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

    def _contents(self, headings: list[Heading], marks: list[str], annex_mark: str | None) -> None:
        """The contents as linked "toc 1"/"toc 2" paragraphs, each ending in a PAGEREF field to
        its heading's bookmark whose cached number is the page the PDF writer laid it on.

        Not wrapped in a TOC field: LibreOffice shows a TOC field's saved text as it is, and
        its own layout of the DOCX (real footnotes at each page's foot) puts some headings a
        page earlier than the PDF, so a quarter of the demo briefs' entries read wrong
        there; a bare PAGEREF it computes from its own pages. Word shows the cached number
        until its fields are updated (Ctrl+A, F9 or printing), and asks nothing on opening
        (no ``w:updateFields``): DESIGN.md's "contents list that needs no update prompt"."""
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
        for level, text, mark, page in entries:
            entry = self._p("toc 1" if level <= 1 else "toc 2")
            link = x.internal_link(mark)
            link.append(x.run(clean_single_line(text)))
            link.append(x.run("\t"))
            before, after = x.field_runs(f"PAGEREF {mark} \\h", [x.run(str(page) if page else "")])
            link.extend(before)
            link.extend(after)
            entry.append(link)
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
        for match in URL.finditer(line):
            url = match.group().rstrip(URL_TRAILING)
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
            if URL.fullmatch(url):
                p.append(self._hyperlink(self.word.part, url, url))
            else:
                p.append(x.run(url))
        p.append(x.bookmark_end(bookmark_id))
        return p
