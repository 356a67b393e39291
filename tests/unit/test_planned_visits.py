"""A visit told as still to come is no "latest visit", and its timeline row keeps its date.

Found from outside (a pasted Báo Tin tức page on Việt Nam–Slovenia, never tuned to): "chuyến
thăm Việt Nam của Tổng thống Slovenia dự kiến trong năm 2026" became, in a brief dated
6/12/2026, "Chuyến thăm cấp cao gần nhất từ Slovenia sang Việt Nam (năm 2026): …", and the
timeline row read "… Tổng thống Slovenia dự kiến." with its date cut off.
"""

from __future__ import annotations

from datetime import date

from briefer.assemble import assemble_brief
from briefer.domain.brief import ROLE_LAST_VISIT_INBOUND
from briefer.render.context import without_date
from tests.unit.test_assemble_data import VISIT_2024_INBOUND, VN_CL, cite, fact

PLANNED = fact(
    "f-visit-planned",
    "visits",
    "event",
    "Hai bên nhất trí thúc đẩy trao đổi đoàn, đặc biệt là chuyến thăm Việt Nam của Tổng thống "
    "Chile dự kiến trong năm 2026.",
    event_date="2026",
    metric="visit.inbound",
)


def _latest_inbound(*facts) -> str | None:
    brief = assemble_brief(VN_CL, "state-visit", "vi", date(2026, 12, 6), list(facts))
    visits = brief.section("visits")
    assert visits is not None
    return next((i.fact_uuid for i in visits.items if i.role == ROLE_LAST_VISIT_INBOUND), None)


def test_a_visit_planned_this_year_is_not_the_latest_visit() -> None:
    assert _latest_inbound(VISIT_2024_INBOUND, PLANNED) == VISIT_2024_INBOUND.uuid
    assert _latest_inbound(PLANNED) is None


def test_a_visit_one_quote_tells_as_done_is_the_latest() -> None:
    held = fact(
        "f-visit-held",
        "visits",
        "event",
        "Tổng thống Chile đã thăm Việt Nam tháng 3/2026.",
        event_date="2026-03",
        metric="visit.inbound",
        citations=(
            cite(1, "Tổng thống Chile dự kiến thăm Việt Nam tháng 3/2026."),
            cite(2, "Tổng thống Chile đã thăm Việt Nam tháng 3/2026."),
        ),
    )
    assert _latest_inbound(VISIT_2024_INBOUND, held) == held.uuid


def test_a_timeline_row_keeps_the_date_a_plan_is_for() -> None:
    planned = "… chuyến thăm Việt Nam của Tổng thống Chile dự kiến trong năm 2026."
    assert without_date(planned, "năm 2026") == planned
    assert without_date("The President is expected in March 2026.", "March 2026") == (
        "The President is expected in March 2026."
    )
    assert without_date("Tổng thống thăm Việt Nam vào tháng 11/2024.", "tháng 11/2024") == (
        "Tổng thống thăm Việt Nam."
    )
