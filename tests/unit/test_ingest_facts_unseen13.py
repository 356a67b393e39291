"""Candidates' amounts, periods and ranks on wording of our own (issue 19, the unseen12 and
unseen13 facts round): a scale glued in the Malaysian press's short form ("bil", "mil"), a
figure dated "in the same year" at its clause's end, a rank as a destination for goods."""

from __future__ import annotations

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.venues import dateline_arrival
from briefer.text.dates import find_dates, weekday_dates
from briefer.text.numbers import find_amounts


def _figures(body: str, partner: str, published: str = "2025-06-10") -> list[Candidate]:
    meta = Metadata(
        published_on=published,
        context_year=int(published[:4]),
        partners=(partner,),
        language="en" if body.isascii() else "vi",
    )
    return [c for c in find_candidates(body, meta) if c.kind == "figure"]


def test_a_scale_glued_in_its_short_form_multiplies_the_number() -> None:
    assert [(a.value, a.unit) for a in find_amounts("exports worth US$7.25bil", "en")] == [
        (7_250_000_000.0, "USD")
    ]
    assert [(a.value, a.unit) for a in find_amounts("a grant of US$40mil", "en")] == [
        (40_000_000.0, "USD")
    ]


def test_a_figure_in_the_same_year_takes_the_year_of_the_dated_figure_above() -> None:
    body = (
        "Two-way trade between Thailand and Vietnam came to US$21 billion in 2023.\n\n"
        "Rice and rubber made up much of the shipments through the southern ports.\n\n"
        "Thai investment in Vietnam, mostly in energy and retail, added up to "
        "US$850 million in the same year."
    )
    found = {(c.value, c.period) for c in _figures(body, "TH")}
    assert (850_000_000.0, "2023") in found


def test_a_rank_as_a_destination_for_goods_ranks_a_trade_partner() -> None:
    body = "Last year Vietnam became the third-largest destination for Chilean exports."
    ranks = [(c.value, c.metric) for c in _figures(body, "CL") if c.unit == "rank"]
    # (Việt Nam is the one ranked: among Chile's trade partners, see rankside)
    assert ranks == [(3.0, "trade.home_rank")]


def test_a_tourist_destination_is_no_trade_rank() -> None:
    body = "Da Nang is now the second-largest destination for tourists from Seoul in Vietnam."
    assert [c for c in _figures(body, "KR") if c.unit == "rank"] == []


def _events(body: str, partner: str, published: str = "2025-06-10") -> list[tuple[str, str]]:
    meta = Metadata(
        published_on=published,
        context_year=int(published[:4]),
        partners=(partner,),
        language="en" if body.isascii() else "vi",
    )
    return [(c.event_date, c.metric) for c in find_candidates(body, meta) if c.kind == "event"]


def test_two_days_running_joined_by_and_are_one_span() -> None:
    spans = [(d.start, d.end) for d in find_dates("on 4th and 5th March", 2025)]
    assert spans == [("2025-03-04", "2025-03-05")]
    # two days apart are two dates, the later one read
    assert [(d.start, d.end) for d in find_dates("on 4 and 19 March", 2025)] == [
        ("2025-03-19", "2025-03-19")
    ]


def test_the_visit_of_a_vietnamese_leader_to_the_partner_went_out() -> None:
    body = (
        "The two sides signed a joint communiqué at the end of the state visit of To Lam, "
        "General Secretary of Viet Nam, to Chile on 11 and 12 November 2024."
    )
    assert ("2024-11-11..2024-11-12", "visit.outbound") in _events(body, "CL")


def test_the_visit_of_a_partners_leader_named_by_nationality_to_viet_nam_came_in() -> None:
    body = "The state visit of Chilean President Gabriel Boric to Viet Nam began on 3 May 2025."
    assert _events(body, "CL") == [("2025-05-03", "visit.inbound")]


def test_a_trade_mission_organised_abroad_is_a_visit_that_went_out() -> None:
    body = (
        "Cục Xúc tiến thương mại tổ chức đoàn giao thương tại Santiago và Valparaíso "
        "từ ngày 14 đến 18/9/2025, với sự tham gia của 20 doanh nghiệp."
    )
    assert _events(body, "CL") == [("2025-09-14..2025-09-18", "visit.outbound")]


