"""Body and fact shapes the unseen9 held-out set showed, each on wording of our own."""

from __future__ import annotations

from briefer.ingest.countries import _LOOKUP, find_countries
from briefer.ingest.events import EventFinder


def test_every_longer_country_name_wins_over_the_shorter_one_inside_it() -> None:
    # Property over the whole table: a name that holds another country's name ("Nam Sudan",
    # "Guinea-Bissau", "Cộng hòa Dân chủ Congo") is read whole as its own country.
    for name, code in _LOOKUP.items():
        found = find_countries(f"Quan hệ với {name} phát triển tốt.")
        if any(m.text == name for m in found):
            assert [m.code for m in found if m.text == name] == [code], name


def test_press_forms_of_compound_names() -> None:
    cases = {
        "Đoàn Cộng hòa Dân chủ Congo thăm tỉnh": "CD",
        "Đoàn Cộng hòa Congo thăm tỉnh": "CG",
        "Hợp tác với Nam Sudan": "SS",
        "Hợp tác với Sudan": "SD",
        "Hợp tác với Guinea Xích Đạo": "GQ",
        "Hợp tác với Guinea-Bissau": "GW",
        "Trade with the Dominican Republic": "DO",
        "Trade with Dominica": "DM",
        "Trade with Nigeria": "NG",
        "Trade with Niger": "NE",
    }
    for text, code in cases.items():
        assert [m.code for m in find_countries(text)][-1] == code, text


def test_a_partner_delegation_at_a_vietnamese_province_came_in() -> None:
    text = (
        "đoàn công tác Bộ Thủy sản Gabon do ông Paul Ndong dẫn đầu đã đến thăm và làm việc "
        "tại tỉnh Trà Vinh"
    )
    assert EventFinder.direction(text, "GA") == "inbound"


def test_a_vietnamese_delegation_attending_abroad_went_out() -> None:
    text = (
        "Ngày 2/6/2024, đoàn đại biểu Việt Nam do Bộ trưởng Bộ Nội vụ dẫn đầu đã dự Lễ nhậm "
        "chức của Tổng thống tại Chile."
    )
    assert EventFinder.direction(text, "CL") == "outbound"


def test_a_vietnamese_official_on_a_tour_went_out() -> None:
    text = (
        "The Vietnamese delegation was led by Deputy Minister Lê Văn An, who is on a tour of "
        "three Andean countries from June 2 to 9."
    )
    assert EventFinder.direction(text, "PE") == "outbound"


def test_two_running_days_joined_by_va_are_one_span() -> None:
    from briefer.text.dates import find_dates

    assert [d.iso for d in find_dates("Ngày 4 và 5/6/2018, đoàn thăm")] == [
        "2018-06-04..2018-06-05"
    ]
    # two days apart are two dates, not a span; "lớp 1 và 2/3" is no date at all
    assert [d.iso for d in find_dates("ngày 4 và 20/6/2018")] == ["2018-06-20"]
    assert find_dates("lớp 1 và 2/3 học sinh") == []


def test_a_visits_date_is_not_rewritten_by_the_anniversary_it_attended() -> None:
    from briefer.ingest.candidates import find_candidates

    body = (
        "Từ ngày 3 đến 5/9/2024, Chủ tịch nước đã thăm chính thức Mông Cổ và dự lễ kỷ niệm "
        "100 năm Ngày thành lập Đảng Nhân dân Mông Cổ."
    )
    found = [c for c in find_candidates(body) if c.metric.startswith("visit")]
    assert found and found[0].event_date.startswith("2024-09-03"), found


def test_a_worth_after_the_goods_shares_their_period_and_a_supplier_rank_counts() -> None:
    from briefer.ingest.candidates import find_candidates

    body = (
        "Theo Tổng cục Thống kê, năm 2023 Việt Nam nhập khẩu khoảng 40.000 tấn bông từ Mali, "
        "trị giá khoảng 62 triệu USD, đưa Mali trở thành nguồn cung bông lớn thứ ba của "
        "Việt Nam.\n"
        "Cùng năm, kim ngạch thương mại hai chiều Việt Nam - Mali đạt khoảng 90 triệu USD."
    )
    found = {(c.value, c.unit, c.period) for c in find_candidates(body) if c.kind == "figure"}
    assert (62e6, "USD", "2023") in found
    assert (90e6, "USD", "2023") in found
    assert any(v == 3 and u == "rank" for v, u, _ in found)


def test_page_furniture_of_a_business_site() -> None:
    from briefer.ingest.lines import Found, line_noise

    furniture = [
        "Trần Minh Khoa  •  08:45 | 03/02/2025  •  Theo dõi KinhTeNhanh trên Google News",
        "Tin này có giúp ích cho bạn?  Có  |  Không",
        "Biểu đồ: Xuất khẩu cà phê sang Algeria theo quý (triệu USD). Nguồn: Hải quan",
        "Chart 2: Rice shipments to Ghana by month. Source: customs data",
    ]
    for text in furniture:
        assert line_noise(text, Found()), text
    # a question in the article's prose stays
    assert not line_noise("Vì sao xuất khẩu cà phê sang Algeria tăng mạnh trong năm nay?", Found())


def test_a_concurrently_accredited_mission_and_a_detained_fishing_crew_are_candidates() -> None:
    from briefer.ingest.candidates import find_candidates

    body = (
        "Nhờ sự phối hợp của Đại sứ quán Việt Nam tại Indonesia (kiêm nhiệm Timor-Leste), "
        "các thuyền viên đã về nước an toàn.\n\n"
        "Theo Bộ Ngoại giao, tàu cá bị bắt giữ khi đang đánh bắt trái phép trong vùng biển "
        "của Timor-Leste."
    )
    quotes = [c.quote for c in find_candidates(body) if c.pair == "VN-TL"]
    assert any("kiêm nhiệm Timor-Leste" in q for q in quotes), quotes
    assert any("tàu cá bị bắt giữ" in q for q in quotes), quotes


