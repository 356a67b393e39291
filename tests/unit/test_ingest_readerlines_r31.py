"""Lines set for the reader or the receiver, never the article's (r31): a paywall's meter,
offer and sign-in; a download or attachment pointer; a sender's cover note asking to
publish; a diary entry of an event. A page whose body is split into shown paragraphs and a
paywalled box keeps both; a speech's credit and venue lines leave, its closing thanks
stay; a long lead in a sentence's tense above a photo credit is no caption."""

from briefer.ingest.clean import clean
from briefer.ingest.readerlines import reader_line
from briefer.ingest.speechhead import closing_thanks
from briefer.ingest.webpage import read_webpage

_PROSE = (
    "Kim ngạch thương mại hai chiều Việt Nam - Chile trong 9 tháng đạt 1,4 tỷ USD, tăng 11% "
    "so với cùng kỳ năm trước, theo số liệu của Thương vụ."
)
_PROSE_EN = (
    "Two-way trade between Vietnam and Peru reached US$2.1 billion in 2024, up 6 percent on "
    "the year before, the ministry said on Tuesday."
)


def test_a_paywall_meter_offer_and_sign_in_in_both_languages() -> None:
    assert reader_line("Bạn đã đọc 3/5 bài viết miễn phí trong tuần này") == "paywall"
    assert reader_line("You have read 4 of 5 free articles this month") == "paywall"
    assert reader_line("Đăng ký gói Hội viên từ 99.000 đồng/tháng để đọc tiếp") == "paywall"
    assert reader_line("Subscribe today to continue reading") == "paywall"
    assert reader_line("Already a subscriber? Log in") == "paywall"
    assert reader_line("Đã có tài khoản? Đăng nhập") == "paywall"
    assert reader_line(_PROSE) == ""
    assert reader_line("Hơn 3.000 người đã đăng ký tham dự hội chợ trong hai ngày.") == ""


def test_a_download_and_a_table_left_to_the_attachment() -> None:
    assert reader_line("Tải về: BaoCao-Chile-Q3.pdf") == "attachment"
    assert reader_line("Download: trade-peru-2024.xlsx") == "attachment"
    assert reader_line("Biểu đồ: Cơ cấu hàng nhập khẩu từ Chile (xem file đính kèm)") == (
        "attachment"
    )
    assert reader_line("Table 2: Main exports to Peru, 2024 (see attached file)") == "attachment"
    assert reader_line(_PROSE_EN) == ""


def test_a_senders_cover_note_asking_to_publish() -> None:
    assert (
        reader_line("Văn phòng Sở xin gửi tin bài để đăng tải trên trang thông tin của đơn vị.")
        == "cover note"
    )
    assert (
        reader_line("Please find below a news item for publication on your website.")
        == "cover note"
    )
    assert reader_line("Bộ Công Thương đã gửi công văn đề nghị các tỉnh báo cáo.") == ""


def test_a_diary_entry_of_an_event() -> None:
    assert reader_line("Hội thảo xúc tiến xuất khẩu: 9h30, 05/12/2025, Phòng họp số 2") == (
        "event notice"
    )
    assert reader_line("Members' networking evening: 6:30 pm, 4 December 2025, Main Hall") == (
        "event notice"
    )
    assert reader_line("Thời gian: Hội nghị diễn ra lúc 9h00 và kết thúc sau 2 giờ.") == ""


def test_clean_takes_the_lines_off_and_keeps_the_text() -> None:
    text = "\n\n".join(
        [
            "Chile, Peru trade grows",
            _PROSE,
            "You have read 2 of 3 free articles this month",
            "Subscribe now to continue reading",
            _PROSE_EN,
            "Download: peru-trade.xlsx",
        ]
    )
    body = clean(text).body
    assert _PROSE in body and _PROSE_EN in body
    assert "free articles" not in body and "Subscribe" not in body and "Download" not in body


def test_a_body_split_into_shown_paragraphs_and_a_paywalled_box() -> None:
    page = (
        "<html><head><title>Xuất khẩu sang Peru tăng mạnh</title></head><body>"
        "<h1>Xuất khẩu sang Peru tăng mạnh</h1><div class='content'>"
        f"<p>{_PROSE}</p><p>Peru là thị trường lớn thứ tư của Việt Nam tại Mỹ Latinh, sau "
        "Brazil, Mexico và Chile, theo Bộ Công Thương.</p>"
        "<div class='paywall-box'><p>You have read 2 of 3 free articles</p>"
        "<p>Subscribe to continue reading</p></div><div class='member-only'>"
        f"<p>{_PROSE_EN}</p><p>The two sides agreed to hold the next round of talks on a free "
        "trade agreement in Lima in March.</p><p>Peruvian blueberries and grapes entered the "
        "Vietnamese market in 2023 after years of negotiation.</p></div></div></body></html>"
    )
    text = read_webpage(page.encode(), "page.html").text
    assert _PROSE in text and _PROSE_EN in text
    assert "free articles" not in text


def test_a_speechs_heading_lines_leave_and_its_thanks_stay() -> None:
    text = "\n\n".join(
        [
            "Keynote address at the Peru–Viet Nam Investment Forum",
            "Keynote address by H.E. Maria Lopez, Minister of Foreign Trade",
            "Peru–Viet Nam Investment Forum, Lima Convention Centre, Lima",
            "Distinguished guests, ladies and gentlemen,",
            _PROSE_EN,
            "The two sides agreed to hold the next round of talks in Lima in March next year.",
            "Thank you very much.",
        ]
    )
    body = clean(text).body
    assert "Keynote address by" not in body and "Convention Centre" not in body
    assert "Distinguished guests, ladies and gentlemen," in body
    assert "Thank you very much." in body
    assert closing_thanks("Xin trân trọng cảm ơn!") and closing_thanks("Thank you.")
    assert not closing_thanks("Thank you for the invitation to Lima, which we accept.")


def test_a_long_lead_in_a_sentences_tense_above_a_photo_credit_stays() -> None:
    lead = (
        "Peru and Viet Nam have signed a memorandum of understanding on cooperation in "
        "mining and energy, opening the way for Vietnamese firms to bid for projects in the "
        "Andes."
    )
    text = "\n\n".join(
        [
            "Peru, Viet Nam sign mining memorandum",
            "By Staff Reporter",
            lead,
            "Photo: Ministry of Energy and Mines",
            _PROSE_EN,
        ]
    )
    assert lead in clean(text).body
