"""Facts' values, periods and directions on wording of our own (r52): a rank of trade both
ways ("the 12th-largest two-way trading partner"), a total that the flow before it brings up
("…, đưa tổng kim ngạch … lên …", "…, bringing two-way trade to …"), a fronted period after
a scope and a source's "cho thấy", a visit to Ho Chi Minh City by its short name, and a
Vietnamese province's "đoàn đại biểu cấp cao tỉnh …" visiting a foreign province."""

from __future__ import annotations

from briefer.ingest.flowperiod import brought_total
from briefer.ingest.visitdirection import direction_of
from briefer.text.dates import find_dates
from tests.mined import candidates as _found


def _figures(body: str, partner: str, published: str = "2025-06-10") -> set[tuple[float, str]]:
    found = _found(body, partner, published)
    return {(c.value or 0.0, c.period) for c in found if c.kind == "figure"}


def test_a_rank_of_trade_both_ways_is_a_trade_rank() -> None:
    body = "Vietnam became Chile's 12th-largest two-way trading partner last year."
    ranks = [(c.value, c.unit) for c in _found(body, "CL") if c.unit == "rank"]
    assert ranks == [(12.0, "rank")]
    body = "Peru is now Vietnam's fourth-largest bilateral trade partner in Latin America."
    ranks = [(c.value, c.unit) for c in _found(body, "PE") if c.unit == "rank"]
    assert ranks == [(4.0, "rank")]


def test_a_total_brought_up_by_the_flow_before_it_shares_its_period() -> None:
    vi = (
        "Theo Cục Hải quan, 9 tháng đầu năm 2025, xuất khẩu của Việt Nam sang Canada đạt 5,1 "
        "tỷ USD. Ở chiều ngược lại, Việt Nam nhập khẩu từ Canada 0,9 tỷ USD, đưa tổng kim "
        "ngạch hai chiều lên gần 6 tỷ USD."
    )
    assert (6_000_000_000.0, "2025-01..2025-09") in _figures(vi, "CA", "2025-10-12")
    en = (
        "In 2024, Vietnam's exports to Kenya rose to $210 million, while imports from Kenya "
        "reached $95 million, bringing two-way trade to $305 million."
    )
    assert (305_000_000.0, "2024") in _figures(en, "KE", "2025-03-02")


def test_a_total_brought_up_over_a_span_of_its_own_or_after_a_month_takes_none() -> None:
    assert brought_total(", bringing two-way trade to ", "2025-01..2025-09") == "2025-01..2025-09"
    assert brought_total(", nâng tổng kim ngạch song phương lên ", "2024") == "2024"
    # a month's flow brings up a total over a longer run, which the sentence does not tell
    assert brought_total(", bringing total trade to ", "2025-09") == ""
    assert brought_total(", bringing the total so far this year to ", "2025") == ""
    assert brought_total(", while imports reached ", "2025") == ""


def test_a_period_fronted_after_a_scope_and_a_source_that_shows_it() -> None:
    body = (
        "Ở cấp quốc gia, báo cáo của Bộ Công Thương cho thấy 9 tháng đầu năm 2025, kim ngạch "
        "thương mại Việt Nam - Thái Lan đạt 15,2 tỷ USD."
    )
    assert (15_200_000_000.0, "2025-01..2025-09") in _figures(body, "TH", "2025-10-20")


def test_a_visit_to_hcmc_by_a_guest_is_a_visit_in() -> None:
    body = (
        "Portuguese State Secretary Ana Costa, who paid a working visit to HCMC on 4 June, "
        "said Portugal hopes to raise exports of wine and cork."
    )
    assert direction_of(body, "PT") == "inbound"


def test_a_provinces_high_level_delegation_visiting_a_foreign_province_went_out() -> None:
    body = (
        "Trong chuyến công tác tại tỉnh Luông Nặm Thà từ ngày 12 đến 14/3/2025, đoàn đại biểu "
        "cấp cao tỉnh Thanh Hóa đã trao đổi với lãnh đạo tỉnh bạn về hợp tác biên giới."
    )
    assert direction_of(body, "LA") == "outbound"


def test_a_month_first_day_and_the_next_is_a_span_of_two_days() -> None:
    def spans(text: str) -> list[tuple[str, str]]:
        return [(d.start, d.end) for d in find_dates(text, 2025)]

    assert spans("The envoy was in Lima on June 3 and 4 for talks.") == [
        ("2025-06-03", "2025-06-04")
    ]
    assert spans("Talks were held on October 21 and 22, 2024, in Hanoi.") == [
        ("2024-10-21", "2024-10-22")
    ]
    # two days apart are two dates; a count after "and" is no day
    assert spans("Flights resume on June 3 and 17.")[0] == ("2025-06-03", "2025-06-03")
    assert spans("On June 3 and 4 percent growth was reported.")[0] == ("2025-06-03", "2025-06-03")
