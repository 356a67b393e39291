"""Round 67: a release page whose <title> is only its site's name (the header's name line,
named again in its footer), and a "Posted On" line with its month abbreviated in capitals."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.analysis import analyse
from briefer.ingest.sitebanner import banner_name, title_is_banner
from briefer.text.dates import find_dates, parse_date

_RELEASE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Public Relations Office</title>
<meta name="description" content="Finland and Viet Nam agree on forestry cooperation">
</head><body>
<div class="top"><span>Public Relations Office</span> <span>Government of Finland</span></div>
<div class="menu"><a>Home</a> <a>Releases</a> <a>Photos</a></div>
<div class="release">
<h2>Finland and Viet Nam agree on forestry cooperation</h2>
<div class="when">Posted On: 03 MAR 2025 10:05AM by PRO Helsinki</div>
<p>Finland and Viet Nam signed a memorandum on forestry cooperation in Helsinki on 3 March
2025.</p>
<p>Bilateral trade reached USD 620 million in 2024, officials said at the meeting.</p>
<p>The two sides agreed to hold the next meeting in Ha Noi in 2026.</p>
</div>
<div class="foot"><p>Website Content Managed by Public Relations Office</p></div>
</body></html>"""


def test_release_page_titled_by_its_site_name(tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    page.write_text(_RELEASE, encoding="utf-8")
    meta = analyse(page).metadata
    assert meta.title == "Finland and Viet Nam agree on forestry cooperation"
    assert meta.outlet == "Public Relations Office"
    assert meta.published_on == "2025-03-03"


def test_banner_needs_the_name_above_the_heading_and_again_below() -> None:
    root = lxml.html.fromstring(_RELEASE)
    assert banner_name(root) == "Public Relations Office"
    # (no footer naming it again: a breadcrumb's last crumb may repeat a headline <title>)
    alone = lxml.html.fromstring(_RELEASE.replace("Managed by Public Relations Office", ""))
    assert not title_is_banner("Public Relations Office", alone)
    # (the heading itself is the <title>'s text: a headline, no banner)
    assert not title_is_banner("Finland and Viet Nam agree on forestry cooperation", root)


def test_capitals_month_abbreviation_is_a_month() -> None:
    assert parse_date("Released: 21 NOV 2024 4:30PM") is not None
    (day,) = find_dates("Issued 07 SEPT 2025 by the Bureau")
    assert day.start == "2025-09-07"
    # (capital words that only start like a month stay words)
    assert find_dates("THE DECLARATION OF JUNEAU") == []
