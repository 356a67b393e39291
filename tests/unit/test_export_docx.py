"""The DOCX writer, read back with python-docx and with the raw package XML (lxml + zipfile).

External readers (pandoc, LibreOffice, pdftotext) are in ``test_export_docx_readers.py``.
"""

from __future__ import annotations

import importlib.util
import io
import re
import unicodedata
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from briefer.errors import ExportError
from briefer.export import docx_text
from briefer.export.docx import build_docx, write_docx
from briefer.export.docx_footnotes import FootnotesPart
from briefer.export.pdf import pdf_layout
from briefer.render.model import (
    BulletList,
    Cite,
    Document,
    DocumentMeta,
    Heading,
    LineBreak,
    Note,
    PageBreak,
    Paragraph,
    SourceEntry,
    Table,
    Text,
)
from briefer.resources import template
from briefer.text.normalize import normalize
from tests.samples import sample_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}
ROOT = Path(__file__).resolve().parents[2]


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def part_xml(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def text_of(element: etree._Element) -> str:
    """Visible text as Word shows it: ``w:t`` text, TAB for ``w:tab``, newline for ``w:br``."""
    out = []
    for node in element.iter(w("t"), w("tab"), w("br")):
        if node.tag == w("t"):
            out.append(node.text or "")
        elif node.tag == w("br"):
            out.append("\n")
        elif node.getparent().tag == w("r"):  # a w:tab inside w:tabs is a tab stop, not text
            out.append("\t")
    return "".join(out)


def cites_in(doc: Document) -> list[str]:
    keys: list[str] = []
    for block in doc.blocks:
        groups: list[tuple[object, ...]] = []
        if isinstance(block, Paragraph):
            groups = [block.inlines]
        elif isinstance(block, BulletList):
            groups = list(block.items)
        elif isinstance(block, Table):
            groups = [*block.header, *(cell for row in block.rows for cell in row)]
        keys += [i.key for g in groups for i in g if isinstance(i, Cite)]
    return keys


@pytest.fixture(scope="module")
def sample_bytes() -> bytes:
    return build_docx(sample_document())


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "brief.docx"
    write_docx(sample_document(), path)
    return path


def style_ids(data: bytes) -> dict[str, str]:
    """Style name (lower case) → id, from the package's styles.xml."""
    styles = part_xml(data, "word/styles.xml")
    return {
        s.find("w:name", NS).get(w("val")).lower(): s.get(w("styleId"))
        for s in styles.findall("w:style", NS)
    }


# ---- footnotes ---------------------------------------------------------------------------------


def test_reopens_with_python_docx_and_has_one_footnote_per_cite(sample_path: Path) -> None:
    doc = sample_document()
    word = docx.Document(str(sample_path))
    rels = [r for r in word.part.rels.values() if r.reltype == RT.FOOTNOTES]
    assert len(rels) == 1
    part = rels[0].target_part
    assert isinstance(part, FootnotesPart)  # registered: parsed as XML, not opaque bytes

    footnotes = part.element.findall("w:footnote", NS)
    separators = {f.get(w("id")): f.get(w("type")) for f in footnotes if f.get(w("type"))}
    assert separators == {"-1": "separator", "0": "continuationSeparator"}
    real = [f for f in footnotes if not f.get(w("type"))]
    keys = cites_in(doc)
    assert len(real) == len(keys) == 6

    sources = {s.key: s for s in doc.sources}
    seen: set[str] = set()
    previous = None
    for footnote, key in zip(real, keys, strict=True):
        note = doc.notes[key]
        source = sources[note.source_key]
        text = text_of(footnote)
        if note.source_key == previous:  # the same source as the note before: "Ibid."
            assert "Như trên." in text and source.title not in text
        elif note.source_key in seen:  # given in full before: outlet, short title, date
            assert (note.short or note.text) in text and source.outlet in text
        else:  # the first note of a source is the full note
            assert source.outlet in text
            assert source.title in text
        seen.add(note.source_key)
        previous = note.source_key
        assert f"“{note.quote}”" in text
        # the quoted words are italic
        italic = [r for r in footnote.iter(w("r")) if r.find("w:rPr/w:i", NS) is not None]
        assert note.quote in "".join(text_of(r) for r in italic)
        assert footnote.find(".//w:footnoteRef", NS) is not None

    body = word.element.body
    refs = [int(r.get(w("id"))) for r in body.iter(w("footnoteReference"))]
    assert refs == [int(f.get(w("id"))) for f in real] == list(range(1, 7))


def test_footnote_part_is_declared_in_package(sample_bytes: bytes) -> None:
    types = part_xml(sample_bytes, "[Content_Types].xml")
    overrides = {o.get("PartName"): o.get("ContentType") for o in types}
    assert overrides["/word/footnotes.xml"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    )
    settings_xml = part_xml(sample_bytes, "word/settings.xml")
    ids = [f.get(w("id")) for f in settings_xml.findall("w:footnotePr/w:footnote", NS)]
    assert ids == ["-1", "0"]
    names = style_ids(sample_bytes)
    assert "footnote text" in names
    assert "footnote reference" in names


def test_footnote_url_is_an_external_hyperlink(sample_bytes: bytes) -> None:
    footnotes = part_xml(sample_bytes, "word/footnotes.xml")
    rels = part_xml(sample_bytes, "word/_rels/footnotes.xml.rels")
    targets = {r.get("Id"): (r.get("Target"), r.get("TargetMode")) for r in rels}
    links = footnotes.findall(".//w:hyperlink", NS)
    assert len(links) == 1
    target, mode = targets[links[0].get(f"{{{R}}}id")]
    assert target == "https://www.vietnamplus.vn/example-url?a=1&b=2"
    assert mode == "External"
    # the sentence's final full stop is not part of the link
    assert text_of(links[0]) == target


# ---- structure -----------------------------------------------------------------------------------


def test_headings_bookmarks_and_contents_links(sample_bytes: bytes) -> None:
    doc = sample_document()
    ids = style_ids(sample_bytes)
    body = part_xml(sample_bytes, "word/document.xml").find("w:body", NS)
    heading1 = [
        p
        for p in body.findall("w:p", NS)
        if p.find("w:pPr/w:pStyle", NS) is not None
        and p.find("w:pPr/w:pStyle", NS).get(w("val")) == ids["heading 1"]
    ]
    heading_texts = [text_of(p) for p in heading1]
    assert heading_texts == [h.text for h in doc.headings()] + ["Nguồn tham khảo"]

    bookmarks = {b.get(w("name")) for b in body.iter(w("bookmarkStart"))}
    for expected in ("sec_diplomatic", "sec_economic", "sec_talking_points", "src_1", "src_2"):
        assert expected in bookmarks
    for name in bookmarks:
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,39}", name)
    # each heading paragraph carries its bookmark
    for p in heading1:
        assert p.find("w:bookmarkStart", NS) is not None

    links = [a for a in body.iter(w("hyperlink")) if a.get(w("anchor"))]
    layout = pdf_layout(doc)
    pages = [*layout.heading_pages, layout.sources_page]
    # each contents entry: the heading, a tab (dot leader) and the page the PDF put it on
    assert [text_of(a) for a in links] == [
        f"{text}\t{page}" for text, page in zip(heading_texts, pages, strict=True)
    ]
    assert all(a.get(w("anchor")) in bookmarks for a in links)

    # Each entry's number is a PAGEREF field to its heading's bookmark (cached: the PDF's
    # page), not inside a TOC field, whose saved text LibreOffice would show as it is; no
    # "update fields" prompt is asked for.
    instructions = [(i.text or "").strip() for i in body.iter(w("instrText"))]
    assert not any(i.startswith("TOC") for i in instructions)
    refs = [i.split()[1] for i in instructions if i.startswith("PAGEREF")]
    assert refs == [a.get(w("anchor")) for a in links]
    assert body.find(".//w:fldSimple", NS) is None
    assert part_xml(sample_bytes, "word/settings.xml").find("w:updateFields", NS) is None


