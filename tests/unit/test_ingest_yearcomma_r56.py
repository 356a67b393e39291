"""r56: a year closing its clause on a comma votes for the page's year ("In 2023, …",
"Năm 2024, …", "On 3 May, 2024, …"); a page is at least as late as the latest year it
reports as done; a feed stamp's day and month refine a bare year the text gives."""

from __future__ import annotations

from briefer.ingest.analysis import metadata_of
from briefer.ingest.clean import clean
from briefer.ingest.metadata import context_year
from briefer.ingest.plannedyears import witness_years
from briefer.ingest.readers import RawDocument


def test_a_year_before_a_comma_and_space_is_a_witness() -> None:
    assert witness_years("In 2023, exports to Chile grew 9%.") == [2023]
    assert witness_years("Năm 2024, hai nước ký ba thỏa thuận.") == [2024]
    # (a decimal comma or a thousands group is no year)
    assert witness_years("đạt 2024,5 triệu USD và 1,950,000 tấn") == []


def test_the_latest_year_reported_as_done_is_a_floor() -> None:
    en = [
        "In 2022, two-way trade stood at US$800 million.",
        "In 2022, Chilean wine exports to Vietnam doubled.",
        "Trade grew 14% in the first half of 2023, the ministry said.",
    ]
    assert context_year(en, "") == 2023
    vi = [
        "Năm 2022, kim ngạch song phương là 1 tỷ USD.",
        "Năm 2022, hai bên mở đường bay thẳng.",
        "Trong 8 tháng đầu năm 2023, kim ngạch đạt 900 triệu USD.",
    ]
    assert context_year(vi, "") == 2023


def test_a_feed_stamp_refines_a_bare_year_into_its_day() -> None:
    text = (
        "Tổng Lãnh sự quán Việt Nam tại Osaka\n"
        "3 tháng 9 lúc 16:40 · 🌏\n\n"
        "TỔNG LÃNH SỰ TIẾP ĐOÀN DOANH NGHIỆP TỈNH HYOGO\n\n"
        "Ngày 1/9/2024, Tổng Lãnh sự đã tiếp đoàn doanh nghiệp tỉnh Hyogo do ông Tanaka "
        "dẫn đầu.\n\n"
        "Tổng Lãnh sự cho biết năm 2023 kim ngạch thương mại giữa hai bên đạt 2 tỷ USD."
    )
    raw = RawDocument(text=text, kind="text", filename="post.txt", sha256="0")
    assert metadata_of(raw, clean(text)).published_on == "2024-09-03"


def test_a_pasted_stamp_of_a_later_year_stands_over_a_reported_year() -> None:
    from briefer.ingest.pasteddate import pasted_day

    text = (
        "News | Business | Opinion\n"
        "Laos-Vietnam trade hits $2 billion in 2023\n"
        "By Staff Writer | Published 9 February 2024 | 10:05\n"
        "Trade between Laos and Vietnam reached $2 billion in 2023, customs data show.\n"
    )
    assert pasted_day(text, "Laos-Vietnam trade hits $2 billion in 2023", "2023") == "2024-02-09"


def test_a_stamp_refines_a_bare_year_it_is_not_earlier_than() -> None:
    from briefer.ingest.yearday import refines

    assert refines("2024-02-09", "2023")
    assert refines("2023-05-01", "2023")
    assert not refines("2022-05-01", "2023")
    assert not refines("2024-02-09", "2023-11-02")


def test_a_wish_to_reach_a_year_is_a_target() -> None:
    assert witness_years("The two sides want to triple their trade by 2030 as ties deepen.") == []
    assert witness_years("Both ministries wish to open a consulate by 2028.") == []
