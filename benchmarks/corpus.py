"""The import corpus (``tests/fixtures/corpus/``): build its files, read its keys.

Each set (``dev``: worked on; ``unseen``: held out, measured at the end) holds articles
written in the style of Vietnamese outlets and ministry notes, and ``keys.json``: for each
file its title, outlet, publication date, author, the furniture strings that must not stay
in the body, sentences that must stay, and its key facts (pair, a fragment of the quote,
value/unit/period or event date).

Text and HTML articles are kept as UTF-8 files; a key's ``encode`` ("utf-16", "nfd",
"cp1258") says how the built copy is encoded, as editors receive them. Word documents
(``*.docx.json``) and PDFs (``*.pdf.json``, printed-page headers and footers, one or two
columns, side-by-side boxes) are specs built with python-docx and reportlab, so no binary
file is kept in the repository.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
FONTS = ROOT / "resources" / "fonts"


def keys(set_name: str) -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(
        (CORPUS / set_name / "keys.json").read_text(encoding="utf-8")
    )
    return data


# ---- text encodings --------------------------------------------------------------------

_CP1258_KEEP = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn: precomposed in 1258


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: base letters with ^, ˘ and the horn
    precomposed, tone marks as separate combining characters."""
    out: list[str] = []
    base = -1  # index in ``out`` of the last base letter
    for char in unicodedata.normalize("NFD", text):
        if char in _CP1258_KEEP and base >= 0:
            out[base] = unicodedata.normalize("NFC", out[base] + char)
        else:
            if not unicodedata.combining(char):
                base = len(out)
            out.append(char)
    return "".join(out).encode("cp1258")


def encode(text: str, how: str) -> bytes:
    if how == "utf-16":
        return text.replace("\n", "\r\n").encode("utf-16")
    if how == "nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    if how == "cp1258":
        return to_cp1258(text.replace("\n", "\r\n"))
    return text.encode("utf-8")


# ---- Word documents --------------------------------------------------------------------


def build_docx(spec: dict[str, Any], out: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    align = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
    }
    document = docx.Document()
    for block in spec["blocks"]:
        if "table" in block:
            columns = block["table"]
            table = document.add_table(rows=1, cols=len(columns))
            for cell, lines in zip(table.rows[0].cells, columns, strict=True):
                cell.paragraphs[0].text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
            continue
        paragraph = document.add_paragraph()
        run = paragraph.add_run(block["p"])
        run.bold = bool(block.get("bold"))
        if block.get("align"):
            paragraph.alignment = align[block["align"]]
    document.save(str(out))


# ---- PDFs ------------------------------------------------------------------------------


def build_pdf(spec: dict[str, Any], out: Path) -> None:
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    for name, file in (("CorpusSerif", "LiberationSerif-Regular.ttf"),
                       ("CorpusSerifBold", "LiberationSerif-Bold.ttf")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    body = ParagraphStyle("body", fontName="CorpusSerif", fontSize=10.5, leading=13.5,
                          spaceAfter=6)  # fmt: skip
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    heading = ParagraphStyle("heading", parent=body, fontName="CorpusSerifBold", fontSize=14,
                             leading=17)  # fmt: skip
    width, height = A5
    margin = 14 * mm
    columns = int(spec.get("columns", 1))
    gap = 6 * mm
    column_width = (width - 2 * margin - gap * (columns - 1)) / columns
    frames = [
        Frame(
            margin + i * (column_width + gap),
            margin,
            column_width,
            height - 2 * margin,
            id=f"c{i}",
            leftPadding=0,
            rightPadding=0,
        )
        for i in range(columns)
    ]
    total = {"pages": 0}

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("CorpusSerif", 7)
        page = doc.page
        pages = total["pages"] or "?"
        if spec.get("print_header"):
            canvas.drawString(margin, height - 8 * mm, spec["print_header"].format(page=page))
        if spec.get("print_footer"):
            text = spec["print_footer"].format(page=page, pages=pages)
            canvas.drawString(margin, 7 * mm, text)
        canvas.restoreState()

    def story() -> list[Any]:
        flow: list[Any] = []
        for block in spec["blocks"]:
            text = block.get("p") or block.get("h") or ""
            text = text.replace("&", "&amp;").replace("<", "&lt;")
            if "box" in block:
                cells = [
                    [Paragraph(line, small if i else heading) for i, line in enumerate(column)]
                    for column in block["box"]
                ]
                table = Table([cells], colWidths=[column_width / 2] * 2)
                table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow += [Spacer(1, 4 * mm), table]
            elif "h" in block:
                flow.append(Paragraph(text, heading))
            else:
                flow.append(Paragraph(text, small if block.get("small") else body))
        return flow

    def make(target: Path) -> int:
        doc = BaseDocTemplate(str(target), pagesize=A5, leftMargin=margin, rightMargin=margin,
                              topMargin=margin, bottomMargin=margin)  # fmt: skip
        doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=decorate)])
        doc.build(story())
        return int(doc.page)

    total["pages"] = make(out)  # first pass counts the pages for "x/y"
    make(out)


# ---- the set ---------------------------------------------------------------------------


def build(set_name: str, out: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Write the set's files as editors receive them into ``out``; (file, key) each."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for name, key in keys(set_name).items():
        source = CORPUS / set_name / name
        if name.endswith(".docx.json"):
            target = out / name.removesuffix(".json")
            build_docx(json.loads(source.read_text(encoding="utf-8")), target)
        elif name.endswith(".pdf.json"):
            target = out / name.removesuffix(".json")
            build_pdf(json.loads(source.read_text(encoding="utf-8")), target)
        else:
            target = out / name
            target.write_bytes(encode(source.read_text(encoding="utf-8"), key.get("encode", "")))
        built.append((target, key))
    return built


__all__ = ["CORPUS", "build", "keys"]
