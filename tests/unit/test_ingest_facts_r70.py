"""Key facts (r70): a rank as a destination for a country's named goods, a fiscal year
written years first, a milestone after a dateline's leading visit, ties named by their two
sides or raised to a partnership named in lower case, a trip announced ahead."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.cleantypes import Metadata
from briefer.ingest.toldperiod import fiscal_year


def _facts(text: str, partner: str = "") -> list[tuple[str, str, str, float | None]]:
    meta = Metadata(partners=(partner,)) if partner else None
    found = find_candidates(text, meta) if meta else find_candidates(text)
    return [(c.metric, c.period or c.event_date, c.unit, c.value) for c in found]


def test_a_destination_for_a_countrys_goods_is_a_trade_rank() -> None:
    text = "Vietnam is now the second-largest destination for Tanzanian cashew kernels."
    assert ("trade.home_rank", "", "rank", 2.0) in _facts(text)


def test_a_destination_for_a_countrys_tourists_is_no_trade_rank() -> None:
    text = "Vietnam is now the second-largest destination for Tanzanian tourists in Asia."
    assert not [f for f in _facts(text) if f[2] == "rank"]


def test_a_fiscal_year_written_years_first() -> None:
    assert fiscal_year("trade stood at US$1.1 billion in the 2025/26 fiscal year", "PK") == (
        "2025-07..2026-06"
    )
    text = "Trade between India and Vietnam reached US$16 billion in the 2025-2026 financial year."
    assert ("trade.total", "2025-04..2026-03", "USD", 16e9) in _facts(text)


def test_a_span_of_two_calendar_years_is_still_a_span() -> None:
    assert fiscal_year("trade grew in 2025-2026 with new lines", "IN") == ""


def test_a_milestone_during_a_visit_after_a_dateline_vi() -> None:
    text = (
        "VOV - Trong chuyến thăm chính thức Ba Lan từ ngày 14 đến 16/2/2026, hai Thủ tướng ra "
        "Tuyên bố chung nâng cấp quan hệ lên Đối tác chiến lược."
    )
    assert ("relations.strategic_partnership", "2026-02", "", None) in _facts(text)


def test_ties_named_by_their_two_sides_are_raised() -> None:
    text = "Năm 2026, hai nước nâng cấp quan hệ Việt Nam - Bờ Biển Ngà lên Đối tác chiến lược."
    assert ("relations.strategic_partnership", "2026", "", None) in _facts(text)


def test_ties_raised_to_a_partnership_named_in_lower_case() -> None:
    text = (
        "Norway and Vietnam set up diplomatic relations on 25 November 1971 and elevated "
        "their relations to an enhanced blue economy partnership in 2026."
    )
    facts = _facts(text)
    assert ("relations.partnership", "2026", "", None) in facts
    assert ("relations.established", "1971-11-25", "", None) in facts


def test_a_strategic_partnership_in_lower_case_keeps_its_own_metric() -> None:
    text = "Norway and Vietnam upgraded ties to a strategic partnership in 2026."
    metrics = [m for m, *_ in _facts(text) if m.startswith("relations")]
    assert metrics == ["relations.strategic_partnership"]


def test_a_trip_announced_ahead_is_a_visit() -> None:
    text = (
        "Federal Councillor Anna Muster will travel to Viet Nam from 3 to 5 May 2026, "
        "accompanied by a business delegation."
    )
    facts = _facts(text, "CH")
    assert ("visit.inbound", "2026-05-03..2026-05-05", "", None) in facts
