"""The PDF writer, read back by independent readers: pypdf, poppler (pdffonts, pdftotext) and
fontTools for the bundled fonts."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from fontTools.ttLib import TTFont
from hypothesis import given
from hypothesis import strategies as st
from pypdf.generic import IndirectObject

from briefer.errors import ExportError
from briefer.export.fonts import SERIF_FAMILY, font_files, register_fonts
from briefer.export.pdf import clean_text, markup, pdf_bytes, write_pdf
from briefer.export.pdf_text import chunks
from briefer.render.model import (
    BulletList,
    Cite,
    Document,
    DocumentMeta,
    Heading,
    LineBreak,
    Paragraph,
    Table,
    Text,
)
from briefer.resources import fonts_dir
from tests.samples import sample_document

BASE14 = {
    "Courier",
    "Courier-Bold",
    "Courier-BoldOblique",
    "Courier-Oblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-BoldOblique",
    "Helvetica-Oblique",
    "Symbol",
    "Times-Bold",
    "Times-BoldItalic",
    "Times-Italic",
    "Times-Roman",
    "ZapfDingbats",
}

# Every letter Vietnamese writes, and the combining marks of decomposed input.
VIETNAMESE_PRECOMPOSED = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư"
VIETNAMESE_CODEPOINTS = (
    {ord(c) for c in VIETNAMESE_PRECOMPOSED}
    | set(range(0x1EA0, 0x1EFA))
    | {0x0300, 0x0301, 0x0303, 0x0309, 0x0323}
)

EXPECTED_TEXT = (
    "Lương Cường",
    "Bùi Thanh Sơn",
    "Đối tác toàn diện",
    "25/3/1971",
    "&",
    "<nhanh>",
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)


# ---- helpers -----------------------------------------------------------------------------------


def _reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def _pypdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in _reader(data).pages]


def _poppler_pages(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces folded to one space."""
    return " ".join(text.split())


def _links(reader: pypdf.PdfReader) -> list[dict[str, Any]]:
    """Every /Link annotation as {page, rect, dest_page, dest_top, uri}."""
    page_index = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    links = []
    for index, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            link: dict[str, Any] = {
                "page": index,
                "rect": [float(v) for v in annot["/Rect"]],
                "dest_page": None,
                "dest_top": None,
                "uri": None,
            }
            dest = annot.get("/Dest")
            action = annot.get("/A")
            if action is not None and action.get("/S") == "/GoTo":
                dest = action.get("/D")
            if action is not None and action.get("/S") == "/URI":
                link["uri"] = str(action["/URI"])
            if dest is not None:
                target = dest[0]
                assert isinstance(target, IndirectObject)
                link["dest_page"] = page_index[target.idnum]
                link["dest_top"] = float(dest[3]) if dest[1] == "/XYZ" else None
            links.append(link)
    return links


