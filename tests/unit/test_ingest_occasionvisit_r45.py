"""A visit named as a milestone's occasion: a long title and name, a summit trip (r45)."""

from briefer.ingest.candidates import find_candidates


def _visits(text: str) -> set[tuple[str, str]]:
    return {
        (c.metric, c.event_date)
        for c in find_candidates(text)
        if c.kind == "event" and c.metric.startswith("visit.")
    }


def test_visit_of_a_titled_three_word_name() -> None:
    text = (
        "Vietnam and Canada upgraded their ties to a Strategic Partnership in May 2025, "
        "during Deputy Prime Minister Tran Hong Ha's official visit to Canada."
    )
    assert ("visit.outbound", "2025-05") in _visits(text)


def test_summit_trip_and_visit_is_the_occasion() -> None:
    text = (
        "Quan hệ hai nước được nâng lên Đối tác toàn diện vào tháng 9/2023, nhân chuyến tham "
        "dự Hội nghị Liên hợp quốc và thăm Argentina của Chủ tịch nước Việt Nam."
    )
    assert ("visit.outbound", "2023-09") in _visits(text)
