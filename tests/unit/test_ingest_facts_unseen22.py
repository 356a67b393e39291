"""Visits and ranks on wording of our own (issue 19, the unseen22 facts round): a province's
delegation taking part in a fair abroad (outbound), a partner's delegation named by its
bodies with their country after a comma visiting a Vietnamese school (inbound); a firm's rank
in a partner's market; and what is no claim: a thing brought to a Vietnamese city, a plan's
budget line, an editor's note."""

from __future__ import annotations

from briefer.ingest.visitdirection import direction_of
from tests.mined import candidates as _found


def _visits(body: str, partner: str) -> list[tuple[str, str]]:
    return [(c.event_date, c.metric) for c in _found(body, partner) if c.metric.startswith("visit")]


def test_a_provinces_delegation_at_a_fair_abroad_went_out() -> None:
    body = (
        "Từ ngày 3 đến ngày 6/3/2025, đoàn doanh nghiệp tỉnh Lâm Đồng do Giám đốc Sở Công "
        "Thương dẫn đầu đã tham gia Triển lãm Foodex tại thủ đô Tokyo, Nhật Bản."
    )
    assert _visits(body, "JP") == [("2025-03-03..2025-03-06", "visit.outbound")]


def test_taking_part_with_no_delegation_is_no_visit() -> None:
    # a country joining an agreement or a body is a membership, no journey
    body = "Ngày 14/1/2019, Việt Nam và Nhật Bản đã tham gia Hiệp định CPTPP."
    assert _visits(body, "JP") == []


def test_a_capital_named_as_such_before_its_country_is_the_venue() -> None:
    text = "Đoàn công tác của tỉnh đã dự hội nghị tại thủ đô Lima, Peru."
    assert direction_of(text, "PE") == "outbound"


def test_a_partner_delegation_named_by_its_bodies_then_its_country_came_in() -> None:
    body = (
        "Từ ngày 2 đến ngày 4/11/2025, đoàn công tác của Đại học Uppsala và Viện Karolinska, "
        "Thụy Điển đã thăm và làm việc tại Trường Đại học Y Dược Huế."
    )
    assert _visits(body, "SE") == [("2025-11-02..2025-11-04", "visit.inbound")]


def test_a_country_clause_with_more_than_the_country_is_its_own_subject() -> None:
    # "…, các giảng viên Thụy Điển đã thăm …": the clause names its own visitors, no delegation
    text = "Sau hội thảo, các giảng viên Thụy Điển đã thăm Viện Pasteur."
    assert direction_of(text, "SE") == ""


def test_a_thing_brought_to_a_vietnamese_city_is_no_visit() -> None:
    body = "Lễ hội Phim Pháp năm nay mang tới Đà Nẵng 12 bộ phim mới của điện ảnh Pháp."
    assert _visits(body, "FR") == []
    body = "Đoàn nghệ sĩ Pháp sẽ đến Đà Nẵng biểu diễn vào ngày 12/7/2025."
    assert [m for _, m in _visits(body, "FR")] == ["visit.inbound"]


def test_a_plans_budget_line_is_no_claim() -> None:
    body = (
        "Đoàn đại biểu thành phố Kobe, Nhật Bản thăm Hải Phòng từ ngày 4 đến ngày 6/5/2025. "
        "Chi phí đón đoàn do Sở Ngoại vụ bảo đảm từ nguồn ngân sách năm 2025 của thành phố."
    )
    quotes = [c.quote for c in _found(body, "JP")]
    assert quotes and not any(q.startswith("Chi phí") for q in quotes)
    body = "Costs of the visit of the Kobe delegation in May 2025 will be met from the city budget."
    assert _found(body, "JP") == []


def test_a_budget_line_with_its_amount_stays() -> None:
    body = "Kinh phí dự án 3 triệu USD được cấp từ nguồn viện trợ không hoàn lại của Nhật Bản."
    assert [c.value for c in _found(body, "JP")] == [3_000_000.0]


def test_an_editors_note_on_the_article_is_no_claim() -> None:
    body = (
        "(Editor's note: This story was updated on June 3, 2025 with Japan's trade figures "
        "for January to May.)"
    )
    assert _found(body, "JP") == []


def _ranks(body: str, partner: str) -> list[tuple[float | None, str, str]]:
    return [(c.value, c.metric, c.pair) for c in _found(body, partner) if c.unit == "rank"]


def test_a_firms_rank_in_a_partners_market() -> None:
    body = (
        "Natcom, liên doanh của một tập đoàn Việt Nam, hiện là nhà mạng di động lớn thứ hai "
        "Haiti với 2 triệu thuê bao."
    )
    assert _ranks(body, "HT") == [(2.0, "investment.firm_rank", "VN-HT")]
    body = "Bitel, backed by a Vietnamese group, is now the largest mobile operator in Peru."
    assert _ranks(body, "PE") == [(1.0, "investment.firm_rank", "VN-PE")]


def test_a_firms_rank_with_no_country_after_it_is_no_rank() -> None:
    # (a firm's size at home, or in no market named, ranks no partner)
    body = "Công ty Bitel là doanh nghiệp lớn nhất trong tập đoàn với 5.000 nhân viên."
    assert _ranks(body, "PE") == []
    body = "Công ty là doanh nghiệp FDI lớn nhất Việt Nam trong ngành da giày của Peru."
    assert _ranks(body, "PE") == []
