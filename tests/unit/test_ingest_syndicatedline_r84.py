"""An aggregator's line "(PUBLISHER- Source) stamp": its day, its publisher, its source."""

from __future__ import annotations

import lxml.html

from briefer.ingest.found import Found
from briefer.ingest.lines import line_noise
from briefer.ingest.pageauthor import page_author
from briefer.ingest.syndicatedline import carried_source, syndicated_line


def test_us_stamp_with_twelve_hour_clock_is_month_first() -> None:
    found = syndicated_line("(FINWIRE- Gulf Daily Courier) 3/4/2026 9:05 PM")
    assert found is not None
    assert found.publisher == "FINWIRE"
    assert found.source == "Gulf Daily Courier"
    assert found.day == "2026-03-04"


def test_day_over_twelve_settles_the_order_either_way() -> None:
    us = syndicated_line("(Market Wire - Lusaka Evening Post) 12/19/2026 07:15 AM")
    eu = syndicated_line("(NEWSHUB- Le Quotidien Dakarois) 19/12/2026 07:15")
    assert us is not None and us.day == "2026-12-19"
    assert eu is not None and eu.day == "2026-12-19"


def test_month_named_stamp_is_read_too() -> None:
    found = syndicated_line("(AGGR- Hanoi Morning) Mar 4, 2026 10:00 AM")
    assert found is not None and found.day == "2026-03-04"


def test_near_misses_are_no_aggregator_line() -> None:
    assert syndicated_line("(Reuters) 11/25/2025 10:41 AM") is None  # no source after a dash
    assert syndicated_line("(FINWIRE- Gulf Daily Courier) said on Monday it would") is None
    assert syndicated_line("(Bộ trưởng - Đại sứ) 13/25/2026") is None  # no date
    assert syndicated_line("FINWIRE- Gulf Daily Courier 3/4/2026 9:05 PM") is None


def test_line_dates_the_pasted_page_and_offers_its_publisher_weakly() -> None:
    found = Found()
    reason = line_noise("(FINWIRE- Gulf Daily Courier) 3/4/2026 9:05 PM", found)
    assert reason == "syndication line"
    assert found.published == "2026-03-04"
    assert found.outlet == "FINWIRE"
    assert "Gulf Daily Courier" not in {o for o, _r, _c in found.outlet_offers}
    found.offer_outlet("Some Masthead", 4)  # any other name the page gives outweighs it
    assert found.outlet == "Some Masthead"


_PAGE = """<html><head><meta name="author" content="{author}"></head><body>
<h1>Zambia and Viet Nam widen copper trade</h1>
<div class="info">(FINWIRE- Lusaka Evening Post) 3/4/2026 9:05 PM</div>
<p>Lusaka: officials of the two countries met on Tuesday.</p></body></html>"""


def test_declared_author_that_is_the_carried_source_is_no_writer() -> None:
    root = lxml.html.fromstring(_PAGE.format(author="Lusaka Evening Post"))
    assert carried_source(root) == "Lusaka Evening Post"
    assert page_author(root) == ""


def test_declared_person_beside_the_line_stays_the_writer() -> None:
    root = lxml.html.fromstring(_PAGE.format(author="Mwila Banda"))
    assert page_author(root) == "Mwila Banda"
