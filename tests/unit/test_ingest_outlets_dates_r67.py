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
    released = parse_date("Released: 21 NOV 2024 4:30PM")
    assert released is not None and released.start == "2024-11-21"
    (day,) = find_dates("Issued 07 SEPT 2025 by the Bureau")
    assert day.start == "2025-09-07"
    # (capital words that only start like a month stay words)
    assert find_dates("THE DECLARATION OF JUNEAU") == []


def test_english_edition_masthead_run_together_names_the_edition() -> None:
    from briefer.ingest.editionname import english_edition

    marks = ["HANOIMOI", "Hanoi - Vietnam | Politics | Business | Culture"]
    assert english_edition("Hà Nội Mới", marks, "en") == "Hanoimoi"
    # (the Vietnamese page keeps the paper's own name)
    assert english_edition("Hà Nội Mới", marks, "vi") == ""


def test_english_pasted_page_under_the_run_together_masthead(tmp_path: Path) -> None:
    page = tmp_path / "capital.txt"
    page.write_text(
        "HANOIMOI\n"
        "Hanoi - Vietnam | Politics | Business | Travel\n"
        "Home / Business\n\n"
        "Hanoi and Prague agree to expand metro know-how exchange\n\n"
        "Updated: 09:45, 12/05/2025\n\n"
        "Hanoi (HNM) - Vice Chairman of the Hanoi People's Committee received a delegation"
        " from Prague on May 11, discussing urban railway training and tourism links.\n\n"
        "Two-way trade between Vietnam and the Czech Republic reached US$1.4 billion in 2024,"
        " up 12% year-on-year, the Vice Chairman said at the meeting.\n\n"
        "The two capitals agreed to sign a cooperation programme for 2025-2027.\n",
        encoding="utf-8",
    )
    assert analyse(page).metadata.outlet == "Hanoimoi"


_LETTERHEAD = (
    "Embassy of the Republic of Finland\n\nHanoi\n\nNo.: FIN-HAN/2025/77\n\n"
    "PRESS RELEASE\n\nFor immediate release\n\nHanoi, 14 October 2025\n\n"
    "Finland and Viet Nam open a centre for circular economy in Da Nang\n\n"
    "The centre, opened on 13 October 2025, will train 400 engineers a year.\n"
)


def test_mission_over_its_city_cell_issues_the_release() -> None:
    from briefer.ingest.dochead import letterhead_unit

    assert letterhead_unit(_LETTERHEAD, "") == "Embassy of the Republic of Finland in Hanoi"
    # (an outlet already read stays: the letterhead only names a unit under it)
    assert letterhead_unit(_LETTERHEAD, "Some Paper") == ""


def test_release_timing_and_dateline_under_the_kind_are_no_title() -> None:
    from briefer.ingest.dochead import title_under_kind
    from briefer.ingest.handling import handling_marking

    assert handling_marking("For immediate release")
    assert handling_marking("EMBARGOED")
    assert not handling_marking("Immediate release of the detained sailors was agreed")
    title = title_under_kind(_LETTERHEAD, "Embassy of the Republic of Finland")
    assert title == "Finland and Viet Nam open a centre for circular economy in Da Nang"


def test_unit_abroad_with_its_remit_note_issues_the_bulletin(tmp_path: Path) -> None:
    page = tmp_path / "note.txt"
    page.write_text(
        "THƯƠNG VỤ VIỆT NAM TẠI UZBEKISTAN (kiêm nhiệm Tajikistan)\n\n"
        "BẢN TIN THỊ TRƯỜNG • Số 05/2026 • Tashkent, ngày 12/05/2026\n\n"
        "Thương mại Việt Nam - Tajikistan quý I/2026 tăng mạnh\n\n"
        "Theo số liệu của Cục Hải quan, quý I/2026 kim ngạch thương mại Việt Nam - Tajikistan"
        " đạt 6,2 triệu USD, tăng 21% so với cùng kỳ năm 2025.\n\n"
        "Các mặt hàng xuất khẩu chính của Việt Nam gồm chè, hạt điều và hàng dệt may.\n",
        encoding="utf-8",
    )
    assert analyse(page).metadata.outlet == "Thương vụ Việt Nam tại Uzbekistan"


def test_bulletin_name_then_its_unit_and_parent_in_the_head() -> None:
    from briefer.ingest.issuerlines import bulletin_body

    text = (
        "BẢN TIN CPTPP - Trung tâm Hỗ trợ Doanh nghiệp, VCCI\n"
        "Số 04/2026 - Phát hành ngày 15/04/2026\n"
        "Thị trường Canada: dư địa cho gỗ và thủy sản\n"
    )
    assert bulletin_body("Bản tin CPTPP", text) == "Trung tâm Hỗ trợ Doanh nghiệp - VCCI"
    # (the head names another series: no body read from it)
    assert bulletin_body("Bản tin RCEP", text) == ""


def test_remit_note_goes_but_an_acronym_in_brackets_stays() -> None:
    from briefer.ingest.unithead import without_note

    assert without_note("ĐẠI SỨ QUÁN VIỆT NAM TẠI KENYA (kiêm nhiệm Uganda)") == (
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI KENYA"
    )
    assert without_note("VIETNAM PEPPER ASSOCIATION (VPSA)") == "VIETNAM PEPPER ASSOCIATION (VPSA)"


def test_a_title_with_a_period_after_its_comma_is_no_dateline() -> None:
    from briefer.ingest.dochead import title_under_kind

    text = _LETTERHEAD.replace("Hanoi, 14 October 2025\n\n", "").replace(
        "Finland and Viet Nam open",
        "Timber trade with Vietnam, H1 2025\n\nFinland and Viet Nam open",
    )
    assert title_under_kind(text, "Embassy of the Republic of Finland") == (
        "Timber trade with Vietnam, H1 2025"
    )
