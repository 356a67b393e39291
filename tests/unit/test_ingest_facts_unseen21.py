"""Candidates' ranks, periods and visits on wording of our own (issue 19, the unseen20 and
unseen21 facts round): a rank whose noun a proper adjective precedes or that ranks students,
a fronted period closed by "alone", the level a figure rose from in its own year, a visit
made by the partner's people to a place no country names, a Vietnamese host receiving the
partner's delegation, a delegation gone over to Việt Nam, partners "since" a year; and what
is no claim: a table's caption, a plan's aims, the author's advice, a deadline, a speaker's
background."""

from __future__ import annotations

from briefer.ingest.visitdirection import direction_of
from tests.mined import candidates as _found


def _ranks(body: str, partner: str) -> list[tuple[float | None, str]]:
    return [(c.value, c.metric) for c in _found(body, partner) if c.unit == "rank"]


def test_a_proper_adjective_between_the_rank_and_its_noun() -> None:
    body = "Korea is Vietnam's second-largest Asian investor, with 10,000 projects."
    assert _ranks(body, "KR") == [(2.0, "investment.rank")]


def test_a_rank_among_countries_sending_students_is_a_people_rank() -> None:
    body = "Việt Nam đứng thứ tư trong số các nước có nhiều du học sinh tại Ô-xtrây-li-a."
    assert _ranks(body, "AU") == [(4.0, "people.student_rank")]
    body = "Vietnam ranks fifth among the countries sending international students to Canada."
    assert _ranks(body, "CA") == [(5.0, "people.student_rank")]


def test_a_size_with_no_ranked_group_is_still_no_rank() -> None:
    body = "The university is the third-largest employer of foreign lecturers in Canada."
    assert _ranks(body, "CA") == []
    # a school's or a city's own rank is no partner's
    body = "Trường có 30.000 sinh viên, đứng thứ ba trong bảng xếp hạng đại học của Canada."
    assert _ranks(body, "CA") == []


def test_a_fronted_period_closed_by_alone_is_the_figures_period() -> None:
    body = "In the first nine months of 2024 alone, two-way trade with Kenya reached US$35 million."
    found = {(c.value, c.period) for c in _found(body, "KE") if c.kind == "figure"}
    assert (35_000_000.0, "2024-01..2024-09") in found


def test_the_level_a_figure_rose_from_keeps_its_own_year() -> None:
    body = (
        "Chile and Vietnam aim to lift two-way trade to US$5 billion by 2030, up from "
        "about $2.1 billion last year, officials said."
    )
    found = {(c.value, c.period) for c in _found(body, "CL") if c.kind == "figure"}
    assert (5_000_000_000.0, "2030") in found
    assert (2_100_000_000.0, "2024") in found


def test_a_clause_with_a_year_of_its_own_in_words_takes_no_earlier_period() -> None:
    body = (
        "In 2024, Vietnam sold Ghana cashew worth US$40 million, and this year the shipments "
        "came to US$12 million."
    )
    found = {(c.value, c.period) for c in _found(body, "GH") if c.kind == "figure"}
    assert (40_000_000.0, "2024") in found
    assert (12_000_000.0, "2025") in found


def test_the_partners_people_visiting_a_place_no_country_names_came_in() -> None:
    said = "Sáng 3/4, Thứ trưởng Bộ Y tế Chi-lê đã dẫn đoàn thăm Bệnh viện Bạch Mai."
    assert direction_of(said, "CL") == "inbound"
    said = (
        "Đoàn Đại học Sydney do Phó Hiệu trưởng dẫn đầu đã thăm và làm việc tại Trường Đại "
        "học Bách khoa."
    )
    assert direction_of(said, "AU") == "inbound"


def test_a_visit_after_talks_with_the_partner_is_not_the_partners_visit() -> None:
    said = "Sau khi hội đàm với Tổng thống Pháp, Chủ tịch nước đã thăm Bảo tàng Louvre."
    assert direction_of(said, "FR") != "inbound"


