"""Round 26, facts: country names that collide, a period closed by a focus word, a mission
sent to a country (sentences of our own)."""

from __future__ import annotations

import pytest

from briefer.ingest.countries import find_countries
from briefer.ingest.visitdirection import direction_of
from tests.mined import candidates, events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Đại sứ Cộng hòa Dominicana tại Hà Nội", "DO"),
        ("hàng hóa sang Dominicana tăng", "DO"),
        ("the island state of Dominica", "DM"),
        ("exports to the Dominican Republic", "DO"),
        ("a mining deal in DR Congo", "CD"),
        ("the DRC's cobalt", "CD"),
        ("the Democratic Republic of the Congo", "CD"),
        ("Congo-Brazzaville's oil", "CG"),
        ("Congo-Kinshasa", "CD"),
        ("đối tác ở Ghi-nê Xích đạo", "GQ"),
        ("thị trường Nigiêria", "NG"),
        ("Niger", "NE"),
        ("Papua Niu Ghi-nê", "PG"),
        ("São Tomé and Príncipe", "ST"),
        ("Côte d’Ivoire", "CI"),
        ("cashew from Ivory Coast", "CI"),
        ("Nam Sudan", "SS"),
        ("Sudan", "SD"),
    ],
)
def test_colliding_country_names_are_told_apart(text: str, code: str) -> None:
    assert [m.code for m in find_countries(text)] == [code]


def test_a_period_closed_by_a_focus_word_is_the_figures() -> None:
    found = candidates(
        "For 2023 as a whole, two-way trade between the two countries came to $4.2 billion.",
        "NZ",
    )
    figures = [c for c in found if c.metric == "trade.total"]
    assert [(c.value, c.period) for c in figures] == [(4.2e9, "2023")]
    found = candidates("In 2023 overall, bilateral trade reached $1.1 billion.", "NZ")
    assert [c.period for c in found if c.metric == "trade.total"] == ["2023"]


@pytest.mark.parametrize(
    ("text", "partner", "direction"),
    [
        ("Twelve Norwegian farmers join a business mission to Vietnam.", "NO", "inbound"),
        ("She leads an economic mission of 20 Chilean firms to Viet Nam.", "CL", "inbound"),
        ("A Vietnamese trade mission to the Philippines took place in April.", "PH", "outbound"),
        ("The ministry sends a delegation of 15 exporters to Kenya in July.", "KE", "outbound"),
    ],
)
def test_a_mission_sent_to_a_country_is_a_visit_there(
    text: str, partner: str, direction: str
) -> None:
    assert direction_of(text, partner) == direction


def test_a_mission_gives_a_dated_visit() -> None:
    found = events(
        "A group of nine Norwegian seafood firms will take part in a trade mission to Vietnam"
        " from 12 to 15 September.",
        "NO",
    )
    assert found == [("2025-09-12..2025-09-15", "visit.inbound")]


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        (
            "Năm 2023, thương mại song phương đạt 900 triệu USD; Việt Nam là đối tác thương mại"
            " lớn thứ 3 của Hungary trong khu vực ASEAN.",
            "HU",
        ),
        (
            "Two-way trade reached $7 billion in 2023, making Thailand Vietnam's fourth-largest"
            " trading partner in ASEAN.",
            "TH",
        ),
    ],
)
def test_a_rank_after_a_dated_result_is_that_results(body: str, partner: str) -> None:
    ranks = [c for c in candidates(body, partner) if c.unit == "rank"]
    assert [c.period for c in ranks] == ["2023"]


def test_a_rank_of_its_own_stays_undated() -> None:
    ranks = [c for c in candidates("Vietnam is Chile's 5th largest trading partner.", "CL")]
    assert [(c.unit, c.period) for c in ranks] == [("rank", "")]


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        (
            "Chuyến thăm Việt Nam của Chủ tịch Quốc hội Mông Cổ vào tháng 10/2022 đã mở ra"
            " giai đoạn mới, và tháng 4/2024, Thứ trưởng Ngoại giao Việt Nam đã sang Ulaanbaatar"
            " tham vấn chính trị.",
            "MN",
        ),
        (
            "Mongolia's speaker visited Hanoi in October 2022, and in April 2024, Vietnam's"
            " deputy foreign minister travelled to Ulaanbaatar for consultations.",
            "MN",
        ),
    ],
)
def test_a_dated_clause_joined_on_is_an_event_of_its_own(body: str, partner: str) -> None:
    assert events(body, partner) == [("2022-10", "visit.inbound"), ("2024-04", "visit.outbound")]


def test_consultations_abroad_are_a_visit_there() -> None:
    found = events("Tháng 9/2024, Vụ trưởng Việt Nam đã sang Ulaanbaatar tham vấn.", "MN")
    assert found == [("2024-09", "visit.outbound")]


@pytest.mark.parametrize(
    "body",
    [
        "Ngày 14/3, tại Hà Nội, Bộ trưởng Ngoại giao Việt Nam đã hội đàm với Bộ trưởng Ngoại"
        " giao Mông Cổ. Hai nước có quan hệ lâu đời. Sau hội đàm, hai Bộ trưởng đã ký Bản ghi"
        " nhớ về hợp tác giáo dục.",
        "On 14 March, in Hanoi, Vietnam's foreign minister held talks with his Mongolian"
        " counterpart. The two countries have long ties. Following the talks, the two"
        " ministers signed a memorandum on education.",
    ],
)
def test_a_signing_after_dated_talks_is_on_the_talks_day(body: str) -> None:
    signed = [c for c in candidates(body, "MN") if c.topic == "agreements"]
    assert [(c.kind, c.event_date) for c in signed] == [("event", "2025-03-14")]


def test_a_signing_without_talks_before_stays_undated() -> None:
    found = candidates("Sau hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về giáo dục.", "MN")
    assert all(c.event_date == "" for c in found)


@pytest.mark.parametrize(
    ("body", "metric"),
    [
        (
            "Trade grew, making Thailand Vietnam's fourth-largest trading partner.",
            "trade.partner_rank",
        ),
        ("Trade grew, making Vietnam Thailand's third-largest trading partner.", "trade.home_rank"),
        (
            "Trade grew, making Vietnam the third-largest trading partner of Thailand.",
            "trade.home_rank",
        ),
    ],
)
def test_a_possessive_before_a_rank_owns_the_list_not_the_rank(body: str, metric: str) -> None:
    assert [c.metric for c in candidates(body, "TH") if c.unit == "rank"] == [metric]


def test_a_rank_after_a_run_of_months_stays_undated() -> None:
    body = (
        "Trong 9 tháng năm 2024, kim ngạch thương mại hai chiều đạt 1,2 tỷ USD; trong đó,"
        " Hungary tiếp tục là đối tác thương mại lớn thứ 4 của Việt Nam tại châu Âu."
    )
    ranks = [c for c in candidates(body, "HU") if c.unit == "rank"]
    assert [c.period for c in ranks] == [""]
