"""A mission's masthead with both states' styles names the mission as the outlets do: the
host's style goes when what follows is a country's usual name, stays when it is part of it."""

from __future__ import annotations

import pytest

from briefer.ingest.imprint import mission_name
from briefer.ingest.statestyle import without_host_style


@pytest.mark.parametrize(
    ("masthead", "name"),
    [
        (
            "ĐẠI SỨ QUÁN NƯỚC CHXHCN VIỆT NAM TẠI VƯƠNG QUỐC CAMPUCHIA",
            "Đại sứ quán Việt Nam tại Campuchia",
        ),
        ("TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI CỘNG HÒA ANGOLA", "Tổng lãnh sự quán Việt Nam tại Angola"),
        ("Đại sứ quán Việt Nam tại Nhà nước Kuwait", "Đại sứ quán Việt Nam tại Kuwait"),
    ],
)
def test_the_host_style_goes(masthead: str, name: str) -> None:
    assert mission_name(masthead) == name


def test_a_style_that_is_the_usual_name_stays() -> None:
    # near misses: "Cộng hòa Séc" is the country's usual name; "Cộng hòa Tự trị" names none
    assert without_host_style("Đại sứ quán Việt Nam tại Cộng hòa Séc") == (
        "Đại sứ quán Việt Nam tại Cộng hòa Séc"
    )
    assert without_host_style("Văn phòng đại diện tại Cộng hòa Tự trị Krym") == (
        "Văn phòng đại diện tại Cộng hòa Tự trị Krym"
    )
