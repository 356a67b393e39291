"""A raising of the ties agreed at the talks is dated by the talks also when the ties are
named with both sides between the verb and "lên" ("nhất trí nâng cấp quan hệ Việt Nam -
Hungary lên Đối tác chiến lược …") (r60)."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import clean


def test_ties_named_with_both_sides_raised_at_the_talks_is_an_event_that_day() -> None:
    text = (
        "Thủ tướng hội đàm với Thủ tướng Hungary\n\n"
        "Sáng 9/3, tại Budapest, Thủ tướng Chính phủ đã hội đàm với Thủ tướng Hungary, "
        "trong khuôn khổ chuyến thăm chính thức Hungary từ ngày 8 đến 10/3/2026.\n\n"
        "Hai Thủ tướng nhất trí nâng cấp quan hệ Việt Nam - Hungary lên Đối tác chiến lược "
        "toàn diện, mở ra chặng đường hợp tác mới sau 8 năm là Đối tác toàn diện.\n"
    )
    cleaned = clean(text)
    found = find_candidates(cleaned.body, cleaned.metadata)
    raised = [c for c in found if "nhất trí nâng cấp" in c.quote]
    assert [(c.kind, c.event_date) for c in raised] == [("event", "2026-03-09")]
