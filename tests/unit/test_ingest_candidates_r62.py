"""Round r62 (candidates): a part singled out with "Riêng", a figure told again without its
span, a weekday within a visit's span of days, a visit's span that names no side."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.cleantypes import Metadata
from briefer.ingest.visitdirection import direction_of


def _figures(body: str, published: str = "") -> list[tuple[float | None, str, str]]:
    meta = Metadata(published_on=published) if published else None
    found = find_candidates(body, meta)
    return [(c.value, c.metric, c.period) for c in found if c.kind == "figure"]


def test_a_part_singled_out_takes_the_period_of_the_total_before_it() -> None:
    body = (
        "Năm 2024, kim ngạch thương mại giữa tỉnh Tây Ninh và Campuchia đạt 2,1 tỷ USD. "
        "Riêng cửa khẩu Mộc Bài đạt 850 triệu USD, chiếm khoảng 40% tổng kim ngạch."
    )
    got = {v: p for v, _, p in _figures(body)}
    assert got[850_000_000] == "2024"


def test_a_figure_told_again_without_its_span_takes_the_first_telling_s() -> None:
    body = (
        "Nhật Bản đứng đầu về vốn đầu tư vào Việt Nam trong 9 tháng năm 2026, với tổng vốn "
        "đăng ký 5,4 tỷ USD.\n\n"
        "Theo Cục Đầu tư nước ngoài, tính đến ngày 30/9/2026, Nhật Bản đứng đầu trong số 98 "
        "quốc gia và vùng lãnh thổ rót vốn vào Việt Nam, với tổng vốn đăng ký 5,4 tỷ USD."
    )
    periods = [p for v, _, p in _figures(body) if v == 5_400_000_000]
    assert periods and all(p == "2026-01..2026-09" for p in periods)


def test_a_weekday_within_the_visit_s_days_dates_the_upgrade() -> None:
    body = (
        "SANTIAGO — President Lương Cường and Chilean President Gabriel Boric agreed on "
        "Thursday to lift bilateral ties to a Comprehensive Partnership, during talks in "
        "Santiago as part of the Vietnamese leader's state visit to Chile from March 2 to 5, 2027."
    )
    cands = find_candidates(body, Metadata(published_on="2027-03-05"))  # (a Friday)
    got = {(c.metric, c.event_date) for c in cands if c.kind == "event"}
    assert ("relations.comprehensive_partnership", "2027-03-04") in got
    assert ("visit.outbound", "2027-03-02..2027-03-05") in got


def test_a_visit_s_span_of_days_is_no_side() -> None:
    text = (
        "The Deputy Prime Minister is in Kenya on a working visit from June 3 to 5, the first "
        "by a Vietnamese official of that rank in years."
    )
    assert direction_of(text, "KE") == "outbound"


def _events(body: str) -> set[tuple[str, str]]:
    return {(c.event_date, c.metric) for c in find_candidates(body) if c.kind == "event"}


def test_a_partnership_set_up_with_its_name_capitalised_is_a_milestone() -> None:
    body = "Việt Nam và Hà Lan thiết lập Quan hệ Đối tác chiến lược về nông nghiệp năm 2014."
    assert ("2014", "relations.strategic_partnership") in _events(body)


def test_a_second_clause_dated_ahead_of_its_own_cue_takes_that_cue() -> None:
    body = (
        "Năm 2011, hai nước thiết lập quan hệ ngoại giao, và từ năm 2021 nâng cấp lên "
        "Đối tác chiến lược về năng lượng."
    )
    got = _events(body)
    assert ("2011", "relations.established") in got
    assert ("2021", "relations.strategic_partnership") in got
