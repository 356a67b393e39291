"""A sentence that tells only prices or exchange rates is no fact of the pair: no event from
its month, no figure from its price (marketquote.py); a pair's flow told beside a price, a
yield per hectare or a schedule per week stays."""

from __future__ import annotations

import pytest

from briefer.ingest.marketquote import market_quote
from tests.mined import candidates


@pytest.mark.parametrize(
    "sentence",
    [
        "Giá hồ tiêu xuất khẩu của Gia Lai tháng 8 đạt bình quân 6.300 USD/tấn.",
        "Tỷ giá baht so với USD trong tháng 7/2025 ổn định quanh 32,5 THB/USD.",
        "Theo Ngân hàng Trung ương Kenya, đồng shilling giữ quanh mức 129 KES/USD trong quý II.",
        "Trong tỉnh, giá cá tra nguyên liệu tháng 5 dao động 28.000 - 29.500 đồng/kg.",
        "Lưu ý: tỷ giá quy đổi 1 USD = 58 peso Philippines.",
        "Average cashew prices rose to US$1,380 per tonne in May, up 7% on the month.",
        "Giá xuất khẩu gạo bình quân sang Ghana đạt 520 USD/tấn.",
        # a grade's percent and a halt of imports: still a price's line, no flow's change
        "Từ ngày 1/10/2025, Chile tạm dừng nhập khẩu gạo trong 30 ngày, khiến giá gạo 5% tấm "
        "giảm xuống dưới 380 USD/tấn.",
    ],
)
def test_prices_and_rates_alone(sentence: str) -> None:
    assert market_quote(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a pair's flow told beside its price: the flow is the fact
        "Xuất khẩu hồ tiêu sang Ấn Độ năm 2024 đạt 210 triệu USD, giá bình quân 5.900 USD/tấn.",
        "Vietnam's pepper exports to India hit US$210 million, at an average price of "
        "US$5,900 per tonne.",
        # no money in it: a yield and a schedule are no price
        "Năng suất cà phê tại các điểm trình diễn được đánh giá tăng lên 3,2 tấn/ha.",
        "Hãng sẽ khai thác 4 chuyến/tuần, giá vé một chiều từ 180 USD.",
        "Giá trị thương mại hai chiều đạt 800 triệu USD trong 6 tháng.",
        # a flow's own change beside a price: the pair's growth (review of session 25)
        "Xuất khẩu hạt điều sang Chile năm 2024 tăng 18% nhờ giá tăng lên 6.100 USD/tấn.",
        "In 2024, cashew exports to Chile rose 18% as prices climbed to US$6,100 a tonne.",
    ],
)
def test_near_misses_stay(sentence: str) -> None:
    assert not market_quote(sentence)


def test_a_rate_gives_no_event_and_the_flow_stays() -> None:
    body = (
        "Tỷ giá baht so với USD trong tháng 7/2025 ổn định quanh 32,5 THB/USD.\n\n"
        "Giá sầu riêng xuất khẩu của Tiền Giang tháng 6 đạt bình quân 2.900 USD/tấn.\n\n"
        "Năm 2024, kim ngạch thương mại Việt Nam - Thái Lan đạt 20,2 tỷ USD."
    )
    got = candidates(body, "TH", "2025-08-04")
    assert not any("THB/USD" in c.quote or "sầu riêng" in c.quote for c in got)
    assert [c.value for c in got if c.kind == "figure"] == [20_200_000_000]


def test_a_flows_growth_told_beside_a_price_is_the_pairs_figure() -> None:
    body = "Năm 2024, kim ngạch xuất khẩu hạt điều sang Chile tăng 18%, giá đạt 6.100 USD/tấn."
    got = candidates(body, "CL", "2025-02-04")
    assert [(c.pair, c.value) for c in got if c.kind == "figure"][:1] == [("VN-CL", 18)]