def test_title_page_header_footer_and_page_setup(sample_path: Path) -> None:
    word = docx.Document(str(sample_path))
    paragraphs = word.paragraphs
    first_page = []
    for p in paragraphs:
        if p.paragraph_format.page_break_before:
            break
        first_page.append(p)
    assert [(p.style.name, p.text) for p in first_page if p.text] == [
        ("Title", "Tài liệu phục vụ chuyến thăm"),
        ("Subtitle", "Việt Nam – Chile"),
        ("Cover Info", "Chuyến thăm cấp Nhà nước"),
    ]
    # the letterhead block: date top right; the red stamp of a classified brief top left
    letterhead = word.tables[0]
    assert [p.text for p in letterhead.cell(0, 1).paragraphs if p.text] == ["24/11/2026"]
    stamp = [p for p in letterhead.cell(0, 0).paragraphs if p.text]
    assert [p.text for p in stamp] == ["MẬT"]
    assert str(stamp[0].runs[0].font.color.rgb) == "C00000"
    # the contents start a new page
    assert paragraphs[len(first_page)].text == "Mục lục"

    section = word.sections[0]
    assert section.different_first_page_header_footer  # w:titlePg
    assert section.page_width.mm == pytest.approx(210, abs=0.5)
    assert section.page_height.mm == pytest.approx(297, abs=0.5)
    assert section.top_margin.mm == pytest.approx(20, abs=0.5)
    assert section.bottom_margin.mm == pytest.approx(20, abs=0.5)
    assert section.left_margin.mm == pytest.approx(30, abs=0.5)
    assert section.right_margin.mm == pytest.approx(20, abs=0.5)

    header = section.header._element
    assert "PAGE" in header.find(".//w:instrText", NS).text
    assert header.find(".//w:jc", NS) is None  # centred by the header style
    first_header = section.first_page_header._element
    assert first_header.find(".//w:instrText", NS) is None  # no number on the title page
    assert section.footer.paragraphs[0].text == "MẬT"
    assert section.first_page_footer.paragraphs[0].text == "MẬT"
    assert str(section.footer.paragraphs[0].runs[0].font.color.rgb) == "C00000"


