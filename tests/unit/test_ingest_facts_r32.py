"""r32 facts round: visits told by who went (a delegation a Vietnamese official led, Việt
Nam's envoy abroad), a delegation's working stay as a visit (wording of our own)."""

from __future__ import annotations

from briefer.ingest.baseamount import is_base_amount
from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.homesent import home_sent_side
from briefer.ingest.ownflow import own_flow


def _visits(body: str) -> list[tuple[str, str, str]]:
    return [(c.pair, c.event_date, c.metric) for c in find_candidates(body) if c.kind == "event"]


def test_a_delegation_led_by_a_vietnamese_official_goes_out_english() -> None:
    text = (
        "The memorandum was signed in Kaunas during the visit of Vietnam's Deputy Minister "
        "of Transport Pham Van A, who led a delegation of 12 port operators to Lithuania "
        "from May 4 to 7, 2026."
    )
    assert home_sent_side(text, "LT") == "outbound"
    assert ("VN-LT", "2026-05-04..2026-05-07", "visit.outbound") in _visits(text)


def test_a_delegation_led_by_a_vietnamese_official_was_in_a_city_abroad() -> None:
    text = (
        "The mission, led by Vietnam’s Deputy Minister of Finance Tran Van B, was in "
        "Ouagadougou from 8 to 10 March 2026 to meet Burkinabe officials."
    )
    assert home_sent_side(text, "BF") == "outbound"
    # (a delegation led to a place of Việt Nam's is no visit out)
    assert home_sent_side("The delegation, led by Vietnam's minister, was in Hanoi.", "BF") == ""


def test_vietnams_envoy_abroad_working_with_the_partners_minister_goes_out() -> None:
    text = (
        "Ngày 3/4/2026, Tham tán Thương mại Việt Nam tại Ma-rốc, kiêm nhiệm Mô-ri-ta-ni, "
        "Trần Văn C đã làm việc với Bộ trưởng Thương mại Mô-ri-ta-ni tại thủ đô Nouakchott."
    )
    assert home_sent_side(text, "MR") == "outbound"
    assert ("VN-MR", "2026-04-03", "visit.outbound") in _visits(text)
    english = "Vietnam's Ambassador to Chile met Chilean Foreign Minister on Monday."
    assert home_sent_side(english, "CL") == "outbound"
    # an envoy received at home is no visit out
    received = "Đại sứ Việt Nam tại Chi-lê đã làm việc với UBND tỉnh Nghệ An."
    assert home_sent_side(received, "CL") == ""


def test_a_delegations_working_stay_somewhere_named_is_a_visit() -> None:
    text = (
        "Từ ngày 10 đến 12/5/2026, đoàn công tác của Bộ Công Thương do Thứ trưởng Lê Văn D "
        "dẫn đầu đã làm việc tại Bamako, thúc đẩy hợp tác với Mali."
    )
    assert ("VN-ML", "2026-05-10..2026-05-12", "visit.outbound") in _visits(text)


def test_a_base_amount_gives_no_period_to_the_next_figure_english() -> None:
    body = (
        "Trade between Qatar and Vietnam stood at US$640mn in 2025, up from US$512mn in "
        "2024. Qatari exports to Vietnam, mostly LNG, accounted for US$401mn of the total."
    )
    figures = {c.value: c.period for c in find_candidates(body) if c.kind == "figure"}
    assert figures[401_000_000] == "2025"
    assert figures[512_000_000] == "2024"
    assert is_base_amount("up from US$512mn", len("up from "))
    assert not is_base_amount("exports reached US$512mn", len("exports reached "))


def test_a_base_amount_gives_no_period_to_the_next_figure_vietnamese() -> None:
    body = (
        "Năm 2025, kim ngạch thương mại Việt Nam - Qatar đạt 640 triệu USD, tăng so với mức "
        "512 triệu USD năm 2024. Trong đó, Việt Nam xuất khẩu sang Qatar 239 triệu USD."
    )
    figures = {c.value: c.period for c in find_candidates(body) if c.kind == "figure"}
    assert figures[239_000_000] == "2025"


def test_a_visit_with_a_month_and_its_own_days_is_dated_by_the_days() -> None:
    body = (
        "Tháng 5 vừa qua, Thủ tướng Croatia đã thăm chính thức Việt Nam từ ngày 12 đến "
        "14/5/2026 và hai bên ký chương trình hợp tác giai đoạn 2026-2028."
    )
    meta = Metadata(published_on="2026-06-10", context_year=2026)
    visits = [c.event_date for c in find_candidates(body, meta) if c.metric.startswith("visit")]
    assert visits == ["2026-05-12..2026-05-14"]
    english = (
        "In May, Croatia's Prime Minister paid an official visit to Vietnam from May 12 to 14, "
        "2026, and the two sides signed a cooperation programme for 2026-2028."
    )
    visits = [c.event_date for c in find_candidates(english, meta) if c.metric.startswith("visit")]
    assert visits == ["2026-05-12..2026-05-14"]


def test_a_source_of_people_is_a_rank_english_and_vietnamese() -> None:
    english = (
        "Some 1,800 Vietnamese sailors work on Maltese-flagged vessels, making Vietnam the "
        "third-largest source of crew for the island's fleet."
    )
    ranks = [(c.pair, c.value) for c in find_candidates(english) if c.unit == "rank"]
    assert ranks == [("VN-MT", 3.0)]
    vietnamese = "Việt Nam hiện là nguồn lao động lớn thứ hai của Síp trong ngành hàng hải."
    ranks = [(c.pair, c.value) for c in find_candidates(vietnamese) if c.unit == "rank"]
    assert ranks == [("VN-CY", 2.0)]


def test_a_foreign_countrys_own_trade_is_no_figure_of_the_pair() -> None:
    own = "Qatar's non-LNG exports rose by 8.1% last year, official data showed."
    assert not [c for c in find_candidates(own) if c.kind == "figure"]
    assert own_flow(own, own.index("8.1"))
    vietnamese = "Bộ trưởng cho biết Qatar xuất khẩu khoảng 80 tỷ USD khí đốt mỗi năm."
    assert not [c for c in find_candidates(vietnamese) if c.kind == "figure"]
    # its imports are the market Việt Nam sells to: kept
    market = "Qatar nhập khẩu khoảng 90% lương thực tiêu dùng trong nước."
    assert [c.value for c in find_candidates(market) if c.kind == "figure"] == [90.0]
    # a flow with its counterpart stays the pair's
    paired = "Qatar's exports to Vietnam rose by 8.1% last year."
    assert [c.value for c in find_candidates(paired) if c.kind == "figure"] == [8.1]
    assert not own_flow("Qatar nhập khẩu từ Việt Nam 90 triệu USD.", 24)