def test_a_vietnamese_host_receiving_the_partners_delegation_is_a_visit_in() -> None:
    said = (
        "Chiều 12/3, Sở Công Thương Đà Nẵng đã tiếp và làm việc với đoàn doanh nghiệp của "
        "Hiệp hội Thương mại, Công nghiệp Hàn Quốc."
    )
    assert direction_of(said, "KR") == "inbound"
    # the envoy abroad receiving a delegation is no visit in
    said = "Đại sứ Việt Nam tại Hàn Quốc đã tiếp đoàn doanh nghiệp Hàn Quốc."
    assert direction_of(said, "KR") != "inbound"


def test_a_delegation_gone_over_to_vietnam_to_inspect_is_a_visit_in() -> None:
    body = (
        "Từ ngày 2 đến ngày 5/3/2025, đoàn thanh tra của Cục Kiểm dịch Động thực vật và An "
        "toàn Thực phẩm thuộc Bộ Nông nghiệp Ô-xtrây-li-a đã sang Việt Nam thẩm định 5 nhà máy "
        "chế biến tôm."
    )
    events = [(c.event_date, c.metric) for c in _found(body, "AU") if c.kind == "event"]
    assert ("2025-03-02..2025-03-05", "visit.inbound") in events


def test_partners_since_a_year_dates_the_partnership() -> None:
    body = (
        "Vietnam and Peru set up diplomatic relations in 1994, and the two countries have "
        "been strategic partners since 2012."
    )
    events = {(c.event_date, c.metric) for c in _found(body, "PE") if c.kind == "event"}
    assert ("2012", "relations.strategic_partnership") in events


def _kinds(body: str, partner: str) -> list[tuple[str, str]]:
    return [(c.kind, c.event_date) for c in _found(body, partner)]


def test_a_tables_caption_closed_by_its_unit_is_no_claim() -> None:
    body = "Xuất khẩu của Việt Nam sang Ghana giai đoạn 2021 - 2023 (nghìn USD):"
    assert _kinds(body, "GH") == []
    body = "Table 3. Vietnam's imports from Ghana, 2021-2023 (US$ million)"
    assert _kinds(body, "GH") == []
    # a sentence with a bracketed change is no caption
    body = "Năm 2024, kim ngạch thương mại Việt Nam - Ghana đạt 900 triệu USD (tăng 8%)."
    assert "figure" in [k for k, _ in _kinds(body, "GH")]


def test_a_plans_aims_are_no_claims_but_its_schedule_is() -> None:
    body = (
        "KẾ HOẠCH\n\n1. Mục đích\n\nThúc đẩy hợp tác giáo dục giữa tỉnh Nghệ An với các trường "
        "đại học của Hàn Quốc, trọng tâm là đào tạo điều dưỡng và kỹ thuật.\n\n2. Thời gian\n\n"
        "Đoàn Đại học Busan thăm và làm việc tại tỉnh Nghệ An ngày 14/3/2025."
    )
    found = _found(body, "KR")
    assert not any(c.quote.startswith("Thúc đẩy hợp tác") for c in found)
    assert ("2025-03-14", "visit.inbound") in {(c.event_date, c.metric) for c in found}


def test_the_authors_advice_is_no_claim_but_what_the_author_reports_is() -> None:
    body = (
        "Tác giả cho rằng, để mở rộng thị phần tại Chile, doanh nghiệp Việt Nam cần đầu tư "
        "vào chuỗi lạnh và thương hiệu."
    )
    assert _found(body, "CL") == []
    body = (
        "Tác giả cho rằng thương mại còn nhiều dư địa: năm 2024, kim ngạch thương mại Việt Nam "
        "- Chile đạt 1,2 tỷ USD."
    )
    assert (1_200_000_000.0, "2024") in {(c.value, c.period) for c in _found(body, "CL")}


def test_a_deadline_is_no_event_date() -> None:
    assert _kinds("Thời hạn đăng ký: trước ngày 20/8/2025.", "KE") == []
    body = "The embassy asked firms to send their applications no later than 20 August 2025."
    assert [d for _, d in _kinds(body, "KE") if d] == []


