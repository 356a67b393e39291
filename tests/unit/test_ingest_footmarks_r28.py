"""A source's footnote mark glued to a figure's currency does not hide the currency; a flow
counted up to a month still runs from the year's start. Wording of our own."""

from __future__ import annotations

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.footmarks import unmark


def _figures(body: str, *partners: str) -> list[Candidate]:
    meta = Metadata(
        published_on="2025-11-20",
        context_year=2025,
        partners=partners,
        language="en" if body.isascii() else "vi",
    )
    return [c for c in find_candidates(body, meta) if c.kind == "figure"]


def test_a_flow_counted_up_to_a_month_still_runs_from_the_years_start() -> None:
    found = _figures(
        "Tính đến hết tháng 8/2025, kim ngạch thương mại Việt Nam - Chi-lê đạt 1,2 tỷ USD.",
        "CL",
    )
    assert [(c.metric, c.period) for c in found] == [("trade.total", "2025-01..2025-08")]


def test_a_footnote_mark_after_the_currency_keeps_the_currency() -> None:
    vi = _figures("Năm 2024, kim ngạch hai chiều Việt Nam - Ma-rốc đạt 410 triệu USD².", "MA")
    assert [(c.value, c.unit, c.period) for c in vi] == [(410_000_000.0, "USD", "2024")]
    en = _figures("Trade between Vietnam and Morocco reached USD 410 million in 2024³.", "MA")
    assert [(c.value, c.unit) for c in en] == [(410_000_000.0, "USD")]


def test_exponents_are_no_footnote_marks() -> None:
    assert unmark("đạt 5 triệu USD¹²,") == "đạt 5 triệu USD  ,"
    sizes = "kho rộng 800 m², bể 40 m³, vùng 12 km²"
    assert unmark(sizes) == sizes
    assert unmark("khoảng 10⁹ đồng") == "khoảng 10⁹ đồng"
