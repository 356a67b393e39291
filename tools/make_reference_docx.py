"""Generate ``templates/reference.docx``: the Word styles every DOCX brief starts from.

Run: ``uv run python tools/make_reference_docx.py`` (writes templates/reference.docx; the
output is committed and reproducible byte for byte).

House style for Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I):
A4 portrait; Times New Roman (ascii/hAnsi/cs/eastAsia), black; body 14 pt, justified,
first-line indent 1.27 cm, 6 pt after paragraphs; margins top/bottom 20 mm, left 30 mm,
right 20 mm; page numbers centred in the header, not on the first page ("different first
page"). A ministry can open the file in Word, change the styles and save it: the writer
takes every style, the page set-up and the numbering from it and ignores its body text.

The package is composed here part by part (lean styles, no thumbnail or custom XML), opened
with python-docx, given a short body that shows each style, and saved through the same
reproducible-zip step as the briefs.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402

from briefer.export import docx_xml as x  # noqa: E402
from briefer.export.docx_footnotes import (  # noqa: E402
    FOOTNOTE_STYLES_XML,
    FOOTNOTES_XML,
    footnote_reference,
    prepare_footnotes,
)
from briefer.export.docx_package import reproducible_zip  # noqa: E402

OUT = ROOT / "templates" / "reference.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FONT = "Times New Roman"

# Page geometry in twentieths of a point (twips); 1 mm = 56.7 twips.
PAGE_W, PAGE_H = 11906, 16838  # A4
MARGIN_TOP = MARGIN_BOTTOM = 1134  # 20 mm
MARGIN_LEFT = 1701  # 30 mm
MARGIN_RIGHT = 1134  # 20 mm
HEADER_DISTANCE = FOOTER_DISTANCE = 567  # 10 mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 9071
FIRST_LINE = 720  # 1.27 cm
BULLET_LEFT = 975  # 1.72 cm: the PDF's bullet text indent
BULLET_HANGING = 255  # the bullet sits at the first-line indent (1.27 cm)

CT = "application/vnd.openxmlformats-officedocument"
PKG = "application/vnd.openxmlformats-package"
MS_WORD = "http://schemas.microsoft.com/office/word"
CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{CT}.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{CT}.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="{CT}.wordprocessingml.settings+xml"/>
<Override PartName="/word/numbering.xml" ContentType="{CT}.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="{CT}.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/fontTable.xml" ContentType="{CT}.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/theme/theme1.xml" ContentType="{CT}.theme+xml"/>
<Override PartName="/docProps/core.xml" ContentType="{PKG}.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="{CT}.extended-properties+xml"/>
</Types>"""

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_META = "http://schemas.openxmlformats.org/package/2006/metadata"
PKG_RT = "http://schemas.openxmlformats.org/package/2006/relationships"
PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="{PKG_RT}/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="{RT}/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{RT}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{RT}/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="{RT}/numbering" Target="numbering.xml"/>
<Relationship Id="rId4" Type="{RT}/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId5" Type="{RT}/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId6" Type="{RT}/theme" Target="theme/theme1.xml"/>
</Relationships>"""

DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>
<w:sectPr>
<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>
<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" \
w:left="{MARGIN_LEFT}" w:header="{HEADER_DISTANCE}" w:footer="{FOOTER_DISTANCE}" w:gutter="0"/>
<w:cols w:space="720"/>
<w:titlePg/>
<w:docGrid w:linePitch="360"/>
</w:sectPr>
</w:body></w:document>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}" xmlns:r="{R_NS}">
<w:zoom w:percent="100"/>
<w:defaultTabStop w:val="{FIRST_LINE}"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
<w:compat>
<w:doNotExpandShiftReturn/>
<w:compatSetting w:name="compatibilityMode" w:uri="{MS_WORD}" w:val="15"/>
<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="{MS_WORD}" w:val="1"/>
<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="{MS_WORD}" w:val="1"/>
<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="{MS_WORD}" w:val="1"/>
</w:compat>
<w:themeFontLang w:val="vi-VN"/>
<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" \
w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" \
w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>
<w:decimalSymbol w:val=","/>
<w:listSeparator w:val=";"/>
</w:settings>"""

FONT_TABLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="{W_NS}">
<w:font w:name="{FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>\
<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/>\
<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
</w:fonts>"""

CORE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="{PKG_META}/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
</cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<Application>Briefer</Application><DocSecurity>0</DocSecurity>
</Properties>"""


# ---- styles ----------------------------------------------------------------------------------