def _outline(reader: pypdf.PdfReader) -> list[tuple[int, str, int, float | None]]:
    """The outline flattened as (depth, title, page, top)."""
    flat: list[tuple[int, str, int, float | None]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                top = item.get("/Top")
                flat.append(
                    (
                        depth,
                        str(item.title),
                        reader.get_destination_page_number(item),
                        float(top) if top is not None else None,
                    )
                )

    walk(reader.outline, 0)
    return flat


def _fonts(reader: pypdf.PdfReader) -> Iterator[Any]:
    """Every font dictionary used by a page or by a form on a page."""
    seen: set[int] = set()

    def visit(resources: Any) -> Iterator[Any]:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            if ref.idnum not in seen:
                seen.add(ref.idnum)
                yield ref.get_object()
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form" and ref.idnum not in seen:
                seen.add(ref.idnum)
                yield from visit(xobject.get("/Resources"))

    for page in reader.pages:
        yield from visit(page.get("/Resources"))


def _with_blocks(blocks: list[Any], **changes: Any) -> Document:
    return dataclasses.replace(sample_document(), blocks=tuple(blocks), **changes)


def _long_document(paragraphs: int = 300) -> Document:
    """A ~40-page brief: 10 sections, ``paragraphs`` cited paragraphs, two 15-row tables."""
    base = sample_document()
    keys = list(base.notes)
    sentence = (
        "Hai bên nhất trí tăng cường hợp tác kinh tế; kim ngạch song phương năm 2023 "
        "đạt 1,3 tỷ USD."
    )
    per_section = paragraphs // 10
    blocks: list[Any] = []
    for section in range(10):
        blocks.append(Heading(1, f"Mục {section + 1}. Quan hệ Việt Nam – Chile", f"sec-{section}"))
        for index in range(per_section):
            if index == per_section // 2:
                blocks.append(Heading(2, f"Tiểu mục {section + 1}.1", f"sub-{section}"))
            blocks.append(
                Paragraph((Text(sentence), Cite(keys[index % 3]), Text(" Đối tác toàn diện.")))
            )
        if section in (3, 7):
            rows = tuple(
                ((Text(str(2000 + i)),), (Text("1,3 tỷ USD"), Cite("n3"))) for i in range(15)
            )
            blocks.append(
                Table(header=((Text("Năm"),), (Text("Kim ngạch"),)), rows=rows, widths=(1, 2))
            )
    return dataclasses.replace(base, blocks=tuple(blocks))


# ---- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    write_pdf(sample_document(), path)
    return path


@pytest.fixture(scope="module")
def sample_data(sample_pdf: Path) -> bytes:
    return sample_pdf.read_bytes()


# ---- fonts -------------------------------------------------------------------------------------


def test_bundled_fonts_cover_vietnamese() -> None:
    files = font_files()
    assert len(files) == 4
    for path in files.values():
        assert path.is_file(), path
        cmap = TTFont(path).getBestCmap()
        missing = sorted(f"U+{cp:04X}" for cp in VIETNAMESE_CODEPOINTS - set(cmap))
        assert not missing, f"{path.name} lacks {missing}"


def test_bundled_fonts_travel_with_their_licence() -> None:
    folder = fonts_dir()
    licence = (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Copyright (c) 2012 Red Hat, Inc." in licence
    assert "5) The Font Software, modified or unmodified" in licence
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for path in font_files().values():
        assert path.name in readme
        version = TTFont(path)["name"].getDebugName(5)
        assert version.startswith("Version 2."), version


def test_register_fonts_is_idempotent() -> None:
    assert register_fonts() == SERIF_FAMILY
    assert register_fonts() == SERIF_FAMILY


@pytest.mark.external
@needs_poppler
def test_pdffonts_every_font_embedded_and_subset(sample_pdf: Path) -> None:
    out = subprocess.run(
        ["pdffonts", str(sample_pdf)], check=True, capture_output=True, text=True
    ).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    names = set()
    for row in rows:
        cells = row.split()
        name, emb, sub = cells[0], cells[-5], cells[-4]
        names.add(name.split("+", 1)[-1])
        assert name.split("+", 1)[-1] not in BASE14, row
        assert (emb, sub) == ("yes", "yes"), row
        assert "+" in name, row  # a subset tag, e.g. AAAAAA+LiberationSerif
    assert {SERIF_FAMILY, f"{SERIF_FAMILY}-Bold", f"{SERIF_FAMILY}-Italic"} <= names


def test_no_standard_type1_fonts(sample_data: bytes) -> None:
    fonts = list(_fonts(_reader(sample_data)))
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType", font
        base = str(font["/BaseFont"]).lstrip("/")
        assert base.split("+", 1)[-1] not in BASE14
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{base} is not embedded"


# ---- text --------------------------------------------------------------------------------------


def test_pypdf_extracts_exact_vietnamese(sample_data: bytes) -> None:
    text = "\n".join(_pypdf_pages(sample_data))
    nfc = unicodedata.normalize("NFC", text)
    assert nfc == text, "extracted text is not NFC"
    flat = _flat(nfc)
    for expected in EXPECTED_TEXT:
        assert expected in flat, expected


@pytest.mark.external
@needs_poppler
def test_pdftotext_extracts_exact_vietnamese(sample_pdf: Path) -> None:
    text = "\n".join(_poppler_pages(sample_pdf))
    nfc = unicodedata.normalize("NFC", text)
    assert nfc == text, "extracted text is not NFC"
    flat = _flat(nfc)
    for expected in EXPECTED_TEXT:
        assert expected in flat, expected
    assert "Kim ngạch thương mại song phương vượt mức 2 tỷ USD (2023) & tiếp" in flat


def test_decomposed_input_is_drawn_composed() -> None:
    nfd = unicodedata.normalize("NFD", "Chủ tịch nước Lương Cường")
    assert nfd != "Chủ tịch nước Lương Cường"
    doc = _with_blocks([Heading(1, nfd, "sec-a"), Paragraph((Text(nfd),))])
    flat = _flat("\n".join(_pypdf_pages(pdf_bytes(doc))))
    assert flat.count("Chủ tịch nước Lương Cường") >= 3  # contents, heading, paragraph


def test_markup_escapes_and_cleans() -> None:
    assert markup("a & b <nhanh>") == "a &amp; b &lt;nhanh&gt;"
    assert clean_text("a\x00b\x07c\x0bd\ufffe\ud800e") == "abc de"
    assert clean_text(unicodedata.normalize("NFD", "Đoàn Lương")) == "Đoàn Lương"


# ---- document structure ------------------------------------------------------------------------


def test_page_numbers_from_page_two(sample_data: bytes) -> None:
    pages = _pypdf_pages(sample_data)
    total = len(pages)
    assert total >= 3
    assert total >= 3
    # NĐ 30: the number alone, at the top of the page (the first line pypdf reads)
    assert not pages[0].split()[0].isdigit()
    for number, text in enumerate(pages[1:], start=2):
        assert text.split()[0] == str(number), number


def test_english_page_numbers_and_marking_on_every_page() -> None:
    doc = sample_document(lang="en", marking="CONFIDENTIAL")
    doc = dataclasses.replace(
        doc, meta=dataclasses.replace(doc.meta, labels={"contents": "Contents"})
    )
    pages = _pypdf_pages(pdf_bytes(doc))
    total = len(pages)
    assert "Page 1" not in pages[0]
    for number, text in enumerate(pages, start=1):
        assert _flat(text).count("CONFIDENTIAL") >= 1, number  # at the foot of every page
        if number > 1:
            assert f"Page {number} of {total}" in _flat(text)


@pytest.mark.external
@needs_poppler
def test_pdftotext_sees_page_numbers_and_marking(sample_pdf: Path) -> None:
    pages = _poppler_pages(sample_pdf)
    total = len(pages)
    assert len(pages) == total
    for number, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[-1] == "MẬT", number  # the marking at the foot of every page
        if number > 1:
            assert lines[0] == str(number)  # the number centred at the top
        else:
            assert not lines[0].isdigit()


def test_document_info(sample_data: bytes) -> None:
    info = _reader(sample_data).metadata
    assert info is not None
    assert info["/Title"] == "Tài liệu phục vụ chuyến thăm"
    assert info["/Author"] == "Vụ châu Mỹ"
    assert info["/Subject"] == "Việt Nam – Chile"
    assert info["/Keywords"] == "VN-CL, Chile"
    assert info["/Creator"] == "Briefer"
    assert str(info["/CreationDate"]).startswith("D:20261124090000")


def test_same_input_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_pdf(sample_document(), first)
    write_pdf(sample_document(), second)
    assert first.read_bytes() == second.read_bytes()


def test_same_bytes_in_a_fresh_process(sample_data: bytes) -> None:
    code = (
        "import hashlib, sys\n"
        "from briefer.export.pdf import pdf_bytes\n"
        "from tests.samples import sample_document\n"
        "sys.stdout.write(hashlib.sha256(pdf_bytes(sample_document())).hexdigest())\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    assert out == hashlib.sha256(sample_data).hexdigest()


def test_outline_one_entry_per_heading(sample_data: bytes) -> None:
    reader = _reader(sample_data)
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    outline = _outline(reader)
    headings = [h.text for h in sample_document().headings()]
    assert [title for _depth, title, _page, _top in outline] == [*headings, "Nguồn tham khảo"]
    texts = _pypdf_pages(sample_data)
    for _depth, title, page, top in outline:
        assert title in texts[page]
        assert top is not None  # an exact position, not just the page


def test_outline_nests_level_two_and_points_at_exact_positions() -> None:
    doc = _long_document(paragraphs=60)
    reader = _reader(pdf_bytes(doc))
    outline = _outline(reader)
    expected = []
    for heading in doc.headings():
        expected.append((heading.level - 1, heading.text))
    expected.append((0, "Nguồn tham khảo"))
    assert [(depth, title) for depth, title, _p, _t in outline] == expected
    # Two headings on one page get two different destinations.
    by_page: dict[int, set[float | None]] = {}
    for _depth, _title, page, top in outline:
        by_page.setdefault(page, set()).add(top)
    assert any(len(tops) > 1 for tops in by_page.values())


def test_links_markers_notes_contents_and_sources(sample_data: bytes) -> None:
    reader = _reader(sample_data)
    links = _links(reader)
    pages = _pypdf_pages(sample_data)
    doc = sample_document()

    # Contents (page 2): one link per heading plus the Sources annex, each to its heading's page.
    contents = [link for link in links if link["page"] == 1]
    titles = [h.text for h in doc.headings()] + ["Nguồn tham khảo"]
    assert len(contents) == len(titles)
    for link, title in zip(sorted(contents, key=lambda x: -x["rect"][1]), titles, strict=True):
        assert title in pages[link["dest_page"]]

    # A marker and its note link to each other: the marker's target lies on the note's line,
    # and the note number's target lies on the marker's line.
    internal = [link for link in links if link["dest_page"] is not None and link["page"] > 1]

    def hits(link: dict[str, Any], target: dict[str, Any]) -> bool:
        _x0, y0, _x1, y1 = target["rect"]
        return target["page"] == link["dest_page"] and y0 - 4 <= link["dest_top"] <= y1 + 14

    pairs = [
        (a, b)
        for a in internal
        for b in internal
        if a is not b and hits(a, b) and hits(b, a) and a["rect"][2] - a["rect"][0] < 12
    ]
    cites = sum(isinstance(inline, Cite) for block in doc.blocks for inline in _all_inlines(block))
    assert cites == 6
    unordered = {frozenset((id(a), id(b))) for a, b in pairs}
    assert len(unordered) == cites
    assert len({id(a) for a, _b in pairs}) == 2 * cites  # no link serves two citations

    # Notes link to their Sources annex entry (the last page).
    sources_page = len(pages) - 1
    to_sources = [
        link for link in internal if link["dest_page"] == sources_page and link["page"] != 1
    ]
    assert len(to_sources) >= cites

    # External links carry the exact URL (the & unescaped) in the note and in the annex.
    url = "https://www.vietnamplus.vn/example-url?a=1&b=2"
    uri_pages = {link["page"] for link in links if link["uri"] == url}
    assert sources_page in uri_pages
    assert len(uri_pages) == 2


def _all_inlines(block: Any) -> list[Any]:
    if isinstance(block, Paragraph):
        return list(block.inlines)
    if isinstance(block, BulletList):
        return [inline for item in block.items for inline in item]
    if isinstance(block, Table):
        cells = [*block.header, *(cell for row in block.rows for cell in row)]
        return [inline for cell in cells for inline in cell]
    return []


def test_citation_numbers_follow_occurrence_order(sample_data: bytes) -> None:
    flat = _flat("\n".join(_pypdf_pages(sample_data)))
    # Six occurrences, six notes, in reading order; n1 cited three times gets 1, 4 and 5.
    for number in range(1, 7):
        assert f"{number}. " in flat
    notes = flat[flat.index("Chú thích") :]
    # One full note per source; a repeat right after is "Như trên.", a later one short.
    assert notes.index("1. Báo Nhân Dân") < notes.index("2. Như trên.")
    assert "3. TTXVN/Vietnam+" in notes
    assert "4. Báo Nhân Dân" in notes and "5. Như trên." in notes


# ---- edge cases --------------------------------------------------------------------------------


LONG_WORD = "Đ" + "ư" * 4999
STATEMENT = ("Lương Cường phát biểu về quan hệ Đối tác toàn diện. " * 40)[:2000]


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param(
            [
                Heading(1, "Tiêu\x0b đề\x00", "sec-a"),
                Paragraph((Text("a\x00b\x07c\x1bd\ufffe\ud800 <x> & y"), Cite("n1"))),
            ],
            id="control-characters",
        ),
        pytest.param([Paragraph((Text(LONG_WORD), Cite("n1")))], id="5000-character-word"),
        pytest.param(
            [
                Table(
                    header=((Text("A"),), (Text("B"),), (Text("C"),)),
                    rows=(((Text(LONG_WORD),), (Text(LONG_WORD), Cite("n2")), (Text("x"),)),),
                    widths=(1, 1, 0.2),
                )
            ],
            id="5000-character-word-in-cells",
        ),
        pytest.param([], id="no-blocks"),
        pytest.param(
            [
                Heading(2, "Level two first", "a b"),
                Heading(1, "Same anchor", "a b"),
                Heading(1, "H" * 5000, ""),
                Heading(3, "Deeper than two", "src-1"),
                Paragraph((Cite("no-such-note"), Cite("n1"), Cite("n1"))),
                Table(header=(), rows=()),
                Table(header=(), rows=(((Text("no header"),),),), widths=(0.0, -1.0)),
                BulletList(((LineBreak(),), ())),
                Paragraph(()),
            ],
            id="odd-structure",
        ),
    ],
)
def test_edge_cases_give_a_sound_pdf(blocks: list[Any]) -> None:
    data = pdf_bytes(_with_blocks(blocks))
    reader = _reader(data)
    assert len(reader.pages) >= 1
    for page in reader.pages:
        page.extract_text()


def test_control_characters_are_dropped_not_drawn() -> None:
    doc = _with_blocks([Paragraph((Text("Bùi\x00 Thanh\x07 Sơn\x0bnói <x> & y"),))])
    flat = _flat("\n".join(_pypdf_pages(pdf_bytes(doc))))
    assert "Bùi Thanh Sơn nói <x> & y" in flat


def test_long_word_is_kept_whole_in_the_text() -> None:
    doc = _with_blocks([Paragraph((Text(LONG_WORD),))])
    text = "".join(_pypdf_pages(pdf_bytes(doc)))
    assert "".join(text.split()).count("ư") >= 5000 - 1


def test_long_statement_breaks_across_pages() -> None:
    filler = Paragraph((Text("Đoạn mở đầu. " * 150),))
    statement = Paragraph((Text("BẮTĐẦU " + STATEMENT + " KẾTTHÚC"), Cite("n1")))
    pages = _pypdf_pages(pdf_bytes(_with_blocks([Heading(1, "A", "sec-a"), filler, statement])))
    start = next(i for i, text in enumerate(pages) if "BẮTĐẦU" in text)
    end = next(i for i, text in enumerate(pages) if "KẾTTHÚC" in text)
    assert end == start + 1  # split, not pushed whole to the next page


def test_empty_document(tmp_path: Path) -> None:
    doc = Document(meta=DocumentMeta(title=""), blocks=())
    path = tmp_path / "empty.pdf"
    write_pdf(doc, path)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    assert reader.outline == []


def test_table_of_200_rows_repeats_its_header() -> None:
    rows = tuple(
        ((Text(f"Hàng {i}"),), (Text("Đối tác toàn diện " * (i % 5 + 1)), Cite("n1")))
        for i in range(200)
    )
    table = Table(header=((Text("Thời gian"),), (Text("Sự kiện"),)), rows=rows, widths=(1, 3))
    pages = _pypdf_pages(pdf_bytes(_with_blocks([Heading(1, "Bảng", "sec-t"), table])))
    with_rows = [text for text in pages if "Hàng " in text]
    assert len(with_rows) >= 5
    for text in with_rows:
        assert "Thời gian" in text and "Sự kiện" in text
    flat = _flat("\n".join(pages))
    assert "Hàng 0" in flat and "Hàng 199" in flat


def test_missing_folder_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        write_pdf(sample_document(), tmp_path / "no-such-folder" / "brief.pdf")


def test_long_document_lays_out() -> None:
    """The benchmark's document (timings: see the report; not a timed test)."""
    reader = _reader(pdf_bytes(_long_document()))
    assert 25 <= len(reader.pages) <= 60


@pytest.mark.external
@needs_poppler
def test_contents_page_numbers_match_the_headings(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    write_pdf(_long_document(paragraphs=100), path)
    reader = pypdf.PdfReader(path)
    expected = [(title, page + 1) for _depth, title, page, _top in _outline(reader)]
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-f", "2", "-l", "2", str(path), "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    entry = re.compile(r"^\s*(\S.*?)\s*(?:\.\s)+\.?\s*(\d+)\s*$")
    found = [(m[1], int(m[2])) for m in map(entry.match, layout.splitlines()) if m]
    assert found == expected
    assert len({page for _title, page in found}) > 5  # the numbers really differ


def test_huge_paragraph_is_whole_and_quick() -> None:
    text = ("Lương Cường phát biểu về quan hệ Đối tác toàn diện. " * 2000)[:100_000]
    doc = _with_blocks([Paragraph((Text("BẮTĐẦU " + text + " KẾTTHÚC"), Cite("n1")))])
    flat = _flat("\n".join(_pypdf_pages(pdf_bytes(doc))))
    assert "BẮTĐẦU Lương Cường" in flat and "KẾTTHÚC" in flat
    assert flat.count("Đối tác toàn diện") >= 1900


@given(
    st.lists(
        st.one_of(
            st.builds(Text, st.text(alphabet="ab ư\u0300", max_size=40)),
            st.builds(Cite, st.just("n1")),
            st.builds(LineBreak),
        ),
        max_size=30,
    ),
    st.integers(min_value=1, max_value=25),
)
def test_chunks_keep_every_character_and_inline(inlines: list[Any], limit: int) -> None:
    pieces = chunks(tuple(inlines), limit)
    rejoined = [item for chunk in pieces for item in chunk]
    assert [type(i) for i in rejoined if not isinstance(i, Text)] == [
        type(i) for i in inlines if not isinstance(i, Text)
    ]
    original = "".join(i.text for i in inlines if isinstance(i, Text))
    kept = "".join(i.text for i in rejoined if isinstance(i, Text))
    assert kept.replace(" ", "") == original.replace(" ", "")
    for chunk in pieces:
        assert chunk or not inlines
        assert sum(len(i.text) for i in chunk if isinstance(i, Text)) <= limit
