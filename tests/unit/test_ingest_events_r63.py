"""Round r63 (events): two visits joined in one sentence, a partnership held "since" a year,
the passive of a Comprehensive Partnership, a visit's span over a day inside it, a bracketed
month of the milestone an anniversary counts, a partner's official's latest visit, a
delegation's working stay in Việt Nam, and a signing after a relative clause's own date."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.cleantypes import Metadata
from briefer.ingest.visitdirection import direction_of


def _events(body: str, published: str = "2026-05-10") -> set[tuple[str, str]]:
    found = find_candidates(body, Metadata(published_on=published))
    return {(c.metric, c.event_date) for c in found if c.kind == "event"}


def test_two_visits_joined_by_and_are_two_events_each_with_its_side() -> None:
    body = (
        "Vietnam's Prime Minister paid an official visit to Kazakhstan in October 2023, and "
        "Kazakh President Kassym-Jomart Tokayev visited Hanoi in May 2025."
    )
    got = _events(body)
    assert ("visit.outbound", "2023-10") in got
    assert ("visit.inbound", "2025-05") in got


def test_a_partnership_maintained_since_a_year_dates_it() -> None:
    body = (
        "Vietnam and Indonesia, which established diplomatic relations on December 30, "
        "1955, have maintained a strategic partnership since 2013."
    )
    got = {d for _, d in _events(body)}
    assert "2013" in got and "1955-12-30" in got


def test_the_passive_of_a_comprehensive_partnership_dates_it() -> None:
    body = (
        "Hai bên đánh giá cao quan hệ Đối tác toàn diện Việt Nam - Argentina, được thiết lập "
        "năm 2010, đang phát triển tích cực."
    )
    assert ("relations.comprehensive_partnership", "2010") in _events(body)


def test_a_visit_s_span_dates_the_visit_not_a_day_inside_it() -> None:
    body = (
        "Từ ngày 11 đến 14/3/2026, Đại sứ Việt Nam tại Pháp kiêm nhiệm Monaco đã thăm và làm "
        "việc tại Monaco, trình Thư ủy nhiệm lên Quốc vương Albert II ngày 12/3/2026."
    )
    dates = {d for m, d in _events(body) if m.startswith("visit")}
    assert "2026-03-11..2026-03-14" in dates


def test_a_bracketed_month_is_the_milestone_the_anniversary_counts() -> None:
    body = (
        "Hai bên nhất trí tổ chức các hoạt động kỷ niệm 5 năm nâng cấp quan hệ lên Đối tác "
        "chiến lược (tháng 11/2021) trong năm 2026 tại Việt Nam và Nhật Bản."
    )
    dates = {d for m, d in _events(body) if m.startswith("relations")}
    assert dates == {"2021-11"}


def test_a_partner_official_s_latest_visit_to_vietnam_came_in() -> None:
    text = "chuyến thăm đầu tiên của Bộ trưởng Ngoại giao Síp tới Việt Nam diễn ra tháng 4/2018."
    assert direction_of(text, "CY") == "inbound"


def test_a_delegation_working_in_vietnam_is_a_visit_that_came_in() -> None:
    body = (
        "Bộ Thương mại Oman cử đoàn doanh nghiệp sang tìm hiểu thị trường. "
        "Đoàn làm việc tại Việt Nam từ ngày 3 đến 6/4/2026."
    )
    assert ("visit.inbound", "2026-04-03..2026-04-06") in _events(body)


def test_a_signing_after_a_relative_clause_s_date_is_an_event_of_the_visit() -> None:
    body = (
        "ZAGREB — Vietnamese Deputy Prime Minister Bùi Thanh Sơn is on an official visit to "
        "Croatia from April 6 to 8, 2026.\n\n"
        "Croatia and Vietnam, which established diplomatic relations on July 1, 1994, signed "
        "an agreement on visa exemption for diplomatic passports, effective from June 2026."
    )
    found = find_candidates(body, Metadata(published_on="2026-04-07"))
    events = [c for c in found if c.kind == "event" and "signed" in c.quote]
    dates = {c.event_date for c in events}
    assert "1994-07-01" in dates
    assert any(d.startswith("2026-04") for d in dates)


def test_a_visit_to_the_kingdom_named_by_its_kind_went_out() -> None:
    body = (
        "RABAT — Morocco and Vietnam on Monday signed an agreement on fisheries.\n\n"
        "Dung, who is on a working visit to the Kingdom from June 8 to 10, 2026, met Foreign "
        "Minister Nasser Bourita."
    )
    found = find_candidates(body, Metadata(published_on="2026-06-09"))
    got = {(c.metric, c.event_date) for c in found if c.kind == "event"}
    assert ("visit.outbound", "2026-06-08..2026-06-10") in got


def test_a_visit_being_prepared_is_no_time_for_a_later_signing() -> None:
    body = (
        "Bộ trưởng Ngoại giao Mông Cổ đã thăm chính thức Việt Nam từ ngày 3 đến 5/9/2025.\n\n"
        "Hai bên nhất trí chuẩn bị cho chuyến thăm Mông Cổ của lãnh đạo cấp cao Việt Nam trong "
        "năm 2026.\n\n"
        "Hai bên đã ký Bản ghi nhớ về hợp tác đào tạo cán bộ ngoại giao."
    )
    found = find_candidates(body, Metadata(published_on="2025-09-10"))
    signed = [c for c in found if c.kind == "event" and "đã ký" in c.quote]
    assert signed and signed[0].event_date == "2025-09"


def test_a_month_told_after_the_anniversary_s_words_is_the_celebration() -> None:
    body = "Hai nước đã long trọng kỷ niệm 25 năm thiết lập quan hệ ngoại giao vào tháng 8/2019."
    dates = {d for m, d in _events(body) if m == "relations.established"}
    assert dates == {"1994"}
