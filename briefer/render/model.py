"""The document model: the one structure both writers (DOCX and PDF) consume.

``render/`` turns a jinja2 template's output (a small markup) into a ``Document``;
``export/docx.py`` and ``export/pdf.py`` write it. Because both writers read the same model,
the two formats never drift apart. Everything here is plain, frozen data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# ---- inline content ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """A run of text. Already NFC and free of control characters."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Cite:
    """A citation marker: points at ``Document.notes[key]``.

    Both writers give every occurrence the next number, as Word numbers footnotes, so
    "note 7" means the same thing in the DOCX (a footnote) and the PDF (a section note).
    """

    key: str


@dataclass(frozen=True, slots=True)
class LineBreak:
    """A hard line break inside a paragraph."""


Inline = Text | Cite | LineBreak


# ---- blocks ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1 = section, 2 = subsection
    text: str
    anchor: str  # stable id, unique in the document ("sec-economic"); bookmarks and contents use it


@dataclass(frozen=True, slots=True)
class Paragraph:
    inlines: tuple[Inline, ...]
    style: str = "body"  # body | lead | note | warning


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[tuple[Inline, ...], ...]


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[tuple[Inline, ...], ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; empty = equal
    caption: str = ""


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


Block = Heading | Paragraph | BulletList | Table | PageBreak


# ---- notes and sources -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One entry of the Sources annex."""

    key: str  # source uuid
    number: int  # 1-based, order of first citation
    title: str
    outlet: str = ""
    author: str = ""
    url: str = ""
    published_on: str = ""  # already formatted for the brief's language
    anchor: str = ""  # "src-<n>"; PDF citation links jump here


@dataclass(frozen=True, slots=True)
class Note:
    """The text of one citation: which source, and the exact quoted words."""

    key: str  # unique per (fact, citation)
    fact_uuid: str
    source_key: str  # SourceEntry.key
    quote: str
    text: str  # the footnote sentence: outlet, title, date, URL (formatted for the language)
    # The short form for a source already given in full: outlet, short title, date.
    short: str = ""


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str
    subtitle: str = ""  # e.g. the pair label "Việt Nam – Chile"
    brief_type_label: str = ""  # "Chuyến thăm cấp Nhà nước"
    date_label: str = ""  # the brief date, formatted for the language
    marking: str = ""  # classification marking printed in header/footer and title page
    language: str = "vi"
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    created: str = ""  # ISO datetime; fixed input gives identical output bytes
    labels: dict[str, str] = field(default_factory=dict)  # "contents", "sources", "page", "of" …
    # -- the official format (domain.letterhead): filled by render, drawn alike by both writers
    national_header: tuple[str, ...] = ()  # NĐ 30 header lines (empty: a letterhead only)
    issuing_unit: tuple[str, ...] = ()  # parent body first, the issuing unit last
    number_line: str = ""  # "Số: 15/TL-VCM"
    place_date: str = ""  # "Hà Nội, ngày 04 tháng 12 năm 2026"
    visit_lines: tuple[str, ...] = ()  # "Thời gian: 12–16/11/2026", "Địa điểm: Santiago"
    classification: int = 0  # 0 unclassified; 1–3 Mật / Tối mật / Tuyệt mật (red stamp)
    page_pattern: str = "{page}"  # the page number text; {page} and {total} are filled in


@dataclass(frozen=True, slots=True)
class Document:
    meta: DocumentMeta
    blocks: tuple[Block, ...]
    notes: dict[str, Note] = field(default_factory=dict)
    sources: tuple[SourceEntry, ...] = ()
    # A one-page document (the fact sheet): no title page, contents or Sources annex, short
    # notes at the foot, and everything on one A4 page (what does not fit is a warning).
    one_page: bool = False

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]


class NoteForms:
    """Which form each citation note takes, in reading order (both writers use it).

    The first note of a source is given in full; later notes of the same source use the
    short form (outlet, short title, date), and a note of the same source as the note just
    before it says "Ibid." / "Như trên". ``restart()`` starts a new list of notes (the PDF's
    notes of the next section), after which "Ibid." cannot refer back across the break.
    ``short_only`` gives every note its short form (the one-page fact sheet).
    """

    def __init__(self, ibid: str, *, short_only: bool = False) -> None:
        self.ibid = ibid
        self.short_only = short_only
        self.seen: set[str] = set()
        self.previous: str | None = None

    def restart(self) -> None:
        self.previous = None

    def form(self, note: Note) -> str:
        """ "full", "short" or "ibid" for the next note, ``note``."""
        source = note.source_key
        if source == self.previous:
            form = "ibid"
        elif source in self.seen or self.short_only:
            form = "short"
        else:
            form = "full"
        self.seen.add(source)
        self.previous = source
        return form

    def text(self, note: Note) -> str:
        """The next note's sentence, in the form it takes here."""
        form = self.form(note)
        if form == "ibid":
            return self.ibid
        if form == "short":
            return note.short or note.text
        return note.text
