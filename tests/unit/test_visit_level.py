"""An envoy's call, or a city's delegation, is no "latest high-level visit".

Found from outside (a Kenyan ambassador's working session with a city, never tuned to): the
brief printed "Latest high-level visit from Kenya to Viet Nam" over "Tại buổi làm việc, Đại
sứ Kenya tại Việt Nam … cho biết …", and "… from Viet Nam to Kenya" over a city chairman's
business delegation. The importer files such calls as visits (the keys do, as exchanges the
visits section lists); the brief's computed line must skip them — and never a leader's visit
that names an envoy or a province beside him (the session's review found the first version of
the rule dropping those).
"""

from __future__ import annotations

from datetime import date

from briefer.assemble import assemble_brief
from briefer.domain.brief import ROLE_LAST_VISIT_INBOUND, ROLE_LAST_VISIT_OUTBOUND
from briefer.domain.model import Fact
from briefer.domain.visitlevel import lower_level_visit
from tests.unit.test_assemble_data import VISIT_2024_INBOUND, VN_CL, fact


def _visit(text: str, metric: str = "visit.inbound", when: str = "2025-11-12") -> Fact:
    return fact(f"f-{abs(hash(text))}", "visits", "event", text, event_date=when, metric=metric)


def _lower(text: str, metric: str = "visit.inbound") -> bool:
    return lower_level_visit(_visit(text, metric))


def test_an_ambassador_posted_in_viet_nam_calling_on_a_province_is_lower() -> None:
    # (the keys' own wording: unseen17, unseen18, unseen19)
    assert _lower(
        "Ngày 12/11/2025, Đại sứ Chile tại Việt Nam Andrés Rebolledo cùng đoàn công tác đã đến "
        "thăm và làm việc tại tỉnh Cao Bằng"
    )
    assert _lower("đã tiếp Đại sứ Cộng hòa Chile tại Việt Nam Andrés Rebolledo đến chào xã giao")
    # received by a vice-minister or a president: the host's title is no visitor's
    assert _lower("Ngày 26/02/2025, Thứ trưởng Bộ Tư pháp đã tiếp Đại sứ Chile tại Việt Nam")
    assert _lower("President Gabriel Boric received the Vietnamese Ambassador in Santiago.")
    assert _lower("Tại buổi làm việc, Đại sứ Chile tại Việt Nam cho biết hai bên sẽ mở đường bay.")
    assert _lower("Chilean Ambassador to Viet Nam Andrés Rebolledo called on Hue City leaders.")
    assert _lower("the Chargé d'affaires of Chile in Viet Nam visited Can Tho University")
    assert _lower("Tổng Lãnh sự Chile tại TP Hồ Chí Minh thăm và làm việc tại tỉnh Long An.")


def test_an_ambassador_travelling_to_a_second_country_of_accreditation_is_one_too() -> None:
    assert _lower(
        "Từ ngày 24 đến 27/11/2025, Đại sứ Việt Nam tại Argentina, kiêm nhiệm Chile, đã thăm "
        "và làm việc tại Santiago",
        "visit.outbound",
    )
    assert _lower(
        "chuyến công tác tại Chile của Đại sứ Nguyễn Văn Bình từ ngày 3 đến 6/3/2025",
        "visit.outbound",
    )


def test_a_citys_or_a_provinces_delegation_is_lower() -> None:
    # (found from outside: a Hải Phòng page on Kenya; own wording here)
    assert _lower(
        "Tháng 9/2024, Chủ tịch Ủy ban nhân dân thành phố đã dẫn đầu đoàn doanh nghiệp sang "
        "thăm và làm việc tại Santiago và Valparaíso.",
        "visit.outbound",
    )
    assert _lower(
        "Phó Bí thư Tỉnh ủy Bình Định dẫn đoàn công tác thăm vùng Biobío của Chile.",
        "visit.outbound",
    )
    assert _lower("The Governor of the Valparaíso Region visited Da Nang in May 2025.")


