"""A run of months whose year is told in words ("January-September this year", "từ tháng 1
đến tháng 9 năm nay") still opens the sentence: it is the period of the flow that follows."""

from tests.mined import candidates


def _figures(body: str) -> list[tuple[float | None, str, str]]:
    found = candidates(body, "PL", "2025-11-12")
    return [(c.value, c.period, c.as_of) for c in found if c.kind == "figure"]


def test_months_this_year_open_an_english_sentence() -> None:
    body = (
        "In January-September this year, Polish exports to Vietnam rose 8 percent to $600 million."
    )
    got = _figures(body)
    assert (600_000_000, "2025-01..2025-09", "") in got
    assert (8, "2025-01..2025-09", "") in got


def test_months_nam_nay_open_a_vietnamese_sentence() -> None:
    body = (
        "Từ tháng 1 đến tháng 9 năm nay, xuất khẩu của Ba Lan sang Việt Nam tăng 8%, "
        "đạt 600 triệu USD."
    )
    got = _figures(body)
    assert (600_000_000, "2025-01..2025-09", "") in got


def test_months_of_last_year_are_not_read_as_this_year() -> None:
    # ("… last year" names another year than the one the months were read in)
    body = (
        "In January-September last year, Polish exports to Vietnam rose 8 percent to $600 million."
    )
    got = _figures(body)
    # both figures are still drafted, dated in last year's nine months — never in the months
    # of 2025, nor as the whole of 2024 (a nine-month figure is no year's)
    assert sorted(got) == [(8, "2024-01..2024-09", ""), (600_000_000, "2024-01..2024-09", "")]
