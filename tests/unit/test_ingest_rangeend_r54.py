"""r54: a range whose end is no day of the calendar keeps its whole start (the end says
nothing)."""

from __future__ import annotations

from briefer.text.dates import find_dates


def test_range_with_an_end_that_is_no_day_keeps_its_start() -> None:
    # 2030 is no leap year: there is no 29 February 2030
    refs = find_dates("kỷ niệm quan hệ hữu nghị (29/2/1996 - 29/2/2030), hai bên")
    assert [(r.iso, r.text) for r in refs] == [("1996-02-29", "29/2/1996")]
    refs = find_dates("the mission ran from 29 February 2000 to 29 February 2011.")
    assert [(r.iso, r.text) for r in refs] == [("2000-02-29", "29 February 2000")]
    refs = find_dates("từ ngày 29/2/2008 đến ngày 31/4/2009")
    assert [r.iso for r in refs] == ["2008-02-29"]


def test_range_with_no_whole_start_still_says_nothing() -> None:
    # the start borrows its month and year from the impossible end: nothing stands
    assert find_dates("ngày 12-31/2/2024") == []
    assert find_dates("from 1 May to 31 June 2024") == []
    # a valid range is unchanged
    refs = find_dates("(29/2/1996 - 28/2/2030)")
    assert [r.iso for r in refs] == ["1996-02-29..2030-02-28"]
