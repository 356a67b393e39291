"""Visits and non-claims on wording of our own (issue 19, the unseen19 facts round): a
guest whose ministry's name holds "và"/"and" is still read whole, a visit "by" a Vietnamese
official went out, an arrival in a country or a venue "city, country" says where a visit
went, and a delegation "đi khảo sát" abroad is a visit."""

from __future__ import annotations

from tests.mined import candidates as _candidates
from tests.mined import events as _visits


def test_a_guest_ministry_whose_name_holds_and_is_read_whole() -> None:
    vi = (
        "Sáng 12/5/2025, Phó Chủ tịch UBND tỉnh Bình Định đã tiếp đoàn công tác của Bộ Nông "
        "nghiệp và Thủy sản Cộng hòa Ga-na do Thứ trưởng Kwame Mensah dẫn đầu, đến tìm hiểu "
        "cơ hội hợp tác về chế biến hạt điều."
    )
    assert _visits(vi, "GH") == [("2025-05-12", "visit.inbound")]
    received = (
        "Ngày 3/4/2025, Sở Công Thương đón tiếp Đoàn công tác Bộ Năng lượng và Mỏ nước Cộng "
        "hòa Ma-li do Thứ trưởng Amadou Traoré dẫn đầu đến thăm và làm việc tại tỉnh."
    )
    assert _visits(received, "ML") == [("2025-04-03", "visit.inbound")]
    en = (
        "On 8 May 2025 the Governor received the Minister of Trade and Industry of Ghana, "
        "who led a delegation of cocoa exporters."
    )
    assert _visits(en, "GH") == [("2025-05-08", "visit.inbound")]


def test_a_guest_ends_at_and_before_a_verb() -> None:
    # ("và" before a word in lower case starts the host's next act, not the guest's name)
    body = (
        "Chiều 2/6/2025, Chủ tịch UBND tỉnh Nghệ An tiếp Đại sứ Việt Nam tại Ga-na và trao "
        "đổi về hợp tác với tỉnh Ashanti."
    )
    assert ("2025-06-02", "visit.inbound") not in _visits(body, "GH")


def test_a_visit_by_a_vietnamese_official_went_out() -> None:
    body = (
        "Ms Hang landed in Lisbon on Monday, May 5, on the first official visit by a "
        "Vietnamese deputy prime minister to the country since 2016."
    )
    assert _visits(body, "PT") == [("2025-05-05", "visit.outbound")]
    # (a visit by the partner's official to Việt Nam still came in)
    inbound = "The first visit by a Portuguese president to Viet Nam began on 6 May 2025."
    assert _visits(inbound, "PT") == [("2025-05-06", "visit.inbound")]


def test_an_arrival_in_a_country_is_where_the_visit_went() -> None:
    out = "The foreign minister arrived in Paraguay on 14 May 2025 for a three-day visit."
    assert _visits(out, "PY") == [("2025-05-14", "visit.outbound")]
    came = "Paraguay's foreign minister arrived in Viet Nam on 14 May 2025 for a visit."
    assert _visits(came, "PY") == [("2025-05-14", "visit.inbound")]


def test_a_business_delegation_going_to_survey_a_city_abroad_is_an_outbound_visit() -> None:
    body = (
        "Hiệp hội Dệt may tổ chức Đoàn doanh nghiệp đi khảo sát thị trường tại Ác-ra, Ga-na "
        "từ ngày 3 đến ngày 7/11/2025."
    )
    assert _visits(body, "GH") == [("2025-11-03..2025-11-07", "visit.outbound")]
    english = (
        "The chamber's business delegation will hold talks in Accra, Ghana from 3 to 7 "
        "November 2025."
    )
    assert _visits(english, "GH") == [("2025-11-03..2025-11-07", "visit.outbound")]


def test_workers_going_abroad_to_work_are_no_visit() -> None:
    body = "Năm 2024, khoảng 2.000 lao động đi làm việc tại Ga-na theo hợp đồng."
    assert all(not m.startswith("visit.") for _, m in _visits(body, "GH"))