def test_a_speakers_background_year_dates_no_event() -> None:
    body = (
        '"Life here is calm," said Tran Van Binh, who moved to Lisbon in 2019, adding that '
        "he hopes to open a restaurant."
    )
    assert [d for _, d in _kinds(body, "PT") if d] == []
    body = (
        "Nhà văn Lê Minh, người từng làm việc tại Bu-đa-pét những năm 1980, cho biết cuốn sách "
        "được dịch từ bản tiếng Hung-ga-ri."
    )
    assert [d for _, d in _kinds(body, "HU") if d] == []
    # an official's visit in such a clause is dated by its day and kept
    body = (
        "The deal was signed by Trade Minister Ana Costa, who arrived in Hanoi on 3 June "
        "for a two-day visit, and her Vietnamese counterpart."
    )
    assert ("event", "2025-06-03") in _kinds(body, "PT")


def test_how_an_interview_came_about_is_no_claim() -> None:
    body = (
        "Nhân dịp Chủ tịch nước thăm chính thức Ai Cập, Đại sứ Trần Văn Nam đã dành cho phóng "
        "viên Báo Thanh niên cuộc trao đổi về quan hệ hợp tác giữa hai nước."
    )
    assert _found(body, "EG") == []
    body = "Minister Ali gave an exclusive interview to our newspaper about trade with Vietnam."
    assert _found(body, "EG") == []
    # a dated occasion in it is still told
    body = (
        "Nhân chuyến thăm Việt Nam của Ngoại trưởng Ai Cập từ ngày 3 đến 5/6/2025, phóng viên "
        "Báo Thanh niên đã có cuộc trao đổi với Đại sứ Ai Cập."
    )
    assert [c.kind for c in _found(body, "EG")] == ["event"]


def test_the_year_of_a_vietnamese_places_own_quantities_dates_no_event() -> None:
    body = "Sơn La hiện có khoảng 20.000 ha cà phê, sản lượng năm 2024 đạt 45.000 tấn."
    assert [d for _, d in _kinds(body, "BR") if d] == []
    # a year the partner shares is an event still
    body = "Năm 2019, Sơn La và Brazil ký thỏa thuận chuyển giao giống cà phê trên 500 ha."
    assert ("event", "2019") in _kinds(body, "BR")


def test_a_clause_going_on_with_the_goods_of_a_trade_figure_is_no_claim() -> None:
    body = (
        "Năm 2024, kim ngạch thương mại Việt Nam - Ma-rốc đạt 420 triệu USD, trong đó Việt Nam "
        "xuất khẩu chủ yếu gạo và cà phê; nhập khẩu từ Ma-rốc chủ yếu phân bón và cá mòi."
    )
    assert [c.kind for c in _found(body, "MA")] == ["figure"]
    # a clause with its own subject is told
    body = (
        "Năm 2024, kim ngạch thương mại Việt Nam - Ma-rốc đạt 420 triệu USD; hai bên nhất trí "
        "sớm khởi động đàm phán hiệp định thương mại tự do."
    )
    assert "statement" in [c.kind for c in _found(body, "MA")]


def test_a_speakers_past_gives_their_words_no_topic() -> None:
    body = (
        '"The winters are long and the language is hard," said Pham Thu Ha, who arrived in '
        "Tampere in 2022 to train as a nurse."
    )
    assert _found(body, "FI") == []
    # what the speaker says still has its own topic
    body = (
        '"Our two countries will sign a labour agreement this autumn," said Minister Aino '
        "Virtanen, who visited Hanoi years ago."
    )  # (r65: "in May" is now a date of the text's year, a dated visit as "in May 2025" was)
    assert [c.topic for c in _found(body, "FI")] == ["agreements"]


def test_a_vietnamese_delegation_that_will_visit_a_place_no_table_knows_goes_out() -> None:
    said = "A Vietnamese business delegation will visit Lobito from 3 to 6 March 2026."
    assert direction_of(said, "AO") == "outbound"


def test_two_leaders_visiting_a_place_together_are_no_visit_in() -> None:
    said = "Chiều 5/3, Thủ tướng Phạm Minh Chính và Thủ tướng Pháp đã thăm Bảo tàng Louvre."
    assert direction_of(said, "FR") != "inbound"
    # a host received the partner's delegation at a venue of the partner's: no visit in
    said = "Ngày 4/3, Đại học Quốc gia Hà Nội đã tiếp đoàn Bộ Giáo dục Pháp tại Paris."
    assert direction_of(said, "FR") != "inbound"
