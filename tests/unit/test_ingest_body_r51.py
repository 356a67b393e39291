"""Round 51: a site's daily reading under the article, a bare run of months after a later
year, a visit's direction from its own words, "the RoK"."""

from __future__ import annotations

from briefer.domain.rules import INBOUND
from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata, clean
from briefer.ingest.countries import find_countries
from briefer.ingest.dailyreading import daily_reading
from briefer.ingest.events import EventFinder
from briefer.ingest.visitclause import cue_direction

_PAGE = """BÁO CẦN THƠ ĐIỆN TỬ
Trang chủ  Thời sự  Kinh tế  Xã hội  Quốc tế
Kinh tế

Doanh nghiệp Cần Thơ đưa trái cây sang Nhật Bản

Cập nhật: 03/09/2025 - 08:15

Ngày 2/9, Sở Công Thương tổ chức hội nghị kết nối doanh nghiệp với nhà nhập khẩu Nhật Bản.

Năm 2024, kim ngạch thương mại Việt Nam - Nhật Bản đạt 46,2 tỷ USD, theo Thương vụ.

Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao ngày 21/9/1973.

Giá xoài tại Cần Thơ hôm nay: cát Hòa Lộc dao động 35.000 - 40.000 đồng/kg.

Minh Khoa

Tin cùng chuyên mục
Cần Thơ: Giá sầu riêng giảm nhẹ
Thời tiết Cần Thơ ngày 3/9: Có mưa rào
"""


def test_a_daily_reading_under_the_article_is_the_sites() -> None:
    cleaned = clean(_PAGE)
    assert "Giá xoài" not in cleaned.body
    assert "thiết lập quan hệ ngoại giao" in cleaned.body
    assert cleaned.metadata.author == "Minh Khoa"


def test_a_daily_readings_shape() -> None:
    assert daily_reading("Tỷ giá USD hôm nay: 25.410 đồng.")
    assert daily_reading("Rubber price today: 1,650 USD a tonne.")
    assert not daily_reading("Việt Nam hôm nay: kim ngạch với Nhật Bản đạt 4 tỷ USD.")
    assert not daily_reading("Theo ông Nam, hôm nay là ngày đặc biệt.")


def test_a_bare_run_of_months_after_a_later_year_is_the_runs() -> None:
    body = (
        "Việt Nam và Ai Cập.\n\nLũy kế 10 tháng đầu năm 2025, thương mại hai chiều Việt Nam"
        " - Ai Cập đạt 520 triệu USD.\n\nNăm 2024, thương mại Việt Nam - Ai Cập đạt 610 triệu"
        " USD.\n\nXuất khẩu của Việt Nam sang Ai Cập trong 10 tháng đạt 430 triệu USD."
    )
    periods = {
        c.value: c.period for c in find_candidates(body, Metadata(published_on="2025-11-20"))
    }
    assert periods[430_000_000] == "2025-01..2025-10"


def test_a_visits_own_words_tell_its_direction() -> None:
    clause = (
        "xuất khẩu thanh long sang Nhật Bản đạt 40 triệu USD, nhờ thỏa thuận ký trong chuyến"
        " thăm Việt Nam của Thủ tướng Nhật Bản từ ngày 3 đến 5/5/2025"
    )
    at = clause.index("chuyến thăm")
    assert cue_direction(EventFinder.direction, clause, at, "JP") == INBOUND


def test_a_royal_visitor_with_no_destination_came_in() -> None:
    clause = (
        "hợp tác được mở rộng trong chuyến thăm của đoàn doanh nghiệp do Hoàng tử Frederik"
        " dẫn đầu tháng 4/2025"
    )
    at = clause.index("chuyến thăm")
    assert cue_direction(lambda text, partner: "", clause, at, "DK") == INBOUND


def test_the_rok_is_korea() -> None:
    assert [m.code for m in find_countries("trade with the RoK rose 5%")] == ["KR"]


def test_a_visit_the_subject_makes_is_read_from_the_whole_clause() -> None:
    clause = "Vietnamese Deputy Minister Le Van A paid an official visit to the country on May 3-4"
    at = clause.index("visit")
    seen: list[str] = []

    def direction(text: str, partner: str) -> str:
        seen.append(text)
        return ""

    cue_direction(direction, clause, at, "JO")
    assert seen == [clause]


def test_two_grants_of_one_sum_in_different_years_are_two_figures() -> None:
    body = (
        "Ngày 12/3, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Nguyễn Văn B đã trao khoản viện trợ"
        " nhân đạo trị giá 200.000 USD của Chính phủ Việt Nam cho Đại sứ Cuba tại Việt Nam.\n\n"
        "Trước đó, tháng 10/2022, Việt Nam đã viện trợ 200.000 USD cho Cuba khắc phục hậu quả bão."
    )
    meta = Metadata(
        published_on="2025-03-12", context_year=2025, partners=("CU",), countries=("VN", "CU")
    )
    aid = [c.period for c in find_candidates(body, meta) if c.kind == "figure"]
    assert sorted(aid) == ["2022", "2025"]
