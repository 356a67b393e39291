"""A trade amount whose flow the words after it tell — the whole before its part, a relative
clause of who bought — and a flow told by its verb alone ("xuất sang", "shipped", "purchases
from"); wording of our own, in both languages."""

from __future__ import annotations

import pytest

from tests.mined import candidates, events

_DAY = "2026-12-01"


def _flows(body: str, partner: str) -> list[tuple[str, float | None]]:
    return [(c.metric, c.value) for c in candidates(body, partner, _DAY) if c.kind == "figure"]


@pytest.mark.parametrize(
    ("body", "flows"),
    [
        # the whole named before its part is the two-way total
        (
            "Năm 2025, kim ngạch thương mại Việt Nam - Kenya đạt 310 triệu USD. Trong 9 tháng "
            "đầu năm 2026, con số này là 240 triệu USD, trong đó xuất khẩu của Việt Nam sang "
            "Kenya đạt 205 triệu USD.",
            [("trade.total", 310e6), ("trade.total", 240e6), ("trade.exports", 205e6)],
        ),
        (
            "Two-way trade hit US$31 million in 2025. In the first half of 2026 it reached "
            "US$18 million, with Vietnam's exports to Kenya at US$16 million.",
            [("trade.total", 31e6), ("trade.total", 18e6), ("trade.exports", 16e6)],
        ),
        # the trade word before the amount names it: the part after is the goods'
        (
            "Xuất khẩu của Việt Nam sang Kenya đạt 205 triệu USD, trong đó xuất khẩu gạo 90 triệu.",
            [("trade.exports", 205e6), ("trade.exports.goods", 90e6)],
        ),
        # a relative clause tells who bought
        (
            "Trade between the two countries reached US$64 million in 2025, with rice making up "
            "most of the US$58 million Kenya imported from Vietnam.",
            [("trade.total", 64e6), ("trade.exports", 58e6)],
        ),
        (
            "Of the US$40 million Vietnam imported from Kenya last year, tea was the half.",
            [("trade.imports", 40e6)],
        ),
        # a flow told by its verb
        (
            "Vietnam shipped goods worth US$82 million to Kenya in 2025, mainly rice and steel.",
            [("trade.exports", 82e6)],
        ),
        (
            "Năm 2025, kim ngạch hai chiều Việt Nam - Kenya đạt 58 triệu USD, trong đó hàng Việt "
            "Nam xuất sang Kenya, gồm gạo, xi măng, chỉ chiếm khoảng 9 triệu USD.",
            [("trade.total", 58e6), ("trade.exports", 9e6)],
        ),
        # "Kenyan exports to Vietnam …, while purchases from the Asian country …": Việt Nam's
        # sales
        (
            "In 2025, Kenyan exports to Vietnam totaled USD 205 million, mainly tea, while "
            "purchases from the Asian country, led by rice, reached USD 96 million.",
            [("trade.imports", 205e6), ("trade.exports", 96e6)],
        ),
    ],
)
def test_a_flow_its_clause_or_verb_tells(body: str, flows: list[tuple[str, float]]) -> None:
    assert _flows(body, "KE") == flows


def test_a_verb_flow_of_one_goods_is_that_goods_flow() -> None:
    body = "Năm 2025, lượng gạo xuất sang Kenya đạt 9.800 tấn, trị giá 5,6 triệu USD."
    assert _flows(body, "KE") == [("trade.exports.goods", 5.6e6)]


def test_a_price_compared_beside_a_flow_verb_is_no_growth() -> None:
    body = "Cá nguyên liệu từ Kenya có giá thấp hơn 10 - 15% so với nguồn nhập từ Ấn Độ năm 2025."
    assert not [m for m, _v in _flows(body, "KE") if m.endswith("growth")]


def test_a_countrys_own_flow_told_as_its_possession_is_no_pairs() -> None:
    imports = (
        "Kenya's total imports last year were valued at US$21 billion, with China and India "
        "remaining its top suppliers."
    )
    assert _flows(imports, "KE") == []
    exports = (
        "Kenya's non-oil exports reached USD 7.1 billion in 2025, and China, with which the "
        "country has a trade pact, remains its main destination."
    )
    assert _flows(exports, "KE") == []
    # its flow with Việt Nam stays the pair's
    assert _flows("Kenya's exports to Vietnam were worth US$4.1 million in 2025.", "KE") == [
        ("trade.imports", 4.1e6)
    ]


def test_an_economys_growth_beside_trade_is_no_trade_growth() -> None:
    en = (
        "Trade between Kenya and Vietnam reached US$300 million in 2025, while the central bank "
        "expects economic growth of 5.1 per cent this year."
    )
    assert _flows(en, "KE") == [("trade.total", 300e6)]
    vi = (
        "Kim ngạch thương mại hai nước năm 2025 đạt 300 triệu USD, trong khi tăng trưởng kinh "
        "tế của Kenya đạt khoảng 5%."
    )
    assert _flows(vi, "KE") == [("trade.total", 300e6)]
    grew = "Kim ngạch thương mại hai nước năm 2025 đạt 300 triệu USD, tăng 5% so với năm 2024."
    assert _flows(grew, "KE") == [("trade.total", 300e6), ("trade.growth", 5.0)]


def test_a_gathering_at_home_is_no_visit() -> None:
    body = (
        "Chiều 15/5/2026, tại Hà Nội, Hội Hữu nghị Việt Nam - Kenya phối hợp với Đại sứ quán "
        "Kenya tổ chức buổi gặp mặt nhân Ngày Độc lập của Kenya."
    )
    assert [m for _d, m in events(body, "KE") if m.startswith("visit")] == []
    met = "Ngày 3/4/2026, Thủ tướng Kenya đã gặp Thủ tướng Việt Nam tại Hà Nội."
    assert [m for _d, m in events(met, "KE") if m.startswith("visit")] == ["visit.inbound"]