def _rpr(
    *,
    bold: bool = False,
    italic: bool = False,
    size: int | None = None,
    underline: bool = False,
    superscript: bool = False,
) -> str:
    """``w:rPr`` children in schema order; ``size`` in points."""
    parts = []
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if size is not None:
        parts.append(f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    if superscript:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _spacing(before: int = 0, after: int = 0, line: int = 240, *, exact: bool = False) -> str:
    """Exact line heights where the PDF writer uses a fixed leading, so both paginate alike."""
    rule = "exact" if exact else "auto"
    return f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="{rule}"/>'


# Line heights of the PDF writer (briefer/export/pdf_layout.py), in twips.
BODY_LINE = 360  # 14 pt text on 18 pt
SMALL_LINE = 300  # 12 pt text on 15 pt
CONTENTS_LINE = 330  # 13 pt text on 16.5 pt


def _pstyle(
    style_id: str,
    name: str,
    *,
    based_on: str | None = "Normal",
    next_style: str | None = None,
    link: str | None = None,
    custom: bool = False,
    quick: bool = True,
    ppr: str = "",
    rpr: str = "",
) -> str:
    attrs = ' w:customStyle="1"' if custom else ""
    head = f'<w:style w:type="paragraph"{attrs} w:styleId="{style_id}"><w:name w:val="{name}"/>'
    if based_on:
        head += f'<w:basedOn w:val="{based_on}"/>'
    if next_style:
        head += f'<w:next w:val="{next_style}"/>'
    if link:
        head += f'<w:link w:val="{link}"/>'
    if quick:
        head += "<w:qFormat/>"
    body = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return head + body + rpr + "</w:style>"


def _cstyle(style_id: str, name: str, *, rpr: str, link: str | None = None) -> str:
    link_xml = f'<w:link w:val="{link}"/>' if link else ""
    return (
        f'<w:style w:type="character" w:customStyle="1" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="DefaultParagraphFont"/>{link_xml}'
        f"{rpr}</w:style>"
    )


HEADING_PPR = "<w:keepNext/><w:keepLines/>"
TABS = (
    f'<w:tabs><w:tab w:val="center" w:pos="{TEXT_W // 2}"/>'
    f'<w:tab w:val="right" w:pos="{TEXT_W}"/></w:tabs>'
)
CENTRED_TABS = f'{TABS}<w:jc w:val="center"/>'
# Contents entries: the page number flush right after dot leaders, as in the PDF.
TOC_TABS = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_W}"/></w:tabs>'


