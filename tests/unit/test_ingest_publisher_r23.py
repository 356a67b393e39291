"""A bulletin's publisher from its page foot, on wording of our own, in Vietnamese and
English; a foot naming no body, or a journal's running head, is left alone."""

from __future__ import annotations

from briefer.ingest.publisher import bulletin_publisher, foot_body, is_bulletin, text_foot_body


def test_a_bulletins_name() -> None:
    assert is_bulletin("Bản Tin Xúc Tiến Thương Mại Miền Trung")
    assert is_bulletin("Pacific Trade Newsletter")
    assert not is_bulletin("Tạp chí Kinh tế Đối ngoại")


def test_the_body_a_foot_names_before_its_page_number() -> None:
    foot = "Sở Công Thương tỉnh Gia Lai - 02 Trần Hưng Đạo, Pleiku | Trang 2"
    assert foot_body(foot) == "Sở Công Thương tỉnh Gia Lai"
    assert foot_body("Pacific Trade Office, Suva · Page 3/4") == ""  # (no kind first)
    assert foot_body("Office of Commerce Promotion - Page 3/4") == "Office of Commerce Promotion"
    assert foot_body("gialai.gov.vn · Trang 2") == ""  # (an address, no body)
    assert foot_body("Tạp chí Kinh tế Đối ngoại - Trang 5") == ""  # (a journal is its own outlet)
    assert foot_body("Sở Công Thương tỉnh Gia Lai") == ""  # (no page number: no foot)


def test_a_bulletin_is_published_by_the_body_of_its_foot() -> None:
    edges = [
        "BẢN TIN XÚC TIẾN THƯƠNG MẠI · Số 12/2026",
        "Sở Công Thương tỉnh Gia Lai - 02 Trần Hưng Đạo, Pleiku | Trang 1",
    ]
    assert bulletin_publisher("Bản Tin Xúc Tiến Thương Mại", edges) == "Sở Công Thương tỉnh Gia Lai"
    # (a journal's running head names the journal, whatever its foot)
    assert bulletin_publisher("Tạp chí Công Thương Gia Lai", edges) == ""
    assert bulletin_publisher("Bản Tin Xúc Tiến", ["gialai.gov.vn · Trang 1"]) == ""


def test_a_foot_left_in_a_one_page_text() -> None:
    text = "Bản tin số 3\n\nXuất khẩu tăng 5%.\n\nTrung tâm Khuyến công Hà Tĩnh - Trang 1"
    assert text_foot_body(text) == "Trung tâm Khuyến công Hà Tĩnh"
    assert text_foot_body("Xuất khẩu tăng 5%.") == ""
