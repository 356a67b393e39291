"""The geometry of the title page, shared by the DOCX and the PDF writer so both draw it alike.

Nghị định 30/2020/NĐ-CP, Phụ lục I: a two-column block at the top of the first page. Left:
the issuing unit (the parent body in capitals, the unit itself in bold capitals, a short rule
beneath), the "Số: …" line and, for a classified brief, the red stamp of its level (Thông tư
24/2020/TT-BCA). Right: the national header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12 pt bold
capitals; "Độc lập - Tự do - Hạnh phúc", 13 pt bold, a rule beneath) and the place-and-date
line in italics. An English brief (or the "plain" house style) has the issuing unit's
letterhead and no national header. Then, centred: title, pair, brief type, visit lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.render.model import DocumentMeta

LEFT_SHARE = 0.4  # of the text width; the national header needs the rest at 12 pt
UNIT_SIZE = 13.0
HEADER_SIZE = 12.0  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_SIZE = 13.0  # "Độc lập - Tự do - Hạnh phúc"
NUMBER_SIZE = 13.0
PLACE_DATE_SIZE = 13.0
STAMP_SIZE = 14.0
LEADING = 1.25  # line height as a multiple of the size in this block
TITLE_GAP = 96.0  # points between the header block and the title
TITLE_SIZE = 18.0
SUBTITLE_SIZE = 16.0
INFO_SIZE = 14.0
MARKING_BOX_SIZE = 14.0
RED = "C00000"  # the stamp and a classified marking (TT 24/2020: red ink)
RULE_SHARE = 0.35  # the short rule under the issuing unit, as a share of its column
MOTTO_RULE = True  # the rule under the motto is as wide as the motto


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    size: float
    bold: bool = False
    italic: bool = False
    rule_after: str = ""  # "" | "short" (a share of the column) | "text" (as wide as the text)


def left_column(meta: DocumentMeta) -> list[Line]:
    """Issuing unit and number, top to bottom (the stamp is drawn after them)."""
    lines: list[Line] = []
    unit = list(meta.issuing_unit)
    for index, text in enumerate(unit):
        last = index == len(unit) - 1
        lines.append(Line(text.upper(), UNIT_SIZE, bold=last, rule_after="short" if last else ""))
    if meta.number_line:
        lines.append(Line(meta.number_line, NUMBER_SIZE))
    return lines


def right_column(meta: DocumentMeta) -> list[Line]:
    """National header (Vietnamese house style) and the place-and-date line."""
    lines: list[Line] = []
    header = list(meta.national_header)
    for index, text in enumerate(header):
        if index == 0:
            lines.append(Line(text.upper(), HEADER_SIZE, bold=True))
        else:
            lines.append(Line(text, MOTTO_SIZE, bold=True, rule_after="text"))
    place_date = meta.place_date or meta.date_label  # a model without a place: the date alone
    if place_date:
        lines.append(Line(place_date, PLACE_DATE_SIZE, italic=True))
    return lines


def stamp_text(meta: DocumentMeta) -> str:
    """The red stamp's words for a classified brief ("" otherwise)."""
    return meta.marking.strip().upper() if meta.classification > 0 else ""


def boxed_marking(meta: DocumentMeta) -> str:
    """An unclassified marking ("Lưu hành nội bộ") is boxed above the title."""
    return meta.marking.strip() if meta.classification == 0 else ""
