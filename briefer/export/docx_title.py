"""The DOCX title page's letterhead: the block of ``title_page`` (issuing unit, "Số: …",
national header, place and date, a red stamp for a classified brief) as a borderless
two-column table, the gap under it and the boxed marking; the geometry is the PDF's.
"""

from __future__ import annotations

from briefer.export import docx_xml as x
from briefer.export import title_page as tp
from briefer.export.docx_oxml import Element
from briefer.export.docx_text import clean_single_line
from briefer.render.model import DocumentMeta


def letterhead(meta: DocumentMeta, text_width: int) -> tuple[list[Element], bool]:
    """The letterhead elements in order, and whether the letterhead block has any line."""
    left_width = int(text_width * tp.LEFT_SHARE)
    right_width = text_width - left_width
    out: list[Element] = []
    left = [p for line in tp.left_column(meta) for p in letter_line(line, left_width)]
    stamp = clean_single_line(tp.stamp_text(meta))
    if stamp:
        left.append(boxed(stamp, tp.STAMP_SIZE, left_width, tp.RED, before=160))
    right = [p for line in tp.right_column(meta) for p in letter_line(line, right_width)]
    block = bool(left or right)
    if block:
        out.append(letter_table(left, right, (left_width, right_width)))
    out.append(x.block_paragraph(line=round(tp.TITLE_GAP * 20)))  # the gap, exactly
    marking = clean_single_line(tp.boxed_marking(meta))
    if marking:
        out.append(boxed(marking, tp.MARKING_BOX_SIZE, text_width, None, after=480))
    return out, block


def letter_line(line: tp.Line, column: int) -> list[Element]:
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
    rule = x.block_paragraph(jc="center", line=40, after=80, indent=(side, side), rule_below=True)
    return [p, rule]


def boxed(
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


def letter_table(left: list[Element], right: list[Element], widths: tuple[int, int]) -> Element:
    """The two letterhead columns side by side, without borders."""
    tbl = x.el("w:tbl")
    tbl_pr = x.sub(tbl, "w:tblPr")
    x.sub(tbl_pr, "w:tblW", w=str(sum(widths)), type="dxa")
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