def test_registering_by_a_day_is_no_signing() -> None:
    body = "Doanh nghiệp đăng ký tham gia gửi hồ sơ về Ban tổ chức trước ngày 30/8/2025."
    meta = Metadata(published_on="2025-06-10", context_year=2025, partners=("CL",), language="vi")
    assert all("agreement" not in " ".join(c.reasons) for c in find_candidates(body, meta))


def test_an_agreement_that_took_effect_today_dates_from_the_day_of_the_report() -> None:
    body = "The Chile-Vietnam tax treaty took effect today, the finance ministry said."
    assert _events(body, "CL", published="2025-02-03") == [("2025-02-03", "")]


def test_today_as_nowadays_is_no_date() -> None:
    assert weekday_dates("Vietnam today is a market of 100 million people.", "2025-02-03") == []
    assert [d.start for d in weekday_dates("The talks ended yesterday.", "2025-02-03")] == [
        "2025-02-02"
    ]


def test_a_visit_and_a_milestone_in_one_sentence_are_two_events() -> None:
    body = (
        "President Boric arrived in Hanoi for an official visit on 3 May 2025, ten years "
        "after the two countries signed a strategic partnership in October 2015."
    )
    found = _events(body, "CL")
    assert ("2015-10", "relations.strategic_partnership") in found
    assert any(date == "2025-05-03" and metric.startswith("visit") for date, metric in found)


def test_a_documents_term_of_years_is_no_date_the_sentences_opening_date_is() -> None:
    body = (
        "Ngày 5/3/2025, Sở Ngoại vụ tỉnh tiếp đoàn của tỉnh Valparaíso; hai bên đã ký Thỏa "
        "thuận hợp tác giai đoạn 2026 – 2028 về giáo dục và cảng biển."
    )
    dates = {date for date, _ in _events(body, "CL")}
    assert "2026..2028" not in dates
    assert dates == {"2025-03-05"}


def test_a_programmes_term_alone_is_left_as_its_years() -> None:
    body = "Hai bên triển khai Chương trình hợp tác giai đoạn 2026 – 2028 về giáo dục."
    assert [d for d, _ in _events(body, "CL")] == ["2026..2028"]


def _all(body: str, partner: str, lang: str) -> list[Candidate]:
    meta = Metadata(
        published_on="2025-06-10", context_year=2025, partners=(partner,), language=lang
    )
    return find_candidates(body, meta)


def test_an_address_ending_in_its_term_of_endearment_is_no_statement() -> None:
    body = (
        "Các bạn học viên thân mến!\n\nHợp tác giáo dục giữa Việt Nam và Chile đã có nhiều "
        "kết quả, với 40 học bổng mỗi năm cho sinh viên hai nước."
    )
    quotes = [c.quote for c in _all(body, "CL", "vi")]
    assert quotes and not any("thân mến" in q for q in quotes)


def test_an_articles_own_imprint_line_is_no_event() -> None:
    body = (
        "Vietnam and Chile signed a memorandum on mining on 2 June 2025.\n\n"
        "Posted by The Andes Weekly - andesweekly.example - on June 3, 2025."
    )
    assert [c.event_date for c in _all(body, "CL", "en") if c.kind == "event"] == ["2025-06-02"]


def test_an_arrival_without_a_place_is_to_the_city_of_the_stories_dateline() -> None:
    body = (
        "SANTIAGO - Chile and Vietnam signed three agreements on Tuesday.\n\n"
        "Mr Hoa, who arrived on June 8 for a four-day state visit, met President Ana Ruiz."
    )
    assert ("2025-06-08", "visit.outbound") in _events(body, "CL")
    inbound = body.replace("SANTIAGO", "HANOI")
    assert ("2025-06-08", "visit.inbound") in _events(inbound, "CL")


def test_an_arrival_in_a_named_place_is_not_read_from_the_dateline() -> None:
    assert dateline_arrival("SANTIAGO - …", "He arrived in Hanoi on June 8.", "CL") == ""


def test_partners_since_a_year_date_their_partnership_from_it() -> None:
    body = (
        "Việt Nam và Chile lập quan hệ ngoại giao ngày 25/3/1971 và hai nước là Đối tác "
        "toàn diện từ năm 2009."
    )
    assert ("2009", "relations.comprehensive_partnership") in _events(body, "CL")
