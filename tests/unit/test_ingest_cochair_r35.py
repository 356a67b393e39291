"""A session of a joint body co-chaired abroad is a visit, with its direction."""

from briefer.ingest.keywords import VISIT
from tests.mined import candidates


def _events(body: str, partner: str) -> list[tuple[str, str, str]]:
    found = candidates(body, partner, "2025-06-20")
    return [(c.pair, c.event_date, c.metric) for c in found if c.kind == "event"]


def test_vietnamese_cochaired_session_abroad_is_an_outbound_visit() -> None:
    body = (
        "Ngày 12/6, tại Lima, Thứ trưởng Bộ Ngoại giao Việt Nam và Thứ trưởng Bộ Ngoại giao "
        "Peru đã đồng chủ trì Kỳ họp lần thứ 2 Ủy ban hỗn hợp về hợp tác kinh tế."
    )
    assert ("VN-PE", "2025-06-12", "visit.outbound") in _events(body, "PE")


def test_english_cochaired_session_is_a_visit_cue() -> None:
    assert VISIT.search("the two ministers co-chaired the fourth session of the Joint Commission")
    assert VISIT.search("they co-chair the annual meeting of the council")
    body = (
        "On June 12, 2025, in Lima, the deputy foreign ministers of Vietnam and Peru co-chaired "
        "the second session of the Joint Commission on economic cooperation."
    )
    assert _events(body, "PE") == [("VN-PE", "2025-06-12", "visit.outbound")]


def test_a_session_planned_is_no_cochairing() -> None:
    # ("hai bên dự kiến tổ chức Kỳ họp …": a session to come, no one has co-chaired yet)
    assert not VISIT.search("hai bên dự kiến tổ chức Kỳ họp lần thứ 9 Ủy ban liên Chính phủ")
    assert not VISIT.search("the co-chairs of the committee issued a report")
