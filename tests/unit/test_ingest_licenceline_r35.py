"""A press licence line names its site (briefer.ingest.licenceline)."""

from pathlib import Path

import lxml.html

from briefer.ingest.analysis import analyse
from briefer.ingest.licenceline import footer_licence, licence_holder


def test_licence_line_vi() -> None:
    assert licence_holder("Báo điện tử Sông Lam - Giấy phép số 12/GP-BTTTT") == "Báo Sông Lam"
    line = "Tạp chí Nông thôn Xanh, Giấy phép hoạt động báo chí số 301/GP-BTTTT"
    assert licence_holder(line) == "Tạp chí Nông thôn Xanh"


def test_prose_is_no_licence() -> None:
    assert licence_holder("Doanh nghiệp phải có giấy phép nhập khẩu phân bón.") == ""


def test_footer_licence_in_markup() -> None:
    root = lxml.html.fromstring(
        "<html><body><p>Bài viết.</p><footer><p>Tạp chí điện tử Đồng Xanh - Giấy phép số "
        "7/GP-BTTTT</p><p>Liên hệ: 0900</p></footer></body></html>"
    )
    assert footer_licence(root) == "Tạp chí Đồng Xanh"


# Through the importer: a page that names its site only in the licence line at its foot.
_HEADLINE = "Cà phê Việt Nam tìm đường vào thị trường Peru"
_PARAGRAPHS = [
    "Năm 2025, kim ngạch thương mại Việt Nam - Peru đạt 650 triệu USD, tăng 12% so với năm 2024.",
    "Doanh nghiệp cà phê hai nước đã ký ba biên bản ghi nhớ về chế biến và tiêu thụ cà phê.",
    "Theo Hiệp hội Cà phê, thị trường Peru còn nhiều dư địa cho cà phê rang xay của Việt Nam.",
]


def test_a_licence_line_at_a_texts_foot_names_the_outlet(tmp_path: Path) -> None:
    # (analysis.outlet_claims reads the licence line of the text)
    line = "Báo điện tử Phù Sa Mới, Giấy phép hoạt động báo chí số 12/GP-BTTTT"
    page = tmp_path / "page.txt"
    text = "\n\n".join([_HEADLINE, *_PARAGRAPHS, "Liên hệ: 024 1234 5678", line])
    page.write_text(text + "\n", encoding="utf-8")
    found = analyse(page)
    assert found.metadata.outlet == "Báo Phù Sa Mới"
    assert "Giấy phép" not in found.cleaned.body
    assert found.cleaned.body.startswith(_PARAGRAPHS[0])


def test_a_licence_line_in_a_pages_footer_names_the_outlet(tmp_path: Path) -> None:
    # (the saved page's text leaves its <footer> out: webpage reads the markup's licence line)
    line = "Tạp chí điện tử Đồi Chè - Giấy phép số 88/GP-BTTTT"
    paragraphs = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{_HEADLINE}</title></head><body><article><h1>{_HEADLINE}</h1>"
        f"{paragraphs}</article><footer><p>{line}</p><p>Liên hệ quảng cáo: 0900 111 222</p>"
        "</footer></body></html>",
        encoding="utf-8",
    )
    found = analyse(page)
    assert found.metadata.outlet == "Tạp chí Đồi Chè"
    assert found.metadata.title == _HEADLINE
    assert "Giấy phép" not in found.cleaned.body


def test_a_copyright_mark_before_the_licence_holder_is_no_part_of_its_name(
    tmp_path: Path,
) -> None:
    assert licence_holder("© Báo điện tử Phù Sa Mới - Giấy phép số 12/GP-BTTTT") == "Báo Phù Sa Mới"
    line = "Bản quyền thuộc về Tạp chí điện tử Đồi Chè, Giấy phép số 88/GP-BTTTT"
    assert licence_holder(line) == "Tạp chí Đồi Chè"
    paragraphs = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{_HEADLINE}</title></head><body><article><h1>{_HEADLINE}</h1>"
        f"{paragraphs}</article><footer><p>© Tạp chí điện tử Đồi Chè - Giấy phép số "
        "88/GP-BTTTT</p></footer></body></html>",
        encoding="utf-8",
    )
    # (the copyright's own mark names the site in full too: the outlet is one of the two
    # spellings, never with the mark)
    assert analyse(page).metadata.outlet in ("Tạp chí Đồi Chè", "Tạp chí điện tử Đồi Chè")