def test_a_leaders_visit_stays_high_level_whoever_is_named_beside_him() -> None:
    assert not _lower(VISIT_2024_INBOUND.statement_vi)
    for text in (
        "Tổng thống Chile thăm cấp Nhà nước Việt Nam; Đại sứ Chile tại Việt Nam cùng tháp tùng.",
        "Chilean President Gabriel Boric, with his Ambassador to Viet Nam, visited Hanoi.",
        "Deputy Prime Minister of Chile Ana Pérez, accompanied by the Chilean Ambassador to "
        "Viet Nam, visited Hanoi.",
        "The Chilean Ambassador to Viet Nam accompanied Foreign Minister Ana Pérez to Hue.",
        "Chủ tịch UBND tỉnh Quảng Ninh đã tiếp Bộ trưởng Nông nghiệp Chile nhân chuyến thăm "
        "Việt Nam.",
        # a leader unnamed, a local official beside him
        "Thủ tướng thăm Chile và làm việc với Thống đốc vùng Valparaíso.",
        # a crowned head, whom the visitor-naming titles leave out
        "Quốc vương Brunei thăm Việt Nam; Đại sứ Brunei tại Việt Nam đón tại sân bay.",
        # a central bank's governor is of a minister's rank
        "Governor of the Central Bank of Chile Rosanna Costa visited Viet Nam.",
        "Thống đốc Ngân hàng Trung ương Chile thăm làm việc tại Việt Nam.",
    ):
        assert not _lower(text), text
    for text in (
        "Chủ tịch nước Lương Cường thăm cấp Nhà nước Chile; Đại sứ Việt Nam tại Chile đón tại "
        "sân bay.",
        "Đại sứ Việt Nam tại Chile tháp tùng Chủ tịch nước Lương Cường thăm Santiago.",
        "Deputy Prime Minister Tran Luu Quang visited Chile; the Vietnamese Ambassador in "
        "Santiago met him at the airport.",
        "Thủ tướng Phạm Minh Chính thăm chính thức Chile.",
    ):
        assert not _lower(text, "visit.outbound"), text
    # an embassy or a consulate is no envoy: a business delegation it organises is not an
    # envoy's call (nor a local one), and naming neither it stays a visit of the leaders' level
    assert not _lower(
        "Đại sứ quán Việt Nam tại Chile tổ chức đoàn 14 doanh nghiệp sang khảo sát thị trường",
        "visit.outbound",
    )
    assert not _lower(
        "The Consulate General of Chile organised a business delegation to Viet Nam.",
    )


def _latest(*facts: Fact) -> dict[str, str | None]:
    brief = assemble_brief(VN_CL, "state-visit", "vi", date(2026, 3, 25), list(facts))
    visits = brief.section("visits")
    assert visits is not None
    roles = {i.role: i.fact_uuid for i in visits.items if i.kind == "computed"}
    return {
        "in": roles.get(ROLE_LAST_VISIT_INBOUND),
        "out": roles.get(ROLE_LAST_VISIT_OUTBOUND),
    }


def test_the_latest_high_level_visit_skips_a_later_envoy_call_and_the_section_keeps_it() -> None:
    call = _visit(
        "Ngày 12/11/2025, Đại sứ Chile tại Việt Nam Andrés Rebolledo cùng đoàn công tác đã đến "
        "thăm và làm việc tại tỉnh Cao Bằng"
    )
    assert _latest(VISIT_2024_INBOUND, call)["in"] == VISIT_2024_INBOUND.uuid
    # with only the envoy's call there is no "latest high-level visit" line at all
    assert _latest(call)["in"] is None
    brief = assemble_brief(VN_CL, "state-visit", "vi", date(2026, 3, 25), [call])
    visits = brief.section("visits")
    assert visits is not None
    assert call.uuid in {i.fact_uuid for i in visits.items}
