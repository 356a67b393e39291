"""Visits told beside other things: a word that only folds to a verb of travel ("sáng tạo",
"đền") does not turn a visit round; a date across ", và" / ", and" from a visit's cue is another
clause's (an event of its own); a mission or a delegation led to a named place is a visit.
Wording of our own."""

from __future__ import annotations

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.cueclause import joined_clause, same_clause
from briefer.ingest.foldclash import mask_clashes
from briefer.ingest.visitdirection import direction_of


def _events(body: str, *partners: str) -> list[Candidate]:
    meta = Metadata(
        published_on="2025-11-03",
        context_year=2025,
        partners=partners,
        language="en" if body.isascii() else "vi",
    )
    return [c for c in find_candidates(body, meta) if c.kind == "event"]


def test_words_folding_to_travel_verbs_are_masked_verbs_kept() -> None:
    assert mask_clashes("Sở Khoa học và Sáng tạo, đền Hùng") == "Sở Khoa học và xxxx tạo, xxx Hùng"
    assert mask_clashes("đã sang Lào, đến Hà Nội, thăm Huế") == "đã sang Lào, đến Hà Nội, thăm Huế"


def test_a_ministry_of_innovation_does_not_turn_an_incoming_delegation_round() -> None:
    text = (
        "Ngày 5/9/2025, đoàn doanh nghiệp Xlô-va-ki-a do Thứ trưởng Bộ Kinh tế và Đổi mới "
        "sáng tạo Xlô-va-ki-a dẫn đầu đã thăm và làm việc tại tỉnh Nghệ An."
    )
    assert direction_of(text, "SK") == "inbound"
    found = _events(text, "SK")
    assert [(c.event_date, c.metric) for c in found] == [("2025-09-05", "visit.inbound")]


def test_a_date_across_a_joined_clause_is_another_events() -> None:
    found = _events(
        "Năm 2023, Thủ tướng Xlô-va-ki-a đã thăm chính thức Việt Nam, và năm nay hai nước vừa "
        "tổ chức phiên họp Ủy ban liên Chính phủ tại Bra-ti-xla-va vào tháng 4/2025.",
        "SK",
    )
    assert [c.event_date for c in found] == ["2023", "2025-04"]
    assert found[0].metric == "visit.inbound"
    assert found[0].quote.endswith("thăm chính thức Việt Nam")
    assert found[1].quote.startswith("năm nay hai nước")


def test_a_date_across_a_joined_clause_in_english() -> None:
    found = _events(
        "In 2023, the Slovak prime minister paid an official visit to Vietnam, and this year "
        "the two countries held the first session of their joint committee in April 2025.",
        "SK",
    )
    assert [c.event_date for c in found] == ["2023", "2025-04"]


def test_joined_clause_needs_a_fronted_date_and_a_clause() -> None:
    text = "In 2023, X visited Lima, and Cusco on June 6"
    assert joined_clause(text, 0, (3, 7), text.index("June")) is None  # (a list item)
    text = "Năm 2023, ông X đã thăm Lima, và năm nay hai nước đã họp vào tháng 6"
    assert joined_clause(text, 0, (4, 8), text.index("tháng 6")) == text.index("năm nay")
    text = "X has visited Lima in 2023, and the two sides have met twice since 2004"
    at = text.index("2023")
    assert joined_clause(text, 0, (at, at + 4), text.index("2004")) is None  # (no fronted date)
    assert not same_clause("thăm Lima, và năm nay họp", 0, 20)
    assert same_clause("Năm 2024, ông đã thăm Lima", 0, 16)


def test_a_mission_led_to_a_named_city_is_an_incoming_visit() -> None:
    found = _events(
        "Norway's trade minister will lead a business mission to Hanoi and Da Nang from "
        "December 1 to 4, with shipping and aquaculture on the agenda.",
        "NO",
    )
    assert [(c.event_date, c.metric) for c in found] == [
        ("2025-12-01..2025-12-04", "visit.inbound")
    ]


def test_a_host_receiving_on_a_weekday_a_delegation_is_a_visit() -> None:
    meta = Metadata(published_on="2025-11-04", context_year=2025, partners=("JO",), language="en")
    found = find_candidates(
        "Jordan's trade minister received on Monday a Vietnamese delegation led by the deputy "
        "minister of industry, the ministry said.",
        meta,
    )
    assert [(c.kind, c.event_date, c.metric) for c in found] == [
        ("event", "2025-11-03", "visit.outbound")
    ]
    undated = Metadata(published_on="", context_year=2025, partners=("JO",), language="en")
    found = find_candidates("The Jordanian minister welcomed on Monday the delegation.", undated)
    assert [(c.kind, c.pair) for c in found] == [("statement", "VN-JO")]
