"""Periods told without a full date (a run of months named again, a fiscal year, "the same
period", a period fronted after "data show"), a rank out of a count, a Vietnamese official
leading a delegation abroad (ingest/toldperiod.py, keywords.py, spans.py,
visitdirection.py)."""

from __future__ import annotations

import pytest

from briefer.ingest import keywords as kw
from briefer.ingest.toldperiod import fiscal_year, same_months
from briefer.ingest.visitdirection import direction_of
from tests.mined import candidates


def _money(body: str, partner: str, published: str = "2025-06-10") -> list[tuple[float, str]]:
    return [
        (c.value or 0.0, c.period) for c in candidates(body, partner, published) if c.unit == "USD"
    ]


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        (
            "Trong 9 tháng đầu năm 2025, thương mại Việt Nam - Chile đạt 2 tỷ USD.\n\n"
            "Hội thảo có 80 doanh nghiệp tham dự ngày 3/10 tại Hà Nội.\n\n"
            "Về cơ cấu 9 tháng, xuất khẩu của Việt Nam sang Chile đạt 1,5 tỷ USD; nhập khẩu từ "
            "Chile đạt 500 triệu USD.",
            "CL",
        ),
        (
            "In the first nine months of 2025, trade between Vietnam and Chile hit US$2 billion."
            "\n\nThe forum drew 80 firms on October 3 in Hanoi.\n\n"
            "Over the nine months, exports to Chile reached US$1.5 billion; imports from Chile "
            "came to US$500 million.",
            "CL",
        ),
    ],
)
def test_a_run_of_months_named_again_takes_its_dated_period(body: str, partner: str) -> None:
    assert _money(body, partner, "2025-10-20")[1:] == [
        (1_500_000_000, "2025-01..2025-09"),
        (500_000_000, "2025-01..2025-09"),
    ]


def test_a_run_of_other_months_is_no_reference() -> None:
    assert same_months("trong 6 tháng, xuất khẩu đạt", (0, "2025-01..2025-09")) == ""
    assert same_months("over the nine months", (0, "2025-01..2025-09")) == "2025-01..2025-09"
    assert same_months("trong 9 tháng năm 2024", (0, "2025-01..2025-09")) == ""
    assert same_months("9 tháng đầu năm ngoái", (0, "2025-01..2025-09")) == ""
    assert same_months("the first nine months of last year", (0, "2025-01..2025-09")) == ""


@pytest.mark.parametrize(
    ("clause", "partner", "want"),
    [
        ("trade with India reached $1 billion in the fiscal year 2023/24", "", "2023-04..2024-03"),
        ("thương mại đạt 90 triệu USD trong năm tài khóa 2024-2025", "NP", "2024-07..2025-07"),
        ("exports rose in FY2024-25", "AU", "2024-07..2025-06"),
        ("exports rose in the fiscal year 2024/25", "CL", ""),  # (its calendar unknown)
        ("between 2024/2026", "IN", ""),
    ],
)
def test_a_fiscal_year_takes_the_countrys_months(clause: str, partner: str, want: str) -> None:
    assert fiscal_year(clause, partner) == want


def test_a_figure_in_a_partners_fiscal_year() -> None:
    body = "Trade between Pakistan and Vietnam reached US$800 million in the fiscal year 2024/25."
    assert _money(body, "PK") == [(800_000_000, "2024-07..2025-06")]


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        (
            "In the first half of 2025, Vietnam's exports to Peru totalled US$300 million.\n\n"
            "Vietnam bought about US$90 million worth of goods from Peru over the same period.",
            "PE",
        ),
        (
            "6 tháng đầu năm 2025, Việt Nam xuất khẩu sang Peru 300 triệu USD.\n\n"
            "Trong cùng thời gian này, Việt Nam nhập khẩu từ Peru 90 triệu USD.",
            "PE",
        ),
    ],
)
def test_the_same_period_is_the_one_before(body: str, partner: str) -> None:
    assert _money(body, partner) == [
        (300_000_000, "2025-01..2025-06"),
        (90_000_000, "2025-01..2025-06"),
    ]


@pytest.mark.parametrize(
    ("clause", "same"),
    [
        ("bought $90 million over the same period", True),
        ("trong cùng giai đoạn đó, nhập khẩu", True),
        ("against $70 million in the same period of 2024", False),
        ("up 9% over the same period last year", False),
        ("so với cùng giai đoạn năm 2024", False),
    ],
)
def test_the_same_period_of_a_year_is_a_base_not_a_period(clause: str, same: bool) -> None:
    assert (kw.SAME_YEAR.search(clause) is not None) is same


@pytest.mark.parametrize(
    "body",
    [
        "Số liệu của Tổng cục Thống kê cho thấy, trong quý II/2025, kim ngạch thương mại hai "
        "chiều Việt Nam - Peru đạt 120 triệu USD.",
        "Customs data show, in the second quarter of 2025, trade between Vietnam and Peru "
        "reached US$120 million.",
    ],
)
def test_a_period_fronted_after_data_shown_is_the_figures(body: str) -> None:
    assert _money(body, "PE") == [(120_000_000, "2025-04..2025-06")]


@pytest.mark.parametrize(
    "body",
    [
        "Tính đến tháng 9/2025, Peru có 12 dự án với tổng vốn 50 triệu USD, đứng thứ 70/150 "
        "quốc gia và vùng lãnh thổ có đầu tư tại Việt Nam.",
        "Peru has 12 projects worth US$50 million, ranking 70th out of 150 foreign investors in "
        "Vietnam.",
    ],
)
def test_a_rank_out_of_a_count_is_a_rank(body: str) -> None:
    ranks = [(c.value, c.metric) for c in candidates(body, "PE") if c.unit == "rank"]
    assert ranks == [(70, "investment.rank")]


@pytest.mark.parametrize(
    "said",
    [
        "The talks were co-chaired by the Minister of Trade and Tran Van A, Vietnam's Deputy "
        "Minister of Finance, who is leading a trade delegation to the Kingdom from May 3 to 6.",
        "Tran Van A, a Vietnamese deputy minister who was heading a business mission to the "
        "Republic, met the speaker on Monday.",
    ],
)
def test_a_vietnamese_official_leading_a_delegation_goes_out(said: str) -> None:
    assert direction_of(said, "TH") == "outbound"