def test_read_on_labels_bios_and_bulletin_notices_are_furniture() -> None:
    from briefer.ingest.lines import Found, line_noise

    furniture = [
        "READ ALSO Cardinal visits flood-hit parishes in the Mekong Delta",
        "XEM THÊM Giá lúa hôm nay giảm nhẹ tại miền Tây",
        "Ana Souza covers trade and shipping for The Lagos Ledger from Apapa. More by Ana Souza",
        "More by Ana Souza",
        "Người biên soạn: Trần Văn Bình, Phòng Xúc tiến thương mại",
        "Bản tin được phát hành miễn phí tới các hợp tác xã trong tỉnh.",
    ]
    for text in furniture:
        assert line_noise(text, Found()), text
    prose = [
        "President Ruto covers the costs of the summit for the African Union members.",
        "Read also the report of the commission, which the ministry published on Monday.",
    ]
    for text in prose:
        assert not line_noise(text, Found()), text


def test_a_community_counted_by_its_faith_is_a_candidate() -> None:
    from briefer.ingest.candidates import find_candidates

    body = (
        "Pope Leo received a delegation from Vietnam on Monday.\n\n"
        "Vietnam has some 700,000 Buddhists of the Khmer tradition in the Mekong Delta."
    )
    assert any("700,000 Buddhists" in c.quote for c in find_candidates(body))


def test_a_share_row_with_an_icon_letter_is_furniture() -> None:
    from briefer.ingest import furniture as fur

    assert fur.share("Chia sẻ  f  Zalo  Sao chép link  In bài")
    assert not fur.share("f")


def test_going_over_abroad_and_taking_part_in_a_fair_here() -> None:
    from briefer.ingest.candidates import find_candidates

    out = "Tháng 5/2024, nhóm 3 chuyên gia đã sang Bamako khảo sát đồng ruộng của Mali."
    back = (
        "A group of 9 Malian buyers had taken part in the rice fair in Can Tho in June 2024, "
        "the ministry said of trade with Mali."
    )
    assert [c.metric for c in find_candidates(out) if c.kind == "event"] == ["visit.outbound"]
    assert [c.metric for c in find_candidates(back) if c.kind == "event"] == ["visit.inbound"]


def test_a_visit_on_an_anniversary_keeps_its_own_day() -> None:
    from briefer.ingest.candidates import find_candidates

    body = (
        "Nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Mali (3/2/1975 - "
        "3/2/2025), ngày 4/2/2025, đoàn công tác Bộ Nông nghiệp Mali do ông Amadou Keita dẫn "
        "đầu đã thăm và làm việc tại tỉnh An Giang."
    )
    found = {(c.metric, c.event_date) for c in find_candidates(body) if c.kind == "event"}
    assert ("relations.established", "1975-02-03") in found
    assert ("visit.inbound", "2025-02-04") in found


def test_bare_korea_is_the_republic_and_small_states_adjectives_are_countries() -> None:
    """English news writes "Korea" for the Republic unless the North's name precedes it, and
    the small member states' adjectives name them ("Vincentian students")."""
    from briefer.ingest.countries import find_countries

    text = (
        "Korea remains a top investor in Laos. Pyongyang is the capital of North Korea. "
        "Ten Vincentian and Marshallese nurses trained in Hanoi."
    )
    assert [m.code for m in find_countries(text)] == ["KR", "LA", "KP", "VC", "MH"]


def test_an_outlet_that_writes_its_name_with_an_ampersand_keeps_it() -> None:
    """A page whose declared site name writes "&" is shown with "&", not with the "và" of its
    footer; a headline's short form in the "<title>" does not change the footer's name."""
    from briefer.ingest.metachoice import Claim, choose_outlet

    site = [
        Claim("Văn hóa & Du lịch", 8, "site name"),
        Claim("Báo Văn hóa và Du lịch", 3, "copyright"),
    ]
    assert choose_outlet(site) == "Báo Văn hóa & Du lịch"
    title = [
        Claim("Văn hóa & Du lịch", 6, "title part"),
        Claim("Tạp chí Văn hóa và Du lịch", 3, "copyright"),
    ]
    assert choose_outlet(title) == "Tạp chí Văn hóa và Du lịch"


def test_a_writer_label_alone_leaves_the_byline() -> None:
    """ "Bài: X" with no photo credit beside it names X, as "Bài: X - Ảnh: Y" does."""
    from briefer.ingest.metadata import author_of

    assert author_of("Bài: Lê Thu Hà") == "Lê Thu Hà"
    assert author_of("Tác giả: Trần Văn Nam") == "Trần Văn Nam"
    assert author_of("Bài: Lê Thu Hà - Ảnh: Minh Đức") == "Lê Thu Hà"


def test_a_title_headline_with_an_en_dash_is_found_in_the_page() -> None:
    """ "Site :: Section :: Headline – with a dash": the headline the page shows, with its own
    dash, not the whole <title>."""
    import lxml.html

    from briefer.ingest.pagetitle import strip_site

    title = "Tổng lãnh sự quán tại Xứ Sở :: Tin tức :: Gặp mặt đầu xuân Việt Nam – Xứ Sở năm nay"
    root = lxml.html.fromstring(
        f"<html><head><title>{title}</title></head><body><div>Menu</div>"
        "<b>Gặp mặt đầu xuân Việt Nam – Xứ Sở năm nay</b><p>Một câu dài của bài viết.</p>"
        "</body></html>"
    )
    assert strip_site(title, "", root) == "Gặp mặt đầu xuân Việt Nam – Xứ Sở năm nay"
