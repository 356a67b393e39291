"""Round 29 metadata parts: source lines that name no publisher, a name cut at its comma, a
paper's byline row of cells and a series' running head."""

from __future__ import annotations

from briefer.ingest.headname import name_in_head
from briefer.ingest.paperhead import byline_cells, series_publisher
from briefer.ingest.sourcecredit import source_parts


def test_source_label_word_is_no_outlet() -> None:
    assert source_parts("tin", "Ban Biên tập") == ("", "")
    assert source_parts("ảnh", "Hoàng Long") == ("", "Hoàng Long")
    assert source_parts("", "Editorial Board") == ("", "")


def test_source_line_naming_an_outlet_is_kept() -> None:
    assert source_parts("Báo Lạng Sơn", "") == ("Báo Lạng Sơn", "")
    assert source_parts("", "Tạp chí Công Thương") == ("", "Tạp chí Công Thương")
    assert source_parts("", "The Jakarta Post") == ("", "The Jakarta Post")


def test_figures_source_is_no_outlet() -> None:
    assert source_parts("", "Tổng cục Thống kê; Sở Công Thương tổng hợp") == ("", "")
    assert source_parts("", "Eurostat; own calculations") == ("", "")
    assert source_parts("", "Customs data compiled by the embassy") == ("", "")


def test_name_cut_at_comma_restored_from_head() -> None:
    text = "Viện Nghiên cứu Kinh tế, Tài chính và Ngân hàng tỉnh Hà Nam\nTrang chủ > Tin\nBài"
    assert name_in_head("Viện Nghiên cứu Kinh tế", text) == (
        "Viện Nghiên cứu Kinh tế, Tài chính và Ngân hàng tỉnh Hà Nam"
    )
    english = "Centre for Trade, Investment and Tourism of Lagos\nHome > News"
    assert name_in_head("Centre for Trade", english) == english.split("\n", maxsplit=1)[0]


def test_masthead_with_motto_or_capitals_is_not_the_name() -> None:
    assert name_in_head("Báo Nông thôn", "NÔNG THÔN - Cơ quan của Hội\nTin") == ""
    assert name_in_head("Nông thôn", "Nông thôn, Cơ quan - Trang 1\nTin") == ""
    assert name_in_head("Daily", "Daily, News and More\n") == ""  # (one word: too common)


def test_byline_row_of_cells() -> None:
    text = "Analysis\nTrade after the deal\nJan Kowalski | Research Fellow, Asia Desk | 3 June 2026"
    assert byline_cells(text) == ("Jan Kowalski", "2026-06-03")
    vi = "PHÂN TÍCH\nHợp tác mới\nNguyễn Thu Hà | Nghiên cứu viên | 12/03/2026\nNội dung."
    assert byline_cells(vi) == ("Nguyễn Thu Hà", "2026-03-12")
    assert byline_cells("Trade | Markets | Policy\nA headline") == ("", "")


def test_series_running_head_names_publisher() -> None:
    assert series_publisher("Centro de Estudios del Pacífico · DT 12/2025\nTitle") == (
        "Centro de Estudios del Pacífico"
    )
    assert series_publisher("Viện Kinh tế Thế giới · Tài liệu 4/2026\nTiêu đề") == (
        "Viện Kinh tế Thế giới"
    )
    assert series_publisher("the figures rose · up to 12/2025\nTitle") == ""
