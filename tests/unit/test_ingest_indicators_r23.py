"""One economy's own gauges (inflation, a policy rate, a province's GRDP, a growth forecast)
give no candidate; the same gauge beside a flow of the pair, or the pair's own figures, do."""

from __future__ import annotations

import pytest

from briefer.ingest.indicators import own_indicators
from tests.mined import candidates


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo Ngân hàng Thế giới, kinh tế Peru dự kiến tăng trưởng 3,1% trong năm 2025.",
        "Lạm phát của Peru tháng 8/2025 ở mức 1,9%, trong khi ngân hàng trung ương giữ lãi suất "
        "điều hành 4,5%.",
        "6 tháng đầu năm 2025, GRDP của tỉnh tăng 7,9%, thu hút vốn đầu tư nước ngoài đạt 1,1 tỷ "
        "USD.",
        "Peru's economy grew 2.8 percent in 2024, and the central bank expects the economy to "
        "expand by about 3 percent in 2025.",
        "Inflation in Peru eased to 1.9 percent in August, the statistics office said.",
    ],
)
def test_an_economys_own_gauge_is_no_candidate(sentence: str) -> None:
    assert own_indicators(sentence)
    assert candidates(sentence, "PE") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the gauge beside a flow to the partner
        "6 tháng đầu năm 2025, GRDP của tỉnh tăng 7,9%; xuất khẩu của tỉnh sang Peru đạt 40 "
        "triệu USD.",
        # both countries named: the pair's
        "Inflation in Peru fell to 2 percent in 2024, helping Vietnamese rice exports to Peru "
        "reach US$80 million.",
        # bilateral words
        "Hai nước dự kiến kinh tế tăng trưởng ổn định, kim ngạch song phương đạt 500 triệu USD "
        "năm 2025.",
        # an economy's size beside the pair's trade (told alone it is no fact of the pair
        # since r66: briefer.ingest.ownsize; the GDP's own amount is none since r100:
        # briefer.ingest.gdpfigure — the pair's flow beside it is the figure)
        "Peru là nền kinh tế lớn thứ năm Mỹ Latinh với GDP khoảng 290 tỷ USD năm 2024, và "
        "xuất khẩu gạo của Việt Nam sang Peru đạt 120 triệu USD.",
    ],
)
def test_a_gauge_beside_the_pair_or_an_economys_size_still_counts(sentence: str) -> None:
    assert not own_indicators(sentence)
    assert [c for c in candidates(sentence, "PE") if c.kind == "figure"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru's overall exports rose 6% to US$70 billion in 2024, the ministry said on Tuesday.",
        "Peruvian exports as a whole fell 2% in May, weighed down by lower copper shipments to "
        "China.",
        "Peru earned US$1.2 billion from coffee exports to all destinations in 2024.",
    ],
)
def test_one_sides_trade_with_the_world_is_no_candidate(sentence: str) -> None:
    assert own_indicators(sentence)
    assert candidates(sentence, "PE") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru's overall exports to Vietnam rose 6% to US$700 million in 2024.",
        "Of which, overall exports reached US$700 million.",
    ],
)
def test_world_words_beside_vietnam_or_with_no_country_still_count(sentence: str) -> None:
    assert not own_indicators(sentence)
    assert [c for c in candidates(sentence, "PE") if c.kind == "figure"]


def test_an_estimate_of_past_growth_is_no_forecast() -> None:
    sentence = "Năm 2024, GDP của Peru ước tăng trưởng 3,1%, theo Ngân hàng Thế giới."
    assert not own_indicators(sentence)
