"""A session of a joint body co-chaired abroad is a visit, with its direction."""

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.keywords import VISIT


def _events(body: str, lang: str) -> list[tuple[str, str, str]]:
    meta = Metadata(language=lang, published_on="2025-06-20", context_year=2025)
    return [
        (c.pair, c.event_date, c.metric) for c in find_candidates(body, meta) if c.kind == "event"
    ]


def test_vietnamese_cochaired_session_abroad_is_an_outbound_visit() -> None:
    body = (
        "Ngày 12/6, tại Lima, Thứ trưởng Bộ Ngoại giao Việt Nam và Thứ trưởng Bộ Ngoại giao "
        "Peru đã đồng chủ trì Kỳ họp lần thứ 2 Ủy ban hỗn hợp về hợp tác kinh tế."
    )
    assert ("VN-PE", "2025-06-12", "visit.outbound") in _events(body, "vi")


def test_english_cochaired_session_is_a_visit_cue() -> None:
    assert VISIT.search("the two ministers co-chaired the fourth session of the Joint Commission")
    assert VISIT.search("they co-chair the annual meeting of the council")


def test_a_session_planned_is_no_cochairing() -> None:
    # ("hai bên dự kiến tổ chức Kỳ họp …": a session to come, no one has co-chaired yet)
    assert not VISIT.search("hai bên dự kiến tổ chức Kỳ họp lần thứ 9 Ủy ban liên Chính phủ")
    assert not VISIT.search("the co-chairs of the committee issued a report")
