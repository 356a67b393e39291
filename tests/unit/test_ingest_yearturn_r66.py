"""Round r66 (mine): a date written without its year at a year's turn takes the year its
clause's tense gives (a planned visit next year, a past one last year), and a weekday on a
verb of telling dates the telling, not the visit the sentence tells of."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import find_candidates
from briefer.ingest.cleantypes import Metadata
from briefer.ingest.yearless import settled_years
from briefer.text.dates import find_dates


def _visits(body: str, published: str) -> set[str]:
    meta = Metadata(published_on=published, context_year=int(published[:4]))
    return {c.event_date for c in find_candidates(body, meta) if c.metric.startswith("visit.")}


@pytest.mark.parametrize(
    ("body", "published", "want"),
    [
        # planned, named month already past at publication: next year's
        (
            "Peruvian President Dina Boluarte will visit Vietnam in February.",
            "2025-10-02",
            "2026-02",
        ),
        ("Thủ tướng Peru dự kiến thăm chính thức Việt Nam vào tháng 1.", "2025-12-15", "2026-01"),
        # done, named month well after publication: last year's
        ("Prime Minister of Peru visited Vietnam in November.", "2026-01-12", "2025-11"),
        ("Chủ tịch Quốc hội đã thăm chính thức Peru vào tháng 11.", "2026-01-12", "2025-11"),
        # done within the year: the publication's year, as before
        ("Prime Minister of Peru visited Vietnam in May.", "2025-10-02", "2025-05"),
    ],
)
def test_a_month_without_its_year_takes_the_year_its_tense_gives(
    body: str, published: str, want: str
) -> None:
    assert want in _visits(body, published)


def test_a_day_without_its_year_in_a_planned_clause_is_next_year() -> None:
    text = "Đoàn sẽ sang thăm Lima từ ngày 12 đến 15/1."
    refs = settled_years(text, find_dates(text, 2025), "2025-12-20")
    assert [r.iso for r in refs] == ["2026-01-12..2026-01-15"]


def test_no_tense_and_a_run_of_months_keep_the_publication_year() -> None:
    fair = "Hội chợ hàng Việt Nam tại Lima diễn ra vào tháng 12."
    assert [r.iso for r in settled_years(fair, find_dates(fair, 2025), "2025-09-05")] == ["2025-12"]
    run = "Trong 6 tháng đầu năm, kim ngạch đạt 1,2 tỷ USD."
    assert [r.iso for r in settled_years(run, find_dates(run, 2025), "2025-01-20")] == [
        "2025-01..2025-06"
    ]


def test_a_deal_signed_earlier_that_a_future_clause_names_stays_in_its_year() -> None:
    text = "The two sides will carry out the agreements signed in March."
    assert [r.iso for r in settled_years(text, find_dates(text, 2025), "2025-11-20")] == ["2025-03"]


def test_a_weekday_on_a_verb_of_telling_does_not_date_the_visit() -> None:
    body = (
        "Peruvian Foreign Minister Elmer Schialer paid an official visit to Vietnam in "
        "March, the ministry said on Tuesday."
    )
    assert _visits(body, "2025-11-20") == {"2025-03"}
    # a weekday on the act itself still dates it
    done = "Peruvian Foreign Minister Elmer Schialer on Tuesday received Vietnam's envoy in Lima."
    assert _visits(done, "2025-11-20") == {"2025-11-18"}


def test_a_planned_visit_is_no_past_one() -> None:
    # ("planned" ends in -ed, and is what is to come)
    text = "The forum also prepared for a planned visit to Hanoi by the Greek minister in July."
    assert [r.iso for r in settled_years(text, find_dates(text, 2026), "2026-04-16")] == ["2026-07"]


def test_a_plan_told_a_day_late_keeps_its_year() -> None:
    # (the report is out the day after the talks it announces)
    text = "The delegation will hold consultations with the ministry on June 9."
    assert [r.iso for r in settled_years(text, find_dates(text, 2025), "2025-06-10")] == [
        "2025-06-09"
    ]
