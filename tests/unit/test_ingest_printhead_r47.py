"""A page printed from a browser: the headline its print header names (headertitle)."""

from __future__ import annotations

from briefer.ingest.headertitle import header_headline

_HEADER = "3/4/26, 10:05    Cảng biển miền Trung - Lào mở tuyến hàng mới - Báo Sông Lam Thương mại"
_FOOTER = "https://songlam.example/cang-bien    1/2"


def test_headline_under_menus_is_the_header_title_less_its_site() -> None:
    text = (
        "Trang chủ\nThời sự\nKinh tế\nThứ tư, 04/03/2026\n"
        "\ue001Cảng biển miền Trung - Lào mở tuyến hàng mới\n"
        "Tuyến tàu mới nối hai cảng từ tháng tới."
    )
    got = header_headline([_HEADER, _FOOTER], text)
    assert got == "Cảng biển miền Trung - Lào mở tuyến hàng mới"


def test_headline_wrapped_over_two_lines_and_english_pipe() -> None:
    header = "11/2/26, 8:15 AM    Harbour board opens a new grain berth | Coast Ledger"
    text = "Home\nBusiness\n\ue001Harbour board opens a new\ngrain berth\nThe berth opens in May."
    assert header_headline([header], text) == "Harbour board opens a new grain berth"


def test_no_line_repeats_the_header_title() -> None:
    header = "11/2/26, 8:15 AM    Harbour board opens a new grain berth | Coast Ledger"
    text = "Home\nBusiness\nA berth for grain\nThe berth opens in May."
    assert header_headline([header], text) == ""
    assert header_headline(["https://ledger.example/x    1/1"], "Harbour board opens") == ""


def test_masthead_in_body_type_repeating_a_site_title_is_no_headline() -> None:
    header = "3/4/26, 10:05    Lãnh sự quán Việt Nam tại Xứ Mây"
    text = "Lãnh sự quán Việt Nam tại Xứ Mây\nTin tức\n\ue001Hội chợ hàng Việt mở cửa\nNội dung."
    assert header_headline([header], text) == ""
