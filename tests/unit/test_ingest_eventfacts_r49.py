"""Round 49: event facts a sentence tells beside another — ties normalised in a sentence of
figures, a contrasted second visit, a signing during the visit the same sentence tells, a
wire's dateline with its agency mark, and a partner's own economy after a fronted phrase."""

from __future__ import annotations

from briefer.ingest.candidateparts import DATELINE_ONLY
from briefer.ingest.candidates import find_candidates
from briefer.ingest.owneconomy import own_economy


def test_ties_normalised_in_a_figure_sentence_is_an_event() -> None:
    body = (
        "Việt Nam và Hoa Kỳ.\n\nNăm 2023, kim ngạch thương mại Việt Nam - Hoa Kỳ đạt 111 tỷ USD, "
        "cao nhất kể từ khi hai nước bình thường hóa quan hệ năm 1995."
    )
    found = find_candidates(body)
    events = [c for c in found if c.kind == "event"]
    assert any(c.event_date == "1995" and "bình thường hóa" in c.quote for c in events)
    # (the year of the "since" clause is no period of the trade figure)
    assert all(c.period != "1995" for c in found if c.kind == "figure")


def test_normalized_relations_in_english() -> None:
    body = (
        "Vietnam and the US.\n\nThe two former foes normalized diplomatic relations in July "
        "1995, and trade has since grown to US$150 billion a year."
    )
    events = [c for c in find_candidates(body) if c.kind == "event"]
    assert any(c.event_date == "1995-07" for c in events)


def test_a_contrasted_second_visit_is_its_own_event() -> None:
    body = (
        "Việt Nam và Ba Lan.\n\nBộ trưởng Ngoại giao Bùi Thanh Sơn đã thăm chính thức Ba Lan "
        "từ ngày 3 đến 5/4/2024, trong khi Tổng thống Ba Lan Andrzej Duda thăm Việt Nam vào "
        "tháng 5/2022."
    )
    visits = {
        (c.event_date, c.metric)
        for c in find_candidates(body)
        if c.kind == "event" and c.topic == "visits"
    }
    assert ("2022-05", "visit.inbound") in visits
    assert any(d.startswith("2024-04-03") and m == "visit.outbound" for d, m in visits)


def test_signing_during_the_visit_the_same_sentence_tells() -> None:
    body = (
        "Vietnam and Hungary.\n\nPresident Luong Cuong is paying a state visit to Hungary from "
        "March 10 to 12, 2025.\n\nHungarian Prime Minister Viktor Orban visited Vietnam in "
        "September 2023, during which the two sides signed a memorandum on water management."
    )
    signings = [c for c in find_candidates(body) if c.topic == "agreements" and c.event_date]
    assert signings and all(c.event_date == "2023-09" for c in signings)


def test_a_wire_dateline_with_its_agency_mark_is_no_sentence_of_fact() -> None:
    assert DATELINE_ONLY.match("Vientiane, May 14 (KPL).")
    assert DATELINE_ONLY.match("Phnom Penh, 2 tháng 6 (AKP).")
    assert not DATELINE_ONLY.match("Năm 2023, kim ngạch đạt 25.")
    body = (
        "Laos and Vietnam.\n\nVientiane, May 14 (KPL). Lao and Vietnamese officials met in "
        "Vientiane on May 13 to review the border trade plan."
    )
    quotes = [c.quote for c in find_candidates(body)]
    assert not any(q.startswith("Vientiane, May 14") for q in quotes)


def test_a_partner_economy_after_a_fronted_phrase_is_its_own() -> None:
    assert own_economy("Trong khi đó, kinh tế Ấn Độ được dự báo tăng 6,5% trong năm nay.")
    assert own_economy("Năm 2024, GDP của Malta đạt khoảng 22 tỷ EUR, tăng 5%.")
    assert not own_economy("Năm 2024, kinh tế Việt Nam tăng trưởng 7,1%.")


def test_a_flow_told_over_one_month_has_that_month_as_its_period() -> None:
    body = (
        "Việt Nam và New Zealand.\n\nRiêng trong tháng 2/2025, kim ngạch thương mại hai chiều "
        "Việt Nam - New Zealand đạt 120 triệu USD."
    )
    found = find_candidates(body)
    figures = [c for c in found if c.kind == "figure"]
    assert [c.period for c in figures] == ["2025-02..2025-02"]
    assert not [c for c in found if c.kind == "event"]  # (the month is the figure's time)
    english = (
        "Vietnam and New Zealand.\n\nIn March 2025 alone, two-way trade stood at US$130 "
        "million, led by dairy and fruit."
    )
    assert [c.period for c in find_candidates(english) if c.kind == "figure"] == [
        "2025-03..2025-03"
    ]


def test_a_month_a_stock_is_counted_to_stays_its_end() -> None:
    body = (
        "Việt Nam và New Zealand.\n\nTính đến hết tháng 9/2025, kim ngạch thương mại Việt Nam "
        "- New Zealand đạt 1,2 tỷ USD."
    )
    periods = [c.period for c in find_candidates(body) if c.kind == "figure"]
    assert periods == ["2025-01..2025-09"]


def test_a_joint_statement_raising_ties_beside_an_older_milestone_is_dated_by_the_talks() -> None:
    body = (
        "Việt Nam và Peru.\n\nSáng 14/11, tại Lima, Chủ tịch nước đã hội đàm với Tổng thống Peru, "
        "trong khuôn khổ chuyến thăm chính thức Peru từ ngày 13 đến 16/11/2024.\n\nSau hội đàm, "
        "hai nhà lãnh đạo ra Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác toàn diện, "
        "30 năm sau khi hai nước thiết lập quan hệ ngoại giao ngày 14/11/1994."
    )
    found = find_candidates(body)
    raised = [c for c in found if c.metric == "relations.comprehensive_partnership"]
    assert [(c.event_date, c.quote.endswith("Đối tác toàn diện")) for c in raised] == [
        ("2024-11-14", True)
    ]
    assert any(c.event_date == "1994-11-14" for c in found)  # (the founding stays)


def test_a_third_country_told_as_the_partner_s_partner_owns_the_share_after_it() -> None:
    body = (
        "Việt Nam và Bhutan.\n\nNăm 2024, kim ngạch thương mại Việt Nam - Bhutan đạt 5 triệu "
        "USD. Ấn Độ hiện là đối tác thương mại lớn nhất của Bhutan, chiếm khoảng 80% tổng kim "
        "ngạch ngoại thương của nước này."
    )
    figures = [c for c in find_candidates(body) if c.kind == "figure"]
    assert [c.value for c in figures] == [5_000_000]
