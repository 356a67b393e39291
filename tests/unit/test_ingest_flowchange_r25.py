"""A percentage after a trade word: a change said in the present ("trade rises 22.7%") is a
growth; a cost's change ("chi phí tăng thêm 3 - 5%", "freight costs rose 12%") is no change of
the trade (ingest/flowside.py)."""

from __future__ import annotations

import pytest

from briefer.ingest.flowside import flow_side


@pytest.mark.parametrize(
    "sentence",
    ["Chile - Viet Nam trade rises 14.5% in six months", "Chile's exports to Vietnam jumps 8%"],
)
def test_a_change_in_the_present_is_a_growth(sentence: str) -> None:
    at = sentence.rindex(" ", 0, sentence.index("%")) + 1
    assert flow_side("trade.growth", sentence, at) == "trade.growth"


@pytest.mark.parametrize(
    "sentence",
    [
        "Doanh nghiệp xuất khẩu sang Chile cho biết chi phí vận chuyển tăng thêm 4 - 16%.",
        "Exporters to Chile said freight costs rose 16% this year.",
    ],
)
def test_a_costs_change_is_no_trade_growth(sentence: str) -> None:
    assert flow_side("trade.growth", sentence, sentence.index("16%")) == ""


def test_a_share_stays_a_share() -> None:
    sentence = "Gạo chiếm hơn 80% giá trị xuất khẩu sang Chile."
    assert flow_side("trade.growth", sentence, sentence.index("80")) == "trade.share"
