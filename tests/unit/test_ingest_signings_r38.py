"""A signing with no date of its own takes the time of the visit or session told before it
(signingday.py); a joint body's session is a visit; a milestone whose sentence dates only
its leading occasion (duringmilestone.py); a holiday's congratulatory message
(sentgreetings.py); a rank as a source of imports (r38)."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.signingday import narrower, signing_date, signs_undated
from briefer.text.dates import find_dates

_VI = Metadata(published_on="2026-05-20", language="vi")
_EN = Metadata(published_on="2026-05-20", language="en")


def _events(body: str, meta: Metadata, words: str) -> list[tuple[str, str, str]]:
    return [
        (c.event_date, c.topic, c.metric)
        for c in find_candidates(body, meta)
        if c.kind == "event" and words in c.quote
    ]


def test_a_signing_during_a_visit_of_several_days_takes_its_month() -> None:
    body = (
        "Bộ trưởng Nông nghiệp Lào thăm chính thức Việt Nam từ ngày 12 đến 15/4/2026.\n\n"
        "Trong chuyến thăm, hai bên đã ký Bản ghi nhớ về hợp tác thủy lợi."
    )
    assert ("2026-04", "agreements", "") in _events(body, _VI, "Bản ghi nhớ về hợp tác thủy lợi")


def test_an_english_signing_after_a_visit_and_a_term_that_dates_nothing() -> None:
    body = (
        "The Prime Minister of Fiji paid an official visit to Hanoi from March 3 to 5, 2026.\n\n"
        "The two sides signed a Memorandum of Understanding on fisheries for 2026-2030."
    )
    assert _events(body, _EN, "Memorandum of Understanding on fisheries") == [
        ("2026-03", "agreements", "")
    ]


def test_a_one_day_meeting_inside_the_visit_gives_the_signing_its_day() -> None:
    visit = ("2026-11-17", "2026-11-20")
    assert narrower(visit, ("2026-11-18", "2026-11-18")) == ("2026-11-18", "2026-11-18")
    assert narrower(("2026-11-18", "2026-11-18"), visit) == ("2026-11-18", "2026-11-18")
    assert signing_date(visit) == "2026-11"
    assert narrower(("2026-11-18", "2026-11-18"), ("2026-12-01", "2026-12-03")) == (
        "2026-12-01",
        "2026-12-03",
    )


def test_a_meeting_day_told_before_the_visit_still_dates_the_signing() -> None:
    # (the day first, the visit's span after it: the signing keeps the day it falls in)
    body = (
        "Ngày 18/11/2026, Thủ tướng Việt Nam hội đàm với Thủ tướng Ba Lan tại Hà Nội.\n\n"
        "Thủ tướng Ba Lan thăm chính thức Việt Nam từ ngày 17 đến 20/11/2026.\n\n"
        "Trong chuyến thăm, hai bên đã ký Bản ghi nhớ về hợp tác giáo dục."
    )
    assert _events(body, _VI, "Bản ghi nhớ về hợp tác giáo dục") == [
        ("2026-11-18", "agreements", "")
    ]
    body = (
        "On November 18, 2026, the two presidents held talks in Hanoi.\n\n"
        "The President of Chile paid a state visit to Viet Nam from November 17 to 20, 2026.\n\n"
        "During the visit, the two sides signed a Memorandum of Understanding on mining."
    )
    assert _events(body, _EN, "Memorandum of Understanding on mining") == [
        ("2026-11-18", "agreements", "")
    ]


def test_a_signing_still_to_come_or_dated_itself_is_no_undated_signing() -> None:
    ahead = "Hai bên dự kiến ký Hiệp định thương mại vào cuối năm."
    assert signs_undated(ahead, [], 0) == -1
    asked = "Bài viết đề xuất hai nước sớm ký kết Hiệp định hợp tác nghề cá."
    assert signs_undated(asked, [], 0) == -1
    tally = "Hai nước đã ký kết nhiều Hiệp định và Bản ghi nhớ hợp tác."
    assert signs_undated(tally, [], 0) == -1
    english = "The two sides will sign a memorandum on education next year."
    assert signs_undated(english, [], 0) == -1
    dated = "Ngày 3/5/2026, hai bên đã ký Hiệp định thương mại."
    assert signs_undated(dated, find_dates(dated, 2026), 0) == -1
    term = "Hai bên đã ký Kế hoạch hành động giai đoạn 2026 - 2030; đường bay mở vào tháng 6/2026."
    end = signs_undated(term, find_dates(term, 2026), 0)
    assert term[:end].endswith("2026 - 2030")


def test_a_signing_in_a_sentence_of_figures_is_the_figure_s() -> None:
    body = (
        "Đoàn doanh nghiệp Ba Lan thăm Hải Phòng từ ngày 3 đến 5/5/2026.\n\n"
        "Nhân dịp này, hai công ty đã ký hợp đồng phân phối trị giá 12 triệu USD."
    )
    assert _events(body, _VI, "hợp đồng phân phối") == []


def test_a_session_planned_is_no_visit_yet() -> None:
    planned = "Hai bên nhất trí sớm tổ chức Kỳ họp lần thứ 2 Ủy ban liên Chính phủ vào năm 2027."
    assert all(c.metric == "" for c in find_candidates(planned, _VI))


def test_a_joint_commission_s_session_held_abroad_is_an_outbound_visit() -> None:
    vi = "Kỳ họp lần thứ 4 Ủy ban hỗn hợp Việt Nam - Ai Cập đã diễn ra tại Cairo ngày 9/3/2026."
    assert _events(vi, _VI, "Kỳ họp") == [("2026-03-09", "visits", "visit.outbound")]
    en = "The 2nd session of the Vietnam-Ghana Joint Commission was held in Accra on May 4, 2026."
    assert _events(en, _EN, "session") == [("2026-05-04", "visits", "visit.outbound")]


def test_an_arrival_in_the_partner_s_capital_is_outbound() -> None:
    body = (
        "Myanmar and Viet Nam agreed to expand trade in rice.\n\nThe Vietnamese delegation was "
        "headed by Deputy Minister Tran Van A, who arrived in Nay Pyi Taw on 12 March 2026."
    )
    assert ("2026-03-12", "visits", "visit.outbound") in _events(body, _EN, "arrived")


def test_an_upgrade_dated_by_its_leading_occasion() -> None:
    vi = (
        "Trong chuyến thăm chính thức của Thủ tướng Malaysia từ ngày 6 đến 8/4/2026, hai nước "
        "đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện."
    )
    assert (
        "2026-04",
        "diplomatic",
        "relations.comprehensive_strategic_partnership",
    ) in _events(vi, _VI, "hai nước đã nâng cấp")
    anniversary = (
        "Năm 2023, nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1973 - 2023), hai nước đã "
        "nâng cấp quan hệ lên Đối tác toàn diện."
    )
    assert ("2023", "diplomatic", "relations.comprehensive_partnership") in _events(
        anniversary, _VI, "hai nước đã nâng cấp"
    )
    en = (
        "During the state visit of the President of Chile from 6 to 8 April 2026, the two "
        "countries upgraded their ties to a Comprehensive Partnership."
    )
    assert ("2026-04", "diplomatic", "relations.comprehensive_partnership") in _events(
        en, _EN, "the two countries upgraded"
    )


def test_a_holiday_s_congratulatory_message_is_dated_by_its_month() -> None:
    vi = (
        "Nhân dịp Quốc khánh Cộng hòa Kazakhstan (16/12/2026), Chủ tịch nước đã gửi điện mừng "
        "tới Tổng thống Kazakhstan."
    )
    assert _events(vi, _VI, "gửi điện mừng") == [("2026-12", "diplomatic", "")]
    en = (
        "On the occasion of Kazakhstan's Independence Day (December 16, 2026), the President "
        "sent a congratulatory message to the President of Kazakhstan."
    )
    assert _events(en, _EN, "congratulatory message") == [("2026-12", "diplomatic", "")]


def test_a_rank_as_a_source_of_imports() -> None:
    body = "Officials said Vietnam was now the third largest source of coffee imports for Chile."
    ranks = [c for c in find_candidates(body, _EN) if c.unit == "rank"]
    assert [(c.pair, c.value) for c in ranks] == [("VN-CL", 3.0)]


def test_a_wire_dateline_s_day_dates_no_event() -> None:
    en = (
        "Lusaka, Mar. 4, ZNA – Zambia and Vietnam have agreed to widen cooperation in rice "
        "farming and mining."
    )
    assert [c.event_date for c in find_candidates(en, _EN) if c.kind == "event"] == []
    vi = "HÀ NỘI, ngày 4/3 (TTXVN) - Việt Nam và Zambia đã ký Bản ghi nhớ hợp tác nông nghiệp."
    assert [c.event_date for c in find_candidates(vi, _VI) if c.kind == "event"] == []


def test_a_partnership_framework_set_up_is_its_milestone() -> None:
    body = (
        "Kể từ khi thiết lập quan hệ ngoại giao ngày 3/6/1971 và xác lập khuôn khổ Đối tác "
        "toàn diện năm 2017, quan hệ Việt Nam - Chile phát triển tích cực."
    )
    found = {(c.event_date, c.metric) for c in find_candidates(body, _VI) if c.kind == "event"}
    assert ("2017", "relations.comprehensive_partnership") in found


def test_a_visit_of_a_named_guest_with_a_suffix_to_vietnam_is_inbound() -> None:
    body = (
        "The deal was signed during the state visit of President John Smith Jr. to Vietnam "
        "from March 2 to 4, 2026, according to the Kenyan side."
    )
    found = [(c.event_date, c.metric) for c in find_candidates(body, _EN) if c.kind == "event"]
    assert ("2026-03-02..2026-03-04", "visit.inbound") in found


def test_a_country_s_foreign_trade_with_the_world_is_its_own() -> None:
    body = (
        "Uzbekistan's foreign trade turnover in the first half of 2026 exceeded $30 billion, "
        "with Russia its main partner.\n\nTrade between Uzbekistan and Vietnam reached "
        "$150 million in 2025."
    )
    figures = [(c.value, c.pair) for c in find_candidates(body, _EN) if c.kind == "figure"]
    assert figures == [(150_000_000.0, "VN-UZ")]


def test_a_licence_line_and_a_journal_s_review_dates_are_no_events() -> None:
    lines = (
        "Licence No. 112/GP-BTTTT dated March 2, 2020.\n\n"
        "Ngày nhận bài: 5/8/2025\n\nNgày duyệt đăng: 1/10/2025\n\n"
        "Giấy phép số 45/GP-BVHTTDL cấp ngày 3/4/2021.\n\n"
        "Trình bày: Nguyễn Văn B, Tham tán Thương mại, Hội thảo ngày 4/11/2025 tại Hà Nội."
    )
    assert find_candidates(lines, _VI) == []


def test_a_signing_in_a_clause_of_the_visit_s_sentence() -> None:
    body = (
        "The Foreign Minister of Nepal concluded a four-day official visit to Vietnam on "
        "Friday, during which the two countries signed a memorandum of understanding on "
        "tourism."
    )
    meta = Metadata(published_on="2026-06-13", language="en")
    found = [(c.event_date, c.topic) for c in find_candidates(body, meta) if c.kind == "event"]
    assert ("2026-06", "agreements") in found


def test_a_photo_caption_in_the_text_is_no_fact() -> None:
    en = "Minister A (left) and Ambassador B of Chile in Hà Nội on Tuesday."
    assert find_candidates(en, _EN) == []
    vi = "Thứ trưởng A (thứ hai từ phải) trao quà lưu niệm cho Đại sứ Chile ngày 5/5/2026."
    assert find_candidates(vi, _VI) == []
    told = "Minister A (left) met Ambassador B of Chile on Tuesday, and the two agreed to meet."
    assert find_candidates(told, _EN) != []


def test_a_flow_with_the_whole_world_is_no_pair_s_figure() -> None:
    vi = (
        "Năm 2025, tỉnh An Giang xuất khẩu 900.000 tấn gạo, trị giá 560 triệu USD, sang hơn 30 "
        "thị trường."
    )
    assert [c for c in find_candidates(vi, _VI) if c.kind == "figure"] == []
    en = "Globally, Norwegian companies invested a record USD 12 billion overseas in 2025."
    assert [c for c in find_candidates(en, _EN) if c.kind == "figure"] == []
    pair = "Vietnam exported rice worth $300 million to Ghana and 40 other markets in 2025."
    assert [c.value for c in find_candidates(pair, _EN) if c.kind == "figure"] == [300_000_000.0]


def test_a_market_s_size_or_a_fund_s_holdings_is_no_pair_s_figure() -> None:
    vi = (
        "Theo Đại sứ, thị trường thực phẩm Halal của các nước Trung Đông ước đạt 80 tỷ USD vào "
        "năm 2030."
    )
    assert [c for c in find_candidates(vi, _VI) if c.kind == "figure"] == []
    en = "The Kuwait Investment Authority manages assets of more than $900 billion."
    assert [c for c in find_candidates(en, _EN) if c.kind == "figure"] == []
    flow = "Xuất khẩu của Việt Nam sang thị trường Kuwait năm 2025 đạt 500 triệu USD."
    assert [c.value for c in find_candidates(flow, _VI) if c.kind == "figure"] == [500_000_000.0]


def test_a_market_of_so_many_people_stays_the_partner_s_count() -> None:
    body = "Panama is a gateway to a Central American market of more than 50 million people."
    assert [c.value for c in find_candidates(body, _EN) if c.kind == "figure"] == [50_000_000.0]
