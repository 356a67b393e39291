"""Round 38's readers of outlet, date and author: a feed reader's saved item, a picture's
author element, a speech's credit lines, a report's labelled writer, a fax's cover sheet and
a slide deck's presenter, office and day (wording of our own)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.faxcover import fax_sender
from briefer.ingest.feeditem import entry_day, feed_item
from briefer.ingest.metadata import reporter_in
from briefer.ingest.pageauthor import page_author
from briefer.ingest.picturecredit import picture_credit
from briefer.ingest.postbylines import speech_speaker
from briefer.ingest.slidedeck import slide_deck
from briefer.ingest.speechcredit import credited_speaker
from tests.imported import imported

_FEED_PAGE = """<html><body><header>Feedly – item</header>
<div>Feed: Harbour Times – Business (https://harbourtimes.example/feed/)</div>
<dl><dd>pubDate: Wed, 03 Jun 2026 23:30:00 -0500</dd><dd>dc:creator: Mara Quint</dd></dl>
<div class="content"><p>Port traffic rose in May, the harbour board said.</p>
<p>The post Port traffic rises appeared first on Harbour Times.</p></div></body></html>"""


def test_feed_item_fields_name_outlet_day_and_writer() -> None:
    item = feed_item(lxml.html.fromstring(_FEED_PAGE))
    assert (item.outlet, item.day, item.writer) == ("Harbour Times", "2026-06-03", "Mara Quint")


def test_feed_item_needs_the_entry_fields() -> None:
    page = "<html><body><p>The post X appeared first on Y Daily.</p></body></html>"
    assert feed_item(lxml.html.fromstring(page)).outlet == ""


def test_entry_day_reads_rfc822_and_iso() -> None:
    assert entry_day("Mon, 01 Dec 2025 22:10:00 +0000") == "2025-12-01"
    assert entry_day("2025-12-01T22:10:00+07:00") == "2025-12-01"
    assert entry_day("hôm qua") == ""


def test_picture_credit_is_no_writer() -> None:
    assert picture_credit("photo-author", "Mara Quint")
    assert picture_credit("credit", "Ảnh: Lê Minh")
    assert picture_credit("meta", "Photo: Ministry of Ports")
    assert not picture_credit("author", "Mara Quint")
    assert not picture_credit("byline", "Ảnh: Lê Minh | Bài: Hà Vy")
    page = (
        '<html><body><article><h1>Ports</h1><img src="p.jpg">'
        '<div class="photo-author">Photo: Ministry of Ports</div>'
        '<p class="author">Mara Quint</p><p>Text of the story here.</p></article></body></html>'
    )
    assert page_author(lxml.html.fromstring(page)) == "Mara Quint"


def test_speech_title_with_the_ministry_after_the_office() -> None:
    text = (
        "BỘ TÀI CHÍNH\n\nHà Nội, ngày 2 tháng 3 năm 2026\n\n"
        "Phát biểu của Bộ trưởng Tài chính Trần Văn Bình tại Diễn đàn đầu tư\n\n"
        "(Bản dùng cho báo chí)\n\nKính thưa các vị khách quý,\n\nHôm nay …"
    )
    title = "Phát biểu của Bộ trưởng Tài chính Trần Văn Bình tại Diễn đàn đầu tư"
    assert speech_speaker(title, text) == "Trần Văn Bình"


def test_speech_label_then_credit_line_names_the_speaker() -> None:
    vi = (
        "BÀI PHÁT BIỂU\n\ncủa TS. Hoàng Thị Mai, Chủ tịch Hội Hữu nghị\n\n"
        "Tại buổi gặp mặt\n\nKính thưa các đồng chí,\n\nHôm nay …"
    )
    en = "REMARKS\n\nby H.E. Tomas Reyes, Ambassador of Freedonia\n\nExcellencies,\n\nToday …"
    assert credited_speaker(vi) == "Hoàng Thị Mai"
    assert credited_speaker(en) == "Tomas Reyes"
    # (a report quoting a speech opens on no salutation: no speaker to take)
    assert credited_speaker("BÀI PHÁT BIỂU\n\ncủa TS. Hoàng Thị Mai\n\nBuổi gặp diễn ra …") == ""


def test_report_label_names_its_writer() -> None:
    assert reporter_in("Người báo cáo: Trịnh Văn Long, Tham tán Thương mại") == "Trịnh Văn Long"


def test_fax_cover_sheet_names_its_sending_office() -> None:
    vi = "BẢN FAX\nTừ (From): Thương vụ Việt Nam tại Ai Cập (kiêm nhiệm Sudan)\nĐến: Vụ X\n"
    en = "FAX TRANSMISSION\nFrom: Embassy of Freedonia\nTo: Trade Desk\nPages: 2\n"
    assert fax_sender(vi) == "Thương vụ Việt Nam tại Ai Cập"
    assert fax_sender(en) == "Embassy of Freedonia"
    # (a mail's "From:" is the mail reader's, not a fax's; a person sends no office's fax)
    assert fax_sender("From: Mara Quint\nTo: desk\nSubject: notes\n") == ""
    assert fax_sender("FAX\nFrom: Mara Quint\n") == ""


def test_slide_deck_presenter_office_and_day() -> None:
    vi = (
        "Slide 1\n\nThị trường Ai Cập\n\nTrình bày: Trịnh Văn Long, Tham tán Thương mại\n\n"
        "Cairo – Hà Nội, ngày 4/5/2026\n\nThương vụ Việt Nam tại Ai Cập | Hội thảo 2026\n\n"
        "Slide 2\n\n• Kim ngạch tăng.\n\nThương vụ Việt Nam tại Ai Cập | Hội thảo 2026\n"
    )
    deck = slide_deck(vi)
    assert (deck.presenter, deck.office, deck.day) == (
        "Trịnh Văn Long",
        "Thương vụ Việt Nam tại Ai Cập",
        "2026-05-04",
    )
    en = (
        "Slide 1\n\nExport outlook\n\nPresenter: Mara Quint, Trade Counsellor\n\n"
        "Accra, 12 March 2026\n\nSlide 2\n\n• Figures\n"
    )
    assert slide_deck(en).presenter == "Mara Quint"
    assert slide_deck(en).day == "2026-03-12"
    # (a page's "Trình bày: X" outside a deck credits its layout: no presenter)
    assert slide_deck("Bài: Hà Vy\nTrình bày: Lê Minh\n").presenter == ""


def test_mission_name_without_the_state_style() -> None:
    from briefer.ingest.statestyle import without_state_style

    long_vi = "ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI VƯƠNG QUỐC BỈ"
    assert without_state_style(long_vi) == "ĐẠI SỨ QUÁN VIỆT NAM TẠI VƯƠNG QUỐC BỈ"
    long_en = "EMBASSY OF THE SOCIALIST REPUBLIC OF VIET NAM IN THE KINGDOM OF SPAIN"
    assert without_state_style(long_en) == "EMBASSY OF VIET NAM IN THE KINGDOM OF SPAIN"
    # (the state's own name over its motto stays: it is no mission's)
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert without_state_style(motto) == motto


def test_print_stamp_dates_no_article() -> None:
    from briefer.ingest.printstamp import print_stamp

    assert print_stamp("", "Printed: 03/04/2026, 10:12")
    assert print_stamp("", "Ngày in: 03/04/2026")
    assert print_stamp("print-date", "03/04/2026 10:12")
    assert not print_stamp("post-date", "Published: April 2, 2026")
    assert not print_stamp("print-date", "April 2, 2026")
    page = (
        '<html><body><div class="print-date">Printed: 05/06/2026, 08:01</div>'
        '<h1>Ports</h1><p class="meta"><span>Published: June 3, 2026</span></p>'
        "<p>Text.</p></body></html>"
    )
    from briefer.ingest.pagemeta import visible_date

    assert visible_date(lxml.html.fromstring(page))[0] == "2026-06-03"


def test_content_system_window_title_names_the_site() -> None:
    from briefer.ingest.cmstitle import tool_site

    def page(title: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring(f"<html><head><title>{title}</title></head><body></body>")

    assert tool_site(page("[Preview] Port traffic rises - Harbour Times CMS")) == "Harbour Times"
    assert tool_site(page("Cảng biển tăng trưởng | Báo Cảng Biển - Quản trị")) == "Báo Cảng Biển"
    assert tool_site(page("Port traffic rises - Harbour Times")) == ""


def test_section_under_its_body_gives_the_body() -> None:
    from briefer.ingest.sectionparent import section_parent

    text = (
        "From: Phong Bao chi\nSubject: Diem bao\n\nSỞ VĂN HÓA VÀ THỂ THAO TỈNH BẮC KẠN\n"
        "Phòng Truyền thông - Báo chí\nSố 12/ĐB, ngày 3/3/2026\n\nĐIỂM BÁO\n"
    )
    assert section_parent("Phòng Truyền thông - Báo chí", text).startswith("Sở Văn hóa")
    # (a chamber of commerce is a body; a section under no body in capitals stays)
    assert section_parent("Phòng Thương mại và Công nghiệp", text) == ""
    assert section_parent("Phòng Truyền thông", "Phòng Truyền thông\nText\n") == ""


def test_compiler_label_names_the_writer() -> None:
    assert reporter_in("Người tổng hợp: Phan Thị Yến") == "Phan Thị Yến"


def test_jump_line_is_no_outlet() -> None:
    from briefer.ingest.metadata import OUTLET_LINE

    assert OUTLET_LINE.match("(Xem tiếp trang 12)") is None
    assert OUTLET_LINE.match("(Continued on page 4)") is None
    match = OUTLET_LINE.match("(Theo TTXVN)")
    assert match is not None and match.group("outlet") == "TTXVN"


def test_scholar_byline_by_degree_or_footnote_mark() -> None:
    from briefer.ingest.scholarbyline import scholar_writer

    vi = "KINH TẾ - XÃ HỘI\n\nTIÊU ĐỀ BÀI\n\nThS. PHẠM VĂN KHOA\nViện Kinh tế học\n\nTóm tắt: …"
    assert scholar_writer(vi) == "Phạm Văn Khoa"
    marked = "Journal head\n\nA paper\n\nMARA QUINT*\n* Faculty of Economics, Harbour University\n"
    assert scholar_writer(marked) == "Mara Quint"
    # (a name without a degree or mark, or with no affiliation under it: no reading here)
    assert scholar_writer("TIÊU ĐỀ\n\nPHẠM VĂN KHOA\nViện Kinh tế học\n") == ""
    assert scholar_writer("TIÊU ĐỀ\n\nTS. PHẠM VĂN KHOA\nHôm nay, …\n") == ""


def test_journal_running_head_names_the_journal() -> None:
    from briefer.ingest.journalhead import journal_head

    vi = "TẠP CHÍ KINH TẾ BIỂN * Số 4 (120) - 2026        15\nNGHIÊN CỨU\n"
    assert journal_head(vi).casefold() == "tạp chí kinh tế biển"
    en = "42   Journal of Harbour Studies · Vol. 7, No. 2\nArticle\n"
    assert journal_head(en) == "Journal of Harbour Studies"
    assert journal_head("Tạp chí này đã đăng nhiều bài.\n") == ""
    # (a body's bulletin names its issue, not its publisher)
    assert journal_head("BẢN TIN THỊ TRƯỜNG CẢNG - SỐ 3/2026\nThương vụ X\n") == ""


def test_an_import_reads_the_feed_item_not_the_reader(tmp_path: Path) -> None:
    meta = imported(tmp_path, _FEED_PAGE, "item.html").metadata
    assert (meta.outlet, meta.published_on, meta.author) == (
        "Harbour Times",
        "2026-06-03",
        "Mara Quint",
    )


def test_an_import_takes_the_byline_not_the_picture_credit(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Ports</title></head><body><article><h1>Ports of Chile and Vietnam</h1>"
        '<img src="p.jpg"><div class="photo-author">Photo: Ministry of Ports</div>'
        '<p class="author">Mara Quint</p><p>Trade between Chile and Vietnam reached 1.8 billion '
        "USD in 2025, the ministry said.</p></article></body></html>"
    )
    assert imported(tmp_path, page, "p.html").metadata.author == "Mara Quint"


def test_an_import_names_the_speaker_of_a_credited_speech(tmp_path: Path) -> None:
    vi = (
        "BÀI PHÁT BIỂU\n\ncủa TS. Hoàng Thị Mai, Chủ tịch Hội Hữu nghị Việt Nam - Ai Cập\n\n"
        "Tại buổi gặp mặt nhân dịp Quốc khánh Ai Cập\n\nKính thưa các đồng chí,\n\n"
        "Hôm nay, kim ngạch thương mại hai nước năm 2025 đạt 800 triệu USD.\n"
    )
    en = (
        "REMARKS\n\nby H.E. Tomas Reyes, Ambassador of Chile\n\nExcellencies,\n\n"
        "Today trade between Chile and Vietnam stands at 1.8 billion USD.\n"
    )
    assert imported(tmp_path, vi, "vi.txt").metadata.author == "Hoàng Thị Mai"
    assert imported(tmp_path, en, "en.txt").metadata.author == "Tomas Reyes"


def test_an_import_names_a_fax_by_its_sending_office(tmp_path: Path) -> None:
    en = (
        "FAX TRANSMISSION\nFrom: Embassy of Freedonia\nTo: Trade Desk\nPages: 2\n\n"
        "Rice exports to Freedonia\n\nIn 2025, Vietnam's rice exports to Freedonia reached "
        "120 million USD, up 15% on 2024.\n"
    )
    meta = imported(tmp_path, en, "fax.txt").metadata
    assert (meta.outlet, meta.title) == ("Embassy of Freedonia", "Rice exports to Freedonia")


def test_an_import_reads_a_deck_s_presenter_office_and_day(tmp_path: Path) -> None:
    vi = (
        "Slide 1\n\nThị trường Ai Cập\n\nTrình bày: Trịnh Văn Long, Tham tán Thương mại\n\n"
        "Cairo – Hà Nội, ngày 4/5/2026\n\nThương vụ Việt Nam tại Ai Cập | Hội thảo 2026\n\n"
        "Slide 2\n\n• Kim ngạch thương mại Việt Nam - Ai Cập năm 2025 đạt 800 triệu USD.\n\n"
        "Thương vụ Việt Nam tại Ai Cập | Hội thảo 2026\n"
    )
    meta = imported(tmp_path, vi, "deck.txt").metadata
    assert (meta.author, meta.outlet, meta.published_on) == (
        "Trịnh Văn Long",
        "Thương vụ Việt Nam tại Ai Cập",
        "2026-05-04",
    )
