"""A press licence line names its site (briefer.ingest.licenceline)."""

import lxml.html

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
