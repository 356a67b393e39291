"""Head lines read by their neighbours, on wording of our own: the line under a breadcrumb
is the headline (a row of the article's tools under it is no site menu), and a headline
wrapped over two lines of a PDF's large type is one title, not a label over the rest."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.found import Line
from briefer.ingest.headrows import breadcrumb, large_run, under_breadcrumb
from briefer.ingest.typesize import LARGE, SMALL

_PAGE_VI = """Nhịp Sống Kinh Doanh
Trang chủ > Kinh tế > Nông sản
Cà phê Uganda vào Việt Nam tăng gấp đôi
Thứ Hai, 12/01/2026 08:30

In bài   Chia sẻ   Lưu lại

NSKD - Nhập khẩu cà phê từ Uganda năm 2025 tăng mạnh nhờ nhu cầu chế biến trong nước.

Năm 2025, Việt Nam nhập khẩu cà phê từ Uganda đạt 120 triệu USD, gấp đôi năm 2024.
"""

_PAGE_EN = """Harbour Ledger
Home » Markets » Asia
Chilean copper shipments to Viet Nam climb
Tuesday, 13 January 2026

Print   Share   Save

Chile shipped copper worth US$300 million to Viet Nam in 2025, up 20 percent from 2024.
"""


def test_breadcrumbs() -> None:
    assert breadcrumb("Trang chủ > Kinh tế > Nông sản")
    assert breadcrumb("Home » Markets")
    assert not breadcrumb("Xuất khẩu tăng > 10% trong quý I năm 2026 so với cùng kỳ năm trước")
    head = [Line("Home » Markets » Asia"), Line(""), Line("Copper shipments climb")]
    assert under_breadcrumb(head, 2)
    assert not under_breadcrumb(head, 0)


def test_the_line_under_a_breadcrumb_is_the_headline_not_the_masthead() -> None:
    assert clean(_PAGE_VI).title == "Cà phê Uganda vào Việt Nam tăng gấp đôi"
    assert clean(_PAGE_EN).title == "Chilean copper shipments to Viet Nam climb"


def test_a_headline_wrapped_in_large_type() -> None:
    first = Line("Hợp tác Việt Nam - Bồ Đào", large=True)
    rest = Line("Nha trong lĩnh vực năng lượng tái tạo", large=True)
    assert large_run(first, [Line(""), rest])
    assert not large_run(first, [Line("Nha trong lĩnh vực năng lượng tái tạo")])
    assert not large_run(Line("NGHIÊN CỨU", large=True), [rest])  # (a kicker in capitals)


def test_a_pdf_headline_over_two_large_lines_is_one_title() -> None:
    text = "\n\n".join(
        [
            f"{SMALL}KINH TẾ QUỐC TẾ",
            f"{LARGE}Hợp tác Việt Nam - Bồ Đào",
            f"{LARGE}Nha về năng lượng tái tạo: Cơ hội và thách thức",
            f"{SMALL}TS. Phạm Thu Hà",
            "Năm 2025, thương mại Việt Nam - Bồ Đào Nha đạt 900 triệu USD, tăng 8% so với "
            "năm 2024.",
            "Hai nước ký thỏa thuận hợp tác về điện gió ngoài khơi vào tháng 6/2025.",
        ]
    )
    assert clean(text).title == (
        "Hợp tác Việt Nam - Bồ Đào Nha về năng lượng tái tạo: Cơ hội và thách thức"
    )
