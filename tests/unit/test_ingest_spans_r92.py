"""Round 92: a value's period written as a list or span of months, and a visit's days in
their general forms — wording of our own (other countries, figures, years)."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata
from briefer.text.dates import find_dates

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