def _quotes(body: str, partner: str) -> list[str]:
    return [c.quote for c in _candidates(body, partner)]


def test_a_treatys_closing_formula_is_no_claim() -> None:
    body = (
        "The two sides agreed to open a consulate in Da Nang in 2026.\n\n"
        "Done at Montevideo on 4 March 2025, in two originals in the Spanish, Vietnamese "
        "and English languages, all texts being equally authentic."
    )
    quotes = _quotes(body, "UY")
    assert not any(q.startswith("Done at") for q in quotes)
    assert any("consulate" in q for q in quotes)
    vi = (
        "Làm tại Hà Nội, ngày 4 tháng 3 năm 2025, thành hai bản, mỗi bản bằng tiếng Việt và "
        "tiếng Tây Ban Nha."
    )
    assert _quotes(vi, "UY") == []


def test_a_notice_that_a_joint_statement_was_published_is_no_claim() -> None:
    body = (
        "The Foreign Ministry of Uruguay released the joint communiqué adopted at the end of "
        "the talks between the two presidents. Its full text follows."
    )
    assert _quotes(body, "UY") == []
    # (a statement dated, or one agreed between the sides, is still told)
    dated = "Uruguay and Viet Nam issued a joint statement on 5 March 2025 upgrading their ties."
    assert _quotes(dated, "UY")


def test_an_attendance_naming_the_partner_only_as_a_vietnamese_envoys_post_is_no_claim() -> None:
    body = (
        "The ceremony was also attended by the head of the Americas Department and by the "
        "Ambassador of Viet Nam to the Argentine Republic, concurrently accredited to the "
        "Oriental Republic of Uruguay."
    )
    assert _quotes(body, "UY") == []
    vi = "Cùng dự buổi tiếp có Đại sứ Việt Nam tại Ác-hen-ti-na kiêm nhiệm U-ru-goay."
    assert _quotes(vi, "UY") == []
    # (the partner's own envoy present is the partner's side: kept as before)
    theirs = (
        "The ceremony was attended by the Ambassador of Uruguay to Viet Nam, who signed the "
        "memorandum on behalf of his government."
    )
    assert _quotes(theirs, "UY")


def test_a_lead_restating_a_sentence_told_in_full_below_gives_one_candidate() -> None:
    body = (
        "NTV - Đại sứ Pê-ru mong muốn mở đường bay thẳng giữa thành phố Nha Trang và thủ đô "
        "Li-ma.\n\n"
        "Chiều 5/5, Chủ tịch UBND tỉnh tiếp Đại sứ Pê-ru tại Việt Nam.\n\n"
        "Đại sứ cho biết Pê-ru coi trọng du lịch, đồng thời mong muốn sớm mở đường bay thẳng "
        "giữa thành phố Nha Trang và thủ đô Li-ma để đón khách hai chiều."
    )
    quotes = _quotes(body, "PE")
    assert not any(q.startswith("NTV") for q in quotes)
    assert any(q.startswith("Đại sứ cho biết") for q in quotes)
    # (two different claims sharing a few words both stay)
    two = (
        "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực nông nghiệp và thủy sản.\n\n"
        "Hai bên cũng nhất trí tăng cường hợp tác giáo dục, đào tạo và trao đổi sinh viên "
        "giữa các trường đại học."
    )
    assert len(_quotes(two, "PE")) == 2


def test_a_sentence_introducing_the_text_that_follows_is_no_claim() -> None:
    body = (
        "ACCRA, 3 June 2025 (GNA): The Ministry of Foreign Affairs on Monday released the "
        "following joint press release on the second round of Ghana-Viet Nam consultations:\n\n"
        "The second round of Ghana-Viet Nam political consultations was held in Accra on 2 "
        "June 2025."
    )
    quotes = _quotes(body, "GH")
    assert not any("following" in q for q in quotes)
    assert any(q.startswith("The second round") for q in quotes)


