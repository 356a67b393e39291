"""A trade amount whose flow the words after it tell — the whole before its part, a relative
clause of who bought — and a flow told by its verb alone ("xuất sang", "shipped", "purchases
from"); wording of our own, in both languages."""

from __future__ import annotations

from tests.mined import candidates

_DAY = "2026-12-01"


def _flows(body: str, partner: str) -> list[tuple[str, float | None]]:
    return [(c.metric, c.value) for c in candidates(body, partner, _DAY) if c.kind == "figure"]


def test_the_whole_named_before_its_part_is_the_two_way_total() -> None:
    vi = (
        "Năm 2025, kim ngạch thương mại Việt Nam - Kenya đạt 310 triệu USD. Trong 9 tháng đầu "
        "năm 2026, con số này là 240 triệu USD, trong đó xuất khẩu của Việt Nam sang Kenya đạt "
        "205 triệu USD."
    )
    assert ("trade.total", 240e6) in _flows(vi, "KE")
    assert ("trade.exports", 205e6) in _flows(vi, "KE")
    en = (
        "Two-way trade hit US$31 million in 2025. In the first half of 2026 it reached US$18 "
        "million, with Vietnam's exports to Kenya at US$16 million."
    )
    assert ("trade.total", 18e6) in _flows(en, "KE")
    assert ("trade.exports", 16e6) in _flows(en, "KE")


def test_an_export_figure_before_its_goods_stays_an_export() -> None:
    # the trade word before the amount names it: the part after is the goods'
    body = "Xuất khẩu của Việt Nam sang Kenya đạt 205 triệu USD, trong đó xuất khẩu gạo 90 triệu."
    assert ("trade.exports", 205e6) in _flows(body, "KE")


def test_a_relative_clause_tells_who_bought() -> None:
    body = (
        "Trade between the two countries reached US$64 million in 2025, with rice making up "
        "most of the US$58 million Kenya imported from Vietnam."
    )
    assert ("trade.total", 64e6) in _flows(body, "KE")
    assert ("trade.exports", 58e6) in _flows(body, "KE")
    bought = "Of the US$40 million Vietnam imported from Kenya last year, tea was the half."
    assert ("trade.imports", 40e6) in _flows(bought, "KE")


def test_a_flow_told_by_its_verb() -> None:
    shipped = "Vietnam shipped goods worth US$82 million to Kenya in 2025, mainly rice and steel."
    assert _flows(shipped, "KE") == [("trade.exports", 82e6)]
    vi = (
        "Năm 2025, kim ngạch hai chiều Việt Nam - Kenya đạt 58 triệu USD, trong đó hàng Việt "
        "Nam xuất sang Kenya, gồm gạo, xi măng, chỉ chiếm khoảng 9 triệu USD."
    )
    assert ("trade.exports", 9e6) in _flows(vi, "KE")
    # "Kenyan exports to Vietnam …, while purchases from the Asian country …": Việt Nam's sales
    en = (
        "In 2025, Kenyan exports to Vietnam totaled USD 205 million, mainly tea, while "
        "purchases from the Asian country, led by rice, reached USD 96 million."
    )
    assert ("trade.imports", 205e6) in _flows(en, "KE")
    assert ("trade.exports", 96e6) in _flows(en, "KE")


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
    assert not [m for m, _v in _flows(en, "KE") if m.endswith("growth")]
    vi = (
        "Kim ngạch thương mại hai nước năm 2025 đạt 300 triệu USD, trong khi tăng trưởng kinh "
        "tế của Kenya đạt khoảng 5%."
    )
    assert not [m for m, _v in _flows(vi, "KE") if m.endswith("growth")]
    grew = "Kim ngạch thương mại hai nước năm 2025 đạt 300 triệu USD, tăng 5% so với năm 2024."
    assert ("trade.growth", 5.0) in _flows(grew, "KE")


def test_a_gathering_at_home_is_no_visit() -> None:
    from tests.mined import events

    body = (
        "Chiều 15/5/2026, tại Hà Nội, Hội Hữu nghị Việt Nam - Kenya phối hợp với Đại sứ quán "
        "Kenya tổ chức buổi gặp mặt nhân Ngày Độc lập của Kenya."
    )
    assert [m for _d, m in events(body, "KE") if m.startswith("visit")] == []
    met = "Ngày 3/4/2026, Thủ tướng Kenya đã gặp Thủ tướng Việt Nam tại Hà Nội."
    assert [m for _d, m in events(met, "KE") if m.startswith("visit")] == ["visit.inbound"]
