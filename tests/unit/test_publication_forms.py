"""Publication days as pages write them at first sight (round r77): a Vietnamese month
spelled out, an English day-month-year joined by dashes, a labelled dateline right over a
pasted headline, a sidebar's dated links over the article."""

from __future__ import annotations

from briefer.ingest.datedlinks import dated_link
from briefer.ingest.pasteddate import pasted_day
from briefer.ingest.pastedheadline import pasted_headline
from briefer.text.dates import find_dates


def _isos(text: str) -> list[str]:
    return [d.iso for d in find_dates(text)]


# --- the month spelled out in Vietnamese --------------------------------------------------


def test_vietnamese_month_words_between_a_day_and_a_year() -> None:
    assert _isos("Cập nhật 22 Tháng Tư 2026 | 14:05") == ["2026-04-22"]
    assert _isos("Hải Phòng, ngày 7 tháng Chạp năm 2024") == ["2024-12-07"]
    assert _isos("Thứ Ba, 30 tháng Mười Hai, 2025") == ["2025-12-30"]
    assert _isos("ngày 19 tháng Năm năm 2026") == ["2026-05-19"]


def test_a_count_of_months_is_no_month_word() -> None:
    # "8 tháng năm 2023" is the first eight months of 2023, not the 8th of May
    assert _isos("8 tháng năm 2023 xuất khẩu tăng") == ["2023-01..2023-08"]
    # a month word without its day says nothing of a day
    assert "2025-02-03" not in _isos("ba tháng hai 2025")


# --- English day, month and year joined ---------------------------------------------------


def test_day_month_year_joined_by_dashes_or_slashes() -> None:
    assert _isos("Release date: 03-Feb-2026") == ["2026-02-03"]
    assert _isos("Posted 21/MAR/2024 by the Press Unit") == ["2024-03-21"]


def test_a_joined_day_and_month_without_a_year_is_no_date() -> None:
    assert _isos("Batch 14-Nov shipped") == []


# --- a labelled dateline right over a pasted headline ------------------------------------

_RELEASE = "\n".join(
    [
        "Department of Foreign Affairs - Republic of Fiji",
        "News  Statements  Missions  Contact",
        "Statements",
        "Date: 03-Feb-2026",
        "Fiji and Viet Nam sign memorandum on fisheries training in Suva",
        "Fiji and Viet Nam signed a memorandum on fisheries training on 2 February 2026.",
        "Two-way trade stood at US$ 41 million in 2025, the Ministry said.",
    ]
)
_TITLE = "Fiji and Viet Nam sign memorandum on fisheries training in Suva"


def test_a_dateline_right_over_the_headline_dates_the_page() -> None:
    assert pasted_day(_RELEASE, _TITLE, "2026") == "2026-02-03"


def test_the_first_line_over_a_headline_is_a_top_bar_not_a_dateline() -> None:
    # (a page's first line is the copy's top bar: the day it was copied, not published)
    text = "\n".join(["Thursday, 05-Mar-2026", *_RELEASE.splitlines()[4:]])
    assert pasted_day(text, _TITLE, "2026") == ""
    assert pasted_day(text, _TITLE, "") == ""
    # (nor is it a dateline with only the masthead over it: still the copy's top bar)
    under_masthead = "\n".join(
        ["The Fiji Times", "Thursday, 05-Mar-2026", *_RELEASE.splitlines()[4:]]
    )
    assert pasted_day(under_masthead, _TITLE, "2026") == ""
    # (a label makes it the release's own dateline; so does a section's name between)
    labelled = "\n".join(["The Fiji Times", "Date: 03-Feb-2026", *_RELEASE.splitlines()[4:]])
    assert pasted_day(labelled, _TITLE, "2026") == "2026-02-03"
    lines = ["The Fiji Times", "Statements", "Thursday, 05-Mar-2026", *_RELEASE.splitlines()[4:]]
    assert pasted_day("\n".join(lines), _TITLE, "2026") == "2026-03-05"


def test_the_line_over_the_headline_wins_over_the_top_bar() -> None:
    text = "\n".join(
        [
            "Báo Miền Tây",
            "Thứ Năm, 05/03/2026",
            "Kinh tế › Hội nhập",
            "Thứ hai, 02/03/2026 | 07:40",
            "Cần Thơ đón đoàn doanh nghiệp Hà Lan tìm hiểu ngành thủy sản",
            "Sáng 1/3/2026, UBND thành phố tiếp đoàn doanh nghiệp Hà Lan do Đại sứ dẫn đầu.",
        ]
    )
    title = "Cần Thơ đón đoàn doanh nghiệp Hà Lan tìm hiểu ngành thủy sản"
    # the text's readers took the top bar's day; the dateline over the headline says when
    assert pasted_day(text, title, "2026-03-05") == "2026-03-02"


# --- a sidebar's dated links over the article ---------------------------------------------

_SIDEBAR_PAGE = [
    "The Pacific Herald",
    "Home Politics Business Region Sport",
    "Recent Posts",
    "Nadi airport runway works finish early March 4, 2026",
    "Sugar cane harvest forecast cut again March 3, 2026",
    "Region",
    "Fiji and Viet Nam agree to train fisheries inspectors",
    "Mere Tuilagi / Pacific Herald March 2, 2026",
    "Fiji and Viet Nam agreed yesterday to train fisheries inspectors under a new memorandum.",
    "Two-way trade reached US$41 million in 2025, according to the Bureau of Statistics.",
]


def test_links_dated_one_under_another_are_a_list() -> None:
    assert dated_link(_SIDEBAR_PAGE, 3)
    assert dated_link(_SIDEBAR_PAGE, 4)


def test_a_headline_over_its_dated_byline_is_no_list_item() -> None:
    assert not dated_link(_SIDEBAR_PAGE, 6)  # the headline: no day of its own
    assert not dated_link(_SIDEBAR_PAGE, 7)  # the byline row: alone in ending on a day


def test_the_headline_under_a_dated_list_is_the_pasted_headline() -> None:
    text = "\n".join(_SIDEBAR_PAGE)
    first_link = _SIDEBAR_PAGE[3]
    assert pasted_headline(text, first_link) == _SIDEBAR_PAGE[6]