def test_a_travellers_onward_leg_to_a_third_country_is_no_claim_of_the_pair() -> None:
    body = (
        "Prime Minister Mitsotakis held talks with his Vietnamese counterpart in Hanoi on 5 "
        "May 2025.\n\n"
        "From Hanoi, Mitsotakis flew to Jakarta, where he is due to meet President Prabowo "
        "on Thursday.\n\n"
        "He is scheduled to leave for Malaysia on Friday."
    )
    quotes = _quotes(body, "GR")
    assert len(quotes) == 1 and quotes[0].startswith("Prime Minister Mitsotakis")
    # (a leg to Việt Nam or to the article's partner is the pair's own)
    came = "The Greek president left for Hanoi on 4 May 2025 to pay a state visit to Viet Nam."
    assert _visits(came, "GR") == [("2025-05-04", "visit.inbound")]


def test_a_delegation_received_from_a_partners_ministry_came_in() -> None:
    sent = (
        "On 3 May 2025, the Governor of Ninh Binh received a delegation from the Ministry of "
        "Agriculture of Ghana."
    )
    assert _visits(sent, "GH") == [("2025-05-03", "visit.inbound")]
    welcomed = (
        "On 3 May 2025, the provincial leader welcomed a delegation of Ghanaian businesses led "
        "by Deputy Minister Kofi Mensah."
    )
    assert _visits(welcomed, "GH") == [("2025-05-03", "visit.inbound")]


def test_a_trip_to_survey_a_partners_market_or_held_in_it_went_out() -> None:
    market = (
        "Từ ngày 3 đến 7/11/2025, Sở Công Thương tổ chức đoàn doanh nghiệp đi khảo sát thị "
        "trường Ga-na."
    )
    assert _visits(market, "GH") == [("2025-11-03..2025-11-07", "visit.outbound")]
    held = "Từ ngày 3 đến 7/11/2025, đoàn công tác của tỉnh đi công tác tại Ga-na."
    assert _visits(held, "GH") == [("2025-11-03..2025-11-07", "visit.outbound")]
    # (an envoy's post is no venue: the partner's ambassador in Việt Nam came to the province)
    envoy = "Ngày 3/11/2025, Đại sứ Ga-na tại Việt Nam đã đến làm việc với tỉnh Bình Định."
    assert _visits(envoy, "GH") != [("2025-11-03", "visit.outbound")]


def test_an_arrival_in_a_city_is_a_visit_with_the_citys_side() -> None:
    out = (
        "The Vietnamese delegation, led by Deputy Minister Tran Van Long, arrived in Accra on "
        "June 2 for the joint commission."
    )
    assert _visits(out, "GH") == [("2025-06-02", "visit.outbound")]
    came = (
        "Đoàn Bộ Thương mại Ga-na đến Hà Nội ngày 2/6/2025 theo lời mời của Bộ Công Thương để "
        "trao đổi về thương mại gạo."
    )
    assert _visits(came, "GH") == [("2025-06-02", "visit.inbound")]
    # ("đến" before a day or a year ends a span: no visit)
    span = "Hiệp định có hiệu lực từ ngày 1/1/2025 đến năm 2030 giữa Việt Nam và Ga-na."
    assert all(not m.startswith("visit.") for _, m in _visits(span, "GH"))


def test_a_partners_person_after_a_home_city_is_no_venue_abroad() -> None:
    body = (
        "On 3 June 2025, in Hanoi, Ghanaian Trade Minister Kofi Mensah met Vietnamese rice "
        "exporters."
    )
    assert _visits(body, "GH") != [("2025-06-03", "visit.outbound")]


