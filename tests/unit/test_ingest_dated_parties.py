"""Days and periods told once for several things (issue 19, ninth round): one verb dated for
each party in turn ("ties with X on … and with Y on …", "có hiệu lực với X từ ngày … và với
Y từ ngày …"), a ceremony held on a day for an anniversary, a breakdown after a semicolon in
the period of the figure it breaks down. Wording of our own."""

from __future__ import annotations

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata


def _events(body: str, *partners: str) -> list[Candidate]:
    meta = Metadata(
        published_on="2025-06-10",
        context_year=2025,
        partners=partners,
        language="en" if body.isascii() else "vi",
    )
    return [c for c in find_candidates(body, meta) if c.kind == "event"]


def test_ties_with_each_party_on_its_own_day_are_two_events() -> None:
    found = _events(
        "Vietnam established diplomatic relations with Ghana on 5 March 1965 and with Togo on "
        "10 August 1975.",
        "GH",
        "TG",
    )
    assert [(c.pair, c.event_date, c.metric) for c in found] == [
        ("VN-GH", "1965-03-05", "relations.established"),
        ("VN-TG", "1975-08-10", "relations.established"),
    ]


def test_an_accord_in_force_for_each_party_on_its_day_dates_each() -> None:
    found = _events(
        "Hiệp định có hiệu lực với Ga-na từ ngày 1/7/2021 và với Việt Nam từ ngày 1/9/2021.",
        "GH",
    )
    assert [(c.pair, c.event_date) for c in found] == [
        ("VN-GH", "2021-07-01"),
        ("VN-GH", "2021-09-01"),
    ]
    assert found[1].quote.startswith("với Việt Nam")


def test_a_ceremony_on_a_day_for_an_anniversary_is_dated_that_day() -> None:
    found = _events(
        "Ngày 5/6/2025, Đại sứ quán Ga-na tổ chức Lễ kỷ niệm 20 năm thành lập Hội hữu nghị "
        "Việt Nam - Ga-na tại Hà Nội.",
        "GH",
    )
    assert [c.event_date for c in found] == ["2025-06-05"]
    found = _events(
        "On 4 May 2025 the Ghanaian embassy held a ceremony to mark the 20th anniversary of "
        "the Vietnam-Ghana friendship society.",
        "GH",
    )
    assert [c.event_date for c in found] == ["2025-05-04"]
    # (without a ceremony the anniversary reads back to the founding, as before)
    found = _events(
        "Năm 2025, hai nước kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Ga-na.", "GH"
    )
    assert [c.event_date for c in found] == ["1965"]


def test_a_breakdown_after_a_semicolon_takes_the_period_of_the_figure_it_breaks_down() -> None:
    meta = Metadata(published_on="2025-03-01", context_year=2025, partners=("GH",), language="vi")
    body = (
        "Năm 2024, kim ngạch thương mại Việt Nam - Ga-na đạt 950 triệu USD, tăng 8% so với "
        "năm 2023; trong đó xuất khẩu của Việt Nam đạt 410 triệu USD."
    )
    figures = [c for c in find_candidates(body, meta) if c.kind == "figure"]
    assert [(c.value, c.period) for c in figures if c.unit == "USD"] == [
        (950_000_000.0, "2024"),
        (410_000_000.0, "2024"),
    ]


def test_a_ceremony_day_and_the_anniversarys_years_are_two_milestones() -> None:
    found = _events(
        "Ngày 5/6/2025, Đại sứ quán Ga-na tổ chức Lễ kỷ niệm 20 năm thành lập Hội hữu nghị "
        "Việt Nam - Ga-na (2005 - 2025) tại Hà Nội.",
        "GH",
    )
    assert sorted(c.event_date for c in found) == ["2005", "2025-06-05"]


def test_a_later_milestone_after_an_anniversary_keeps_its_own_year() -> None:
    found = _events(
        "Năm nay, hai nước kỷ niệm 60 năm thiết lập quan hệ ngoại giao (5/3/1965 - 5/3/2025) "
        "và 5 năm quan hệ Đối tác chiến lược được xác lập năm 2020.",
        "GH",
    )
    assert [(c.event_date, c.metric) for c in found] == [
        ("1965-03-05", "relations.established"),
        ("2020", "relations.strategic_partnership"),
    ]
