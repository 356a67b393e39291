"""The PDF title page: the letterhead block of ``title_page`` (issuing unit, "Số: …", national
header, place and date, a red stamp for a classified brief), then title, pair, brief type and
visit lines, as reportlab flowables.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as RLParagraph

from briefer.export import title_page as tp
from briefer.export.pdf_layout import TEXT_WIDTH
from briefer.export.pdf_markup import MarkupParagraph
from briefer.export.pdf_text import clean_text, escape, markup
from briefer.render.model import DocumentMeta


def title_page(meta: DocumentMeta, family: str) -> list[Flowable]:
    """Letterhead block, then title, pair, brief type and visit lines (``title_page``)."""
    story: list[Flowable] = []
    left_width = TEXT_WIDTH * tp.LEFT_SHARE
    right_width = TEXT_WIDTH - left_width
    left = letter_lines(tp.left_column(meta), left_width, family)
    stamp = clean_text(tp.stamp_text(meta)).strip()
    if stamp:
        left.append(Spacer(1, 8))
        left.append(boxed(stamp, family, tp.STAMP_SIZE, left_width, tp.RED))
    right = letter_lines(tp.right_column(meta), right_width, family)
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
    marking = clean_text(tp.boxed_marking(meta)).strip()
    if marking:
        story += [boxed(marking, family, tp.MARKING_BOX_SIZE, TEXT_WIDTH, None), Spacer(1, 24)]
    for text, size, bold, italic, after in (
        (meta.title, tp.TITLE_SIZE, True, False, 10),
        (meta.subtitle, tp.SUBTITLE_SIZE, True, False, 18),
        (meta.brief_type_label, tp.INFO_SIZE, False, False, 6),
        *((line, tp.INFO_SIZE, False, False, 6) for line in meta.visit_lines),
    ):
        if clean_text(text).strip():
            story.append(centred(markup(text), family, size, bold, italic, after))
    return story


def letter_lines(lines: list[tp.Line], width: float, family: str) -> list[Flowable]:
    """One column of the letterhead block: centred lines, a rule under those that ask."""
    out: list[Flowable] = []
    for line in lines:
        text = clean_text(line.text).strip()
        if not text:
            continue
        out.append(centred(escape(text), family, line.size, line.bold, line.italic, 0))
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


def centred(
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
    return MarkupParagraph(inner, style)


def boxed(text: str, family: str, size: float, room: float, red: str | None) -> Table:
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
    box = Table([[MarkupParagraph(f"<b>{escape(text)}</b>", style)]], colWidths=[width])
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