def test_body_lists_and_tables(sample_bytes: bytes) -> None:
    ids = style_ids(sample_bytes)
    body = part_xml(sample_bytes, "word/document.xml").find("w:body", NS)

    def styled(name: str) -> list[etree._Element]:
        return [
            p
            for p in body.iter(w("p"))
            if (s := p.find("w:pPr/w:pStyle", NS)) is not None and s.get(w("val")) == ids[name]
        ]

    bullets = styled("list bullet")
    assert [text_of(p) for p in bullets] == [
        "Chủ tịch nước Lương Cường thăm chính thức Chile (11/2024).",
        "Bộ trưởng Bùi Thanh Sơn hội đàm\ntại Hà Nội.",
    ]
    assert bullets[1].find(".//w:br", NS) is not None  # the LineBreak
    # List Bullet carries numbering, and numbering.xml defines it (LibreOffice needs both)
    styles = part_xml(sample_bytes, "word/styles.xml")
    bullet_style = styles.find(f"w:style[@w:styleId='{ids['list bullet']}']", NS)
    num_id = bullet_style.find("w:pPr/w:numPr/w:numId", NS).get(w("val"))
    numbering = part_xml(sample_bytes, "word/numbering.xml")
    num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
    abstract = num.find("w:abstractNumId", NS).get(w("val"))
    level0 = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract}']/w:lvl", NS)
    assert level0.find("w:numFmt", NS).get(w("val")) == "bullet"

    body_text = styled("body text")
    assert any("Đối tác toàn diện" in text_of(p) for p in body_text)

    # the brief's table (the title page's letterhead block is a borderless table of its own)
    table = next(t for t in body.iter(w("tbl")) if t.find("w:tblPr/w:tblStyle", NS) is not None)
    assert table.find("w:tblPr/w:tblStyle", NS).get(w("val")) == ids["brief table"]
    rows = table.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert all(r.find("w:trPr/w:tblHeader", NS) is None for r in rows[1:])
    grid = [int(c.get(w("w"))) for c in table.findall("w:tblGrid/w:gridCol", NS)]
    assert grid[1] / grid[0] == pytest.approx(3.0, rel=0.01)  # widths=(1, 3)
    assert sum(grid) == 11906 - 1701 - 1134  # the text width of the page
    assert [text_of(c) for c in rows[0].findall("w:tc", NS)] == ["Thời gian", "Sự kiện"]
    caption = table.getprevious()
    assert text_of(caption) == "Mốc quan hệ"


