"""Visit dates (r99): a number after an ordinal word is no day ("lần thứ 4 tháng 9/2024"), a
run of days with the month written out is a range, and two visits joined by ", còn"/", and"
with a long title and name are two events, each with its own date and direction."""

from briefer.ingest.candidates import find_candidates
from briefer.text.dates import find_dates


def _visits(text: str) -> set[tuple[str, str]]:
    return {
        (c.metric, c.event_date)
        for c in find_candidates(text)
        if c.kind == "event" and c.metric.startswith("visit.")
    }


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.start, d.end) for d in find_dates(text)]


def test_ordinal_round_is_no_day() -> None:
    assert _dates("phiên đối thoại chiến lược lần thứ 4 tháng 9/2024") == [("2024-09", "2024-09")]
    assert _dates("Kỳ họp thứ 7 tháng 6/2023 của Ủy ban") == [("2023-06", "2023-06")]


def test_a_day_written_out_stays_a_day() -> None:
    # near-misses: "ngày" before the number, or no ordinal word before it
    assert _dates("khai mạc ngày 4 tháng 9/2024") == [("2024-09-04", "2024-09-04")]
    assert _dates("họp 4 tháng 9 năm 2024") == [("2024-09-04", "2024-09-04")]


def test_visit_with_round_is_dated_to_its_month() -> None:
    text = (
        "Thứ trưởng Bộ Ngoại giao Việt Nam thăm Kazakhstan và chủ trì tham vấn chính trị "
        "lần thứ 4 tháng 9/2024."
    )
    assert ("visit.outbound", "2024-09") in _visits(text)
    assert ("visit.outbound", "2024-09-04") not in _visits(text)


def test_visit_with_round_and_a_real_day() -> None:
    # near-miss: the ordinal is skipped, the day given elsewhere is kept
    text = (
        "Ngày 12 tháng 9 năm 2024, Thứ trưởng Bộ Ngoại giao Việt Nam thăm Kazakhstan và chủ "
        "trì tham vấn chính trị lần thứ 4."
    )
    assert ("visit.outbound", "2024-09-12") in _visits(text)


def test_run_of_days_with_month_written_out() -> None:
    assert _dates("từ ngày 20 đến 23 tháng 4 năm 2025") == [("2025-04-20", "2025-04-23")]
    assert _dates("ngày 2 - 4 tháng 7/2026") == [("2026-07-02", "2026-07-04")]
    text = "Tổng thống Kazakhstan sẽ thăm cấp Nhà nước Việt Nam từ ngày 20 đến 23 tháng 4 năm 2025."
    assert ("visit.inbound", "2025-04-20..2025-04-23") in _visits(text)


def test_counted_months_are_no_run_of_days() -> None:
    # near-miss: without "ngày" or a year, "2 - 4 tháng 7" may count months
    assert _dates("dự án kéo dài 2 - 4 tháng 7 lần") == []


def test_two_visits_joined_by_con() -> None:
    text = (
        "Chủ tịch Thượng viện Kazakhstan Maulen Ashimbayev đã thăm chính thức Việt Nam tháng "
        "4/2023, còn Phó Thủ tướng Việt Nam Trần Lưu Quang thăm Kazakhstan tháng 9/2024."
    )
    got = _visits(text)
    assert ("visit.inbound", "2023-04") in got
    assert ("visit.outbound", "2024-09") in got


def test_two_visits_with_a_long_title_and_name() -> None:
    text = (
        "Kazakh Senate Chairman Maulen Ashimbayev visited Vietnam in April 2023, and "
        "Vietnam's National Assembly Standing Vice Chairman Tran Thanh Man visited "
        "Kazakhstan in September 2024."
    )
    got = _visits(text)
    assert ("visit.inbound", "2023-04") in got
    assert ("visit.outbound", "2024-09") in got


def test_a_visit_and_a_meeting_that_is_no_visit() -> None:
    # near-miss: the clause joined by "còn" has no visiting verb; only one visit
    text = (
        "Bộ trưởng Ngoại giao Kazakhstan thăm Việt Nam tháng 3/2024, còn Thủ tướng hai nước "
        "đã hội đàm trực tuyến tháng 8/2024."
    )
    got = _visits(text)
    assert ("visit.inbound", "2024-03") in got
    assert not any(date == "2024-08" for _, date in got)


def test_next_visit_after_a_time_word() -> None:
    text = (
        "Quan hệ Việt Nam - Kazakhstan khởi sắc sau chuyến thăm Việt Nam của Tổng thống"
        " Kazakhstan vào tháng 4/2017, và mới đây là chuyến thăm Kazakhstan của Phó Chủ tịch"
        " nước Việt Nam vào tháng 10/2025."
    )
    got = _visits(text)
    assert ("visit.inbound", "2017-04") in got
    assert ("visit.outbound", "2025-10") in got


def test_a_time_word_before_no_visit_joins_nothing() -> None:
    # near-miss: after the time word comes a meeting, not a visit, so one visit only
    text = (
        "Quan hệ Việt Nam - Kazakhstan khởi sắc sau chuyến thăm Việt Nam của Tổng thống"
        " Kazakhstan vào tháng 4/2017, và mới đây là cuộc điện đàm giữa hai Bộ trưởng vào"
        " tháng 10/2025."
    )
    got = _visits(text)
    assert ("visit.inbound", "2017-04") in got
    assert ("visit.outbound", "2025-10") not in got
