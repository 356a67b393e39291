"""Which side of the pair a rank ranks, and as what (``briefer.ingest.rankside``), and the
English statement each reading gets: the partner or Việt Nam, as a trading partner, an
investor or a place invested in. Two of these in one pair are different facts, not a conflict
between two values of one; and the English must not turn an investor into a destination.
Wording of our own, in both languages."""

from __future__ import annotations

import pytest

from briefer.domain.english import suggest_english
from briefer.domain.model import Country, Fact
from briefer.ingest.regions import region_of
from tests.mined import candidates as _found

VN, HU = Country("VN", "Việt Nam", "Viet Nam"), Country("HU", "Hung-ga-ri", "Hungary")


def _ranks(body: str, partner: str) -> list[tuple[float | None, str]]:
    return [(c.value, c.metric) for c in _found(body, partner) if c.unit == "rank"]


@pytest.mark.parametrize(
    ("body", "partner", "metric"),
    [
        # the partner ranked among Việt Nam's investors (the usual news sentence)
        ("Hàn Quốc hiện là nhà đầu tư lớn nhất tại Việt Nam với 10.000 dự án.", "KR",
         "investment.rank"),
        ("Theo Bộ Kế hoạch và Đầu tư Việt Nam, Singapore đứng thứ hai về đầu tư.", "SG",
         "investment.rank"),
        # Việt Nam ranked among the partner's investors
        ("Việt Nam là nhà đầu tư lớn thứ ba tại Lào, với 5,5 tỷ USD vốn đăng ký.", "LA",
         "investment.home_rank"),
        ("Vietnam has become the third-largest foreign investor in Cambodia.", "KH",
         "investment.home_rank"),
        # the partner ranked among the places Việt Nam invests in
        ("Lào là địa bàn đầu tư lớn nhất của Việt Nam ra nước ngoài.", "LA",
         "investment.destination_rank"),
        ("Hiện Peru là nước có đầu tư của Việt Nam lớn nhất ở Mỹ Latin.", "PE",
         "investment.destination_rank_in_latam"),
        # Việt Nam ranked among the places the partner invests in
        ("Việt Nam là điểm đến đầu tư lớn thứ 3 của doanh nghiệp Hungary tại châu Á.", "HU",
         "investment.home_destination_rank_in_asia"),
        # the subject is the country a copula follows, not the last one named
        ("Chile là nước đầu tiên ở Mỹ Latin ký FTA với Việt Nam (năm 2014) và hiện là đối tác "
         "thương mại lớn thứ tư của Việt Nam tại khu vực.", "CL", "trade.partner_rank_in_latam"),
        ("Hiện Peru là nước có đầu tư trực tiếp lớn nhất của Việt Nam tại khu vực Mỹ Latinh.",
         "PE", "investment.destination_rank_in_latam"),
        # trade, either side; a region in the words never decides the side
        ("Hàn Quốc là đối tác thương mại lớn thứ ba của Việt Nam tại châu Á.", "KR",
         "trade.partner_rank_in_asia"),
        ("Việt Nam tiếp tục là đối tác thương mại lớn nhất của Chile trong ASEAN.", "CL",
         "trade.home_rank_in_asean"),
        ("Argentine exports to Vietnam reached US$3.2 billion in 2024, making Vietnam the "
         "fifth-largest destination for Argentine goods.", "AR", "trade.home_rank"),
        ("Đối tác thương mại lớn nhất của Việt Nam tại Mỹ Latinh là Brazil.", "BR",
         "trade.partner_rank_in_latam"),
    ],
)  # fmt: skip
def test_the_side_and_role_of_a_rank(body: str, partner: str, metric: str) -> None:
    assert [m for _, m in _ranks(body, partner)] == [metric]


def test_central_and_eastern_europe_is_no_middle_east() -> None:
    body = "Hungary là nhà đầu tư lớn thứ 5 của Việt Nam tại khu vực Trung Đông Âu."
    assert _ranks(body, "HU") == [(5.0, "investment.rank_in_central_eastern_europe")]
    assert region_of("các nước Trung và Đông Âu") == "central_eastern_europe"
    assert region_of("Saudi Arabia is the largest partner in the Middle East") == "middle_east"
    assert region_of("thị trường Bắc Âu") == "northern_europe"
    assert region_of("in the Caribbean") == "caribbean"


def _rank(metric: str, value: float) -> Fact:
    return Fact(None, "r", "VN-HU", "economic", "figure", "", metric=metric, value=value,
                unit="rank")  # fmt: skip


@pytest.mark.parametrize(
    ("metric", "value", "english"),
    [
        ("investment.rank_in_central_eastern_europe", 5,
         "Hungary is Viet Nam's fifth-largest investor in Central and Eastern Europe."),
        ("investment.home_rank", 3, "Viet Nam is Hungary's third-largest investor."),
        ("investment.destination_rank", 2,
         "Hungary is the second-largest destination of Viet Nam's investment."),
        ("investment.home_destination_rank_in_asia", 3,
         "Viet Nam is the third-largest destination of Hungary's investment in Asia."),
        ("trade.partner_rank_in_asia", 3,
         "Hungary is Viet Nam's third-largest trading partner in Asia."),
        ("trade.home_rank_in_asean", 1, "Viet Nam is Hungary's largest trading partner in ASEAN."),
    ],
)  # fmt: skip
def test_each_reading_has_its_own_english(metric: str, value: float, english: str) -> None:
    assert suggest_english(_rank(metric, value), "", VN, HU).text == english
