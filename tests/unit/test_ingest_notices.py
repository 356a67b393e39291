"""A page's notices about itself, labelled headlines, caption labels, one-line recipient
lists, address rows, widgets, a masthead over its menu in a PDF, and sentences that ask or
list (issue 19, body round): each rule on wording no corpus file uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest import credits, notices
from briefer.ingest.analysis import analyse
from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import clean
from briefer.ingest.lines import Found, line_noise
from briefer.ingest.pdflayout import reflow

LEAD = (
    "Ngày 3/4/2025, Bộ trưởng Nguyễn Văn Bình đã tiếp Đại sứ Peru tại Hà Nội để bàn về "
    "hợp tác thương mại và đầu tư giữa hai nước."
)
TRADE = "Năm 2024, kim ngạch thương mại Việt Nam - Peru đạt khoảng 1,2 tỷ USD, tăng 9%."


TITLE = "Việt Nam và Peru thúc đẩy thương mại nông sản"


def _body(*paragraphs: str) -> str:
    return clean("\n\n".join([TITLE, *paragraphs])).body


@pytest.mark.parametrize(
    "line",
    [
        "MORE FROM THE DESK: Lima port reopens after winter storms",
        "TRENDING: Mango growers look to new markets",
        "ĐỌC NHIỀU: Giá cà phê lập đỉnh mới trong tuần",
    ],
)
def test_a_label_in_capitals_before_a_headline_is_a_related_link(line: str) -> None:
    assert notices.labelled_headline(line)
    body = _body(LEAD, line, TRADE)
    assert line not in body and LEAD in body and TRADE in body


@pytest.mark.parametrize(
    "line",
    [
        "LIMA: Peru and Vietnam agreed to expand trade in farm goods.",  # a dateline's prose
        "PV: Ông đánh giá thế nào về triển vọng hợp tác",  # short label, an interview
        "KINH TẾ: THƯƠNG MẠI TĂNG MẠNH",  # a heading in capitals
    ],
)
def test_a_dateline_or_a_speaker_is_no_labelled_headline(line: str) -> None:
    assert not notices.labelled_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Image caption: The two delegations at the harbour office in Callao. AFP",
        "Caption: Farmers sort dragon fruit at a cooperative. Reuters",
        "Chú thích ảnh: Lễ ký kết tại trụ sở Bộ Công Thương. TTXVN",
        "Ảnh tư liệu: Cảng Callao nhìn từ trên cao",
    ],
)
def test_a_caption_under_its_own_label_is_the_pictures(line: str) -> None:
    assert credits.labelled_picture(line)
    assert line_noise(line, Found()) == "photo caption"


def test_the_word_for_influence_is_no_caption_label() -> None:
    line = "Ảnh hưởng: giá cước vận tải tăng làm chậm xuất khẩu sang Peru"
    assert not credits.labelled_picture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Andes Wire is an independent regional news agency covering South America.",
        "PeruDaily.pe is a weekly online publication of the Lima Press Group",
        "Báo Sông Hồng là cơ quan ngôn luận của Hội Nhà báo tỉnh.",
        "Trang Nhịp Cầu là trang thông tin điện tử tổng hợp",
    ],
)
def test_an_outlet_describing_itself_is_a_notice(line: str) -> None:
    assert notices.self_description(line)
    assert line_noise(line, Found()) == "site notice"


def test_a_sentence_about_a_country_is_no_self_description() -> None:
    assert not notices.self_description("Peru is a major supplier of copper to Vietnam.")
    assert not notices.self_description("Peru là đối tác thương mại lớn của Việt Nam ở Mỹ Latinh.")


@pytest.mark.parametrize(
    "line",
    [
        "Cài đặt ứng dụng SongHong Media để nghe bản tin mỗi tối.",
        "Download the Andes Wire app for breaking alerts",
        "Get Andes Wire delivered to your inbox every Friday",
        "Nhận bản tin kinh tế mỗi sáng qua hộp thư của bạn",
        "Receive our weekly newsletter – sign up now!",
        "Đài Sông Hồng giữ bản quyền nội dung. Tải ứng dụng SHTV để xem lại.",
        "Nhập email của bạn",
    ],
)
def test_offers_of_the_app_delivery_and_newsletter_are_notices(line: str) -> None:
    assert notices.offer(line)
    body = _body(LEAD, TRADE, line)
    assert line not in body and TRADE in body


def test_an_article_sentence_with_copyright_or_an_app_stays() -> None:
    line = "Công ty Sao Mai giữ bản quyền phát sóng giải bóng đá tại Việt Nam đến năm 2027."
    assert not notices.offer(line)
    assert not notices.offer(
        "Nhận lời mời của Tổng thống Peru, Chủ tịch nước sẽ thăm chính thức Peru từ ngày 10 "
        "đến 14/11/2025 và dự Tuần lễ Cấp cao APEC."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Bài viết phản ánh quan điểm riêng của tác giả.",
        "Nội dung là ý kiến của nhóm tác giả, không nhất thiết đại diện cho lập trường "
        "của Tòa soạn.",
        "Opinions in this column are solely those of the writer.",
        "The views expressed here do not necessarily reflect those of the Institute.",
    ],
)
def test_a_disclaimer_is_a_notice(line: str) -> None:
    assert notices.disclaimer(line)
    assert line_noise(line, Found()) == "site notice"


def test_a_view_reported_in_the_news_is_no_disclaimer() -> None:
    assert not notices.disclaimer("Bộ trưởng nêu rõ quan điểm của Việt Nam về Biển Đông.")


def test_recipients_listed_on_one_line_go() -> None:
    note = "\n\n".join(
        [
            "BÁO CÁO",
            TITLE,
            LEAD,
            TRADE,
            "Nơi nhận: Vụ Châu Mỹ; Văn phòng Bộ; Lưu: VT, THKT.",
        ]
    )
    body = clean(note).body
    assert "Nơi nhận" not in body and "Vụ Châu Mỹ" not in body and TRADE in body


@pytest.mark.parametrize(
    "line",
    [
        "Tầng 5, 18 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội · www.viennghiencuu.vn",
        "12 Av. Larco, Miraflores, Lima | info@andeswire.pe | +51 1 444 0000",
    ],
)
def test_an_address_row_with_a_web_or_mail_address_is_a_contact(line: str) -> None:
    assert notices.address_row(line)
    assert line_noise(line, Found()) in ("contact", "menu")  # ("… | …": a menu's bars too)
    assert line not in _body(LEAD, line, TRADE)


def test_a_menu_or_a_sentence_is_no_address_row() -> None:
    assert not notices.address_row("Thời sự · Kinh tế · Thế giới")
    assert not notices.address_row(
        "Thông tin chi tiết được đăng trên www.moit.gov.vn từ ngày 5/3/2025 và cập nhật hằng tuần."
    )


def test_an_address_row_above_a_note_is_never_its_title() -> None:
    note = "\n\n".join(
        [
            "VIỆN KINH TẾ VÀ CHÍNH TRỊ THẾ GIỚI",
            "176 Thái Hà, Đống Đa, Hà Nội · www.iwep.example.vn",
            "Việt Nam - Peru: ba thập kỷ hợp tác thương mại",
            LEAD,
            TRADE,
        ]
    )
    cleaned = clean(note)
    assert cleaned.metadata.title == "Việt Nam - Peru: ba thập kỷ hợp tác thương mại"


@pytest.mark.parametrize(
    "line",
    [
        "7 phút đọc",
        "Reading time: 4 mins",
        "Cỡ chữ A- A+ · In bài viết · Lưu bài",
        "Trang 1 2 3 4 Tiếp »",
        "Listen to this story 6 min",
        "Trở về đầu trang",
        "Back to top",
        "Nghe bài viết",
    ],
)
def test_a_row_of_page_widgets_is_furniture(line: str) -> None:
    assert notices.widget_row(line)
    body = _body(LEAD, line, TRADE)
    assert line not in body and LEAD in body and TRADE in body


def test_prose_and_headings_are_no_widgets() -> None:
    assert not notices.widget_row("Hợp tác thương mại")
    assert not notices.widget_row("Trang trại cà phê ở Peru")
    assert not notices.widget_row(TRADE)


def test_a_masthead_over_its_menu_is_a_line_of_its_own_in_a_pdf() -> None:
    text = (
        "TIN NHANH MIỀN TRUNG · Thời sự · Kinh tế · Quốc tế\n"
        "Hội An đón đoàn doanh nghiệp Peru\n\n" + LEAD
    )
    assert notices.masthead_menu("TIN NHANH MIỀN TRUNG · Thời sự · Kinh tế · Quốc tế")
    first = reflow(text).split("\n\n")[0]
    assert first == "TIN NHANH MIỀN TRUNG · Thời sự · Kinh tế · Quốc tế"


def test_questions_and_a_list_of_recommendations_give_no_candidates() -> None:
    body = "\n\n".join(
        [
            LEAD,
            "Phóng viên: Năm 2025 hai nước sẽ ưu tiên hợp tác trong lĩnh vực nào?",
            "Q: Will the two countries sign a trade agreement in 2025?",
            TRADE,
            "1. Mở rộng xuất khẩu trái cây nhiệt đới sang thị trường Peru.",
            "2. Khuyến khích doanh nghiệp Peru đầu tư vào chế biến thủy sản tại Việt Nam.",
        ]
    )
    quotes = [c.quote for c in find_candidates(body)]
    assert not any("ưu tiên" in q or "Will the" in q for q in quotes)
    assert not any("Mở rộng xuất khẩu" in q or "Khuyến khích" in q for q in quotes)
    assert any("1,2 tỷ USD" in q for q in quotes)


def test_a_numbered_point_with_figures_or_announced_stays_a_candidate() -> None:
    assert not notices.not_a_claim("3. Năm 2024, kim ngạch đạt 1,2 tỷ USD.", "")
    announced = "Hai bên đã ký các văn kiện sau:\n\n"
    assert not notices.not_a_claim("1. Bản ghi nhớ về hợp tác nông nghiệp.", announced)
    figured = "2. Năm 2024, kim ngạch đạt 1,2 tỷ USD.\n\n"
    assert not notices.not_a_claim("3. Phía Peru đề nghị Việt Nam mở cửa thị trường.", figured)


def test_a_newsletter_box_goes_with_its_name() -> None:
    box = [
        "Bản tin Sông Lam",
        "Nhận tin nổi bật mỗi sáng qua email",
        "Nhập email của bạn",
        "Đăng ký",
    ]
    body = _body(LEAD, *box, TRADE)
    assert not any(line in body for line in box) and LEAD in body and TRADE in body


def test_a_poll_goes_with_its_question() -> None:
    poll = ["Bạn đánh giá thế nào về tuyến cáp treo mới ở vùng núi phía Bắc?", "Rất cần thiết",
            "Bình thường", "Bình chọn"]  # fmt: skip
    body = _body(LEAD, TRADE, *poll)
    assert poll[0] not in body and TRADE in body


def test_recipients_on_one_line_go_without_a_letterhead() -> None:
    line = "Nơi nhận: Phòng Hợp tác; Ban Giám đốc; Lưu VT."
    assert notices.recipient_list(line)
    assert line not in _body(LEAD, TRADE, line)
    assert not notices.recipient_list("Nơi nhận hàng là cảng Callao, Peru.")


def test_a_pdf_button_row_is_a_paragraph_of_its_own() -> None:
    text = "Hai bên cũng bàn về hợp tác tại cảng biển của\ntỉnh\nIn bài viết\n\n" + TRADE
    assert reflow(text).split("\n\n")[1] == "In bài viết"


@pytest.mark.parametrize(
    "line",
    [
        "Quan điểm nêu trong bài không phản ánh lập trường của Tòa soạn.",
        "Views in this op-ed belong to the contributor alone.",
    ],
)
def test_a_disclaimer_in_other_wording_is_a_notice(line: str) -> None:
    assert notices.disclaimer(line)


def test_a_view_reported_or_an_authors_claim_is_no_disclaimer() -> None:
    assert not notices.disclaimer("Thứ trưởng nêu quan điểm trong bài viết đăng trên báo Quân đội.")
    assert not notices.disclaimer("Tác giả cho rằng hai nước cần đẩy mạnh hợp tác nông nghiệp.")


@pytest.mark.parametrize(
    "line",
    [
        "Lakeview Herald, established in 1976, is the oldest daily on the island",
        "About Lakeview Herald: a community newsroom covering the harbour towns",
        "Nhịp Cầu Biển - Tạp chí điện tử của Hội Hải dương học",
    ],
)
def test_an_outlet_describing_itself_in_other_forms(line: str) -> None:
    assert notices.self_description(line)


@pytest.mark.parametrize(
    "line",
    [
        "Stay informed: install the Lakeview Herald app",
        "Quét mã QR để cài ứng dụng Nhịp Cầu Biển",
        "Trở thành hội viên Nhịp Cầu Biển để đọc không quảng cáo",
        "Never miss an edition: get our newsletter",
    ],
)
def test_offers_in_other_wording(line: str) -> None:
    assert notices.offer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Pictured: Delegates tour the cold-storage hub. LVH",
        "Trong ảnh: Lễ khánh thành kho lạnh. NCB",
    ],
)
def test_caption_labels_in_other_forms(line: str) -> None:
    assert credits.labelled_picture(line)


def test_a_compound_of_the_picture_word_is_no_caption_label() -> None:
    assert not credits.labelled_picture("Tình hình: giá cước vận tải biển tăng mạnh")


def _page(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in (LEAD, TRADE))
    return f"<html><head><title>{title}</title></head><body><div>{body}</div></body></html>"


@pytest.mark.parametrize(
    "title",
    [
        "Văn phòng Đại diện Thương mại Việt Nam tại Lima :: Tin tức :: Peru – Việt Nam mở rộng "
        "thương mại nông sản",
        "Peru – Việt Nam mở rộng thương mại nông sản » Kinh tế » Nhịp Cầu Biển",
    ],
)
def test_a_title_parted_by_double_colons_or_angle_quotes_gives_the_headline(
    title: str, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(_page(title), encoding="utf-8")
    meta = analyse(page).metadata
    assert meta.title == "Peru – Việt Nam mở rộng thương mại nông sản"


@pytest.mark.parametrize(
    "line",
    [
        "(*) Tít bài do Ban Biên tập đặt.",
        "This article was paid for by the Harbour Board.",
        "Nội dung do nhà tài trợ cung cấp.",
        "The report has been corrected since first published.",
    ],
)
def test_a_newsrooms_note_on_the_text_is_a_notice(line: str) -> None:
    assert notices.editor_note(line)
    assert line not in _body(LEAD, TRADE, line)


def test_news_about_an_update_or_a_sponsor_is_no_editor_note() -> None:
    assert not notices.editor_note("Thông tin này được Bộ Công Thương cập nhật hằng tuần.")
    assert not notices.editor_note("Bài viết được cập nhật lúc 10:30.")
    assert not notices.editor_note("Tập đoàn Sao Mai tài trợ 2 triệu USD cho dự án cảng Callao.")


@pytest.mark.parametrize(
    "line",
    [
        "Bạn đã cài ứng dụng Nhịp Cầu Biển chưa? Cài ngay",
        "Nhịp Cầu Biển – tạo tài khoản ngay",
        "Follow our Telegram channel for breaking alerts",
    ],
)
def test_offers_with_a_question_or_a_channel(line: str) -> None:
    assert notices.offer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Giới thiệu tác giả: Vi Thị Lành là biên tập viên ban Kinh tế.",
        "Tác giả Kha Minh Triết là giảng viên Học viện Ngoại giao.",
        "Aroha Ngata is a trade columnist based in Wellington.",
    ],
)
def test_an_author_box_in_other_forms_is_a_notice(line: str) -> None:
    assert line not in _body(LEAD, TRADE, line)


@pytest.mark.parametrize(
    "line",
    [
        "BÀI ĐỌC NHIỀU — Lima mở tuyến bay thẳng tới Thành phố Hồ Chí Minh",
        "TRENDING | Mango growers look to new markets",
        "Cùng chuyên mục » Cảng Callao đón tàu hàng lớn nhất",
    ],
)
def test_a_label_before_a_headline_with_a_dash_bar_or_arrow(line: str) -> None:
    assert notices.labelled_headline(line)


def test_a_dateline_with_a_dash_or_a_breadcrumb_is_no_labelled_headline() -> None:
    assert not notices.labelled_headline("LIMA — Peru and Vietnam signed a trade deal on Monday.")
    assert not notices.labelled_headline("Thời sự » Ngoại giao")


def test_a_headline_in_capitals_above_a_notes_place_and_date_is_its_title() -> None:
    note = "\n\n".join(
        [
            "VIỆN NGHIÊN CỨU BIỂN VÀ HẢI ĐẢO",
            "BẢN TIN CHÍNH SÁCH SỐ 4/2025",
            "HỢP TÁC VIỆT NAM - PERU: 30 NĂM XUẤT KHẨU NÔNG SẢN VÀ NHỮNG BƯỚC TIẾP THEO",
            "Hà Nội, ngày 3 tháng 4 năm 2025",
            LEAD,
            TRADE,
        ]
    )
    title = clean(note).metadata.title
    assert title.startswith("HỢP TÁC VIỆT NAM - PERU")


def test_a_table_cell_of_figures_is_no_widget() -> None:
    assert not notices.widget_row("455")
    assert not notices.widget_row("12 · 30")
    assert "455" in _body(LEAD, "Số dự án", "455", TRADE)


def test_a_joint_statements_numbered_points_are_claims_even_without_figures() -> None:
    """A point whose subject is a party ("Hai bên …", "The two sides …", a country) states
    what the parties did; only a recommendation list (points opening on their verb) is none.
    Found on a held-out joint statement whose points 4-6 had lost their candidates."""
    above = "TUYÊN BỐ CHUNG\n\n1. Hai bên nhất trí tăng cường trao đổi đoàn các cấp."
    signed = "2. Hai bên hoan nghênh việc ký kết Hiệp định hàng không."
    assert not notices.not_a_claim(signed, above)
    assert not notices.not_a_claim("2. Việt Nam ủng hộ lập trường của Ô-man về biển.", above)
    english = "JOINT STATEMENT\n\n1. Both sides welcomed the visit."
    assert not notices.not_a_claim("2. The two sides agreed to open a direct flight.", english)
    proposals = "Kiến nghị\n\n1. Đẩy mạnh xúc tiến thương mại tại các hội chợ chuyên ngành."
    assert notices.not_a_claim("2. Nghiên cứu mở văn phòng đại diện tại thủ đô.", proposals)


@pytest.mark.parametrize(
    "line",
    [
        "(Editor's note: This story was updated on 4 March to add the port authority's figures.)",
        "Correction: This report has been corrected to show the 2023 tonnage, not the 2022 one.",
        "Đính chính: Bài viết đã được sửa lại số liệu xuất khẩu quý I/2025 theo Tổng cục Hải quan.",
        "Lời tòa soạn: Bài viết được cập nhật ngày 12/6 với ý kiến của Bộ Tài chính.",
    ],
)
def test_a_labelled_note_that_the_text_was_changed_leaves_dates_and_all(line: str) -> None:
    assert notices.change_note(line)
    assert line not in _body(LEAD, TRADE, line)


def test_labelled_news_of_an_update_is_no_change_note() -> None:
    # (the label is the newsroom's, but the words tell news, not what was done to the text)
    assert not notices.change_note("Update: The ministry raised the rice quota to 50,000 tonnes.")
    assert not notices.change_note("Editor's note: Vietnam and Chile mark 30 years of ties.")
    assert not notices.change_note("The report has been updated on 4 March with new figures.")


@pytest.mark.parametrize(
    "line",
    [
        "Photo source: Reuters (archive picture of the Da Nang container terminal)",
        "Image courtesy: Ministry of Agriculture and Rural Development",
        "Nguồn ảnh: Cổng thông tin điện tử tỉnh Quảng Trị",
    ],
)
def test_a_pictures_labelled_source_is_the_pictures(line: str) -> None:
    from briefer.ingest import credits

    assert credits.labelled_picture(line)
    assert line not in _body(LEAD, TRADE, line)


def test_a_source_named_in_the_article_is_no_picture_label() -> None:
    from briefer.ingest import credits

    assert not credits.labelled_picture(
        "Source: the General Department of Customs said exports rose."
    )
    assert not credits.labelled_picture("Nguồn vốn: ngân sách tỉnh và vốn ODA của Nhật Bản.")
