"""A menu row in small type taken for the title gives way to the large headline, all of it."""

from briefer.ingest.clean import clean
from briefer.ingest.typesize import LARGE, SMALL


def test_large_headline_over_two_lines_under_a_small_menu_vi() -> None:
    text = "\n\n".join(
        [
            f"{SMALL}Thời sự Kinh tế Xã hội Văn hóa Thể thao",
            f"{LARGE}Doanh nghiệp Sông Mây",
            f"{LARGE}tìm đối tác nhập khẩu hạt điều tại Ghana",
            "Thứ Hai, 3/3/2025 - 10:20",
            "Ngày 2/3, đoàn doanh nghiệp tỉnh Sông Mây đã làm việc với Phòng Thương mại Accra về "
            "nhập khẩu hạt điều thô.",
            "Năm 2024, kim ngạch thương mại Việt Nam - Ghana đạt 780 triệu USD.",
        ]
    )
    assert clean(text).title == "Doanh nghiệp Sông Mây tìm đối tác nhập khẩu hạt điều tại Ghana"


def test_large_headline_over_two_lines_under_a_small_menu_en() -> None:
    text = "\n\n".join(
        [
            f"{SMALL}News Business Opinion Sport Culture",
            f"{LARGE}Port Town traders look",
            f"{LARGE}to Viet Nam for rice and coffee",
            "Monday, 3 March 2025",
            "Traders from Port Town met Vietnamese exporters in Ho Chi Minh City on Sunday to "
            "discuss rice and coffee supplies.",
            "Trade between the two countries reached USD 120 million in 2024.",
        ]
    )
    assert clean(text).title == "Port Town traders look to Viet Nam for rice and coffee"
