"""The PDF story: the document model walked once, in reading order, into reportlab flowables.

Owns the contents list, the body blocks (headings with their outline anchors, paragraphs,
bullets, tables), citation numbering with the section notes, and the Sources annex. The title
page comes from ``pdf_title``, text and URL markup from ``pdf_text``; laying the story out on
pages is ``pdf``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    Table,
    TableStyle,
)

from briefer.export.pdf_layout import (
    FRAME_HEIGHT,
    TEXT_WIDTH,
    BriefParagraph,
    ContentsLine,
    HeadingAnchor,
    Names,
    Styles,
)
from briefer.export.pdf_text import (
    chunks,
    clean_text,
    escape,
    link_target,
    markup,
    split_urls,
    truncate,
    url_markup,
)
from briefer.export.pdf_title import title_page
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


def labels_for(language: str, given: dict[str, str]) -> dict[str, str]:
    labels = dict(DEFAULT_LABELS.get(language, DEFAULT_LABELS["en"]))
    labels.update({k: clean_text(v) for k, v in given.items() if isinstance(v, str)})
    return labels


@dataclass(slots=True)
class Citation:
    """One citation marker: its number and the two link destinations (marker, note)."""

    number: int
    key: str
    ref_name: str  # destination at the marker (the note number links back here)
    note_name: str  # destination at the note text (the marker links here)


class StoryBuilder:
    """Walks the model once, in reading order, numbering citations as they occur."""

    def __init__(
        self,
        doc: Document,
        styles: Styles,
        labels: dict[str, str],
        *,
        annex_entries: int | None = None,
    ) -> None:
        """``annex_entries``: lay out only the first so many entries of the Sources annex
        (None: all). What comes after the annex's heading cannot move any earlier page, so a
        layout that wants only the pages of the headings stops there (the first entry stays,
        because the heading is kept with it)."""
        self.doc = doc
        self.annex_entries = annex_entries
        self.styles = styles
        self.labels = labels
        self.names = Names()
        self.citations: list[Citation] = []
        self.pending: list[Citation] = []
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
        story: list[Flowable] = title_page(self.doc.meta, self.styles.body.fontName)
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

    def _contents(self) -> list[Flowable]:
        s = self.styles
        lines: list[Flowable] = []
        for index, block in enumerate(self.doc.blocks):
            if isinstance(block, Heading):
                style = s.contents1 if block.level <= 1 else s.contents2
                text = markup(truncate(clean_text(block.text).strip(), CONTENTS_ENTRY_MAX))
                if block.level <= 1:
                    text = f"<b>{text}</b>"
                lines.append(ContentsLine(text, style, self.heading_names[index]))
        if self.doc.sources:
            label = markup(self.labels["sources"])
            lines.append(ContentsLine(f"<b>{label}</b>", s.contents1, self.sources_name))
        if not lines:
            return []
        title = BriefParagraph(f"<b>{markup(self.labels['contents'])}</b>", s.contents_title)
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
            truncate(title, OUTLINE_TITLE_MAX),
            self.outline_levels[index],
            space_before=14 if level1 else 10,
        )
        text = escape(title)
        para = BriefParagraph(
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
        pieces = chunks(inlines, CHUNK_CHARS)
        out: list[Flowable] = []
        for index, chunk in enumerate(pieces):
            text = self._inlines(chunk)
            if wrap:
                text = f"<{wrap}>{text}</{wrap}>"
            piece_style = style
            if len(pieces) > 1:
                first, last = index == 0, index == len(pieces) - 1
                piece_style = ParagraphStyle(
                    f"{style.name}-piece-{int(first)}{int(last)}",
                    parent=style,
                    firstLineIndent=style.firstLineIndent if first else 0,
                    spaceBefore=style.spaceBefore if first else 0,
                    spaceAfter=style.spaceAfter if last else 0,
                )
            out.append(BriefParagraph(text, piece_style, bulletText=bullet if index == 0 else None))
        return out

    def _table(self, block: model.Table) -> list[Flowable]:
        s = self.styles
        columns = max((len(row) for row in (block.header, *block.rows)), default=0)
        if columns == 0:
            return []
        story: list[Flowable] = []
        caption = clean_text(block.caption).strip()
        if caption:
            story.append(BriefParagraph(f"<b>{escape(caption)}</b>", s.caption))
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

        col_widths = column_widths(block.widths, columns)
        padding_x, padding_top, padding_bottom = 4, 3, 4

        def cells(row: Iterable[tuple[Inline, ...]], bold: bool) -> list[BriefParagraph]:
            out: list[BriefParagraph] = []
            for inlines in row:
                text = self._inlines(inlines)
                out.append(BriefParagraph(f"<b>{text}</b>" if bold else text, s.cell))
            out += [BriefParagraph("", s.cell) for _ in range(columns - len(out))]
            return out

        data: list[list[BriefParagraph]] = []
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

    def _cite(self, key: str) -> Citation:
        number = len(self.citations) + 1
        citation = Citation(
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
            BriefParagraph(f"<b>{markup(self.labels['notes'])}</b>", s.notes_title),
        ]
        story[0].keepWithNext = 1
        story += [self._note(citation) for citation in self.pending]
        self.pending = []
        self.note_forms.restart()  # "Ibid." never refers to the notes of another section
        return story

    def _note(self, citation: Citation) -> Flowable:
        note = self.doc.notes.get(citation.key)
        head = (
            f'<a name="{citation.note_name}"/>'
            f'<a href="#{citation.ref_name}">{citation.number}.</a> '
        )
        if note is None:
            body = f"<i>{markup(self.labels['missing_note'])}</i> ({markup(citation.key)})."
        else:
            body = self._note_body(note, head)
        return BriefParagraph(head + body, self.styles.note)

    def _note_body(self, note: Note, head: str = "") -> str:
        target = None if self.doc.one_page else self.source_names.get(note.source_key)
        form = self.note_forms.form(note)
        text = {"ibid": self.note_forms.ibid, "short": note.short or note.text}.get(form, note.text)
        parts: list[str] = []
        for segment, is_url in split_urls(clean_text(text).strip()):
            url = link_target(segment) if is_url else None
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
            BriefParagraph(f"<b>{escape(title)}</b>", s.heading1),
        ]
        entries = self.doc.sources
        if self.annex_entries is not None:
            entries = entries[: max(1, self.annex_entries)]
        story += [self._source(entry) for entry in entries]
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
        url = link_target(url_text)
        if url:
            text += " " + url_markup(text + " ", url_text, url, self.styles.source, underline=True)
        elif url_text:
            text += f" {escape(url_text)}"
        return BriefParagraph(text, self.styles.source)


def column_widths(weights: tuple[float, ...], columns: int) -> list[float]:
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
