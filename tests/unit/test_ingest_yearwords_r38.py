"""A run of months, a quarter or a month whose year is told in words ("January-September last
year", "9 tháng đầu năm ngoái", "Q3 this year") is dated in the months of that year — never
as the whole year, nor in the months of another (briefer.ingest.yearwords, hooked in the
candidate finder's date reading)."""

import pytest

from briefer.domain.english import suggest_english
from briefer.domain.model import Country
from briefer.ingest.drafts import draft_of
from briefer.ingest.yearwords import told_years
from briefer.text.dates import find_dates
from tests.mined import candidates

PUBLISHED = "2025-11-12"  # (the text's year 2025: "last year" is 2024)


def _periods(body: str, partner: str = "CL") -> list[tuple[str, float | None, str]]:
    found = candidates(body, partner, PUBLISHED)
    return [(c.metric, c.value, c.period) for c in found if c.kind == "figure"]


@pytest.mark.parametrize(
    ("body", "period"),
    [
        (
            "In March-August last year, Chile's exports to Vietnam rose to $410 million.",
            "2024-03..2024-08",
        ),
        (
            "Vietnam sold Chile goods worth $380 million in the first eight months of last year.",
            "2024-01..2024-08",
        ),
        (
            "In the first half of last year, trade between Chile and Vietnam came to $1.3 billion.",
            "2024-01..2024-06",
        ),
        ("Chile-Vietnam trade came to $520 million in Q2 last year.", "2024-04..2024-06"),
        (
            "Chile-Vietnam trade came to $520 million in the fourth quarter of last year.",
            "2024-10..2024-12",
        ),
        ("Chile-Vietnam trade came to $520 million in Q2 this year.", "2025-04..2025-06"),
    ],
)
def test_english_months_of_a_year_told_in_words(body: str, period: str) -> None:
    got = _periods(body)
    assert got, body
    assert {p for _, _, p in got} == {period}


@pytest.mark.parametrize(
    ("body", "period"),
    [
        (
            "8 tháng đầu năm ngoái, kim ngạch thương mại Việt Nam - Chile đạt 1,3 tỷ USD.",
            "2024-01..2024-08",
        ),
        (
            "Kim ngạch thương mại Việt Nam - Chile 8 tháng năm trước đạt 1,3 tỷ USD.",
            "2024-01..2024-08",
        ),
        (
            "Quý II năm ngoái, kim ngạch thương mại Việt Nam - Chile đạt 520 triệu USD.",
            "2024-04..2024-06",
        ),
        (
            "Từ tháng 3 đến tháng 8 năm ngoái, kim ngạch thương mại Việt Nam - Chile đạt 1 tỷ USD.",
            "2024-03..2024-08",
        ),
        (
            "Nửa đầu năm ngoái, kim ngạch thương mại Việt Nam - Chile đạt 900 triệu USD.",
            "2024-01..2024-06",
        ),
        (
            "Kim ngạch thương mại Việt Nam - Chile 8 tháng năm nay đạt 1,4 tỷ USD.",
            "2025-01..2025-08",
        ),
        # (a year written out was read before: it stays as it was)
        (
            "5 tháng đầu năm 2024, kim ngạch thương mại Việt Nam - Chile đạt 700 triệu USD.",
            "2024-01..2024-05",
        ),
    ],
)
def test_vietnamese_months_of_a_year_told_in_words(body: str, period: str) -> None:
    got = _periods(body)
    assert got, body
    assert {p for _, _, p in got} == {period}


def test_the_same_period_last_year_stays_a_comparison() -> None:
    # the growth and the amount are counted over this year's months; last year's are the base
    got = _periods(
        "Trade between Chile and Vietnam reached $1.4 billion in the first eight months of "
        "this year, up 9 percent from the same period last year."
    )
    assert sorted(got, key=lambda g: g[0]) == [
        ("trade.growth", 9, "2025-01..2025-08"),
        ("trade.total", 1_400_000_000, "2025-01..2025-08"),
    ]
    got = _periods(
        "8 tháng đầu năm nay, kim ngạch thương mại Việt Nam - Chile đạt 1,4 tỷ USD, tăng 9% so "
        "với cùng kỳ năm ngoái."
    )
    assert {p for _, _, p in got} == {"2025-01..2025-08"}


def test_the_months_compared_with_are_no_period() -> None:
    # "… so với 8 tháng năm ngoái": the base's months, read as last year's, never the period
    got = _periods(
        "Kim ngạch thương mại Việt Nam - Chile 8 tháng năm nay đạt 1,4 tỷ USD, tăng 9% so với "
        "8 tháng năm ngoái."
    )
    assert {p for _, _, p in got} == {"2025-01..2025-08"}


def test_a_bare_year_in_words_keeps_its_whole_year() -> None:
    assert _periods("Năm ngoái, kim ngạch thương mại Việt Nam - Chile đạt 2,1 tỷ USD.") == [
        ("trade.total", 2_100_000_000, "2024")
    ]
    assert _periods("Last year, trade between Chile and Vietnam reached $2.1 billion.") == [
        ("trade.total", 2_100_000_000, "2024")
    ]


def test_the_dates_read_run_to_the_end_of_the_words() -> None:
    text = "Trong quý II năm ngoái và trong năm trước đó, hai bên đã trao đổi nhiều đoàn."
    got = told_years(text, find_dates(text, 2025), 2025)
    assert [(d.iso, d.text) for d in got] == [("2024-04..2024-06", "quý II năm ngoái")]
    # (no year the text is in: nothing to count from)
    assert told_years(text, [], None) == []


def test_the_english_line_of_the_draft_says_the_months() -> None:
    body = "In January-August last year, Vietnam's exports to Chile rose to $410 million."
    found = [c for c in candidates(body, "CL", PUBLISHED) if c.metric == "trade.exports"]
    assert [c.period for c in found] == ["2024-01..2024-08"]
    home = Country("VN", "Việt Nam", "Viet Nam")
    partner = Country("CL", "Chi-lê", "Chile")
    english = suggest_english(draft_of(found[0], "u-1"), found[0].quote, home, partner).text
    assert english == "Viet Nam's exports to Chile reached USD 410 million in January–August 2024."
