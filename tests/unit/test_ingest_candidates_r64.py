"""Round r64 (candidates): a signing told after an audience given on a weekday inside a
visit's span takes the audience's day; an undated milestone told in a "khi / when / as"
clause right after a dated visit takes the visit's time."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.cleantypes import Metadata


def _events(body: str, published: str = "2026-05-10") -> set[tuple[str, str]]:
    meta = Metadata(published_on=published, context_year=int(published[:4]))
    found = find_candidates(body, meta)
    return {(c.metric, c.event_date) for c in found if c.kind == "event"}


def _dates(body: str, published: str = "2026-05-10") -> set[str]:
    return {d for _, d in _events(body, published)}


def test_a_signing_after_an_audience_on_a_weekday_inside_the_visit_takes_that_day() -> None:
    # 2026-03-12 is a Thursday; the visit spans three days around it
    body = (
        "Chilean President Gabriel Boric on Thursday received Vietnamese Foreign Minister "
        "Le Hoai Trung, who is on a working visit to Chile from March 11 to 13.\n\n"
        "The two countries signed an agreement on cooperation in agriculture, effective "
        "from July 2026."
    )
    got = _dates(body, "2026-03-12")
    assert "2026-03-12" in got
    assert "2026-03" not in got


def test_a_vietnamese_audience_dates_the_signing_after_it() -> None:
    body = (
        "Ngày 4/11/2025, Chủ tịch nước đã tiếp Bộ trưởng Ngoại giao Chile, đang thăm chính "
        "thức Việt Nam từ ngày 3 đến 5/11/2025.\n\n"
        "Hai bên đã ký Bản ghi nhớ về hợp tác giáo dục."
    )
    assert "2025-11-04" in _dates(body)


def test_continuing_is_no_audience() -> None:
    body = (
        "Ngày 4/11/2025, hai bên tiếp tục trao đổi trong chuyến thăm chính thức Việt Nam từ "
        "ngày 3 đến 5/11/2025 của Bộ trưởng Ngoại giao Chile.\n\n"
        "Hai bên đã ký Bản ghi nhớ về hợp tác giáo dục."
    )
    assert "2025-11-04" not in {d for m, d in _events(body) if not m}


def test_an_upgrade_in_a_when_clause_after_a_dated_visit_takes_its_month() -> None:
    body = (
        "Chuyến thăm cấp Nhà nước Kazakhstan của Chủ tịch nước từ ngày 14 đến 16/10/2025 "
        "là sự kiện lịch sử, khi hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện."
    )
    assert ("relations.comprehensive_strategic_partnership", "2025-10") in _events(body)


def test_an_english_upgrade_as_clause_after_a_one_day_visit_takes_its_day() -> None:
    body = (
        "The Prime Minister's official visit to Chile on March 12, 2026 was a turning point, "
        "as the two countries upgraded their ties to a comprehensive partnership."
    )
    assert ("relations.comprehensive_partnership", "2026-03-12") in _events(body)


def test_an_upgrade_foreseen_in_the_when_clause_is_no_event() -> None:
    body = (
        "Chuyến thăm Kazakhstan của Chủ tịch nước từ ngày 14 đến 16/10/2025 là dịp quan "
        "trọng, khi hai nước có thể nâng cấp quan hệ lên Đối tác chiến lược toàn diện."
    )
    assert not any(m.startswith("relations") for m, _ in _events(body))


def test_a_standfirst_s_event_told_again_below_gives_one_candidate() -> None:
    body = (
        "Chile and Vietnam held their fifth round of political consultations in Santiago on "
        "Tuesday, pledging to expand trade.\n\n"
        "SANTIAGO - Chile and Vietnam held their fifth round of political consultations in "
        "Santiago on Tuesday, pledging to expand trade in fruit and seafood."
    )
    meta = Metadata(published_on="2026-05-13", context_year=2026)
    events = [c for c in find_candidates(body, meta) if c.kind == "event"]
    assert len(events) == 1
    assert events[0].quote.startswith("SANTIAGO")


def test_a_signing_witnessed_on_this_occasion_after_talks_takes_their_day() -> None:
    body = (
        "On March 4, Foreign Minister Le Hoai Trung held talks with Chilean Foreign Minister "
        "Alberto van Klaveren in Hanoi.\n\n"
        "On this occasion, the two sides witnessed the signing of a memorandum of "
        "understanding on consular cooperation."
    )
    meta = Metadata(published_on="2026-03-05", context_year=2026)
    signed = [c for c in find_candidates(body, meta) if c.quote.startswith("On this occasion")]
    assert [c.event_date for c in signed if c.kind == "event"] == ["2026-03-04"]


def test_a_signing_told_during_the_visit_after_an_audience_takes_the_visit_s_month() -> None:
    body = (
        "Chiều 4/11, Chủ tịch nước đã tiếp Bộ trưởng Ngoại giao Chile, đang thăm chính thức "
        "Việt Nam từ ngày 3 đến 5/11/2025.\n\n"
        "Cũng trong chuyến thăm, hai bên đã ký Bản ghi nhớ về hợp tác giáo dục."
    )
    meta = Metadata(published_on="2025-11-05", context_year=2025)
    signed = [c for c in find_candidates(body, meta) if c.quote.startswith("Cũng trong")]
    assert [c.event_date for c in signed if c.kind == "event"] == ["2025-11"]


def test_a_state_told_in_a_when_clause_is_no_milestone_of_the_visit() -> None:
    body = (
        "Đoàn 30 doanh nghiệp Chile đã thăm và làm việc tại Đà Nẵng ngày 8/10/2025, khi Hiệp "
        "định Thương mại tự do Việt Nam - Chile sắp tròn 10 năm thực thi."
    )
    assert not any(not m for m, _ in _events(body))
