"""Dated events on wording of our own (r53): two dated visits in one sentence ("The mission,
from 3 to 6 May, follows the visit to Lima in March 2026 of …"), a status held "since" a
month beside an anniversary that has its own day ("kỷ niệm 45 năm … hôm 12/7, là Đối tác toàn
diện từ tháng 9/2019", "which celebrated 45 years of ties on 12 July, have been Strategic
Partners since May 2016"), an undated milestone whose occasion is a dated visit, in a
sentence dated by another visit ("…, một năm sau khi hai nước nâng cấp … nhân chuyến thăm …
tháng 6/2025") unless only foreseen ("could be signed during a visit … planned for …"), and a
signing in the present perfect with its day elsewhere in the sentence (a guard: it held)."""

from __future__ import annotations

from tests.mined import candidates as _found


def _events(body: str, partner: str, published: str = "2026-07-20") -> set[tuple[str, str]]:
    return {(c.event_date, c.metric) for c in _found(body, partner, published) if c.kind == "event"}


def test_a_status_since_a_month_is_dated_beside_an_anniversary_with_its_own_day() -> None:
    vi = (
        "Hai nước, vốn vừa kỷ niệm 45 năm quan hệ ngoại giao hôm 12/7, là Đối tác toàn diện "
        "từ tháng 9/2019."
    )
    events = _events(vi, "NZ")
    assert ("2019-09", "relations.comprehensive_partnership") in events
    assert any(date == "1981" for date, _ in events)  # (the founding, read back)
    en = (
        "The two countries, which celebrated 45 years of diplomatic ties on 12 July, have "
        "been Strategic Partners since May 2016."
    )
    events = _events(en, "NZ")
    assert ("2016-05", "relations.strategic_partnership") in events
    assert any(date == "1981" for date, _ in events)


def test_a_capitalised_status_held_since_a_month_is_its_milestone() -> None:
    en = "Vietnam and Kazakhstan have been Comprehensive Strategic Partners since June 2024."
    events = _events(en, "KZ")
    assert ("2024-06", "relations.comprehensive_strategic_partnership") in events


def test_an_undated_milestone_made_on_a_dated_visit_is_of_the_visits_date() -> None:
    vi = (
        "Chuyến thăm Chile của Chủ tịch nước từ ngày 10 đến 12/6/2026 là dấu mốc quan trọng, "
        "một năm sau khi hai nước nâng cấp quan hệ lên Đối tác chiến lược nhân chuyến thăm "
        "Việt Nam của Tổng thống Chile tháng 6/2025."
    )
    events = _events(vi, "CL")
    assert ("2025-06", "relations.strategic_partnership") in events
    assert ("2025-06", "visit.inbound") in events
    assert any(date.startswith("2026-06-10") for date, _ in events)
    en = (
        "The state visit from June 10 to 12 comes a year after the two countries upgraded "
        "ties to a Strategic Partnership during the visit to Vietnam of the Chilean "
        "President in June 2025."
    )
    events = _events(en, "CL")
    assert ("2025-06", "relations.strategic_partnership") in events
    assert any(date == "2025-06" and metric.startswith("visit.") for date, metric in events)


def test_a_milestone_dated_itself_before_its_occasion_keeps_its_own_date() -> None:
    vi = (
        "Hai nước nâng cấp quan hệ lên Đối tác chiến lược tháng 3/2024, nhân chuyến thăm "
        "Việt Nam của Tổng thống Chile."
    )
    events = _events(vi, "CL")
    assert ("2024-03", "relations.strategic_partnership") in events


def test_a_present_perfect_signing_takes_the_day_told_inside_it() -> None:
    vi = "Hai bên đã ký, ngày 12/6, Bản ghi nhớ về hợp tác nông nghiệp giai đoạn 2026 - 2030."
    assert any(date == "2026-06-12" for date, _ in _events(vi, "CL"))
    en = (
        "The two sides have signed, on 12 June, a memorandum of understanding on "
        "agricultural cooperation for 2026-2030."
    )
    assert any(date == "2026-06-12" for date, _ in _events(en, "CL"))


def test_a_milestone_only_foreseen_for_a_dated_visit_is_no_event_of_its_date() -> None:
    en = (
        "The ministers reviewed a draft investment protection agreement, which officials "
        "said could be signed during a visit to Lusaka by Vietnam's trade minister planned "
        "for the second quarter of 2026."
    )
    assert not any(m.startswith("relations") or not m for _, m in _events(en, "ZM"))
    vi = (
        "Hai bên thảo luận dự thảo Hiệp định khuyến khích đầu tư, dự kiến sẽ ký nhân chuyến "
        "thăm Zambia của Bộ trưởng Công Thương trong quý II/2026."
    )
    assert all(m.startswith("visit") for _, m in _events(vi, "ZM"))


def test_a_visit_named_after_an_earlier_dated_trip_in_one_sentence_keeps_its_own_date() -> None:
    en = (
        "The mission, from 3 to 6 May, follows the visit to Lima in March 2026 of Vietnam's "
        "Deputy Minister of Industry and Trade."
    )
    events = {date for date, _ in _events(en, "PE", "2026-04-20")}
    assert {"2026-05-03..2026-05-06", "2026-03"} <= events
    vi = (
        "Chuyến khảo sát, từ ngày 3 đến 6/5, diễn ra sau chuyến thăm Lima tháng 3/2026 của "
        "Thứ trưởng Bộ Công Thương Việt Nam."
    )
    events = {date for date, _ in _events(vi, "PE", "2026-04-20")}
    assert {"2026-05-03..2026-05-06", "2026-03"} <= events
