"""A memorandum named with capitals is an agreement; "yesterday" before where it happened is
the day before publication; a run of months from January in a sentence with no event cue
dates no event (a report's heading), while a quarter or a cue beside it still does."""

from __future__ import annotations

import pytest

from briefer.ingest import keywords as kw
from briefer.text.dates import weekday_dates
from tests.mined import candidates, events


def test_a_memorandum_in_capitals_signed_yesterday_is_an_agreement_of_that_day() -> None:
    body = (
        "Peru and Vietnam signed a Memorandum of Understanding on fisheries yesterday at the "
        "Ministry of Production in Lima."
    )
    assert kw.topic_of(body) == "agreements"
    found = [(c.kind, c.topic, c.event_date) for c in candidates(body, "PE", "2026-02-11")]
    assert found == [("event", "agreements", "2026-02-10")]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The two ministers met yesterday in Lima.", ["2026-02-10"]),
        ("The ministry said yesterday.", ["2026-02-10"]),
        # "yesterday's" or a noun after it is no day of the report's
        ("Yesterday's men still run the port.", []),
        ("Vietnam today is a major rice exporter.", []),
    ],
)
def test_yesterday_and_today_only_where_they_date_a_clause(text: str, days: list[str]) -> None:
    assert [d.iso for d in weekday_dates(text, "2026-02-11")] == days


@pytest.mark.parametrize(
    "body",
    [
        "Thương mại Việt Nam - Peru 9 tháng đầu năm 2025: nhập khẩu nông sản tiếp tục tăng",
        "Thương vụ trân trọng gửi Quý doanh nghiệp thông tin về tình hình thương mại Việt Nam - "
        "Peru 10 tháng năm 2025 như sau:",
    ],
)
def test_a_run_of_months_without_a_cue_dates_no_event(body: str) -> None:
    assert events(body, "PE") == []


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # a quarter: when a plan is due
        (
            "Hai bên thống nhất tổ chức diễn đàn doanh nghiệp Việt Nam - Peru trong quý I/2026.",
            "2026-01..2026-03",
        ),
        # a run of months beside an event cue
        (
            "Trong 6 tháng đầu năm 2025, hai bên đã trao đổi nhiều đoàn và thăm lẫn nhau.",
            "2025-01..2025-06",
        ),
    ],
)
def test_a_quarter_or_a_run_beside_a_cue_still_dates_an_event(body: str, date: str) -> None:
    assert [d for d, _ in events(body, "PE")] == [date]
