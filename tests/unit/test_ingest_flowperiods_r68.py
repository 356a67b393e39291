"""r68: a flow's period told back by a breakdown across a line without figures, and by "in
the period" (the period of the total before it)."""

from __future__ import annotations

from briefer.ingest.flowperiod import breakdown_period
from tests.mined import candidates


def _periods(body: str, partner: str) -> dict[float, str]:
    return {
        c.value: c.period for c in candidates(body, partner, "2025-10-20") if c.value is not None
    }


def test_breakdown_after_a_paragraph_without_figures() -> None:
    body = (
        "Kim ngạch thương mại hai chiều Việt Nam - Na Uy trong 9 tháng đầu năm 2025 đạt 980"
        " triệu USD, theo Cục Hải quan.\n"
        "Số liệu được công bố tại hội thảo xúc tiến thương mại tổ chức ngày 12/10 tại Hà Nội.\n"
        "Trong đó, xuất khẩu của Việt Nam sang Na Uy đạt 610 triệu USD, chủ yếu là thủy sản;"
        " nhập khẩu từ Na Uy đạt 370 triệu USD."
    )
    got = _periods(body, "NO")
    assert got[6.1e8] == "2025-01..2025-09"
    assert got[3.7e8] == "2025-01..2025-09"


def test_breakdown_not_over_a_paragraph_of_other_figures() -> None:
    # a figure told between (a dated one's paragraph is then not the last figure's)
    told = "The figures were released by the customs office."
    last = (3, "2025-01..2025-09")
    assert breakdown_period(last, (4, "fdi.total", ""), 5, True, told) == ""
    assert breakdown_period(last, (3, "trade.total", ""), 5, True, told) == "2025-01..2025-09"
    # (not at a paragraph's head: only its own paragraph's; nor over a new topic between)
    assert breakdown_period(last, (3, "trade.total", ""), 5, False, told) == ""
    assert breakdown_period(last, (3, "trade.total", ""), 5, True, "Two sides met.") == ""


def test_in_the_period_takes_the_total_s_period() -> None:
    body = (
        "Trade between Vietnam and Peru reached US$960 million in the first eight months of"
        " 2025, up 9% year-on-year.\n"
        "The figures were released at a business meeting in Lima on October 2.\n"
        "Vietnamese exports to Peru, led by phones and footwear, amounted to US$540 million in"
        " the period, while imports from Peru came to US$420 million."
    )
    got = _periods(body, "PE")
    assert got[5.4e8] == "2025-01..2025-08"
    assert got[4.2e8] == "2025-01..2025-08"
