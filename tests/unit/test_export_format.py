"""The official format (issue 13): NĐ 30 letterhead, TT 24 markings, one document in two formats.

The rules in ``domain.letterhead`` on real wording; the title-page fields saved with a brief;
and the two writers compared through an independent reader: the DOCX rendered by LibreOffice
against Briefer's own PDF (page count, the page of each heading, the page-number text).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from briefer.domain.letterhead import (
    TitlePage,
    classification_level,
    equivalent_marking,
    place_and_date,
)
from briefer.services import Services
from briefer.store.connection import open_store
from tests.readers import libreoffice_pdf

OFFICIAL = TitlePage(
    issuing_unit_vi="Bộ Ngoại giao\nVụ Châu Mỹ",
    issuing_unit_en="Ministry of Foreign Affairs\nAmericas Department",
    number="15/TL-VCM",
    visit_dates="12–16/11/2024",
    venue="Santiago de Chile",
)


# ---- rules -------------------------------------------------------------------------------------


def test_place_and_date_has_leading_zeros_below_ten() -> None:
    assert place_and_date("Hà Nội", "2026-12-04", "vi") == "Hà Nội, ngày 04 tháng 12 năm 2026"
    assert place_and_date("Hà Nội", "2027-01-15", "vi") == "Hà Nội, ngày 15 tháng 01 năm 2027"
    assert place_and_date("Hà Nội", "2026-11-24", "vi") == "Hà Nội, ngày 24 tháng 11 năm 2026"
    assert place_and_date("Hanoi", "2026-12-04", "en") == "Hanoi, 4 December 2026"
    assert place_and_date("Hà Nội", "not a date", "vi") == "Hà Nội"


def test_classification_levels_of_thong_tu_24() -> None:
    assert [classification_level(m) for m in ("Mật", "TỐI MẬT", "Tuyệt mật")] == [1, 2, 3]
    assert [classification_level(m) for m in ("CONFIDENTIAL", "Secret", "TOP SECRET")] == [1, 2, 3]
    for unclassified in ("", "Lưu hành nội bộ", "For internal use", "Bí mật nhà nước?"):
        assert classification_level(unclassified) == 0
    assert classification_level("MẬT – không phổ biến") == 1  # a level with a qualifier


def test_markings_follow_the_language() -> None:
    assert equivalent_marking("Lưu hành nội bộ", "en") == "For internal use"
    assert equivalent_marking("TỐI MẬT", "en") == "SECRET"
    assert equivalent_marking("CONFIDENTIAL", "vi") == "MẬT"
    assert equivalent_marking("Chỉ gửi Lãnh đạo Bộ", "en") == "Chỉ gửi Lãnh đạo Bộ"  # own words


def test_title_page_reads_what_it_knows() -> None:
    page = TitlePage.from_dict({**OFFICIAL.as_dict(), "future_field": "x", "number": 7})
    assert page.issuing_unit("vi") == ("Bộ Ngoại giao", "Vụ Châu Mỹ")
    assert page.issuing_unit("en") == ("Ministry of Foreign Affairs", "Americas Department")
    assert page.number == ""  # not text: ignored
    assert page.place("vi") == "Hà Nội" and page.place("en") == "Hanoi"
    assert TitlePage.from_dict({"house_style": "baroque"}).house_style == "decree30"
    assert TitlePage.from_dict(None) == TitlePage()


# ---- saved with the brief ------------------------------------------------------------------------


def test_title_page_fields_are_saved_with_the_brief(demo_store: Path) -> None:
    services = Services(demo_store)
    uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", date(2026, 12, 4), "MẬT")
    services.save_brief(uuid, replace(brief, title_page=OFFICIAL))
    loaded = services.load_brief(uuid)
    assert loaded is not None and loaded.title_page == OFFICIAL
    services.close()


def test_migration_0005_keeps_older_briefs(tmp_path: Path, demo_store: Path) -> None:
    from briefer.store.schema import SCHEMA_VERSION, migrations

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before="0006_format")
    conn.execute(
        "INSERT INTO brief (uuid, pair, brief_type, title, brief_date, created_at, updated_at) "
        "VALUES ('b-1', 'VN-CL', 'state-visit', 'Cũ', '2024-11-01', '', '')"
    )
    conn.commit()
    conn.close()
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    from briefer.store.briefs import load_brief

    old = load_brief(db, "b-1")
    assert old is not None and old.title_page == TitlePage()
    db.close()


def test_render_fills_the_letterhead(demo_store: Path) -> None:
    services = Services(demo_store)
    vi = services.assemble("VN-CL", "state-visit", "vi", date(2026, 12, 4), "TỐI MẬT")
    meta = services.render(replace(vi, title_page=OFFICIAL)).meta
    assert meta.national_header == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    )
    assert meta.issuing_unit == ("Bộ Ngoại giao", "Vụ Châu Mỹ")
    assert meta.number_line == "Số: 15/TL-VCM"
    assert meta.place_date == "Hà Nội, ngày 04 tháng 12 năm 2026"
    assert meta.visit_lines == ("Thời gian: 12–16/11/2024", "Địa điểm: Santiago de Chile")
    assert meta.classification == 2 and meta.page_pattern == "{page}"

    plain = services.render(replace(vi, title_page=replace(OFFICIAL, house_style="plain"))).meta
    assert plain.national_header == ()

    en = services.assemble("VN-CL", "state-visit", "en", date(2026, 12, 4), "For internal use")
    meta = services.render(replace(en, title_page=OFFICIAL)).meta
    assert meta.national_header == ()  # the English letterhead of the issuing unit instead
    assert meta.issuing_unit == ("Ministry of Foreign Affairs", "Americas Department")
    assert meta.place_date == "Hanoi, 4 December 2026"
    assert meta.classification == 0 and meta.page_pattern == "Page {page} of {total}"
    # a Vietnamese marking left on a brief switched to English prints in English
    meta = services.render(replace(en, marking="Lưu hành nội bộ")).meta
    assert meta.marking == "For internal use"
    services.close()


# ---- one document in two formats ---------------------------------------------------------------


def _pages(pdf: Path) -> list[list[str]]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [
        [" ".join(line.split()) for line in page.splitlines() if line.strip()] for page in pages
    ]


def _heading_pages(pages: list[list[str]], headings: list[str]) -> list[int]:
    """1-based page of each heading, in order: the first line equal to it after the last one
    found (contents lines carry dot leaders and a number, so they never equal a heading)."""
    found, start = [], 2
    for heading in headings:
        page = next(n for n in range(start, len(pages) + 1) if heading in pages[n - 1])
        found.append(page)
        start = page
    return found


@pytest.mark.external
@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "marking"), [("vi", "MẬT"), ("en", "For internal use")], ids=["vi-mat", "en-internal"]
)
def test_libreoffice_lays_the_docx_out_like_the_pdf(
    demo_store: Path, tmp_path: Path, lang: str, marking: str
) -> None:
    services = Services(demo_store)
    brief = services.assemble("VN-CL", "state-visit", lang, date(2026, 12, 4), marking)
    brief = replace(brief, title_page=OFFICIAL)
    result = services.export_brief(brief, ["docx", "pdf"], tmp_path / "brief")
    document = services.render(brief)
    services.close()
    docx_path, pdf_path = result.paths
    ours = _pages(pdf_path)
    theirs = _pages(libreoffice_pdf(docx_path, tmp_path / "lo"))

    assert len(ours) >= 4
    assert abs(len(ours) - len(theirs)) <= 1

    headings = [h.text for h in document.headings()]
    ours_at = _heading_pages(ours, headings)
    theirs_at = _heading_pages(theirs, headings)
    assert all(abs(a - b) <= 1 for a, b in zip(ours_at, theirs_at, strict=True)), (
        ours_at,
        theirs_at,
    )

    # the same page-number text at the top of each page, none on the first
    total = len(ours)
    for pages, count in ((ours, total), (theirs, len(theirs))):
        assert not pages[0][0][:1].isdigit()
        for number in range(2, count + 1):
            expected = str(number) if lang == "vi" else f"Page {number} of {count}"
            assert pages[number - 1][0] == expected
        assert all(page[-1] == marking for page in pages)  # the marking on every page

    # LibreOffice's contents gives the pages where LibreOffice put the headings (its page
    # references are its own, not the PDF's numbers cached in the file)
    contents = [line for line in theirs[1] if "..." in line]
    assert [int(line.rsplit(" ", 1)[-1].rsplit(".", 1)[-1]) for line in contents][
        : len(theirs_at)
    ] == theirs_at

    # the letterhead on the first page of both
    for pages in (ours, theirs):
        first = " ".join(pages[0])
        if lang == "vi":
            assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
            assert "Độc lập - Tự do - Hạnh phúc" in first
            assert "Số: 15/TL-VCM" in first
            assert "Hà Nội, ngày 04 tháng 12 năm 2026" in first
            assert "VỤ CHÂU MỸ" in first
        else:
            assert "CỘNG HÒA" not in first
            assert "AMERICAS DEPARTMENT" in first and "Hanoi, 4 December 2026" in first
        assert "Santiago de Chile" in first


@pytest.mark.external
def test_every_docx_part_is_well_formed_xml(demo_store: Path, tmp_path: Path) -> None:
    """xmllint reads every XML part (well-formed; the schema validation is in
    test_export_docx_schema_xsd)."""
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint is not installed")
    services = Services(demo_store)
    brief = services.assemble("VN-CL", "state-visit", "vi", date(2026, 12, 4), "TỐI MẬT")
    path = services.export_brief(replace(brief, title_page=OFFICIAL), ["docx"], tmp_path / "b")
    services.close()
    parts = tmp_path / "parts"
    with zipfile.ZipFile(path.paths[0]) as package:
        names = [n for n in package.namelist() if n.endswith((".xml", ".rels"))]
        package.extractall(parts)
    assert "word/document.xml" in names and "word/footnotes.xml" in names
    run = subprocess.run(
        ["xmllint", "--noout", *(str(parts / n) for n in names)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
