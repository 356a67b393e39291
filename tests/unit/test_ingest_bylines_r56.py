"""r56: a byline copied with a space before its comma; a stamp row led by "Name/Outlet"."""

from __future__ import annotations

from briefer.ingest.lines import Found, byline, line_noise


def test_space_before_comma_still_a_byline() -> None:
    found = Found()
    assert byline("Maria Tolley , Trade Reporter, in Da Nang", found)
    assert found.author == "Maria Tolley"


def test_stamp_row_with_a_long_desk_after_the_slash() -> None:
    found = Found()
    assert line_noise("Thu Trang/VOV-Tây Nam Bộ | 14:20, Thứ hai, 03/11/2025", found) == "timestamp"
    assert found.author == "Thu Trang"
