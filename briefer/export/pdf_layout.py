"""Page layout pieces of the PDF writer: house-style paragraph styles, the page decoration
(the page number in the document's form, the marking), and the flowables that know their
position on the page (heading anchors for bookmarks and outline, contents lines with their
page numbers).

Numbers that are only known at the end of the build — the total page count and the page of
each heading listed in the contents — are drawn as PDF form XObjects: the page refers to a
named form while it is laid out, and ``BriefCanvas.save`` defines the forms once every page is
known. One layout pass, and every link and bookmark still points at its real page (deferring
``showPage`` as the usual "NumberedCanvas" recipe does would bind every destination to page 1).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfdoc import LinkAnnotation
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from briefer.export.pdf_accel import BriefLink
from briefer.export.pdf_markup import MarkupParagraph

PAGE_WIDTH, PAGE_HEIGHT = A4
# Nghị định 30/2020/NĐ-CP, Phụ lục I: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

BODY_SIZE = 14.0  # NĐ 30: 13–14 pt
BODY_LEADING = 18.0  # about 1.2 lines: room for the stacked Vietnamese marks (ẫ, Ấ)
FIRST_LINE_INDENT = 1.27 * cm
SPACE_AFTER = 6.0

# Header and footer live in the 20 mm margins, clear of the text frame.
PAGE_NUMBER_Y = PAGE_HEIGHT - 13.5 * mm
MARKING_FOOTER_Y = 9 * mm
PAGE_NUMBER_SIZE = 13.0
MARKING_SIZE = 11.0

CONTENTS_NUMBER_WIDTH = 1.0 * cm

# Compressed streams stay binary: reportlab's default also wraps them in ASCII85 text, which
# its pure-Python encoder makes ~10 ms of a brief's export and the file 5% larger.
# Every PDF reader decodes both; Briefer is reportlab's only user in the process.
rl_config.useA85 = 0


# ---- styles -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    note_para: ParagraphStyle
    warning: ParagraphStyle
    bullet: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    cell: ParagraphStyle
    table_row: ParagraphStyle
    caption: ParagraphStyle
    notes_title: ParagraphStyle
    note: ParagraphStyle
    source: ParagraphStyle
    contents1: ParagraphStyle
    contents2: ParagraphStyle
    title_marking: ParagraphStyle
    contents_title: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    brief_type: ParagraphStyle
    date: ParagraphStyle


def make_styles(family: str) -> Styles:
    """The house style. Every style uses the regular face of ``family``; bold and italic come
    from ``<b>``/``<i>`` markup, which reportlab resolves through the registered family."""
    body = ParagraphStyle(
        "briefer-body",
        fontName=family,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        alignment=TA_JUSTIFY,
        firstLineIndent=FIRST_LINE_INDENT,
        spaceAfter=SPACE_AFTER,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    small = ParagraphStyle(
        "briefer-small",
        parent=body,
        fontSize=12,
        leading=15,
        alignment=TA_LEFT,
        firstLineIndent=0,
        spaceAfter=3,
    )
    heading1 = ParagraphStyle(
        "briefer-h1",
        parent=body,
        alignment=TA_LEFT,
        firstLineIndent=0,
        spaceBefore=0,  # the heading's anchor carries the space, so the bookmark sits above it
        spaceAfter=6,
        keepWithNext=1,
    )
    centred = ParagraphStyle(
        "briefer-centred", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0
    )
    hanging = 0.75 * cm
    return Styles(
        body=body,
        lead=ParagraphStyle("briefer-lead", parent=body, firstLineIndent=0, spaceAfter=9),
        note_para=ParagraphStyle("briefer-note-para", parent=body, fontSize=12, leading=15.5),
        warning=ParagraphStyle(
            "briefer-warning",
            parent=body,
            firstLineIndent=0,
            borderWidth=0.75,
            borderColor=colors.black,
            borderPadding=(4, 6, 5, 6),
            spaceBefore=6,
            spaceAfter=SPACE_AFTER + 6,
            leftIndent=6,
            rightIndent=6,
        ),
        bullet=ParagraphStyle(
            "briefer-bullet",
            parent=body,
            firstLineIndent=0,
            leftIndent=FIRST_LINE_INDENT + 0.45 * cm,
            bulletIndent=FIRST_LINE_INDENT,
            bulletFontName=family,
            bulletFontSize=BODY_SIZE,
            spaceAfter=3,
        ),
        heading1=heading1,
        heading2=ParagraphStyle("briefer-h2", parent=heading1, spaceAfter=4),
        cell=ParagraphStyle("briefer-cell", parent=small, spaceAfter=0),
        table_row=ParagraphStyle("briefer-table-row", parent=small, spaceAfter=2),
        caption=ParagraphStyle(
            "briefer-caption",
            parent=small,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=4,
            keepWithNext=1,
        ),
        notes_title=ParagraphStyle(
            "briefer-notes-title", parent=small, spaceBefore=10, spaceAfter=4, keepWithNext=1
        ),
        note=ParagraphStyle(
            "briefer-note",
            parent=small,
            fontSize=11,
            leading=14,
            leftIndent=hanging,
            firstLineIndent=-hanging,
            spaceAfter=2,
        ),
        source=ParagraphStyle(
            "briefer-source",
            parent=small,
            leftIndent=hanging,
            firstLineIndent=-hanging,
            spaceAfter=5,
        ),
        contents1=ParagraphStyle(
            "briefer-contents1",
            parent=small,
            fontSize=13,
            leading=16.5,
            spaceAfter=4,
            rightIndent=CONTENTS_NUMBER_WIDTH,
        ),
        contents2=ParagraphStyle(
            "briefer-contents2",
            parent=small,
            fontSize=13,
            leading=16.5,
            spaceAfter=3,
            leftIndent=0.8 * cm,
            rightIndent=CONTENTS_NUMBER_WIDTH,
        ),
        title_marking=ParagraphStyle(
            "briefer-title-marking", parent=centred, fontSize=14, leading=18
        ),
        contents_title=ParagraphStyle("briefer-contents-title", parent=centred, spaceAfter=14),
        title=ParagraphStyle(
            "briefer-title", parent=centred, fontSize=20, leading=26, spaceAfter=10
        ),
        subtitle=ParagraphStyle(
            "briefer-subtitle", parent=centred, fontSize=16, leading=21, spaceAfter=18
        ),
        brief_type=ParagraphStyle(
            "briefer-brief-type", parent=centred, fontSize=14, leading=18, spaceAfter=6
        ),
        date=ParagraphStyle("briefer-date", parent=centred, fontSize=14, leading=18),
    )


# ---- page decoration --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What every page prints outside the text frame, and the document's fixed date."""

    family: str
    bold_face: str
    marking: str
    page_label: Callable[[int, int], str]  # (page, total) -> "2" or "Page 2 of 7"
    pdf_date: str | None  # "D:20261124090000" from meta.created; None = reportlab's invariant
    marking_red: bool = False  # a classified marking is printed in red (TT 24/2020/TT-BCA)
    layout_only: bool = False  # lay the pages out but write no file (the DOCX needs only pages)


