"""Flows between two other countries in a text on Việt Nam and a partner (r105): a pair
named by its two members joined by a dash ("Thương mại Peru - Chile"), and a third country
told as still the partner's largest partner with the amount of that trade after it, give no
figure of the pair; the partner's own flow with Việt Nam beside them does."""

from __future__ import annotations

import pytest

from tests.mined import candidates


@pytest.mark.parametrize(
    "sentence",
    [
        "Thương mại Peru - Chile 10 tháng tăng khoảng 8%.",
        "Kim ngạch hai chiều Peru – Argentina năm 2024 đạt 4,6 tỷ USD.",
        "Peru-Chile trade rose 8 percent in the first ten months.",
        "Hoa Kỳ tiếp tục là đối tác thương mại lớn nhất của Peru, với kim ngạch năm 2024"
        " khoảng 23 tỷ USD.",
        "China remained Peru's largest trading partner, with two-way trade of about US$38"
        " billion in 2024.",
    ],
)
def test_two_other_countries_flow_gives_no_figure(sentence: str) -> None:
    assert [c for c in candidates(sentence, "PE") if c.kind == "figure"] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # near miss: the dash joins Việt Nam and the partner
        ("Thương mại Việt Nam - Peru năm 2024 đạt 520 triệu USD.", 520e6),
        # near miss: Việt Nam still the partner's partner, beside a third country
        (
            "Việt Nam tiếp tục là đối tác thương mại lớn nhất của Peru trong ASEAN, với kim"
            " ngạch năm 2024 khoảng 520 triệu USD.",
            520e6,
        ),
        # near miss: the third country named as a comparison after the pair's own flow
        (
            "Peru's exports to Vietnam reached US$310 million in 2024, a tenth of its sales"
            " to Chile.",
            310e6,
        ),
    ],
)
def test_the_partners_own_flow_with_vietnam_stays(sentence: str, value: float) -> None:
    got = [c.value for c in candidates(sentence, "PE") if c.kind == "figure" and c.unit == "USD"]
    assert got == [value]


_PERU = (
    "Peru muốn tăng xuất khẩu nho và việt quất sang Việt Nam.\n\n"
    "Năm 2024, kim ngạch thương mại Việt Nam - Peru đạt 520 triệu USD.\n\n"
    "Peru hiện là đối tác thương mại lớn thứ 5 của Việt Nam tại Mỹ Latinh.\n\n"
    "Các doanh nghiệp Peru đánh giá cao thị trường Việt Nam.\n\n"
)


def test_a_passing_third_countrys_rank_and_growth_with_vietnam_are_dropped() -> None:
    body = _PERU + (
        "Trên bình diện chung, Hàn Quốc vẫn là nhà đầu tư nước ngoài lớn nhất tại Việt Nam.\n\n"
        "Cùng kỳ, xuất khẩu của Việt Nam sang Chile đạt 1,1 tỷ USD, tăng 12%."
    )
    found = candidates(body, "PE")
    assert not [c for c in found if c.pair in ("VN-KR", "VN-CL") and c.kind == "figure"]
    # near miss: the partner's own rank and trade stay
    assert {(c.value, c.unit) for c in found if c.pair == "VN-PE" and c.kind == "figure"} >= {
        (5.0, "rank"),
        (520e6, "USD"),
    }


def test_a_third_country_the_text_keeps_naming_keeps_its_rank() -> None:
    # near miss: Chile is named often, a second subject of the text, not one in passing
    body = _PERU + (
        "Chile cũng là thị trường quan trọng. Chile và Việt Nam có FTA. Chile mua nhiều gạo.\n\n"
        "Chile hiện là đối tác thương mại lớn thứ 4 của Việt Nam tại Mỹ Latinh."
    )
    ranks = [c for c in candidates(body, "PE") if c.pair == "VN-CL" and c.unit == "rank"]
    assert [c.value for c in ranks] == [4.0]


def test_passing_third_countries_ranked_together_are_dropped() -> None:
    body = _PERU + (
        "Malaysia dẫn đầu với 3,4 tỷ USD, trong khi Thái Lan đạt 2,1 tỷ USD.\n\n"
        "Năm 2024, vốn đầu tư của Peru vào Việt Nam đạt 12 triệu USD."
    )
    found = candidates(body, "PE")
    assert not [c for c in found if c.kind == "figure" and c.value in (3.4e9, 2.1e9)]
    # near miss: the partner's own investment beside them stays
    assert [c.value for c in found if c.kind == "figure" and c.value == 12e6] == [12e6]


def test_a_foreign_countrys_two_way_trade_with_a_third_is_no_pairs() -> None:
    sentence = "Cùng kỳ, tổng kim ngạch xuất nhập khẩu của Peru với Chile đạt khoảng 7 tỷ USD."
    assert [c for c in candidates(sentence, "PE") if c.kind == "figure"] == []
    # near miss: Việt Nam's two-way trade with the partner
    near = "Cùng kỳ, tổng kim ngạch xuất nhập khẩu của Việt Nam với Peru đạt khoảng 520 triệu USD."
    assert [c.value for c in candidates(near, "PE") if c.kind == "figure"] == [520e6]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Việt Nam - Canada trade rose 10% to $7 billion in 2025, while Canada-US trade fell"
            " 6% to $900 billion.",
            "en",
        ),
        (
            "Thương mại Việt Nam - Canada tăng 10% lên 7 tỷ USD năm 2025, trong khi thương mại"
            " Canada - Hoa Kỳ giảm 6% còn 900 tỷ USD.",
            "vi",
        ),
    ],
)
def test_a_third_pairs_flow_after_the_pairs_own_is_not_the_pairs(body: str, lang: str) -> None:
    # (review of session 26: the pair named in the first clause made the second clause's
    # amounts the pair's — VN-CA trade.total $900 billion)
    from briefer.ingest.candidates import find_candidates
    from briefer.ingest.clean import Metadata

    meta = Metadata(title="", language=lang, published_on="2026-01-10", context_year=2026)
    got = {(c.metric, c.value) for c in find_candidates(body, meta) if c.kind == "figure"}
    assert got == {("trade.growth", 10.0), ("trade.total", 7e9)}
