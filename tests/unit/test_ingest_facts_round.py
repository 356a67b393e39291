"""Candidates' values, periods, dates and pairs on wording of our own (issue 19, facts round):
counts of months written as words, English day spans, a founding day named after its
anniversary, aid and goods in transit as statements, a country with "and" in its name."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import Candidate
from briefer.text.dates import find_dates, weekday_dates
from tests.mined import candidates


def _candidates(body: str, partner: str, published: str = "2025-08-04") -> list[Candidate]:
    return candidates(body, partner, published)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Bảy tháng đầu năm 2023, kim ngạch", "2023-01..2023-07"),
        ("trong ba tháng cuối năm 2022", "2022-10..2022-12"),
        ("Mười hai tháng đầu năm 2021", "2021-01..2021-12"),
        ("in the period between 3 and 7 March 2024", "2024-03-03..2024-03-07"),
    ],
)
def test_periods_and_spans_in_words(text: str, iso: str) -> None:
    assert [r.iso for r in find_dates(text, 2025)] == [iso]


def test_a_word_before_thang_is_no_count_without_first_or_last() -> None:
    # "năm tháng 2024" is not "five months of 2024"; two single days stay two days
    assert [r.iso for r in find_dates("trong năm tháng 2024", 2025)] == ["2024"]
    assert "2024-05-02..2024-05-09" not in [r.iso for r in find_dates("on 2 and 9 May 2024", 2025)]


def test_a_figure_over_months_written_as_a_word_keeps_its_period() -> None:
    body = "Bốn tháng đầu năm 2024, Việt Nam nhập khẩu từ Chile khoảng 41 triệu USD hàng hóa."
    (figure,) = [c for c in _candidates(body, "CL") if c.kind == "figure"]
    assert (figure.value, figure.period) == (41_000_000, "2024-01..2024-04")


def test_a_founding_day_named_after_the_anniversary_is_the_founding() -> None:
    body = (
        "This year the two countries celebrate 28 years of diplomatic relations, which were "
        "established on 6 May 1997, the minister told reporters in Wellington."
    )
    events = [c for c in _candidates(body, "NZ") if c.kind == "event"]
    assert [(e.event_date, e.metric) for e in events] == [("1997-05-06", "relations.established")]


def test_an_anniversary_year_is_still_read_back_to_the_founding() -> None:
    body = "Năm 2025, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao, Bộ Ngoại giao cho biết."
    events = [c for c in _candidates(body, "DK") if c.kind == "event"]
    assert events and events[0].event_date == "1975"


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        ("Viet Nam plans to donate 300 tonnes of rice to Trinidad and Tobago next month.", "TT"),
        ("Theo thỏa thuận, Việt Nam sẽ viện trợ 200 tấn gạo cho Bosnia và Herzegovina.", "BA"),
        (
            "Phần lớn cá ngừ từ Fiji được trung chuyển qua cảng Suva trước khi về Việt Nam.",
            "FJ",
        ),
    ],
)
def test_aid_and_goods_in_transit_are_statements_of_the_pair(body: str, partner: str) -> None:
    found = _candidates(body, partner)
    assert found and all(c.pair == f"VN-{partner}" for c in found)


def test_a_country_with_and_in_its_name_is_found_as_vietnamese_writes_it() -> None:
    from briefer.ingest.countries import find_countries

    text = "Đoàn công tác làm việc với Saint Kitts và Nevis, rồi với Trinidad & Tobago."
    assert [m.code for m in find_countries(text)] == ["KN", "TT"]


@pytest.mark.parametrize(
    ("body", "partner", "metric"),
    [
        # the partner's host received a Vietnamese guest in its own capital: a visit out
        (
            "Kenyan Foreign Minister Mary Otieno received Vietnamese Deputy Minister Tran Quoc "
            "Binh in Nairobi on 4 June 2025.",
            "KE",
            "visit.outbound",
        ),
        (
            "Ngày 12/6/2025, Bộ trưởng Công Thương Uruguay tiếp Thứ trưởng Ngoại giao Việt Nam "
            "tại Montevideo.",
            "UY",
            "visit.outbound",
        ),
        # a Vietnamese host received the partner's guest: a visit in
        (
            "Ngày 3/7/2025, Phó Chủ tịch nước tiếp Bộ trưởng Thương mại Na Uy tại Hà Nội.",
            "NO",
            "visit.inbound",
        ),
        # only the venue tells: a meeting held in a city of the partner's
        (
            "The ministers met in Mombasa from 2 to 4 May 2025 to review the fisheries plan.",
            "KE",
            "visit.outbound",
        ),
    ],
)
def test_a_visit_direction_from_the_host_and_the_venue(
    body: str, partner: str, metric: str
) -> None:
    events = [c for c in _candidates(body, partner) if c.kind == "event"]
    assert events and events[0].metric == metric and events[0].pair == f"VN-{partner}"


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        ("Peru vẫn là một trong những thị trường cung cấp bột cá lớn nhất của Việt Nam.", "PE"),
        ("Norway is one of the biggest buyers of Vietnamese pangasius in Europe.", "NO"),
    ],
)
def test_one_of_the_largest_is_no_rank_figure(body: str, partner: str) -> None:
    assert not [c for c in _candidates(body, partner) if c.kind == "figure"]


def test_a_rank_of_its_own_is_still_read() -> None:
    body = "Năm 2024, Peru là đối tác thương mại lớn nhất của Việt Nam tại khu vực Andes."
    ranks = [c for c in _candidates(body, "PE") if c.unit == "rank"]
    assert [c.value for c in ranks] == [1.0]


@pytest.mark.parametrize(
    "body",
    [
        "Trước khi lên đường, các kỹ sư đã được bồi dưỡng về luật pháp quốc tế và tiếng Pháp "
        "để làm việc tại Gabon.",
        "Before departing, the officers studied United Nations rules and the history of Gabon.",
    ],
)
def test_how_a_mission_got_ready_is_no_statement(body: str) -> None:
    assert _candidates(body, "GA") == []


def test_a_flow_counted_up_to_a_month_runs_from_the_years_start() -> None:
    body = "Tính đến hết tháng 8/2024, kim ngạch thương mại Việt Nam - Ghana đạt 610 triệu USD."
    found = _candidates(body, "GH")
    assert [(c.kind, c.value, c.period) for c in found] == [
        ("figure", 610_000_000, "2024-01..2024-08")
    ]  # and the month is no event of its own


def test_a_stock_counted_up_to_a_month_is_as_of_that_month() -> None:
    body = (
        "Lũy kế đến hết tháng 6/2024, các nhà đầu tư Ghana có 12 dự án với tổng vốn 45 triệu USD."
    )
    money = [c for c in _candidates(body, "GH") if c.unit == "USD"]
    assert [(c.value, c.period, c.as_of) for c in money] == [(45_000_000, "", "2024-06")]


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        ("The minister on Thursday received the envoy.", "2025-06-13", "2025-06-12"),
        ("The minister on Friday received the envoy.", "2025-06-13", "2025-06-13"),
        ("Hôm thứ Bảy, đoàn đã thăm nhà máy.", "2025-06-13", "2025-06-07"),
    ],
)
def test_a_weekday_is_the_latest_such_day_of_the_articles_week(
    text: str, published: str, iso: str
) -> None:
    assert [r.iso for r in weekday_dates(text, published)] == [iso]


def test_a_visit_told_on_a_weekday_is_dated_and_directed() -> None:
    body = (
        "Ghanaian Trade Minister Kofi Mensah on Tuesday received Vietnamese Deputy Minister "
        "Pham Thu Ha in Accra, and the two sides reviewed their rice trade."
    )
    events = [c for c in _candidates(body, "GH", "2025-06-13") if c.kind == "event"]
    assert [(e.event_date, e.metric) for e in events] == [("2025-06-10", "visit.outbound")]


def test_a_visit_a_signing_was_made_during_is_a_visit_too() -> None:
    body = (
        "The accord was signed in Accra on 9 June 2025 by Minister Kofi Mensah and Vietnamese "
        "Deputy Minister Pham Thu Ha, who was on a four-day official visit to the country."
    )
    events = [c for c in _candidates(body, "GH", "2025-06-13") if c.kind == "event"]
    # (the signing's day is no day of a four-day visit: its month — actvisit.py, r71)
    assert ("2025-06", "visit.outbound") in [(e.event_date, e.metric) for e in events]


@pytest.mark.parametrize(
    ("body", "value", "unit", "period"),
    [
        ("Two-way trade with Ghana reached EUR410 million in 2023.", 4.1e8, "EUR", "2023"),
        ("Between 2018 and 2022, Ghanaian investment in Vietnam totalled $75 million.", 7.5e7,
         "USD", "2018..2022"),
        ("Năm nay, kim ngạch thương mại Việt Nam - Ghana dự kiến đạt 900 triệu USD.", 9e8, "USD",
         "2025"),
        ("Trade with Ghana is set to top $900 million this year.", 9e8, "USD", "2025"),
    ],
)  # fmt: skip
def test_glued_codes_year_spans_and_this_year(
    body: str, value: float, unit: str, period: str
) -> None:
    money = [c for c in _candidates(body, "GH") if c.kind == "figure"]
    assert [(c.value, c.unit, c.period) for c in money] == [(value, unit, period)]


def test_an_ordinal_day_of_a_month() -> None:
    assert [r.iso for r in find_dates("on the 3rd of May 2001", None)] == ["2001-05-03"]


def test_a_short_name_inside_the_main_partners_name_is_that_partner() -> None:
    body = (
        "Đoàn Bộ Nông nghiệp Cộng hòa Dân chủ Congo đã làm việc tại Cà Mau. "
        "Phía bạn đề nghị tỉnh đào tạo 15 kỹ sư Congo về nuôi tôm trong năm 2026."
    )
    found = _candidates(body, "CD")
    assert found and {c.pair for c in found} == {"VN-CD"}


def test_a_province_working_with_a_partners_delegation_is_a_visit_in() -> None:
    body = (
        "Ngày 14/5/2025, Sở Công Thương tỉnh làm việc với đoàn Hiệp hội Ca cao Ghana do ông "
        "Kwame Boateng dẫn đầu."
    )
    events = [c for c in _candidates(body, "GH") if c.kind == "event"]
    assert [(e.event_date, e.metric) for e in events] == [("2025-05-14", "visit.inbound")]


def test_each_of_two_figures_takes_the_period_written_right_after_it() -> None:
    body = (
        "Trade with Ghana reached $610 million in 2022 and $350 million in the first half of 2023."
    )
    money = [(c.value, c.period) for c in _candidates(body, "GH") if c.kind == "figure"]
    assert money == [(6.1e8, "2022"), (3.5e8, "2023-01..2023-06")]


@pytest.mark.parametrize(
    "body",
    [
        "A Vietnamese business delegation will visit Kumasi and Accra from 2 to 5 June 2025.",
        "Đoàn doanh nghiệp Việt Nam sẽ sang Accra từ ngày 2 đến 5/6/2025.",
    ],
)
def test_a_visit_to_a_city_of_the_partners_is_a_visit_out(body: str) -> None:
    events = [c for c in _candidates(body, "GH") if c.kind == "event"]
    assert [(e.event_date, e.metric) for e in events] == [
        ("2025-06-02..2025-06-05", "visit.outbound")
    ]


@pytest.mark.parametrize(
    ("body", "value", "period"),
    [
        ("Năm 2023, thương mại Việt Nam - Ghana đạt gần hai tỷ USD.", 2e9, "2023"),
        ("Trade with Ghana reached three billion dollars in 2023.", 3e9, "2023"),
        ("Trade with Ghana reached $640 million in H1 2023.", 6.4e8, "2023-01..2023-06"),
        ("Trade with Ghana reached $640 million in 7M2023.", 6.4e8, "2023-01..2023-07"),
        ("Nhập khẩu từ Ghana năm 2023 giảm 5%, còn 640 triệu USD.", 6.4e8, "2023"),
    ],
)
def test_amounts_in_words_short_periods_and_the_level_after_a_change(
    body: str, value: float, period: str
) -> None:
    money = [(c.value, c.period) for c in _candidates(body, "GH") if c.unit == "USD"]
    assert money == [(value, period)]


def test_a_capitalised_first_word_is_still_a_cue() -> None:
    body = "Xuất khẩu sang Ghana tính đến hết tháng 5/2024 đạt 90 triệu USD."
    (figure,) = [c for c in _candidates(body, "GH") if c.kind == "figure"]
    assert (figure.metric, figure.period) == ("trade.exports", "2024-01..2024-05")


def test_a_visit_to_the_partners_capital_is_out_whoever_the_sentence_names_next() -> None:
    body = (
        "During her visit to Accra on 3-5 June 2025, the Vietnamese Vice President met "
        "Ghanaian business leaders."
    )
    events = [c for c in _candidates(body, "GH") if c.kind == "event"]
    assert [e.metric for e in events] == ["visit.outbound"]


def test_fieldwork_at_a_partners_place_then_a_proposal_is_a_visit_out() -> None:
    body = (
        "Từ ngày 2 đến ngày 9/6/2025, đoàn gồm 4 kỹ sư đã khảo sát hệ thống thủy lợi và đề xuất "
        "phương án cải tạo cho vùng Kumasi và Accra."
    )
    events = [c for c in _candidates(body, "GH") if c.kind == "event"]
    assert [(e.event_date, e.metric) for e in events] == [
        ("2025-06-02..2025-06-09", "visit.outbound")
    ]


def test_an_invitation_to_visit_stays_a_proposal() -> None:
    body = "Bộ trưởng đề nghị Tổng thống Ghana thăm Việt Nam vào tháng 3/2026."
    events = [c for c in _candidates(body, "GH") if c.kind == "event"]
    assert events and all(e.topic == "proposals" and e.metric == "" for e in events)


def test_a_dotted_day_after_on_is_a_date_and_a_version_is_not() -> None:
    assert [r.iso for r in find_dates("signed in Accra on 4.2.2025", None)] == ["2025-02-04"]
    assert find_dates("phiên bản 2.10.2024 của phần mềm", None) == []


def test_a_headings_one_year_is_no_event_but_a_programmes_term_is_kept() -> None:
    body = (
        "KẾT QUẢ HỢP TÁC NĂM 2024\n"
        "Năm 2024, hai bên ký Bản ghi nhớ về hợp tác nghề cá với Ghana.\n"
        "Chương trình trao đổi thanh niên 2025 - 2027"
    )
    events = [c for c in _candidates(body, "GH") if c.kind == "event"]
    assert [e.quote for e in events] == [
        "Năm 2024, hai bên ký Bản ghi nhớ về hợp tác nghề cá với Ghana.",
        "Chương trình trao đổi thanh niên 2025 - 2027",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Ghana ranks first among 40 countries investing in the province's cocoa plants.",
        "Ghana đứng đầu trong số 40 quốc gia đầu tư vào ngành ca cao của tỉnh.",
    ],
)
def test_first_among_investors_is_a_rank(body: str) -> None:
    ranks = [c for c in _candidates(body, "GH") if c.unit == "rank"]
    assert [(c.value, c.metric) for c in ranks] == [(1.0, "investment.rank")]


def test_a_count_of_months_in_words_before_the_year() -> None:
    assert [r.iso for r in find_dates("Tám tháng năm 2023, kim ngạch …", None)] == [
        "2023-01..2023-08"
    ]


def test_money_received_is_no_visit() -> None:
    from briefer.ingest import keywords as kw

    assert not kw.VISIT.search("Ghana received US$5 million in grants in 2024.")
    assert kw.VISIT.search("The minister received Vietnamese Deputy Minister Le Van Ba.")


@pytest.mark.parametrize(
    ("clause", "day"),
    [
        ("the ministers met in Maputo on Tuesday", "2025-11-25"),  # told after: the last one
        ("the delegation's visit, which ends on Sunday", "2025-11-30"),  # still to come
        ("the minister will fly to Hanoi on Monday", "2025-12-01"),
        ("talks are due to resume next Tuesday", "2025-12-02"),
        ("Đoàn sẽ làm việc tại Hà Nội vào thứ Hai", "2025-12-01"),
        ("Đoàn đã thăm tới thủ đô hôm thứ Tư", "2025-11-26"),  # "tới": to, not "coming"
    ],
)
def test_a_weekday_of_what_is_still_to_come_is_the_next_one(clause: str, day: str) -> None:
    """Published on Friday 28 November 2025: a visit that "ends on Sunday" ends on the 30th,
    not on the 23rd, before it began (found on a partner paper's page never tuned to)."""
    assert [r.start for r in weekday_dates(clause, "2025-11-28")] == [day]
