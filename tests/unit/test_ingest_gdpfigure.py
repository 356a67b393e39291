"""An economy's GDP, its size or its growth, is no figure of the pair (gdpfigure.py); a flow
told after it, or a share "of GDP", still reads."""

from __future__ import annotations

import pytest

from briefer.ingest.gdpfigure import gdp_amount
from tests.mined import candidates


@pytest.mark.parametrize(
    "before",
    [
        "GDP năm 2025 của Paraguay ước đạt khoảng ",
        "Kenya là nền kinh tế lớn nhất Đông Phi, với quy mô GDP khoảng ",
        "Statistics Norway said mainland GDP grew ",
        "Jordan's gross domestic product per capita stands at about ",
        "Tổng sản phẩm quốc nội (GDP) quý II của Bờ Biển Ngà tăng ",
    ],
)
def test_the_amount_is_the_gdps(before: str) -> None:
    assert gdp_amount(before)


@pytest.mark.parametrize(
    "before",
    [
        # a flow named after GDP: the amount is the flow's
        "GDP của Peru tăng trưởng ổn định, xuất khẩu sang Việt Nam đạt ",
        "Despite slower GDP growth, two-way trade with Vietnam reached ",
        "GDP của Kenya đạt 110 tỷ USD; kim ngạch thương mại với Việt Nam đạt ",
        # no GDP before the amount ("chiếm 3% GDP" names it after)
        "Kim ngạch thương mại Việt Nam - Kenya năm 2024 đạt ",
        # what adds to GDP: the amount is the contributor's (review of session 25)
        "Du lịch từ Chile đóng góp vào GDP với ",
    ],
)
def test_a_flow_after_gdp_stays(before: str) -> None:
    assert not gdp_amount(before)


@pytest.mark.parametrize(
    "background",
    [
        # (a sentence of sizes alone is ownsize.py's; these tell more than the size)
        "GDP năm 2024 đạt khoảng 43 tỷ USD, trong đó nông nghiệp đóng góp gần 30%.",
        "Paraguay có GDP khoảng 43 tỷ USD, kinh tế phụ thuộc nhiều vào xuất khẩu đậu tương "
        "sang Argentina.",
    ],
)
def test_a_partners_gdp_gives_no_figure_of_the_pair(background: str) -> None:
    body = background + "\n\nKim ngạch thương mại Việt Nam - Paraguay năm 2024 đạt 350 triệu USD."
    got = candidates(body, "PY", "2025-04-02")
    assert [c.value for c in got if c.kind == "figure"] == [350_000_000]