def test_a_journey_told_by_its_verb_is_a_visit_with_its_side() -> None:
    went = (
        "On 4 June 2025, a Vietnamese business delegation travelled to Ghana to explore "
        "cashew imports."
    )
    assert _visits(went, "GH") == [("2025-06-04", "visit.outbound")]
    came = "On 4 June 2025, a Ghanaian trade delegation came to Hanoi to explore rice imports."
    assert _visits(came, "GH") == [("2025-06-04", "visit.inbound")]
    led = "Ngày 4/6/2025, Thứ trưởng Nguyễn Văn An dẫn đầu đoàn công tác Bộ Công Thương sang Ga-na."
    assert _visits(led, "GH") == [("2025-06-04", "visit.outbound")]
    session = (
        "Bộ trưởng Công Thương đã làm việc với Bộ trưởng Thương mại Ga-na ngày 3/6/2025 tại Accra."
    )
    assert _visits(session, "GH") == [("2025-06-03", "visit.outbound")]
    # (goods going over are no journey: "xuất khẩu sang Ga-na" in 2024 is a figure's time)
    goods = "Năm 2024, Việt Nam xuất khẩu sang Ga-na khoảng 500 triệu USD gạo."
    assert all(not m.startswith("visit.") for _, m in _visits(goods, "GH"))


def test_a_site_visited_in_a_place_of_viet_nams_means_the_visit_came_in() -> None:
    en = "The Ghanaian delegation visited the Saigon Hi-Tech Park on 4 June 2025."
    assert _visits(en, "GH") == [("2025-06-04", "visit.inbound")]
    vi = "Ngày 4/6/2025, đoàn doanh nghiệp Ga-na đã thăm Khu công nghệ cao TP.HCM."
    assert _visits(vi, "GH") == [("2025-06-04", "visit.inbound")]


def test_a_host_receiving_a_named_guest_is_a_visit_not_a_hosted_event() -> None:
    body = "On 4 June 2025, Ghana's President hosted Vietnam's Deputy Prime Minister in Accra."
    assert _visits(body, "GH") == [("2025-06-04", "visit.outbound")]
    summit = "Ghana hosted the African trade summit in November 2024 with Viet Nam as a guest."
    assert all(not m.startswith("visit.") for _, m in _visits(summit, "GH"))


def test_more_wordings_of_an_attendance_and_a_signing_formula_are_no_claims() -> None:
    present = "Buổi tiếp có sự tham dự của lãnh đạo Sở Ngoại vụ và Đại sứ Việt Nam tại Ga-na."
    assert _quotes(present, "GH") == []
    signed = (
        "Văn bản được làm tại Hà Nội ngày 4/6/2025, thành hai bản bằng tiếng Việt và tiếng Anh."
    )
    assert _quotes(signed, "GH") == []
    # (documents signed, with no formula of copies or languages, are a claim)
    claim = "Ngày 4/6/2025, hai bên đã ký tại Hà Nội 5 văn kiện hợp tác về thương mại và giáo dục."
    assert _quotes(claim, "GH")


def test_how_many_attended_is_a_claim() -> None:
    body = "Hội thảo có sự tham dự của gần 120 đại biểu từ các bộ, ngành và doanh nghiệp."
    assert _quotes(body, "GH")


def test_an_onward_leg_told_in_vietnamese_and_a_vietnamese_travellers_leg() -> None:
    foreign = (
        "Sau Việt Nam, Thủ tướng Hy Lạp sẽ tiếp tục chuyến công du tới In-đô-nê-xi-a vào "
        "ngày 7/5/2025."
    )
    assert _quotes(foreign, "GR") == []
    # (a Vietnamese leader's next stop is Việt Nam's visit to that country: kept)
    ours = (
        "Ngày 7/5/2025, Thủ tướng Phạm Minh Chính lên đường sang Chi-lê, tiếp tục chuyến công du."
    )
    assert _quotes(ours, "BR")
    english = (
        "On 7 May 2025, Vietnamese Prime Minister Pham Minh Chinh left for Chile to continue "
        "his tour."
    )
    assert _quotes(english, "BR")
