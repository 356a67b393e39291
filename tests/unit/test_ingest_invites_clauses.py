"""An invitation to visit is no visit made, and a date across a semicolon takes no milestone
its own date holds — each would print a wrong line in a brief ("… visited Viet Nam (2026)",
"established diplomatic relations in September 2024")."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import find_candidates


def _events(sentence: str) -> list[tuple[str, str]]:
    return [(c.metric, c.event_date) for c in find_candidates(sentence) if c.kind == "event"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 4, 2026, the Vietnamese minister invited his Malian peer to visit Hanoi in 2027.",
        "Nhân dịp này, Thủ tướng mời Tổng thống Mali sang thăm Việt Nam trong năm 2027.",
        # a full title and name between the verb and "to visit"
        "Jafo invited Vietnamese Industry and Trade Minister Nguyen Hong Dien to visit Bamako "
        "in 2026.",
    ],
)
def test_an_invitation_is_no_visit(sentence: str) -> None:
    events = _events(sentence)
    assert events, "the invitation is still drafted, as a dated event for the desk"
    assert not [m for m, _ in events if m.startswith("visit.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo lời mời của Thủ tướng, Tổng thống Mali thăm Việt Nam từ ngày 5 đến 7/3/2026.",
        "At the invitation of the Prime Minister, Mali's President paid an official visit to "
        "Vietnam from March 5 to 7, 2026.",
    ],
)
def test_a_visit_made_at_an_invitation_stays_a_visit(sentence: str) -> None:
    assert ("visit.inbound", "2026-03-05..2026-03-07") in _events(sentence)


def test_a_date_across_a_semicolon_takes_no_founding() -> None:
    sentence = (
        "Việt Nam và Mali thiết lập quan hệ ngoại giao ngày 30/10/1960; tháng 9/2024, hai nước "
        "tổ chức Kỳ họp lần thứ 3 Ủy ban hỗn hợp tại Bamako."
    )
    events = _events(sentence)
    assert ("relations.established", "1960-10-30") in events
    assert ("relations.established", "2024-09") not in events


def test_a_milestone_across_a_semicolon_keeps_its_own_cue() -> None:
    sentence = (
        "Việt Nam và Mali thiết lập quan hệ ngoại giao ngày 30/10/1960; năm 2012, hai nước "
        "nâng cấp quan hệ lên Đối tác Chiến lược toàn diện."
    )
    assert ("relations.comprehensive_strategic_partnership", "2012") in _events(sentence)
