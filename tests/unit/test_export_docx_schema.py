"""The DOCX parts against the ECMA-376 (transitional) content models we can check offline.

The full schema validation is test_export_docx_schema_xsd (the schemas are vendored in
tests/schemas/ecma376); this older, independent check encodes, from ECMA-376 Part 1 §17, the element
sequences Word is strict about — the order of children in paragraph, run, table, cell,
border and section properties (a wrong order is what makes Word offer to "repair" a file) —
and checks every WordprocessingML part of real exports against them: each child is known to
its parent's sequence and comes in sequence order. xmllint checks well-formedness alongside
(test_export_format).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from briefer.domain.letterhead import TitlePage
from briefer.export.docx import build_docx
from briefer.services import Services
from tests.samples import official_document, sample_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ECMA-376 Part 1, 5th edition: CT_PPrBase + CT_PPr, CT_RPr (EG_RPrBase), CT_TblPr, CT_TcPr,
# CT_PBdr, CT_SectPr, CT_Tbl, CT_Tc, CT_Style (the sequences, in order).
SEQUENCES: dict[str, tuple[str, ...]] = {
    "pPr": [
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "suppressLineNumbers",
        "pBdr",
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ],
    "rPr": [
        "rStyle",
        "rFonts",
        "b",
        "bCs",
        "i",
        "iCs",
        "caps",
        "smallCaps",
        "strike",
        "dstrike",
        "outline",
        "shadow",
        "emboss",
        "imprint",
        "noProof",
        "snapToGrid",
        "vanish",
        "webHidden",
        "color",
        "spacing",
        "w",
        "kern",
        "position",
        "sz",
        "szCs",
        "highlight",
        "u",
        "effect",
        "bdr",
        "shd",
        "fitText",
        "vertAlign",
        "rtl",
        "cs",
        "em",
        "lang",
        "eastAsianLayout",
        "specVanish",
        "oMath",
        "rPrChange",
    ],
    "tblPr": [
        "tblStyle",
        "tblpPr",
        "tblOverlap",
        "bidiVisual",
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
        "tblCaption",
        "tblDescription",
        "tblPrChange",
    ],
    "tcPr": [
        "cnfStyle",
        "tcW",
        "gridSpan",
        "hMerge",
        "vMerge",
        "tcBorders",
        "shd",
        "noWrap",
        "tcMar",
        "textDirection",
        "tcFitText",
        "vAlign",
        "hideMark",
        "headers",
        "cellIns",
        "cellDel",
        "cellMerge",
        "tcPrChange",
    ],
    "pBdr": ["top", "left", "bottom", "right", "between", "bar"],
    "tblBorders": ["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"],
    "tblCellMar": ["top", "left", "start", "bottom", "right", "end"],
    "sectPr": [
        "headerReference",
        "footerReference",
        "footnotePr",
        "endnotePr",
        "type",
        "pgSz",
        "pgMar",
        "paperSrc",
        "pgBorders",
        "lnNumType",
        "pgNumType",
        "cols",
        "formProt",
        "vAlign",
        "noEndnote",
        "titlePg",
        "textDirection",
        "bidi",
        "rtlGutter",
        "docGrid",
        "printerSettings",
        "sectPrChange",
    ],
    "tbl": ["bookmarkStart", "bookmarkEnd", "tblPr", "tblGrid", "tr"],
    "tc": ["tcPr", "p", "tbl", "bookmarkStart", "bookmarkEnd"],
    "style": [
        "name",
        "aliases",
        "basedOn",
        "next",
        "link",
        "autoRedefine",
        "hidden",
        "uiPriority",
        "semiHidden",
        "unhideWhenUsed",
        "qFormat",
        "locked",
        "personal",
        "personalCompose",
        "personalReply",
        "rsid",
        "pPr",
        "rPr",
        "tblPr",
        "trPr",
        "tcPr",
        "tblStylePr",
    ],
}
# Children that may repeat or interleave inside their sequence position.
REPEATABLE = {"headerReference", "footerReference", "tr", "p", "tbl", "tblStylePr"}
# Any-order children of these (choice groups): bookmarks and the like inside a table or cell.
INTERLEAVED = {"bookmarkStart", "bookmarkEnd"}
# Elements whose children are free (a choice): checked only for being WordprocessingML.
RUN_CHILDREN = {
    "rPr", "t", "tab", "br", "fldChar", "instrText", "footnoteReference", "footnoteRef",
    "separator", "continuationSeparator", "sym", "noBreakHyphen", "softHyphen", "cr",
    "lastRenderedPageBreak", "delText", "pgNum", "annotationRef",
}  # fmt: skip


def _local(tag: str) -> tuple[str, str]:
    namespace, _, name = tag[1:].partition("}")
    return namespace, name


def _problems(root: etree._Element, part: str) -> list[str]:
    problems = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        namespace, name = _local(element.tag)
        if namespace != W:
            continue
        if name == "r":
            for child in element:
                child_ns, child_name = _local(child.tag)
                if child_ns == W and child_name not in RUN_CHILDREN:
                    problems.append(f"{part}: w:{child_name} inside w:r")
        sequence = SEQUENCES.get(name)
        if sequence is None:
            continue
        position = -1
        for child in element:
            if not isinstance(child.tag, str):
                continue
            child_ns, child_name = _local(child.tag)
            if child_ns != W or child_name in INTERLEAVED:
                continue
            if child_name not in sequence:
                problems.append(f"{part}: w:{child_name} is not allowed in w:{name}")
                continue
            index = sequence.index(child_name)
            if index < position or (index == position and child_name not in REPEATABLE):
                problems.append(f"{part}: w:{child_name} out of order in w:{name}")
            position = index
    return problems


def _parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {
            name: etree.fromstring(package.read(name))
            for name in package.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        }


def test_the_checker_finds_what_word_would_repair() -> None:
    bad = etree.fromstring(
        f'<w:p xmlns:w="{W}"><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/>'
        "<w:pBdr><w:bottom/><w:top/></w:pBdr></w:pPr><w:r><w:p/></w:r></w:p>"
    )
    found = _problems(bad, "x")
    assert "x: w:spacing out of order in w:pPr" in found
    assert "x: w:top out of order in w:pBdr" in found
    assert "x: w:p inside w:r" in found


@pytest.mark.parametrize(
    "doc",
    [
        sample_document(),
        sample_document("en", "For internal use"),
        official_document(),
        official_document("en", "SECRET"),
    ],
    ids=["sample-vi", "sample-en", "official-vi", "official-en"],
)
def test_every_part_follows_the_schema_sequences(doc) -> None:
    parts = _parts(build_docx(doc))
    assert {"word/document.xml", "word/styles.xml", "word/footnotes.xml"} <= parts.keys()
    problems = [p for name, root in parts.items() for p in _problems(root, name)]
    assert problems == []


def test_a_real_brief_follows_the_schema_sequences(demo_store: Path, tmp_path: Path) -> None:
    services = Services(demo_store)
    brief = services.assemble("VN-PE", "state-visit", "vi", date(2026, 12, 4), "TUYỆT MẬT")
    page = TitlePage(issuing_unit_vi="Bộ Ngoại giao\nVụ Châu Mỹ", number="3/TL", venue="Lima")
    result = services.export_brief(replace(brief, title_page=page), ["docx"], tmp_path / "b")
    services.close()
    parts = _parts(result.paths[0].read_bytes())
    problems = [p for name, root in parts.items() for p in _problems(root, name)]
    assert problems == []
