"""Candidates' dates, directions, periods and ranks on wording of our own (issue 19, the
unseen11 facts round): a founding "set up" after an anniversary, a partnership raised in
lower case, a partner province's delegation received by a Vietnamese one and a Vietnamese
province's delegation abroad, a fronted year after a setting phrase, a rank "among the"."""

from __future__ import annotations

from tests.mined import candidates as _candidates
from tests.mined import events as _events


def test_ties_set_up_on_a_day_after_their_anniversary_date_from_that_day() -> None:
    body = (
        "Next year will mark the 60th anniversary of the establishment of diplomatic ties "
        "between the two nations, which were set up on Feb. 3, 1966, officials said."
    )
    assert _events(body, "SG") == [("1966-02-03", "relations.established")]


def test_a_partnership_raised_in_lower_case_is_a_milestone_of_its_own() -> None:
    body = (
        "The two sides, which established diplomatic relations on March 4, 1971, upgraded "
        "their relationship to a comprehensive strategic partnership in October 2022."
    )
    assert _events(body, "CA") == [
        ("1971-03-04", "relations.established"),
        ("2022-10", "relations.comprehensive_strategic_partnership"),
    ]


def test_a_partner_provinces_delegation_working_with_a_vietnamese_province_came_in() -> None:
    body = (
        "Ngày 20/5/2025, Đoàn công tác tỉnh Savannakhet (Lào) do Phó Tỉnh trưởng dẫn đầu đã "
        "sang thăm và làm việc với tỉnh Quảng Trị."
    )
    assert _events(body, "LA") == [("2025-05-20", "visit.inbound")]


def test_a_vietnamese_provinces_delegation_holding_talks_abroad_went_out() -> None:
    body = (
        "Ngày 3/6/2025, Đoàn đại biểu tỉnh Gia Lai do Chủ tịch UBND tỉnh dẫn đầu đã hội đàm "
        "với lãnh đạo tỉnh Ratanakiri, Vương quốc Campuchia."
    )
    assert _events(body, "KH") == [("2025-06-03", "visit.outbound")]


def test_a_fronted_year_after_a_setting_phrase_is_the_figures_period() -> None:
    body = (
        "Tại buổi làm việc, hai bên cho biết năm 2023, kim ngạch thương mại qua cửa khẩu "
        "Lao Bảo đạt khoảng 95 triệu USD."
    )
    figures = [c for c in _candidates(body, "LA") if c.kind == "figure" and c.unit == "USD"]
    assert [(f.value, f.period) for f in figures] == [(95_000_000, "2023")]


def test_a_rank_among_the_investing_countries_is_a_rank() -> None:
    body = "Hiện nay Đức đứng thứ 3 trong các nước châu Âu đầu tư vào tỉnh Bình Dương."
    ranks = [c for c in _candidates(body, "DE") if c.unit == "rank"]
    # (among European countries: the region its words name, since regions know Europe)
    assert [(r.value, r.metric) for r in ranks] == [(3, "investment.rank_in_europe")]


def test_a_wires_dateline_without_its_year_is_no_event() -> None:
    body = "OTTAWA, June 3. /AGENCY/.\n\nCanada and Vietnam agreed to widen trade in grain."
    assert _events(body, "CA") == []


def test_a_numbered_headings_one_year_is_no_event() -> None:
    body = (
        "1. Hai bên trao đổi 12 đoàn công tác các cấp.\n\nIII. NHIỆM VỤ NĂM 2026\n\n"
        "Sở tiếp tục phối hợp với các cơ quan của Lào."
    )
    assert _events(body, "LA") == []


def test_a_reports_opening_announcing_its_year_is_no_event() -> None:
    body = (
        "Sở Công Thương báo cáo tình hình hợp tác kinh tế với tỉnh Luang Prabang (Lào) năm "
        "2023 như sau:\n\nHai bên duy trì trao đổi thông tin thường xuyên."
    )
    assert _events(body, "LA") == []


def test_a_dated_sentence_with_an_event_of_its_own_stays_an_event() -> None:
    # (not every colon-ended sentence: a day with its cue is still an event)
    body = "Ngày 5/3/2024, hai bên ký Biên bản ghi nhớ về hợp tác du lịch, gồm các nội dung:"
    assert [d for d, _ in _events(body, "LA")] == ["2024-03-05"]
