"""One economy's own gauges told in more ways: a forecast with the forecaster fronted, an
overall trade deficit, foreign reserves, a foreign country's total exports named by its owner
(ingest/indicators.py)."""

from __future__ import annotations

import pytest

from briefer.ingest.indicators import own_indicators


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo dự báo của Ngân hàng Trung ương Peru, GDP của Peru chỉ tăng khoảng 1,2% năm 2025.",
        "According to the central bank's forecast, the economy of Peru will grow 1.2% in 2025.",
        "Peru's overall trade deficit narrowed to $2 billion last year.",
        "Dự trữ ngoại hối của Chile đạt khoảng 40 tỷ USD vào cuối năm.",
        "Chile's foreign exchange reserves rose to $40 billion.",
        "Tổng kim ngạch xuất khẩu đồng của Chile năm 2024 đạt khoảng 50 tỷ USD, phần lớn sang "
        "châu Á.",
        "The total copper exports of Chile reached $50 billion in 2024.",
    ],
)
def test_one_economys_own_gauge_is_no_pair_fact(sentence: str) -> None:
    assert own_indicators(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tổng kim ngạch xuất khẩu của Việt Nam sang Chile năm 2024 đạt 1 tỷ USD.",
        "Theo dự báo, kim ngạch thương mại hai nước sẽ đạt 2 tỷ USD năm 2026.",
        "Năm 2024, tổng kim ngạch xuất khẩu thủy sản của tỉnh đạt 1,23 tỷ USD.",
    ],
)
def test_the_pairs_or_a_provinces_totals_stay(sentence: str) -> None:
    assert not own_indicators(sentence)