def pdf_date(iso: str) -> str | None:
    """``meta.created`` (ISO 8601) as a PDF date string, or None when it is not a date."""
    try:
        moment = datetime.fromisoformat(iso.strip())
    except ValueError:
        return None
    text = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{text}{sign}{hours:02d}'{mins:02d}'" if minutes else f"{text}Z"


def _form_name(kind: str, key: str) -> str:
    return f"briefer-{kind}-{key}"


class BriefCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that draws the header/footer of each page and, at save time, the numbers that
    depend on the whole document (page total, contents page numbers) as named forms."""

    decor: PageDecor

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.decor = decor
        self.numbered_pages: list[int] = []
        self.last_page = 0
        self.anchor_pages: dict[str, int] = {}
        self.wanted_page_forms: list[str] = []  # anchors whose page number a contents line shows
        if decor.pdf_date is not None:
            fixed = decor.pdf_date
            self.setDateFormatter(lambda *_parts: fixed)
        self.showOutline()

    def _addAnnotation(self, annotation: Any, name: Any = None, addtopage: int = 1) -> Any:
        if type(annotation) is LinkAnnotation:  # written faster, the same bytes (pdf_accel)
            annotation.__class__ = BriefLink
        return super()._addAnnotation(annotation, name, addtopage)

    # -- called while laying out ------------------------------------------------------------

    def decorate_page(self, numbered: bool) -> None:
        """The marking at the foot of every page (red when classified); the page number
        centred in the top margin of numbered pages (not the first: NĐ 30)."""
        decor = self.decor
        self.last_page = self.getPageNumber()
        self.saveState()
        if numbered:  # first in the page's content: the number is what a reader meets first
            page = self.getPageNumber()
            self.numbered_pages.append(page)
            self.saveState()
            self.translate(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_NUMBER_Y)
            self.doForm(_form_name("page", str(page)))
            self.restoreState()
        if decor.marking:
            if decor.marking_red:
                self.setFillColorRGB(0.75, 0, 0)
            size = _fitting_size(decor.marking, decor.bold_face, MARKING_SIZE, TEXT_WIDTH)
            self.setFont(decor.bold_face, size)
            centre = MARGIN_LEFT + TEXT_WIDTH / 2
            self.drawCentredString(centre, MARKING_FOOTER_Y, decor.marking)
        self.restoreState()

    def record_anchor(self, key: str) -> None:
        self.anchor_pages.setdefault(key, self.getPageNumber())

    def draw_page_number_of(self, key: str, right_x: float, baseline: float) -> None:
        """Draw (later) the page number of anchor ``key``, right-aligned at ``right_x``."""
        self.wanted_page_forms.append(key)
        self.saveState()
        self.translate(right_x, baseline)
        self.doForm(_form_name("toc", key))
        self.restoreState()

    # -- end of document --------------------------------------------------------------------

    def save(self) -> None:
        decor = self.decor
        if decor.layout_only:  # the pages are known; skip subsetting fonts and writing bytes
            return
        total = self.last_page
        for page in self.numbered_pages:
            self._define_text_form(
                _form_name("page", str(page)),
                decor.page_label(page, total),
                decor.family,
                PAGE_NUMBER_SIZE,
                centred=True,
            )
        for key in dict.fromkeys(self.wanted_page_forms):
            found = self.anchor_pages.get(key)
            self._define_text_form(
                _form_name("toc", key),
                str(found) if found is not None else "",
                decor.family,
                13,
                centred=False,
            )
        super().save()

    def _define_text_form(
        self, name: str, text: str, font: str, size: float, *, centred: bool
    ) -> None:
        half = PAGE_WIDTH / 2
        self.beginForm(name, -half, -size, half, size * 1.5)
        self.setFillColorRGB(0, 0, 0)
        self.setFont(font, size)
        if centred:
            self.drawCentredString(0, 0, text)
        else:
            self.drawRightString(0, 0, text)
        self.endForm()


def _fitting_size(text: str, font: str, size: float, width: float) -> float:
    """``size``, or smaller so that ``text`` fits ``width`` (a long marking must not overrun)."""
    natural = float(stringWidth(text, font, size))
    if natural <= width:
        return size
    return max(5.0, size * width / natural)


def page_callback(numbered: bool) -> Callable[[Canvas, Any], None]:
    def on_page(canv: Canvas, _doc: Any) -> None:
        if isinstance(canv, BriefCanvas):
            canv.decorate_page(numbered)

    return on_page


def canvas_maker(decor: PageDecor) -> Callable[..., BriefCanvas]:
    def make(*args: Any, **kwargs: Any) -> BriefCanvas:
        return BriefCanvas(*args, decor=decor, **kwargs)

    return make


# ---- flowables that know where they are ------------------------------------------------------


class BriefParagraph(MarkupParagraph):
    """reportlab's paragraph, broken into lines once per width.

    The layout asks a paragraph for its size more than once at the same width (a heading kept
    with the next paragraph is measured with its group, then placed; a table measures its
    cells, then draws them): about one call in seven breaks the same lines again. The lines
    depend only on the paragraph's text and the width, so a repeat returns the size already
    found, unless reportlab has dropped the lines since (it does when splitting).
    """

    _lines_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._lines_width and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._lines_width = availWidth
        return size


class HeadingAnchor(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-height marker placed just before a heading: binds the heading's destination at
    its exact position, adds its outline entry and records its page for the contents."""

    def __init__(self, key: str, title: str, outline_level: int | None, space_before: float):
        super().__init__()
        self.key = key
        self.title = title
        self.outline_level = outline_level
        self.spaceBefore = space_before
        self.keepWithNext = 1  # never strand the anchor at the foot of a page without its heading

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 0

    def draw(self) -> None:
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, 2)
        if self.outline_level is not None:
            canv.addOutlineEntry(self.title, self.key, level=self.outline_level, closed=False)
        if isinstance(canv, BriefCanvas):
            canv.record_anchor(self.key)