def styles_xml() -> str:
    fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'{fonts}<w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/>'
        '<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault>"
        f"<w:pPrDefault><w:pPr>{_spacing()}</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
        'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"/>'
    )
    body_ppr = (
        f'{_spacing(after=120, line=BODY_LINE, exact=True)}<w:ind w:firstLine="{FIRST_LINE}"/>'
        '<w:jc w:val="both"/>'
    )
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
        'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr></w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        # -- title page
        _pstyle(
            "Title",
            "Title",
            next_style="Subtitle",
            ppr=f'<w:keepNext/>{_spacing(after=200, line=450, exact=True)}<w:jc w:val="center"/>',
            rpr=_rpr(bold=True, size=18),
        ),
        _pstyle(
            "Subtitle",
            "Subtitle",
            next_style="CoverInfo",
            ppr=f'<w:keepNext/>{_spacing(after=360, line=400, exact=True)}<w:jc w:val="center"/>',
            rpr=_rpr(bold=True, size=16),
        ),
        _pstyle(
            "CoverInfo",
            "Cover Info",
            custom=True,
            ppr=f'{_spacing(after=120, line=350, exact=True)}<w:jc w:val="center"/>',
        ),
        _pstyle(
            "Marking",
            "Marking",
            custom=True,
            link="MarkingChar",
            ppr=f'{_spacing()}<w:jc w:val="center"/>',
            rpr=_rpr(bold=True, size=11),
        ),
        _cstyle("MarkingChar", "Marking Char", link="Marking", rpr=_rpr(bold=True, size=11)),
        # -- headings (Word's built-in names, so the navigation pane and pandoc see them)
        _pstyle(
            "Heading1",
            "heading 1",
            next_style="BodyText",
            ppr=f"{HEADING_PPR}{_spacing(before=280, after=120, line=BODY_LINE, exact=True)}"
            '<w:outlineLvl w:val="0"/>',
            rpr=_rpr(bold=True, size=14),
        ),
        _pstyle(
            "Heading2",
            "heading 2",
            next_style="BodyText",
            ppr=f"{HEADING_PPR}{_spacing(before=200, after=80, line=BODY_LINE, exact=True)}"
            '<w:outlineLvl w:val="1"/>',
            rpr=_rpr(bold=True, italic=True, size=14),
        ),
        _pstyle(
            "Heading3",
            "heading 3",
            next_style="BodyText",
            ppr=f"{HEADING_PPR}{_spacing(before=200, after=80, line=BODY_LINE, exact=True)}"
            '<w:outlineLvl w:val="2"/>',
            rpr=_rpr(italic=True, size=14),
        ),
        # -- body
        _pstyle("BodyText", "Body Text", ppr=body_ppr),
        _pstyle(
            "Lead",
            "Lead",
            based_on="BodyText",
            custom=True,
            ppr=f'{_spacing(after=180, line=BODY_LINE, exact=True)}<w:ind w:firstLine="0"/>',
            rpr=_rpr(italic=True),
        ),
        _pstyle(
            "Note",
            "Note",
            based_on="BodyText",
            custom=True,
            ppr=_spacing(after=120, line=310, exact=True),
            rpr=_rpr(size=12),
        ),
        _pstyle(
            "Warning",
            "Warning",
            based_on="BodyText",
            custom=True,
            ppr='<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="000000"/></w:pBdr>'
            '<w:ind w:left="170" w:firstLine="550"/>',
            rpr=_rpr(bold=True),
        ),
        _pstyle(
            "ListBullet",
            "List Bullet",
            ppr='<w:numPr><w:numId w:val="1"/></w:numPr>'
            f"{_spacing(after=60, line=BODY_LINE, exact=True)}"
            f'<w:ind w:left="{BULLET_LEFT}" w:hanging="{BULLET_HANGING}"/><w:jc w:val="both"/>',
        ),
        _pstyle(
            "Caption",
            "caption",
            next_style="Normal",
            ppr=f"<w:keepNext/>{_spacing(before=120, after=80, line=SMALL_LINE, exact=True)}"
            '<w:jc w:val="center"/>',
            rpr=_rpr(bold=True, size=12),
        ),
        # -- tables
        _pstyle(
            "TableText",
            "Table Text",
            custom=True,
            ppr=_spacing(before=60, after=80, line=SMALL_LINE, exact=True),
            rpr=_rpr(size=12),
        ),
        _pstyle(
            "TableHeading",
            "Table Heading",
            based_on="TableText",
            custom=True,
            ppr='<w:keepNext/><w:jc w:val="center"/>',
            rpr=_rpr(bold=True),
        ),
        '<w:style w:type="table" w:customStyle="1" w:styleId="BriefTable">'
        '<w:name w:val="Brief Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        f"<w:pPr>{_spacing()}</w:pPr>{_rpr(size=13)}"
        "<w:tblPr><w:tblBorders>"
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + '</w:tblBorders><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        "<w:trPr><w:tblHeader/></w:trPr>"
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr></w:tblStylePr>'
        "</w:style>",
        # -- contents
        _pstyle(
            "TOCHeading",
            "TOC Heading",
            next_style="Normal",
            ppr=f"<w:keepNext/>{_spacing(after=280, line=BODY_LINE, exact=True)}"
            '<w:jc w:val="center"/><w:outlineLvl w:val="9"/>',
            rpr=_rpr(bold=True, size=14),
        ),
        _pstyle(
            "TOC1",
            "toc 1",
            next_style="Normal",
            quick=False,
            ppr=f"{TOC_TABS}{_spacing(after=80, line=CONTENTS_LINE, exact=True)}",
            rpr=_rpr(bold=True, size=13),
        ),
        _pstyle(
            "TOC2",
            "toc 2",
            next_style="Normal",
            quick=False,
            ppr=f"{TOC_TABS}{_spacing(after=60, line=CONTENTS_LINE, exact=True)}"
            '<w:ind w:left="454"/>',
            rpr=_rpr(size=13),
        ),
        # -- sources annex
        _pstyle(
            "SourceEntry",
            "Source Entry",
            custom=True,
            ppr=f"{_spacing(after=100, line=SMALL_LINE, exact=True)}"
            '<w:ind w:left="425" w:hanging="425"/>',
            rpr=_rpr(size=12),
        ),
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        f"{_rpr(underline=True)}</w:style>",
        # -- header and footer
        _pstyle(
            "Header", "header", quick=False, ppr=f'{TABS}<w:jc w:val="center"/>', rpr=_rpr(size=13)
        ),
        _pstyle(
            "Footer", "footer", quick=False, ppr=f'{TABS}<w:jc w:val="center"/>', rpr=_rpr(size=13)
        ),
        FOOTNOTE_STYLES_XML,
    ]
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{W_NS}">{defaults}{"".join(styles)}</w:styles>'
    )


