"""Round 92: a value's period written as a list or span of months, and a visit's days in
their general forms — wording of our own (other countries, figures, years)."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.occasions import signed_at_occasion
from briefer.text.dates import find_dates, weekday_dates

_META = Metadata(published_on="2024-11-12", context_year=2024)


def _found(body: str, meta: Metadata = _META) -> list[Candidate]:
    return find_candidates(body, meta)


def _periods(body: str) -> set[tuple[float | None, str]]:
    return {(c.value, c.period) for c in _found(body) if c.kind == "figure"}


def _events(body: str, meta: Metadata = _META) -> set[tuple[str, str]]:
    return {(c.event_date, c.metric) for c in _found(body, meta) if c.kind == "event"}


# --- periods: two months running, a span without its year, a fronted "Over …" -------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Trong tháng 4 và tháng 5 năm 2023, xuất khẩu tăng.", "2023-04..2023-05"),
        ("trong tháng 11 và tháng 12/2022", "2022-11..2022-12"),
        ("Exports in July and August 2023 rose.", "2023-07..2023-08"),
        ("Từ tháng 2 - 7, xuất khẩu tăng.", "2024-02..2024-07"),
    ],
)
def test_months_running_make_one_span(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, 2024)] == [iso]


def test_months_apart_stay_two_dates() -> None:
    # near-miss: "March and June" are two months, not the run between them
    isos = [d.iso for d in find_dates("Talks were held in March and June 2023.", 2024)]
    assert "2023-03..2023-06" not in isos
    assert "2023-06" in isos


@pytest.mark.parametrize(
    ("body", "value", "period"),
    [
        (
            "Trong tháng 7 và tháng 8 năm 2023, thương mại song phương Việt Nam - Peru đạt "
            "91,3 triệu USD.",
            91_300_000,
            "2023-07..2023-08",
        ),
        (
            "Over February to October 2023, bilateral trade between Vietnam and Peru reached "
            "US$212.4 million.",
            212_400_000,
            "2023-02..2023-10",
        ),
        (
            "Từ tháng 1 - 10, kim ngạch thương mại Việt Nam - Peru đạt 305 triệu USD.",
            305_000_000,
            "2024-01..2024-10",
        ),
    ],
)
def test_a_figure_counted_over_a_span_of_months(body: str, value: float, period: str) -> None:
    assert (value, period) in _periods(body)


def test_a_span_of_months_is_no_event_of_its_first_month() -> None:
    body = (
        "Trong tháng 7 và tháng 8 năm 2023, thương mại song phương Việt Nam - Peru đạt "
        "91,3 triệu USD."
    )
    # (the first month alone, its year read from the page, was an event: "2024-07")
    assert not any(date[5:7] == "07" for date, _ in _events(body))


def test_up_to_now_is_no_closed_period() -> None:
    # near-miss: "từ tháng 1 đến nay" runs to the present, no closed span of months
    body = "Từ tháng 1 đến nay, kim ngạch thương mại Việt Nam - Peru đạt 280 triệu USD."
    assert (280_000_000, "") in _periods(body)


def test_a_change_over_a_span_stays_its_base() -> None:
    # near-miss: "grew 7% over January-June 2023" compares with that span
    body = (
        "Vietnam's exports to Peru grew 7% over January-June 2023 to US$150 million in "
        "January-June 2024."
    )
    assert (7.0, "2023-01..2023-06") not in _periods(body)


# --- visits: weekday spans, whose visit, "The visit, …", an act during a visit ------------

_MONDAY = Metadata(published_on="2024-03-11", context_year=2024)  # a Monday


def test_a_weekday_span_is_read_against_the_publication_day() -> None:
    body = (
        "Chile's President Ana Torres is on a state visit to Vietnam from Saturday to "
        "Tuesday, her first trip to Asia since taking office."
    )
    assert ("2024-03-09..2024-03-12", "visit.inbound") in _events(body, _MONDAY)


def test_a_weekday_span_in_vietnamese_still_to_come() -> None:
    refs = weekday_dates("Bộ trưởng sẽ thăm Chile từ thứ Tư đến thứ Sáu.", "2024-03-11")
    assert [(d.start, d.end) for d in refs] == [("2024-03-13", "2024-03-15")]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose from 2 to 4 percent, the ministry said.",  # no weekday at all
        "The market is open from 9am to 5pm.",
    ],
)
def test_no_weekday_span_without_weekdays(text: str) -> None:
    assert weekday_dates(text, "2024-03-11") == [] and find_dates(text, 2024) == []


def test_a_weekday_in_an_unrelated_sentence_dates_no_visit() -> None:
    # near-miss: the visit's days are written; a weekday of the report elsewhere is no span
    body = (
        "Chile's President Ana Torres paid a state visit to Vietnam from 4 to 6 March 2024.\n\n"
        "The stock market closed higher on Friday."
    )
    events = _events(body, _MONDAY)
    assert ("2024-03-04..2024-03-06", "visit.inbound") in events
    assert not any(".." in date and date != "2024-03-04..2024-03-06" for date, _ in events)


def test_whose_visit_after_of() -> None:
    body = (
        "The Chile-Vietnam business forum coincided with the official visit to the Andean "
        "nation of Vietnamese Deputy Prime Minister Tran Van Minh from February 3 to 5."
    )
    assert ("2024-02-03..2024-02-05", "visit.outbound") in _events(body, _MONDAY)


def test_the_visit_told_again_takes_the_direction_told_above() -> None:
    body = (
        "Chilean Foreign Minister Ana Torres has arrived in Hanoi for a four-day official "
        "visit to Vietnam.\n\n"
        "The visit, from 4 to 7 March 2024, follows an invitation of the Vietnamese side."
    )
    assert ("2024-03-04..2024-03-07", "visit.inbound") in _events(body, _MONDAY)


def test_a_visit_with_no_visit_told_above_stays_undirected() -> None:
    # near-miss: nothing above tells whose visit it was
    body = (
        "The visit, from 4 to 7 March 2024, is the first in a decade.\n\n"
        "Chile is a key partner of Vietnam."
    )
    assert not any(m.startswith("visit.") for _, m in _events(body, _MONDAY))


def test_an_act_on_a_day_during_a_visit_is_an_event_of_that_day() -> None:
    body = (
        "The elevation of ties was announced on April 9 during the official visit to Chile "
        "of Vietnamese Foreign Minister Tran Van Minh."
    )
    events = _events(body, _MONDAY)
    assert ("2024-04-09", "") in events
    assert ("2024-04", "visit.outbound") in events


def test_a_forum_during_a_visit_is_the_visits_programme() -> None:
    # near-miss: a forum held on a day of the visit is no fact of its own
    body = (
        "A business forum was held in Santiago on April 9 during the official visit to Chile "
        "of Vietnamese Foreign Minister Tran Van Minh."
    )
    assert ("2024-04-09", "") not in _events(body, _MONDAY)


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        ("Nhân dịp này, hai bên đã ký Kế hoạch hợp tác giáo dục giai đoạn 2024-2027.", True),
        ("Nhân sự kiện này, hai Bộ đã ký Bản ghi nhớ về nông nghiệp.", True),
        # near-miss: two firms' deal at the forum is business news, not the sides' signing
        ("Nhân dịp này, Công ty An Phát và Tập đoàn Andes đã ký thỏa thuận phân phối.", False),
    ],
)
def test_the_sides_signing_on_this_occasion(text: str, signs: bool) -> None:
    assert signed_at_occasion(text) is signs


# --- milestones ---------------------------------------------------------------------------


def test_agreed_a_partnership_sets_it_up() -> None:
    body = "Vietnam and Chile agreed a Strategic Partnership in November 2017."
    assert ("2017-11", "relations.strategic_partnership") in _events(body)


def test_agreed_to_work_towards_a_partnership_sets_none_up() -> None:
    # near-miss: an aim, no partnership set up
    body = "In March 2024 Vietnam and Chile agreed to work towards a Strategic Partnership."
    assert not any(m.startswith("relations.strategic") for _, m in _events(body))


def test_a_signing_on_this_occasion_takes_the_ceremony_day() -> None:
    body = (
        "Ngày 14/5/2024, tại Santiago, Đại sứ quán Việt Nam tổ chức Lễ kỷ niệm 53 năm quan "
        "hệ ngoại giao Việt Nam - Chile.\n\n"
        "Nhân dịp này, hai bên đã ký Kế hoạch hợp tác giáo dục giai đoạn 2024-2027."
    )
    assert any(
        date == "2024-05-14" and c.quote.startswith("Nhân dịp này")
        for c in _found(body)
        for date in (c.event_date,)
    )


def test_an_undated_signing_beside_a_target_is_dated_by_its_retelling() -> None:
    body = (
        "Chile and Vietnam have signed an agreement on fisheries, with both sides targeting "
        "two-way trade of US$3 billion by 2028.\n\n"
        "The agreement was signed in Santiago on March 7 by the two ministers."
    )
    assert any(
        c.kind == "event" and c.event_date == "2024-03-07" and c.quote.startswith("Chile and")
        for c in _found(body)
    )
