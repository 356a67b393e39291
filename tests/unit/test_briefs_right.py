"""Issue 12, "Briefs that are right": the demo store's briefs, dated 2026-12-04, exported and
read back with poppler (pdftotext) and pypdf — the lines a head of state would read.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer.domain.brief import BriefItem, BriefSection
from briefer.errors import ExportError
from briefer.services import Services, init_store
from tests.readers import libreoffice_pdf

BRIEF_DATE = date(2026, 12, 4)
TYPES = ("state-visit", "ministerial-talks", "fact-sheet")
PAIRS = ("VN-PE", "VN-CL")
# Letters of Vietnamese words that English never uses (with their tone marks).
VIETNAMESE_LETTER = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def pdftotext(path: Path, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("issue12") / "demo.sqlite"
    init_store(path, demo=True)
    return path


@pytest.fixture(scope="module")
def exported(store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple, Path]:
    """Every brief type, both languages, both demo pairs, as PDF (and the state visit as DOCX)."""
    out = tmp_path_factory.mktemp("issue12-out")
    services = Services(store, demo_on_first_run=False)
    files: dict[tuple, Path] = {}
    try:
        for pair in PAIRS:
            for kind in TYPES:
                for lang in ("vi", "en"):
                    brief = services.assemble(pair, kind, lang, BRIEF_DATE)
                    formats = ("pdf", "docx")
                    result = services.export_brief(brief, formats, out / f"{pair}-{kind}-{lang}")
                    for path in result.paths:
                        files[(pair, kind, lang, path.suffix[1:])] = path
    finally:
        services.close()
    return files


@pytest.fixture(scope="module")
def source_titles(store: Path) -> list[str]:
    services = Services(store, demo_on_first_run=False)
    try:
        return [s.title for s in services.sources()]
    finally:
        services.close()


@pytest.fixture(scope="module")
def outlets(store: Path) -> list[str]:
    """Outlets are proper names too ("Báo Thế giới và Việt Nam")."""
    services = Services(store, demo_on_first_run=False)
    try:
        return [s.outlet for s in services.sources() if s.outlet]
    finally:
        services.close()


# ---- computed lines --------------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("kind", ["state-visit", "fact-sheet"])
def test_years_of_relations_come_from_the_founding_year(exported, kind: str) -> None:
    pe_vi = flat(pdftotext(exported[("VN-PE", kind, "vi", "pdf")]))
    pe_en = flat(pdftotext(exported[("VN-PE", kind, "en", "pdf")]))
    cl_vi = flat(pdftotext(exported[("VN-CL", kind, "vi", "pdf")]))
    cl_en = flat(pdftotext(exported[("VN-CL", kind, "en", "pdf")]))
    assert "32 năm thiết lập quan hệ ngoại giao" in pe_vi
    assert "32 years of diplomatic relations" in pe_en
    assert "55 năm thiết lập quan hệ ngoại giao (25/3/1971)" in cl_vi
    assert "55 years of diplomatic relations" in cl_en
    # The anniversary gives a year, never the anniversary day as a founding date.
    assert not re.search(r"(?<!\d)2 năm thiết lập", pe_vi) and "(14/11/2024)" not in pe_vi


@needs_poppler
def test_latest_visit_each_way_counts_meetings_hosted_in_the_country(exported) -> None:
    vi = flat(pdftotext(exported[("VN-PE", "state-visit", "vi", "pdf")]))
    en = flat(pdftotext(exported[("VN-PE", "state-visit", "en", "pdf")]))
    assert "Chuyến thăm cấp cao gần nhất từ Peru sang Việt Nam (tháng 11/2017)" in vi
    assert "Latest high-level visit from Peru to Viet Nam (November 2017)" in en
    timeline = pdftotext(exported[("VN-PE", "state-visit", "vi", "pdf")], layout=True)
    row_2017 = next(line for line in timeline.splitlines() if line.startswith("tháng 11/2017"))
    assert "Peru → Việt Nam" in row_2017  # APEC 25 in Đà Nẵng: a visit to Viet Nam
    row_2023 = next(line for line in timeline.splitlines() if line.startswith("17/11/2023"))
    assert "Tiếp xúc bên lề" in row_2023  # APEC 30 in San Francisco: a third country


@needs_poppler
def test_timeline_has_one_row_per_visit_and_says_the_date_once(exported) -> None:
    text = pdftotext(exported[("VN-CL", "state-visit", "vi", "pdf")], layout=True)
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "theo thời gian" in line)
    rows = [
        line
        for line in lines[start:]
        if re.match(r"(?:\d{1,2}/\d{1,2}/\d{4}|tháng \d{1,2}/\d{4})\s{2,}", line)
    ]
    dates = [re.split(r"\s{2,}", row)[0] for row in rows]
    # President Lương Cường's visit to Chile (11/2024) is one row, the Santiago meeting of
    # 11/11/2024 merged into it; Van Klaveren's visit and talks (25/8/2024) are one row.
    assert dates.count("tháng 11/2024") == 1 and "11/11/2024" not in dates
    assert dates.count("25/8/2024") == 1
    pe = flat(pdftotext(exported[("VN-PE", "state-visit", "vi", "pdf")]))
    # The date column says "tháng 7/1998"; the event text does not repeat it.
    assert "Tổng thống Peru Alberto Fujimori thăm Việt Nam" in pe
    assert "Fujimori thăm Việt Nam (tháng 7/1998)" not in pe


# ---- English briefs --------------------------------------------------------------------------


def _without_titles(text: str, titles: list[str]) -> str:
    for title in sorted(titles, key=len, reverse=True):
        text = text.replace(flat(title), " ")
    # Short titles in notes: “the first words of a title…”.
    for match in re.findall(r"“([^”]*)…”", text):
        if any(flat(t).startswith(match) for t in titles):
            text = text.replace(f"“{match}…”", " ")
    return text


@needs_poppler
@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("kind", TYPES)
def test_english_briefs_print_no_vietnamese_words(
    exported, source_titles, outlets, pair, kind
) -> None:
    text = flat(pdftotext(exported[(pair, kind, "en", "pdf")]))
    text = _without_titles(text, [*source_titles, *outlets])
    # Proper names (Lương Cường, Đà Nẵng) are capitalised; a Vietnamese sentence is not.
    words = [w for w in re.findall(r"[\w’'-]+", text) if VIETNAMESE_LETTER.search(w)]
    if kind != "fact-sheet":  # the fact sheet's figures name no person
        assert words, "names such as Lương Cường are still printed exactly"
    lower = [w for w in words if not w[:1].isupper()]
    assert lower == []


def test_an_item_without_english_is_a_warning_and_fails_strict_export(
    store: Path, tmp_path: Path
) -> None:
    services = Services(store, demo_on_first_run=False)
    try:
        brief = services.assemble("VN-PE", "state-visit", "en", BRIEF_DATE)
        first_fact = next(i for i in brief.items() if i.kind == "fact")
        own = BriefItem(
            uuid="officer-1",
            kind="text",
            text_vi="Đề nghị phía Peru sớm ký hiệp định miễn thị thực.",
            cites=(first_fact.fact_uuid or "",),
        )
        edited_vi_only = replace(first_fact, text_vi="Nội dung đã sửa riêng bằng tiếng Việt.")
        sections = list(brief.sections)
        for index, section in enumerate(sections):
            items = tuple(edited_vi_only if i.uuid == first_fact.uuid else i for i in section.items)
            if section.topic == "proposals":
                items = (*items, own)
            sections[index] = BriefSection(section.topic, section.heading, items)
        brief = replace(brief, sections=tuple(sections))
        # The editor marks the other language when one is edited (domain/brief_edits does it).
        brief = replace(
            brief,
            sections=tuple(
                BriefSection(
                    s.topic,
                    s.heading,
                    tuple(
                        replace(i, needs_update="en") if i.uuid == first_fact.uuid else i
                        for i in s.items
                    ),
                )
                for s in brief.sections
            ),
        )
        warnings = services.brief_warnings(brief)
        no_english = [w for w in warnings if w.code == "untranslated"]
        assert any(w.item_uuid == "officer-1" for w in no_english)
        assert all("No English" in w.message_en for w in no_english)
        assert any(w.code == "needs_update" and w.item_uuid == first_fact.uuid for w in warnings)
        with pytest.raises(ExportError, match="--strict"):
            services.export_brief(brief, ("pdf",), tmp_path / "strict", strict=True)
        assert not (tmp_path / "strict.pdf").exists()
        result = services.export_brief(brief, ("pdf", "docx"), tmp_path / "loose")
        text = flat(pdftotext(tmp_path / "loose.pdf")) if shutil.which("pdftotext") else ""
        pages = PdfReader(str(tmp_path / "loose.pdf")).pages
        text = text or flat(" ".join(p.extract_text() for p in pages))
        assert "miễn thị thực" not in text and "đã sửa riêng" not in text
        assert "[No English text yet]" in text
        assert result.warnings
    finally:
        services.close()


# ---- notes and URLs --------------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("pair", PAIRS)
def test_no_source_gets_two_full_notes(exported, source_titles, pair, lang) -> None:
    text = flat(pdftotext(exported[(pair, "state-visit", lang, "pdf")]))
    cited = [t for t in source_titles if f"“{flat(t)}”" in text]
    assert cited, "the first note of each source is a full note"
    for title in cited:
        assert text.count(f"“{flat(title)}”") == 1, title
    ibid = "Như trên." if lang == "vi" else "Ibid."
    assert ibid in text


@needs_poppler
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_urls_break_only_after_separators(exported, store: Path, lang: str) -> None:
    services = Services(store, demo_on_first_run=False)
    try:
        urls = [s.url for s in services.sources() if s.url]
    finally:
        services.close()
    assert urls
    # -layout keeps the printed lines (plain pdftotext joins "viet-nam-" + "peru" as one
    # hyphenated word and drops the hyphen).
    text = pdftotext(exported[("VN-PE", "state-visit", lang, "pdf")], layout=True)
    found = 0
    for url in urls:
        pattern = r"\s*".join(re.escape(c) for c in url)
        for match in re.finditer(pattern, text):
            found += 1
            printed = match.group(0)
            for at in (m.start() for m in re.finditer(r"\s+", printed)):
                assert printed[at - 1] in "/.-?&=", printed
    assert found >= 2  # in a note and in the Sources annex


def test_sources_without_outlet_or_url_are_warned_about(store: Path) -> None:
    services = Services(store, demo_on_first_run=False)
    try:
        brief = services.assemble("VN-PE", "state-visit", "vi", BRIEF_DATE)
        warned = [w for w in services.brief_warnings(brief) if w.code == "source"]
        # Seeds 000 and 003 name no outlet and no URL; seed 001 (VOV) has both.
        assert len(warned) == 2
        assert all("no outlet or URL" in w.message_en for w in warned)
        source = next(s for s in services.sources() if "Xung lực mới" in s.title)
        services.update_source(source.id or 0, outlet="Báo Điện tử Chính phủ", url="")
        warned = [w for w in services.brief_warnings(brief) if w.code == "source"]
        assert len(warned) == 2 and any("has no URL" in w.message_en for w in warned)
    finally:
        services.close()


# ---- the fact sheet --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("pair", PAIRS)
def test_fact_sheet_is_exactly_one_page(exported, pair: str, lang: str) -> None:
    reader = PdfReader(str(exported[(pair, "fact-sheet", lang, "pdf")]))
    assert len(reader.pages) == 1


@needs_poppler
def test_fact_sheet_shows_latest_full_year_and_partial_year_trade(exported) -> None:
    vi = flat(pdftotext(exported[("VN-PE", "fact-sheet", "vi", "pdf")]))
    en = flat(pdftotext(exported[("VN-PE", "fact-sheet", "en", "pdf")]))
    assert "năm 2023" in vi and "7 tháng đầu năm 2024" in vi
    assert "500 triệu USD" in vi and "300 triệu USD" in vi
    assert "January–July 2024" in en and "2023" in en
    # No title page, contents or Sources annex on the one page.
    assert "Mục lục" not in vi and "Nguồn tham khảo" not in vi


def test_a_fact_sheet_that_overflows_stays_one_page_and_warns(store: Path, tmp_path: Path) -> None:
    services = Services(store, demo_on_first_run=False)
    try:
        sheet = services.assemble("VN-PE", "fact-sheet", "vi", BRIEF_DATE)
        cited = next(i.fact_uuid for i in sheet.items() if i.kind == "fact")
        long_text = "Một dòng giải thích rất dài về quan hệ hai nước. " * 12
        extra = tuple(
            BriefItem(f"extra-{n}", "text", text_vi=long_text, cites=(cited or "",))
            for n in range(8)
        )
        first = sheet.sections[0]
        sections = (
            BriefSection(first.topic, first.heading, (*first.items, *extra)),
            *sheet.sections[1:],
        )
        result = services.export_brief(
            replace(sheet, sections=sections), ("pdf",), tmp_path / "long"
        )
        assert len(PdfReader(str(tmp_path / "long.pdf")).pages) == 1
        overflow = [w for w in result.warnings if w.code == "overflow"]
        assert len(overflow) == 1 and "one A4 page" in overflow[0].message_en
    finally:
        services.close()


@needs_poppler
def test_docx_urls_stay_exact_links_and_break_after_separators(exported, tmp_path: Path) -> None:
    """The DOCX keeps each URL as one exact hyperlink; laid out by LibreOffice, its lines
    break after a separator too."""
    import zipfile

    docx = exported[("VN-PE", "state-visit", "vi", "docx")]
    with zipfile.ZipFile(docx) as archive:
        rels = archive.read("word/_rels/footnotes.xml.rels").decode("utf-8")
    assert "https://vov.vn/chinh-tri/dua-quan-he-huu-nghi" in rels
    text = pdftotext(libreoffice_pdf(docx, tmp_path), layout=True)
    url = "https://vov.vn/chinh-tri/dua-quan-he-huu-nghi-va-hop-tac-nhieu-mat-giua-viet-nam"
    pattern = r"\s*".join(re.escape(c) for c in url)
    matches = list(re.finditer(pattern, text))
    assert matches
    for match in matches:
        printed = match.group(0)
        for at in (m.start() for m in re.finditer(r"\s+", printed)):
            assert printed[at - 1] in "/.-?&=", printed


def test_fact_sheet_docx_has_no_title_page_contents_or_annex(exported) -> None:
    from docx import Document

    for lang, contents, annex in (
        ("vi", "Mục lục", "Nguồn tham khảo"),
        ("en", "Contents", "Sources"),
    ):
        word = Document(str(exported[("VN-PE", "fact-sheet", lang, "docx")]))
        texts = [p.text for p in word.paragraphs if p.text.strip()]
        assert texts[0].startswith("Số liệu cơ bản" if lang == "vi" else "Key figures")
        assert contents not in texts and annex not in texts
        assert len(word.tables) == 1
