"""Readings mended from the English each candidate would be offered (unseen35/36), on
wording of our own: an anniversary "đánh dấu N năm", ASEAN spelled out, the side of a rank
after "making", the group a rank counts in, a count of things that is no money, an
economy's growth with its year."""

from __future__ import annotations

from briefer.domain.english import suggest_english
from briefer.domain.model import Country, Fact
from tests.mined import candidates

_DAY = "2025-11-20"
VN = Country("VN", "Việt Nam", "Viet Nam")
KE = Country("KE", "Kê-ni-a", "Kenya")


def _found(body: str, partner: str = "KE") -> list[tuple[str, str, object]]:
    return [(c.kind, c.metric, c.event_date or c.value) for c in candidates(body, partner, _DAY)]


def test_marking_n_years_since_the_founding_dates_the_founding() -> None:
    body = (
        "Năm 2025 đánh dấu 60 năm ngày thiết lập quan hệ ngoại giao Việt Nam - Kenya "
        "(12/3/1965 - 12/3/2025)."
    )
    assert ("event", "relations.established", "1965-03-12") in _found(body)


def test_asean_spelled_out_is_asean() -> None:
    body = (
        "Vietnam is Kenya's third-largest trading partner in the Association of Southeast "
        "Asian Nations."
    )
    assert ("figure", "trade.home_rank_in_asean", 3.0) in _found(body)


def test_after_making_the_rank_has_its_own_subject() -> None:
    body = (
        "Trade between Kenya and Vietnam was worth US$1.2 billion in 2024, making Kenya "
        "Vietnam's largest trading partner in East Africa."
    )
    # Kenya is ranked (Việt Nam's partner), not Việt Nam: the brief must not say "Viet Nam is
    # Kenya's largest trading partner"
    assert [(m, v) for _k, m, v in _found(body) if "rank" in m] == [
        ("trade.partner_rank_in_africa", 1.0)
    ]


def test_a_group_the_metric_has_no_region_for_is_said_as_the_quote_says() -> None:
    fact = Fact(
        None, "r", "VN-KE", "economic", "figure", "…", metric="trade.partner_rank",
        value=1.0, unit="rank",
    )  # fmt: skip
    quote = (
        "That makes Kenya Vietnam's largest trading partner among the Commonwealth's African "
        "members."
    )
    assert suggest_english(fact, quote, VN, KE).text == (
        "Kenya is Viet Nam's largest trading partner among the Commonwealth's African members."
    )
    vi = "Kê-ni-a là đối tác thương mại lớn nhất của Việt Nam trong khối Cộng đồng Đông Phi."
    assert suggest_english(fact, vi, VN, KE).text == ""


def test_a_count_of_things_is_no_amount_of_money() -> None:
    body = (
        "Tập đoàn X là nhà đầu tư Việt Nam lớn nhất tại Kenya với tổng vốn khoảng 300 triệu "
        "USD, phục vụ hơn 5 triệu thuê bao."
    )
    found = _found(body)
    assert ("figure", "investment.total", 300e6) in found
    assert not [v for k, _m, v in found if k == "figure" and v == 5e6]


def test_an_economys_growth_with_its_year_is_no_trade_growth() -> None:
    body = (
        "Theo dự báo, tăng trưởng GDP của Kenya năm 2025 chỉ ở mức khoảng 4,2%, thấp hơn dự kiến."
    )
    assert _found(body) == []
    # beside the pair's trade (a trade word in reach), the year between "GDP của Kenya" and
    # the percentage still keeps 4.2% from being drafted as the trade's growth
    beside = (
        "Kim ngạch thương mại Việt Nam - Kenya năm 2025 đạt 300 triệu USD, trong khi tăng "
        "trưởng GDP của Kenya năm 2025 chỉ ở mức khoảng 4,2%."
    )
    assert _found(beside) == [("figure", "trade.total", 300e6)]


def test_a_forecast_growth_beside_the_pairs_trade_is_no_trade_growth() -> None:
    body = (
        "Trade between Kenya and Vietnam reached US$300 million in 2024, while GDP growth in "
        "2025 is expected at about 4.2 per cent."
    )
    assert [(k, m, v) for k, m, v in _found(body) if k == "figure"] == [
        ("figure", "trade.total", 300e6)
    ]


def test_an_amount_takes_no_metric_from_the_next_clause() -> None:
    # "…30.000 tỷ đồng; xuất khẩu …": the province's output is no export of the pair
    body = (
        "Năm 2025, giá trị sản xuất nông nghiệp của tỉnh Bến Tre ước đạt 30.000 tỷ đồng; xuất "
        "khẩu thủy sản của tỉnh sang Kenya đạt 12 triệu USD."
    )
    figures = [(m, v) for k, m, v in _found(body) if k == "figure"]
    assert ("trade.exports.goods", 12e6) in figures
    assert not [m for m, v in figures if m.startswith("trade") and v == 30e12]