def test_sources_annex(sample_bytes: bytes) -> None:
    ids = style_ids(sample_bytes)
    body = part_xml(sample_bytes, "word/document.xml").find("w:body", NS)
    entries = [
        p
        for p in body.findall("w:p", NS)
        if (s := p.find("w:pPr/w:pStyle", NS)) is not None
        and s.get(w("val")) == ids["source entry"]
    ]
    assert [text_of(p) for p in entries] == [
        "1.\tBáo Nhân Dân, “Xung lực mới cho quan hệ giữa Việt Nam với Chile, Peru và hợp tác "
        "APEC”, 11/2024",
        "2.\tTTXVN/Vietnam+, “Tiếp tục làm sâu sắc hơn nữa quan hệ Việt Nam-Chile”, 25/8/2024, "
        "https://www.vietnamplus.vn/example-url?a=1&b=2",
    ]
    assert [p.find("w:bookmarkStart", NS).get(w("name")) for p in entries] == ["src_1", "src_2"]
    link = entries[1].find("w:hyperlink", NS)
    rels = part_xml(sample_bytes, "word/_rels/document.xml.rels")
    target = {r.get("Id"): r for r in rels}[link.get(f"{{{R}}}id")]
    assert target.get("Target") == "https://www.vietnamplus.vn/example-url?a=1&b=2"
    assert target.get("TargetMode") == "External"
    heading = entries[0].getprevious()
    assert text_of(heading) == "Nguồn tham khảo"
    assert heading.find("w:pPr/w:pageBreakBefore", NS) is not None


def test_core_properties(sample_path: Path) -> None:
    props = docx.Document(str(sample_path)).core_properties
    assert props.title == "Tài liệu phục vụ chuyến thăm"
    assert props.subject == "Việt Nam – Chile"
    assert props.author == "Vụ châu Mỹ"
    assert props.keywords == "VN-CL, Chile"
    assert props.language == "vi-VN"
    # a naive ISO time is written as is (OOXML stores it with a "Z")
    assert props.created == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert props.modified == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert props.last_printed is None


def test_english_defaults_and_no_contents_option() -> None:
    doc = sample_document(lang="en")
    doc = replace(doc, meta=replace(doc.meta, labels={}))
    body = part_xml(build_docx(doc), "word/document.xml")
    text = text_of(body)
    assert "Contents" in text
    assert "Sources" in text
    assert "Nguồn tham khảo" not in text
    props = part_xml(build_docx(doc), "docProps/core.xml")
    assert "en-GB" in "".join(props.itertext())

    fact_sheet = replace(doc, meta=replace(doc.meta, labels={"contents": ""}))
    body = part_xml(build_docx(fact_sheet), "word/document.xml")
    assert not [a for a in body.iter(w("hyperlink")) if a.get(w("anchor"))]


# ---- reference.docx --------------------------------------------------------------------------


