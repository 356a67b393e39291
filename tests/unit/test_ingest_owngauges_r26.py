"""Round 26, noise: one economy's own numbers and the years they are counted in give no
candidate of the pair (sentences of our own, Vietnamese and English)."""

from __future__ import annotations

import pytest

from briefer.ingest.figuretime import bare_time, tells_quantity
from briefer.ingest.indicators import own_indicators
from briefer.ingest.owngauges import own_gauge, world_total
from briefer.text.dates import DateRef
from tests.mined import candidates, events


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway's total fish exports reached NOK 170 billion in 2024.",
        "Chile's own exports to the world rose 3% to $99 billion last year.",
        "Tổng kim ngạch xuất nhập khẩu của Na Uy với toàn thế giới năm 2024 đạt 280 tỷ USD.",
        "Na Uy hiện xuất khẩu cá hồi tới hơn 100 quốc gia, với kim ngạch khoảng 12 tỷ USD.",
        "Năm 2024, kim ngạch xuất nhập khẩu của Thành phố Đà Nẵng đạt khoảng 4 tỷ USD.",
        "6 tháng đầu năm 2025, chỉ số sản xuất công nghiệp của tỉnh tăng 9,1%.",
        "Năm 2024, GDP bình quân đầu người của Na Uy đạt khoảng 87.000 USD.",
        "Ngành dầu khí chiếm khoảng 20% GDP của Na Uy.",
        "Na Uy đón khoảng 6 triệu lượt khách quốc tế mỗi năm.",
        "Oil and gas account for 20% of GDP in Norway, where income per capita tops $87,000.",
    ],
)
def test_one_economys_own_numbers_are_no_pair_figure(sentence: str) -> None:
    assert own_indicators(sentence)
    assert candidates(sentence, "NO") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, kim ngạch xuất khẩu của tỉnh sang Na Uy đạt 50 triệu USD.",
        "Kim ngạch xuất khẩu của tỉnh với thị trường này đạt 12 triệu USD.",
        "Vietnam's total exports to Norway reached $600 million in 2024.",
        "Việt Nam đón 120.000 lượt khách quốc tế từ Na Uy trong năm 2024.",
    ],
)
def test_the_pairs_flow_beside_such_words_stays(sentence: str) -> None:
    assert not own_indicators(sentence)
    assert candidates(sentence, "NO")


def test_the_patterns_read_alone() -> None:
    assert world_total("the country's overall imports fell")
    assert not world_total("exports to Norway rose")
    assert own_gauge("GDP per capita rose") and not own_gauge("nhập siêu từ thị trường này")


@pytest.mark.parametrize(
    "body",
    [
        "Kinh tế Na Uy tăng trưởng 1,1% trong năm 2024, theo Ngân hàng Thế giới.",
        "Norway's economy shrank by 0.5% in 2023, its second year of contraction.",
        "GDP của Na Uy năm 2025 ước chỉ tăng 1,2%.",
    ],
)
def test_a_year_that_only_dates_a_quantity_is_no_event(body: str) -> None:
    assert events(body, "NO") == []


def test_a_dated_milestone_beside_a_quantity_stays() -> None:
    found = events(
        "Năm 2024, hai nước nâng cấp quan hệ lên Đối tác chiến lược, khi kinh tế Na Uy tăng"
        " trưởng 1,1%.",
        "NO",
    )
    assert [date for date, _ in found] == ["2024"]


def test_quantity_and_span_read_alone() -> None:
    assert tells_quantity("tăng 8,9%") and tells_quantity("growth forecast to 2 per cent")
    assert not tells_quantity("khai thác 3,1 triệu tấn dầu")
    assert not tells_quantity("holds a 60% stake in the firm, which it bought in 2010")
    assert not tells_quantity("ngày 12/5/2024")
    quarter = DateRef("2025-04", "2025-06", "quý II/2025", 0, 11, "month")
    day = DateRef("2025-05-12", "2025-05-12", "12/5/2025", 0, 9, "day")
    assert bare_time(quarter, figures=False) and not bare_time(quarter, figures=True)
    assert not bare_time(day, figures=False)


def test_a_share_held_leaves_its_year_to_the_event() -> None:
    found = events("Telenor holds a 49% stake in the venture, which it acquired in 2012.", "NO")
    assert [date for date, _ in found] == ["2012"]


def test_two_way_inside_a_world_total_is_no_bilateral_word() -> None:
    assert own_indicators("Norway's total two-way trade with the world hit $300 billion.")
    assert not own_indicators(
        "Norway's total two-way trade rose 3%, and two-way trade with Vietnam grew 9%."
    )


def test_a_count_of_the_pairs_work_keeps_its_year() -> None:
    found = events("Năm 2024, liên doanh Việt - Na Uy khai thác 3,1 triệu tấn dầu.", "NO")
    assert [date for date, _ in found] == ["2024"]


def test_arrivals_at_a_home_place_are_no_partner_gauge() -> None:
    assert not own_gauge("Năm 2024 Đà Nẵng đón 3 triệu lượt khách quốc tế, trong đó khách Na Uy")
    assert own_gauge("Na Uy đón khoảng 6 triệu lượt khách quốc tế mỗi năm.")