class ContentsLine(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One entry of the contents: the heading text (wrapped), dot leaders and its page number,
    the whole line a link to the heading."""

    def __init__(self, markup: str, style: ParagraphStyle, key: str) -> None:
        super().__init__()
        self.para = MarkupParagraph(markup, style)
        self.style = style
        self.key = key
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _w, h = self.para.wrap(availWidth, availHeight)
        self.width, self.height = availWidth, h
        return availWidth, h

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        self.para.drawOn(canv, 0, 0)
        lines = self.para.blPara.lines
        # where reportlab puts the first baseline (rl_config decides between the two)
        if rl_config.paraFontSizeHeightOffset:
            first = style.fontSize
        else:
            first = getattr(self.para.blPara, "ascent", style.fontSize)
        baseline = self.height - first - style.leading * (max(len(lines), 1) - 1)
        last = lines[-1] if lines else None
        extra = getattr(last, "extraSpace", None)
        if extra is None and isinstance(last, tuple):
            extra = last[0]
        # contents styles have no first-line indent: every line spans the same width
        line_width = self.width - style.leftIndent - style.rightIndent
        start = style.leftIndent + line_width - (extra if extra is not None else 0)
        leader_end = self.width - 0.75 * cm  # room for a three-digit page number
        font, size = style.fontName, style.fontSize
        dot = ". "
        dot_width = stringWidth(dot, font, size)
        if leader_end - start > 3 * dot_width:
            count = int((leader_end - (start + 0.2 * cm)) // dot_width)
            canv.saveState()
            canv.setFont(font, size)
            canv.drawRightString(leader_end, baseline, dot * count)
            canv.restoreState()
        if isinstance(canv, BriefCanvas):
            canv.draw_page_number_of(self.key, self.width, baseline)
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


# ---- names -------------------------------------------------------------------------------------

_SAFE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.:-]{0,120}")


class Names:
    """Destination names: the model's anchors where they are safe PDF names, unique."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, wanted: str, fallback: str) -> str:
        base = wanted if _SAFE_NAME.fullmatch(wanted or "") else fallback
        name, n = base, 2
        while name in self._used:
            name = f"{base}-{n}"
            n += 1
        self._used.add(name)
        return name
