"""A target two sides agree to work for is no result, and a country's sales to the world
told beside its rank among sellers are no figure of the pair — either would print a line a
brief must not ("Two-way trade reached USD 5 billion", "trade with Ecuador reached 6.3
billion")."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import find_candidates


def _figures(sentence: str) -> list[tuple[str, str, float | None]]:
    return [(c.pair, c.metric, c.value) for c in find_candidates(sentence) if c.kind == "figure"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mali and Vietnam agreed to work towards doubling bilateral trade to $1 billion.",
        "Hai bên nhất trí đưa kim ngạch thương mại Việt Nam - Mali lên 1 tỷ USD vào năm 2030.",
        "The ministers discussed raising two-way trade between Vietnam and Mali to $1 billion.",
    ],
)
def test_an_agreed_aim_is_a_target(sentence: str) -> None:
    assert [m for _, m, _ in _figures(sentence)] == ["trade.total.target"]


def test_a_result_that_brings_trade_to_a_sum_stays_a_result() -> None:
    sentence = (
        "Năm 2024, xuất khẩu tăng mạnh, đưa kim ngạch thương mại Việt Nam - Mali lên 1 tỷ USD."
    )
    assert ("VN-ML", "trade.total", 1e9) in _figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Đáng chú ý, Peru là nước xuất khẩu bột cá lớn nhất thế giới với kim ngạch 2 tỷ USD.",
        "Brazil is the world's largest coffee exporter, with sales of US$12 billion in 2024.",
        "Việt Nam là nước xuất khẩu hạt điều lớn nhất thế giới, với kim ngạch 4,3 tỷ USD năm 2024.",
    ],
)
def test_a_ranked_sellers_own_sales_are_no_pairs(sentence: str) -> None:
    assert _figures(sentence) == []


def test_a_result_raising_trade_to_a_sum_stays_a_result() -> None:
    sentence = "In 2024 exports rose 20%, raising trade between Vietnam and Mali to $1 billion."
    assert ("VN-ML", "trade.total", 1e9) in _figures(sentence)
