"""Fact rules added in round 29: each a structure of real pages, tested on wording of its own
(not the held-out set's strings)."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.countries import find_countries
from briefer.ingest.nearday import near_days
from briefer.ingest.owntotals import own_total, third_country_stake
from briefer.ingest.visitors import visitor_side

_META = Metadata(published_on="2025-05-14", context_year=2025)


def _found(body: str, kind: str) -> list[Candidate]:
    return [c for c in find_candidates(body, _META) if c.kind == kind]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Chile and Vietnam yesterday signed a memorandum of understanding on fisheries.",
         "2025-05-13"),
        ("Chile and Vietnam today signed an agreement on visa exemption in Santiago.",
         "2025-05-14"),
        ("Hai bên hôm qua đã ký Bản ghi nhớ hợp tác thủy sản giữa Việt Nam và Chile.",
         "2025-05-13"),
    ],
)  # fmt: skip
def test_yesterday_or_today_before_the_verb_dates_the_event(body: str, day: str) -> None:
    assert day in [c.event_date for c in _found(body, "event")]


def test_today_meaning_nowadays_is_no_day() -> None:
    assert near_days("Vietnam today is Chile's largest partner in ASEAN.", "2025-05-14") == []
    assert [d.start for d in near_days("They yesterday met in Lima.", "2025-05-14")] == [
        "2025-05-13"
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("after talks with visiting Vietnamese Vice Minister of Finance Le Van B in Lima",
         "outbound"),
        ("Vietnamese Trade Minister Le Van B paid a working visit to the country on 3-4 May",
         "outbound"),
        ("met visiting Chilean Foreign Minister Ana Perez in Hanoi", "inbound"),
    ],
)  # fmt: skip
def test_the_visitors_nationality_says_whose_visit_it_was(text: str, side: str) -> None:
    assert visitor_side(text, "CL") == side


def test_a_visit_with_a_vietnamese_visitor_abroad_is_outbound_in_the_candidates() -> None:
    body = "Peru's trade minister met visiting Vietnamese Deputy Minister Le Van B on May 3."
    visits = [c for c in _found(body, "event") if c.topic == "visits"]
    assert [(c.pair, c.metric) for c in visits] == [("VN-PE", "visit.outbound")]


def test_became_comprehensive_partners_is_a_milestone() -> None:
    body = (
        "Vietnam and Chile established diplomatic relations in 1971 and became "
        "Comprehensive Partners in May 2019."
    )
    metrics = {(c.event_date, c.metric) for c in _found(body, "event")}
    assert ("2019-05", "relations.comprehensive_partnership") in metrics


@pytest.mark.parametrize(("name", "code"), [("British Columbia", "CA"), ("New Mexico", "US")])
def test_a_province_named_after_another_country_is_its_own_countrys(name: str, code: str) -> None:
    assert [m.code for m in find_countries(f"companies from {name} visited Hanoi")] == [code]


@pytest.mark.parametrize(
    "before",
    [
        "Năm 2024, tổng kim ngạch xuất khẩu của tỉnh Quảng Nam đạt ",
        "Chile's total export earnings rose to ",
    ],
)
def test_one_sides_own_total_is_no_pair_figure(before: str) -> None:
    assert own_total(before)


@pytest.mark.parametrize(
    "before",
    [
        "Năm 2024, tổng kim ngạch xuất khẩu của Việt Nam sang Chile đạt ",
        "total exports to Chile rose to ",
        "tổng kim ngạch xuất nhập khẩu giữa hai nước đạt ",
    ],
)
def test_a_total_with_another_end_stays_the_pairs(before: str) -> None:
    assert not own_total(before)


def test_a_foreign_investors_stake_in_a_third_country_is_no_pair_figure() -> None:
    assert third_country_stake("By contrast, Chilean direct investment in Peru exceeds ")
    assert not third_country_stake("Chilean direct investment in Vietnam reached ")
    body = "By contrast, Chilean direct investment in Peru exceeds US$20 billion."
    assert not _found(body, "figure")


@pytest.mark.parametrize(
    "body",
    [
        "Kinh tế Chile được Ngân hàng Thế giới dự báo tăng trưởng 2,5% trong năm 2026, mở ra "
        "nhiều cơ hội cho hàng hóa Việt Nam.",
        "Ông Perez cho biết nền kinh tế Chile dự kiến chỉ tăng trưởng khoảng 1,8% trong năm "
        "nay, do đó doanh nghiệp Chile đang tìm thị trường mới ở châu Á.",
        "Chile's economy grew 2.6% last year, opening room for more trade with Vietnam.",
    ],
)
def test_a_countrys_own_growth_is_no_statement_of_the_pair(body: str) -> None:
    assert not [c for c in find_candidates(body, _META) if c.kind == "statement"]


def test_a_countrys_rank_as_an_economy_is_not_taken_for_its_growth() -> None:
    from briefer.ingest.owneconomy import own_economy

    assert own_economy("Kinh tế Chile dự kiến tăng trưởng 2,5% năm 2026.")
    assert not own_economy("Chile là nền kinh tế lớn thứ tư Mỹ Latinh.")
    assert not own_economy("Kinh tế Việt Nam tăng trưởng 7,1% năm 2025.")