def numbering_xml() -> str:
    """One bullet list (numId 1) tied to "List Bullet": "–" then "+" (the PDF's bullets)."""
    levels = []
    for level in range(9):
        text = "–" if level % 2 == 0 else "+"
        left = BULLET_LEFT + level * 360
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            + ('<w:pStyle w:val="ListBullet"/>' if level == 0 else "")
            + f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{BULLET_HANGING}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:hint="default"/>'
            "</w:rPr></w:lvl>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W_NS}">'
        '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
        f'{"".join(levels)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        "</w:numbering>"
    )


def theme_xml() -> bytes:
    """python-docx's (Word-made) Office theme with both theme fonts set to Times New Roman."""
    default = Path(docx.__file__).parent / "templates" / "default.docx"
    with zipfile.ZipFile(default) as package:
        theme = package.read("word/theme/theme1.xml").decode("utf-8")
    for old in ('<a:latin typeface="Calibri"/>', '<a:latin typeface="Cambria"/>'):
        assert old in theme, old
        theme = theme.replace(old, f'<a:latin typeface="{FONT}"/>')
    return theme.encode("utf-8")


def skeleton() -> bytes:
    parts: dict[str, bytes] = {
        "[Content_Types].xml": CONTENT_TYPES.encode(),
        "_rels/.rels": PACKAGE_RELS.encode(),
        "word/document.xml": DOCUMENT.encode(),
        "word/_rels/document.xml.rels": DOCUMENT_RELS.encode(),
        "word/styles.xml": styles_xml().encode(),
        "word/settings.xml": SETTINGS.encode(),
        "word/numbering.xml": numbering_xml().encode(),
        "word/footnotes.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + FOOTNOTES_XML
        ).encode(),
        "word/fontTable.xml": FONT_TABLE.encode(),
        "word/theme/theme1.xml": theme_xml(),
        "docProps/core.xml": CORE.encode(),
        "docProps/app.xml": APP.encode(),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return out.getvalue()


# ---- a body that shows each style (the writer discards it) ------------------------------------


def sample_body(document: docx.document.Document) -> None:
    add = document.add_paragraph
    add("MẬT", style="Marking")
    add("Tài liệu phục vụ chuyến thăm (Title)", style="Title")
    add("Việt Nam – Chile (Subtitle)", style="Subtitle")
    add("Chuyến thăm cấp Nhà nước · 24/11/2026 (Cover Info)", style="Cover Info")
    add("Mục lục (TOC Heading)", style="TOC Heading")
    add("Quan hệ ngoại giao (toc 1)", style="toc 1")
    add("Mục con (toc 2)", style="toc 2")
    add("Quan hệ ngoại giao (Heading 1)", style="Heading 1")
    body = add(
        "Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971 (Body Text: 14 pt, "
        "căn đều hai bên, thụt dòng đầu 1,27 cm, cách đoạn 6 pt).",
        style="Body Text",
    )
    footnotes, footnote_styles = prepare_footnotes(document)
    footnotes.add_footnote(1, [x.run("Báo Nhân Dân, 11/2024 (footnote text).")], footnote_styles)
    body._p.append(footnote_reference(1, footnote_styles))
    add("Đoạn mở đầu (Lead).", style="Lead")
    add("Ghi chú (Note).", style="Note")
    add("Lưu ý quan trọng (Warning).", style="Warning")
    add("Mục liệt kê (List Bullet).", style="List Bullet")
    add("Kinh tế – thương mại (Heading 2)", style="Heading 2")
    add("Mốc quan hệ (caption)", style="Caption")
    table = document.add_table(rows=2, cols=2)
    table.style = document.styles["Brief Table"]
    for cell, text, style in (
        (table.cell(0, 0), "Thời gian (Table Heading)", "Table Heading"),
        (table.cell(0, 1), "Sự kiện (Table Heading)", "Table Heading"),
        (table.cell(1, 0), "25/3/1971 (Table Text)", "Table Text"),
        (table.cell(1, 1), "Thiết lập quan hệ ngoại giao (Table Text)", "Table Text"),
    ):
        cell.paragraphs[0].text = text
        cell.paragraphs[0].style = document.styles[style]
    add("Nguồn tham khảo (Heading 1)", style="Heading 1")
    add("1. Báo Nhân Dân, “Xung lực mới…”, 11/2024 (Source Entry).", style="Source Entry")


def build() -> bytes:
    document = docx.Document(io.BytesIO(skeleton()))
    sample_body(document)
    props = document.core_properties
    props.title = "Briefer reference styles"
    props.subject = "Word styles for Briefer briefs (Nghị định 30/2020/NĐ-CP)"
    props.author = "Briefer"
    props.last_modified_by = "Briefer"
    props.language = "vi-VN"
    props.revision = 1
    fixed = datetime(2024, 1, 1)
    props.created = fixed
    props.modified = fixed
    out = io.BytesIO()
    document.save(out)
    return reproducible_zip(out.getvalue())


def main() -> None:
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