def test_reference_docx_carries_the_house_style() -> None:
    data = template("reference.docx").read_bytes()
    ids = style_ids(data)
    for name in (
        "title",
        "subtitle",
        "heading 1",
        "heading 2",
        "body text",
        "list bullet",
        "footnote text",
        "footnote reference",
        "brief table",
        "marking",
        "toc 1",
        "toc heading",
        "caption",
        "source entry",
    ):
        assert name in ids, name
    styles = part_xml(data, "word/styles.xml")
    fonts = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert fonts.get(w(attr)) == "Times New Roman"
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:sz", NS).get(w("val")) == "28"
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:color", NS).get(w("val")) == "000000"
    # no style switches to a theme font or a colour
    assert not styles.xpath("//w:rFonts[@w:asciiTheme or @w:hAnsiTheme]", namespaces=NS)
    assert {c.get(w("val")) for c in styles.iter(w("color"))} == {"000000"}
    body_text = styles.find(f"w:style[@w:styleId='{ids['body text']}']/w:pPr", NS)
    assert body_text.find("w:jc", NS).get(w("val")) == "both"
    assert body_text.find("w:ind", NS).get(w("firstLine")) == "720"  # 1.27 cm
    assert int(body_text.find("w:spacing", NS).get(w("after"))) >= 120  # ≥ 6 pt


def test_reference_docx_is_what_the_generator_makes() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_reference_docx", ROOT / "tools" / "make_reference_docx.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == template("reference.docx").read_bytes(), (
        "templates/reference.docx is stale: run `uv run python tools/make_reference_docx.py`"
    )


def test_works_with_a_bare_reference_without_footnotes_or_house_styles(tmp_path: Path) -> None:
    """A reference saved without footnotes (python-docx's own template) still gets them."""
    bare = Path(docx.__file__).parent / "templates" / "default.docx"
    out = tmp_path / "bare.docx"
    write_docx(sample_document(), out, reference=bare)
    word = docx.Document(str(out))
    part = next(r.target_part for r in word.part.rels.values() if r.reltype == RT.FOOTNOTES)
    assert len([f for f in part.element.findall("w:footnote", NS) if not f.get(w("type"))]) == 6
    assert "Lương Cường" in "\n".join(p.text for p in word.paragraphs)


def test_unreadable_reference_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "reference.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ExportError, match="style template"):
        build_docx(sample_document(), reference=broken)
    with pytest.raises(ExportError, match="style template"):
        build_docx(sample_document(), reference=tmp_path / "missing.docx")


# ---- reproducibility -----------------------------------------------------------------------


def test_same_input_gives_identical_bytes(tmp_path: Path, sample_bytes: bytes) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    write_docx(sample_document(), first)
    write_docx(sample_document(), second)
    assert first.read_bytes() == second.read_bytes() == sample_bytes
    with zipfile.ZipFile(first) as package:
        infos = package.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_different_input_gives_different_bytes(sample_bytes: bytes) -> None:
    doc = sample_document(marking="TỐI MẬT")
    assert build_docx(doc) != sample_bytes


def test_no_date_in_model_means_no_date_in_file() -> None:
    doc = sample_document()
    doc = replace(doc, meta=replace(doc.meta, created=""))
    data = build_docx(doc)
    assert data == build_docx(doc)
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.created is None
    assert props.modified is None


# ---- hostile and edge-case input -------------------------------------------------------------


def _doc(blocks: tuple[object, ...], **meta: object) -> Document:
    return Document(meta=DocumentMeta(title="T", **meta), blocks=blocks)  # type: ignore[arg-type]


