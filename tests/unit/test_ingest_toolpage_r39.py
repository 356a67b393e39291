"""A page saved from an editing tool: its brand and its save stamps name no site or day (r39)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.pagemeta import visible_date
from briefer.ingest.savedstamp import saved_stamp
from briefer.ingest.sitemarks import text_marks
from briefer.ingest.softwarename import is_software_name
from tests.imported import imported


def test_a_product_with_its_release_is_no_site() -> None:
    assert is_software_name("Quill CMS 7.1")
    assert is_software_name("PressKit v2.3")
    assert is_software_name("Hệ thống Quản trị 3.0")
    assert not is_software_name("Harbour Times")
    assert not is_software_name("Báo Đồng Nai")
    assert not is_software_name("Kênh 14")


def test_the_site_logo_under_the_tool_brand_is_the_mark() -> None:
    root = lxml.html.fromstring(
        "<html><body><div class='tool-brand'>Quill CMS 7.1</div>"
        "<header><div class='logo'>Coastal Review</div></header><p>Text.</p></body></html>"
    )
    assert text_marks(root) == [("logo", "Coastal Review")]


def test_save_lines_in_both_languages() -> None:
    assert saved_stamp("Phiên bản 2 — lưu lúc 10:05 03/04/2025 bởi an.le")
    assert saved_stamp("Revision 4 · last saved 2 Apr 2025 14:00 by jdoe")
    assert not saved_stamp("Đăng lúc 06:00 04/04/2025")
    assert not saved_stamp("Published 4 Apr 2025")


def test_the_draft_save_gives_way_to_the_byline_day() -> None:
    root = lxml.html.fromstring(
        "<html><body><div class='cms-info'>Revision 4 — saved 02/04/2025 14:00 by jdoe</div>"
        "<article><h1>Headline</h1><div class='meta'>Ana Ruiz | 04/04/2025 06:00</div>"
        "<p>Body.</p></article></body></html>"
    )
    assert visible_date(root)[0] == "2025-04-04"


def test_an_import_reads_the_site_and_the_byline_day_past_the_tool(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Chile and Vietnam widen fruit trade</title></head><body>"
        "<div class='tool-brand'>Quill CMS 7.1</div>"
        "<div class='cms-info'>Revision 4 — saved 02/04/2025 14:00 by jdoe</div>"
        "<header><div class='logo'>Coastal Review</div></header><article>"
        "<h1>Chile and Vietnam widen fruit trade</h1>"
        "<div class='meta'>Ana Ruiz | 04/04/2025 06:00</div>"
        "<p>Trade between Chile and Vietnam reached 1.8 billion USD in 2024, up 10% on 2023.</p>"
        "</article></body></html>"
    )
    meta = imported(tmp_path, page, "preview.html").metadata
    assert (meta.outlet, meta.published_on, meta.author) == (
        "Coastal Review",
        "2025-04-04",
        "Ana Ruiz",
    )
