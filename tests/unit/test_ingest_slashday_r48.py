"""A numeric day's order settled by the page's own month-named day, and a byline's stamp
written year first (briefer/ingest/slashday.py, hook in analysis)."""

from __future__ import annotations

from briefer.ingest.slashday import settled_day, year_first_day

_EN = "Trade ties deepen\nQuito, Mar. 4 (AGENCY). Viet Nam agreed.\nPublished: 3/4/2026\n"


def test_the_month_named_day_settles_the_order() -> None:
    assert settled_day("2026-04-03", _EN) == "2026-03-04"
    assert settled_day("2026-03-04", _EN) == "2026-03-04"  # (read right already)
    both = "Hanoi, 4 March\nPublished 3 April 2026\n"
    assert settled_day("2026-04-03", both) == "2026-04-03"  # (the page writes it both ways)
    assert settled_day("2026-04-03", "Hà Nội, ngày 3/4/2026\n") == "2026-04-03"
    assert settled_day("2026-04-25", _EN) == "2026-04-25"  # (no other order to read)


def test_a_year_first_stamp_dates_the_page() -> None:
    assert year_first_day("Headline\nLe Van A  •  08:15, 2026/01/07\nText.") == "2026-01-07"
    assert year_first_day("Headline\nText of 12/2026 and 3/4.\n") == ""