def test_control_characters_and_decomposed_text_are_cleaned() -> None:
    nasty = "A\x00B\x01C\x0bD\x0cE\ud800F\ufffeG\x7fH\x9fI"
    decomposed = unicodedata.normalize("NFD", "Việt Nam và Chile")
    doc = Document(
        meta=DocumentMeta(title=f"Tiêu đề{nasty}", marking="MẬT\x00", author="\x0b"),
        blocks=(
            Heading(1, f"Mục{nasty}", "sec-\x00"),
            Paragraph((Text(nasty), Text(decomposed), Cite("n1"))),
            BulletList(((Text(nasty),),)),
            Table(header=((Text(nasty),),), rows=(((Text(decomposed),),),)),
        ),
        notes={"n1": Note("n1", "f", "s", quote=nasty, text=f"Nguồn{nasty}")},
        sources=(SourceEntry("s", 1, title=nasty, url="https://x.example/\x00a", anchor="src-1"),),
    )
    data = build_docx(doc)
    word = docx.Document(io.BytesIO(data))
    texts = [p.text for p in word.paragraphs]
    # \x0b and \x0c became line breaks, the other control characters were dropped
    assert "ABC\nD\nEFGHI" in texts
    assert any("Việt Nam và Chile" in t for t in texts)  # NFC
    assert "Việt Nam và Chile" in text_of(part_xml(data, "word/document.xml"))
    for name in ("word/document.xml", "word/footnotes.xml", "docProps/core.xml"):
        xml = zipfile.ZipFile(io.BytesIO(data)).read(name).decode("utf-8")
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", xml)
        assert unicodedata.normalize("NFC", xml) == xml


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(exclude_categories=()), max_size=60))
@example("A\x08Ð")  # (an eth after a control character: the store reads it as a đ)
def test_any_text_gives_a_sound_document(text: str) -> None:
    doc = Document(
        meta=DocumentMeta(title=text, subtitle=text, marking=text, keywords=(text,)),
        blocks=(Heading(1, text, text), Paragraph((Text(text), Cite("n"))), PageBreak()),
        notes={"n": Note("n", "f", "s", quote=text, text=text)},
        sources=(SourceEntry("s", 1, title=text, outlet=text, url=text, anchor=text),),
    )
    # re-opens (every part is well-formed XML) with the heading's letters and digits in it,
    # in order (the writer repairs look-alikes and turns line-break characters into breaks)
    reopened = docx.Document(io.BytesIO(build_docx(doc)))
    letters = "".join(c for c in normalize(text) if c.isalnum())
    body = "".join(c for p in reopened.paragraphs for c in p.text if c.isalnum())
    assert letters in body


def test_very_long_word_and_paragraph() -> None:
    word_5000 = "Đ" + "ư" * 4998 + "g"
    paragraph_2000 = ("Quan hệ Việt Nam – Chile phát triển tốt đẹp. " * 50)[:2000]
    data = build_docx(_doc((Paragraph((Text(word_5000),)), Paragraph((Text(paragraph_2000),)))))
    texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert word_5000 in texts
    assert paragraph_2000 in texts


def test_empty_document() -> None:
    for doc in (
        _doc(()),
        Document(meta=DocumentMeta(title=""), blocks=()),
        _doc((PageBreak(),)),
        _doc((Table(header=(), rows=()),)),
    ):
        data = build_docx(doc)
        word = docx.Document(io.BytesIO(data))
        footnotes = part_xml(data, "word/footnotes.xml").findall("w:footnote", NS)
        assert [f.get(w("id")) for f in footnotes] == ["-1", "0"]
        assert not [a for a in word.element.body.iter(w("hyperlink"))]  # no contents


def test_cite_without_note_is_a_clear_error_before_anything_is_written(tmp_path: Path) -> None:
    doc = replace(sample_document(), notes={})
    target = tmp_path / "brief.docx"
    target.write_bytes(b"previous export")
    with pytest.raises(ExportError) as caught:
        write_docx(doc, target)
    message = str(caught.value)
    assert "n1" in message
    assert "\n" not in message
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]


