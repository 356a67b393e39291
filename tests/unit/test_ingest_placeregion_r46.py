"""A place-and-date line naming the place's region ("City, D.C., 7 March 2025") dates a
release when it stands alone (r46: the PDF reflow no longer glues it to the lead)."""

from briefer.ingest.rows import place_and_day


def test_place_with_region_and_day() -> None:
    assert place_and_day("Port Town, D.C., 7 March 2025") == "2025-03-07"
    assert place_and_day("Lakeside, Northshire, June 5, 2025") == "2025-06-05"
    assert place_and_day("Lakeside, June 12, 2025") == "2025-06-12"  # (no region)


def test_region_with_no_day_or_prose_gives_nothing() -> None:
    assert place_and_day("Port Town, D.C., the capital") == ""
    assert place_and_day("Port Town, Monday 5, 2025") == ""
