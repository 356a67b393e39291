"""Two dated visits joined by "và"/"and" in one clause: each an event of its own (r45)."""

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