def test_awkward_anchors_become_unique_valid_bookmarks() -> None:
    anchors = ["sec-1", "sec-1", "", "1-số liệu", "x" * 60, "_hidden", "SEC-1"]
    blocks = tuple(Heading(1, f"H{i}", a) for i, a in enumerate(anchors))
    body = part_xml(build_docx(_doc(blocks)), "word/document.xml")
    names = [b.get(w("name")) for b in body.iter(w("bookmarkStart"))]
    assert len(names) == len(anchors)
    assert len({n.lower() for n in names}) == len(names)
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,39}", n) for n in names)
    links = [a.get(w("anchor")) for a in body.iter(w("hyperlink"))]
    assert links == names  # each contents entry jumps to its own heading
    ids = [b.get(w("id")) for b in body.iter(w("bookmarkStart"))]
    assert ids == [b.get(w("id")) for b in body.iter(w("bookmarkEnd"))]
    assert len(set(ids)) == len(ids)


def test_page_break_block_starts_the_next_paragraph_on_a_new_page() -> None:
    blocks = (
        Paragraph((Text("một"),)),  # first after the title page: starts a page anyway
        Paragraph((Text("giữa"),)),
        PageBreak(),
        Paragraph((Text("hai"),)),
        PageBreak(),
        Table(header=((Text("a"),),), rows=()),
        Table(header=((Text("b"),),), rows=()),
        PageBreak(),
    )
    word = docx.Document(io.BytesIO(build_docx(_doc(blocks, marking=""))))
    paragraphs = {p.text: p for p in word.paragraphs}
    assert paragraphs["hai"].paragraph_format.page_break_before
    assert paragraphs["một"].paragraph_format.page_break_before
    assert not paragraphs["giữa"].paragraph_format.page_break_before
    body = word.element.body
    tables = body.findall("w:tbl", NS)
    assert len(tables) == 2  # not merged: a paragraph keeps them apart
    assert tables[0].getnext().tag == w("p")
    assert tables[0].getprevious().find(".//w:br[@w:type='page']", NS) is not None


def test_many_cites_of_one_note_each_get_a_footnote() -> None:
    note = Note("n", "f", "s", quote="q", text="Nguồn")
    doc = Document(
        meta=DocumentMeta(title="T"),
        blocks=(Paragraph(tuple(Cite("n") for _ in range(50))),),
        notes={"n": note},
    )
    data = build_docx(doc)
    footnotes = part_xml(data, "word/footnotes.xml").findall("w:footnote", NS)
    assert len(footnotes) == 52
    paragraph = part_xml(data, "word/document.xml").findall(".//w:p", NS)[-1]
    refs = list(paragraph.iter(w("footnoteReference")))
    assert len(refs) == 50
    # adjacent references are kept apart by a superscript comma: "¹,²", not "¹²"
    assert text_of(paragraph) == "," * 49


def test_line_breaks_in_text() -> None:
    doc = _doc((Paragraph((Text("dòng 1\ndòng 2\r\ndòng 3"), LineBreak(), Text("dòng 4"))),))
    word = docx.Document(io.BytesIO(build_docx(doc)))
    assert "dòng 1\ndòng 2\ndòng 3\ndòng 4" in [p.text for p in word.paragraphs]


def test_lookalike_letters_are_repaired_when_the_text_module_is_there() -> None:
    pytest.importorskip("briefer.text.normalize")
    doc = _doc((Paragraph((Text("Ðoàn đại biểu Ðảng"),)),))
    texts = [p.text for p in docx.Document(io.BytesIO(build_docx(doc))).paragraphs]
    assert "Đoàn đại biểu Đảng" in texts


def test_printable_filter_alone_keeps_the_writer_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer stays safe on the last filter alone (``text.controls.printable``), even if
    the look-alike repair let something through."""
    monkeypatch.setattr(docx_text, "clean_for_output", lambda text: text)
    decomposed = unicodedata.normalize("NFD", "Lương Cường")
    doc = _doc((Paragraph((Text(f"a\x00b\x0bc\ud800{decomposed}"),)),))
    texts = [p.text for p in docx.Document(io.BytesIO(build_docx(doc))).paragraphs]
    assert "ab\ncLương Cường" in texts
