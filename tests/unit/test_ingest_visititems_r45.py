"""Visits (r45): two dated visits joined by "và"/"and" in one clause, each an event of its
own; a visit named as a milestone's occasion, by a long title and name or as a summit trip."""

from briefer.ingest.candidates import find_candidates


def _visits(text: str) -> set[tuple[str, str]]:
    return {
        (c.metric, c.event_date)
        for c in find_candidates(text)
        if c.kind == "event" and c.metric.startswith("visit.")
    }


def test_two_visits_joined_by_va() -> None:
    text = (
        "Chuyến thăm Việt Nam của Thủ tướng Kenya vào tháng 2/2024 và chuyến thăm chính thức "
        "Kenya của Chủ tịch Quốc hội Việt Nam vào tháng 10/2025 đã thúc đẩy hợp tác."
    )
    got = _visits(text)
    assert ("visit.inbound", "2024-02") in got
    assert ("visit.outbound", "2025-10") in got


def test_two_visits_joined_by_and() -> None:
    text = (
        "The Chilean Foreign Minister's visit to Vietnam in March 2024 and the official visit "
        "to Chile by Vietnam's Deputy Prime Minister in June 2025 opened new chances."
    )
    got = _visits(text)
    assert ("visit.outbound", "2025-06") in got


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
