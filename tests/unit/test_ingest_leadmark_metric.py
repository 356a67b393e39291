"""A lead's figure keeps its metric behind the lead's mark: after "Hải Phòng - ", "HÀ NỘI
(TTXVN) – " or "(Chinhphu.vn) - " the lead's first word is capitalised, and is the cue
("Thương mại …", "Xuất khẩu …") as it is at a sentence's start (keywords.figure_metric)."""

from __future__ import annotations

import pytest

from briefer.ingest.keywords import figure_metric


def _metric(sentence: str, amount: str, unit: str = "USD") -> str:
    return figure_metric(sentence, sentence.index(amount), unit)


@pytest.mark.parametrize(
    ("sentence", "amount", "unit", "metric"),
    [
        ("Đà Nẵng - Thương mại hai chiều Việt Nam - Uruguay năm 2024 đạt 95 triệu USD.",
         "95 triệu", "USD", "trade.total"),
        ("CẦN THƠ (TTXVN) – Xuất khẩu của Việt Nam sang Peru quý III đạt 41 triệu USD.",
         "41 triệu", "USD", "trade.exports"),
        ("(Báo Mới) - Đầu tư của Hàn Quốc vào tỉnh đạt 1,2 tỷ USD, tăng 8% so với năm trước.",
         "8%", "%", "investment.growth"),
    ],
)  # fmt: skip
def test_the_cue_after_a_leads_mark(sentence: str, amount: str, unit: str, metric: str) -> None:
    assert _metric(sentence, amount, unit) == metric


def test_without_a_cue_the_mark_gives_none() -> None:
    # (a sidebar's price after a pair's name: no cue before or after the mark)
    assert _metric("Việt Nam - Uruguay: Giá cà phê hôm nay lên 120 nghìn USD.", "120") == ""


def test_a_cue_before_the_amount_decides_as_before() -> None:
    sentence = "Hà Nội - Kim ngạch nhập khẩu từ Chile đạt 300 triệu USD."
    assert _metric(sentence, "300 triệu") == "trade.imports"
