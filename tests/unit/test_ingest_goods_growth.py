"""A flow of one kind of goods is no flow of everything; a flow's growth is that flow's, and
a fall is a negative growth — each stated in English as what the words say."""

from __future__ import annotations

import pytest

from briefer.domain.english import suggest_english
from briefer.domain.model import Country, Fact
from briefer.ingest.candidates import find_candidates


def _metrics(sentence: str) -> list[tuple[str, float | None]]:
    return [(c.metric, c.value) for c in find_candidates(sentence) if c.kind == "figure"]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        (
            "Năm 2024, xuất khẩu cà phê của Việt Nam sang Áo đạt 64 triệu USD.",
            "trade.exports.goods",
        ),
        (
            "Năm 2024, kim ngạch nhập khẩu bông của Việt Nam từ Mali đạt 97 triệu USD.",
            "trade.imports.goods",
        ),
        (
            "Năm 2024, Việt Nam nhập khẩu 120.000 tấn điều thô từ Togo, trị giá 180 triệu USD.",
            "trade.imports.goods",
        ),
        ("Năm 2024, xuất khẩu hàng may mặc sang Chad đạt 12 triệu USD.", "trade.exports.goods"),
        ("Seafood exports to Austria reached US$31 million in 2024.", "trade.exports.goods"),
        (
            "Vietnam's imports of Omani urea were worth US$18 million in 2024.",
            "trade.imports.goods",
        ),
        # everything that crosses: no goods named
        ("Năm 2024, xuất khẩu của Việt Nam sang Áo đạt 640 triệu USD.", "trade.exports"),
        ("Năm 2024, xuất khẩu hàng hóa sang Áo đạt 640 triệu USD.", "trade.exports"),
        ("Vietnamese exports to Austria stood at US$640 million in 2024.", "trade.exports"),
        ("Austrian goods exports to Vietnam reached €210 million in 2024.", "trade.imports"),
    ],
)
def test_a_flow_of_one_kind_of_goods_is_its_own_metric(sentence: str, metric: str) -> None:
    assert _metrics(sentence)[0][0] == metric


def test_the_second_flow_after_while_is_no_goods() -> None:
    sentence = (
        "Vietnamese exports to Austria stood at US$640 million, while imports from Austria "
        "amounted to US$210 million in 2024."
    )
    assert [m for m, _ in _metrics(sentence)] == ["trade.exports", "trade.imports"]


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Năm 2024, xuất khẩu của Việt Nam sang Áo đạt 640 triệu USD, tăng 9%.",
            ("trade.exports.growth", 9.0),
        ),
        (
            "Kenyan exports to Vietnam stood at US$44 million in 2024, down 3%.",
            ("trade.imports.growth", -3.0),
        ),
        (
            "Năm 2024, xuất khẩu gạo sang Chad đạt 40 triệu USD, giảm 12% so với năm 2023.",
            ("trade.exports.goods.growth", -12.0),
        ),
        # the total's growth stays the total's, up or down
        (
            "Năm 2024, kim ngạch xuất nhập khẩu Việt Nam - Áo đạt 850 triệu USD, tăng 7%.",
            ("trade.growth", 7.0),
        ),
        (
            "Trade between Vietnam and Austria fell 8% to US$850 million in 2024.",
            ("trade.growth", -8.0),
        ),
        (
            "Năm 2024, thương mại Việt Nam - Áo đạt 850 triệu USD, sụt giảm khoảng 4%.",
            ("trade.growth", -4.0),
        ),
    ],
)
def test_a_growth_is_its_flows_and_keeps_its_sign(sentence: str, growth: tuple[str, float]) -> None:
    assert growth in _metrics(sentence)


def _figure(metric: str, value: float) -> Fact:
    return Fact(None, "r", "VN-AT", "economic", "figure", "", metric=metric, value=value,
                unit="%", period="2024")  # fmt: skip


@pytest.mark.parametrize(
    ("metric", "value", "english"),
    [
        ("trade.growth", -8.0, "Two-way trade between Viet Nam and Austria fell by 8% in 2024."),
        ("trade.growth", 8.0, "Two-way trade between Viet Nam and Austria grew by 8% in 2024."),
        ("trade.exports.growth", 9.0, "Viet Nam's exports to Austria grew by 9% in 2024."),
        ("trade.imports.growth", -3.0, "Viet Nam's imports from Austria fell by 3% in 2024."),
        # one kind of goods: the desk writes it, no sentence about all exports is suggested
        ("trade.exports.goods.growth", 9.0, ""),
    ],
)
def test_english_says_what_grew_and_which_way(metric: str, value: float, english: str) -> None:
    home = Country("VN", "Việt Nam", "Viet Nam")
    partner = Country("AT", "Áo", "Austria")
    assert suggest_english(_figure(metric, value), "", home, partner).text == english


def test_a_goods_flow_gets_no_sentence_about_all_exports() -> None:
    fact = Fact(None, "r", "VN-AT", "economic", "figure", "", metric="trade.exports.goods",
                value=64e6, unit="USD", period="2024")  # fmt: skip
    home = Country("VN", "Việt Nam", "Viet Nam")
    assert suggest_english(fact, "", home, Country("AT", "Áo", "Austria")).text == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Từ tháng 7/2024, Chad giảm thuế nhập khẩu gạo từ 35% xuống 15%, có lợi cho gạo Việt Nam.",
        "Chính phủ Áo đã tăng thuế giá trị gia tăng từ 19% lên 21% từ ngày 1/8/2025.",
        "Austria cut its import tariff on Vietnamese rice to 5% in 2024.",
    ],
)
def test_a_duty_or_tax_rate_is_no_trade_growth(sentence: str) -> None:
    assert [m for m, _ in _metrics(sentence) if m.endswith(".growth")] == []


def test_a_growth_after_a_tax_cut_is_still_the_trades() -> None:
    sentence = "Nhờ giảm thuế, năm 2024 xuất khẩu của Việt Nam sang Áo tăng 15%."
    assert ("trade.exports.growth", 15.0) in _metrics(sentence)
