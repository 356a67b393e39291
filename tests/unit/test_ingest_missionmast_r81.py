"""A mission's masthead in the abbreviated state style names the mission as the outlets do
once the host's style is cut too; a masthead with no state style reads as before."""

from __future__ import annotations

import pytest

from briefer.ingest.mastheads import masthead_name
from briefer.ingest.officeplace import plain_office


@pytest.mark.parametrize(
    ("masthead", "short"),
    [
        ("ĐẠI SỨ QUÁN NƯỚC CHXHCN VIỆT NAM TẠI CỘNG HÒA ANGOLA", "Đại sứ quán Việt Nam tại Angola"),
        (
            "TỔNG LÃNH SỰ QUÁN NƯỚC CHXHCN VIỆT NAM TẠI VƯƠNG QUỐC CAMPUCHIA",
            "Tổng lãnh sự quán Việt Nam tại Campuchia",
        ),
    ],
)
def test_the_states_style_leaves_the_mastheads_name(masthead: str, short: str) -> None:
    name = masthead_name(masthead)
    assert "chxhcn" not in name.lower()
    assert (plain_office(name) or name) == short


def test_a_masthead_without_the_style() -> None:
    # near miss: nothing to cut, the name as the masthead gives it
    assert masthead_name("ĐẠI SỨ QUÁN VIỆT NAM TẠI KENYA") == "Đại sứ quán Việt Nam tại Kenya"
