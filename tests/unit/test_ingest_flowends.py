"""A figure no pair owns — two foreign countries' flow, one country's own total told in an
aside about it, a rank among the world's exporters — gives no candidate of the pair; the
pair's own figures beside them still do."""

from __future__ import annotations

import pytest

from briefer.ingest.flowends import country_aside, foreign_ends
from tests.mined import candidates


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports of Ecuadorian shrimp to Spain reached US$900 million, ten times the volume "
        "shipped to Vietnam.",
        "Kim ngạch xuất khẩu của Ecuador sang Hoa Kỳ đạt 4,1 tỷ USD, gấp 30 lần sang Việt Nam.",
        "Thương mại giữa Ecuador và Trung Quốc năm 2024 đạt 6,5 tỷ USD.",
        "Vốn FDI của Tây Ban Nha vào Ecuador đạt 1,2 tỷ USD.",
        "Vietnam, which exported rice worth US$5.7 billion last year, sees Ecuador as a gateway "
        "to the Andean market.",
        "Ecuador, nước xuất khẩu chuối lớn nhất thế giới với kim ngạch 3,5 tỷ USD, mong muốn "
        "mở rộng thị trường.",
        "Ecuador is the world's largest banana exporter, shipping US$3.5 billion of bananas in "
        "2024.",
        "Ecuador là một trong những nhà xuất khẩu tôm hàng đầu thế giới với kim ngạch 7 tỷ USD "
        "năm 2024.",
    ],
)
def test_a_figure_no_pair_owns_gives_no_candidate(sentence: str) -> None:
    assert candidates(sentence, "EC") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the aside is the trade's, not the country's
        ("Trade with Ecuador, which reached US$310 million in 2024, is still modest.", 310e6),
        # a speaker from the partner names it; the flow's end is the partner, its source home
        ("Theo Đại sứ Ecuador, xuất khẩu sang Ecuador đạt 95 triệu USD năm 2024.", 95e6),
        # two foreign countries in one clause, the pair's figure in the next
        (
            "Thương mại giữa Ecuador và Peru đạt 3 tỷ USD; thương mại Việt Nam - Ecuador đạt "
            "310 triệu USD.",
            310e6,
        ),
        # the world's rank said of Việt Nam, its flow to the partner
        (
            "Việt Nam là nước xuất khẩu gạo lớn thứ 3 thế giới, xuất khẩu sang Ecuador 40 triệu "
            "USD năm 2024.",
            40e6,
        ),
    ],
)
def test_the_pairs_figure_beside_them_stays(sentence: str, value: float) -> None:
    assert [c.value for c in candidates(sentence, "EC") if c.kind == "figure"] == [value]


def test_the_ends_and_the_aside_read_alone() -> None:
    assert foreign_ends("Ecuador xuất khẩu sang Chile ")
    assert not foreign_ends("Việt Nam xuất khẩu sang Chile ")
    assert not foreign_ends("xuất khẩu sang Chile ")  # (Việt Nam's, unsaid)
    text = "Chile, which imports copper worth US$1 billion, "
    assert country_aside(text, 6, len(text) - 2)
    text = "Chile, which imports US$1 billion from Vietnam, "
    assert not country_aside(text, 6, len(text) - 2)


@pytest.mark.parametrize(
    "before",
    [
        "Cùng kỳ, xuất khẩu cà phê của Peru sang EU đạt ",
        "Meanwhile, Turkey's trade with ASEAN countries climbed to ",
        "Kenya's exports to the rest of Africa grew to ",
        "Thương mại của Ả Rập Xê Út với các nước Đông Nam Á đạt ",
    ],
)
def test_a_partners_flow_to_a_region_is_no_pairs(before: str) -> None:
    assert foreign_ends(before)


@pytest.mark.parametrize(
    "before",
    [
        # the country is the flow's end, Việt Nam the unnamed other: the pair's own
        "Exports to Kenya, the gateway to East Africa, rose to ",
        "Kim ngạch thương mại với Peru, cửa ngõ sang Mỹ Latinh, đạt ",
        # Việt Nam named: its trade with the region (regionpair.py), not the partner's
        "Xuất khẩu của Việt Nam sang EU đạt ",
        # the partner's goods reach Việt Nam through a third country: still the pair's
        "Hàng hóa của Lào xuất sang Việt Nam quá cảnh qua Thái Lan đạt ",
        # the region in an aside on the partner: the flow is the pair's (review of session 25)
        "Hà Lan, cửa ngõ vào EU, nhập khẩu từ ta ",
    ],
)
def test_a_flow_that_ends_at_the_partner_stays(before: str) -> None:
    assert not foreign_ends(before)


def test_a_region_flow_gives_no_candidate_of_the_pair() -> None:
    body = (
        "Năm 2024, kim ngạch thương mại Việt Nam - Peru đạt 1,1 tỷ USD.\n\n"
        "Cùng kỳ, xuất khẩu cà phê của Peru sang EU đạt 900 triệu USD."
    )
    got = candidates(body, "PE", "2025-03-02")
    assert [c.value for c in got if c.kind == "figure"] == [1_100_000_000]
