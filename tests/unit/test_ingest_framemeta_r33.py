"""Metadata a page's frame gives: a forum repost, a network post, a draft's header notes,
a title's shape (emoji, breadcrumb, listing name, shown form label), a labelled team, a
provincial body's level. Wording of our own, in both languages where it applies."""

from __future__ import annotations

from briefer.ingest.repostmeta import (
    framed_author,
    framed_day,
    network_name,
    network_poster,
    past_head_notes,
    thread_headline,
)
from briefer.ingest.titleshape import (
    framed_title,
    is_trail,
    names_listing,
    shown_form,
    without_pictographs,
)
from briefer.ingest.writerteam import whole_team, with_level

FORUM_VI = """Hội quán Giao nhận › Tin ngành › Châu Á
Chủ đề: [Chia sẻ] Xuất khẩu cà phê sang Chile khởi sắc

tranbinh_logi
Thành viên | Bài viết: 312
#1 · 05/03/2027, 10:15

Gửi mọi người bài này nhé.

Xuất khẩu cà phê sang Chile khởi sắc, doanh nghiệp tìm đối tác mới

Hồng Nhung

Theo số liệu mới, xuất khẩu cà phê sang Chile tăng 20%.

Nguồn: Báo Thị trường Mới, 04/03/2027
"""

FORUM_EN = """Traders Hub » Markets » Africa
Subject: Kenya tea imports climb

Kenya tea imports climb as buyers look east

Peter Odhiambo

Imports rose by a fifth in the year.

Source: Coast Trade Weekly, 2/2/2027
"""

POST = """Lê Minh Châu • Bạn bè cấp 3
Giám đốc xúc tiến | Thương mại châu Phi
2 ngày • 🌐
+ Theo dõi

🚢🌍 Ghana - cơ hội cho hạt điều Việt

(Accra, 03/02/2027) Nhiều bạn hỏi tôi về Ghana.
"""

POST_EN = """Jane Mensah • 2nd
Trade adviser
1w •
Follow

📈 Ghana opens to Asian rice

(Accra, 9/1/2027) Many of you asked me about Ghana.
"""

DRAFT = """BẢN THẢO

Người viết: Lê Hoa - Văn phòng Hội
Ngày viết: 07/4/2027
Dự kiến đăng: bản tin Hội, mục Hoạt động

Giao lưu hữu nghị với bạn bè Lào

Chiều 5/4/2027, Hội tổ chức buổi giao lưu.
"""


def test_a_thread_subject_points_to_the_reposted_headline() -> None:
    assert thread_headline(FORUM_VI) == (
        "Xuất khẩu cà phê sang Chile khởi sắc, doanh nghiệp tìm đối tác mới"
    )
    assert thread_headline(FORUM_EN) == "Kenya tea imports climb as buyers look east"
    assert thread_headline("Just an article\n\nText.") == ""


def test_a_breadcrumb_taken_for_the_title_gives_way_to_the_repost() -> None:
    assert is_trail("Hội quán Giao nhận › Tin ngành › Châu Á")
    assert not is_trail("Việt Nam › Chile: thương mại tăng")
    title = framed_title("Hội quán Giao nhận › Tin ngành › Châu Á", "", "", FORUM_VI)
    assert title.startswith("Xuất khẩu cà phê sang Chile khởi sắc, doanh")


def test_a_repost_is_dated_by_its_source_and_written_by_the_name_under_it() -> None:
    assert framed_day(FORUM_VI, "2027-03-05") == "2027-03-04"
    assert framed_day(FORUM_EN, "") == "2027-02-02"
    title = thread_headline(FORUM_VI)
    assert framed_author(FORUM_VI, title, "") == "Hồng Nhung"
    assert framed_author(FORUM_EN, thread_headline(FORUM_EN), "") == "Peter Odhiambo"


def test_a_network_post_names_its_poster_network_and_day() -> None:
    assert network_poster(POST) == "Lê Minh Châu"
    assert network_poster(POST_EN) == "Jane Mensah"
    assert network_name(POST) == "LinkedIn"
    assert network_name(FORUM_VI) == ""
    assert framed_day(POST, "2027") == "2027-02-03"
    assert framed_day(POST_EN, "") == "2027-01-09"
    assert framed_author(POST, "", "") == "Lê Minh Châu"


def test_emoji_around_a_headline_are_no_words() -> None:
    assert without_pictographs("🚢🌍 Ghana - cơ hội cho hạt điều Việt") == (
        "Ghana - cơ hội cho hạt điều Việt"
    )
    assert without_pictographs("📈 Ghana opens to Asian rice 🚀") == "Ghana opens to Asian rice"
    assert without_pictographs("🚀") == "🚀"


def test_a_drafts_header_notes_are_neither_title_nor_day() -> None:
    note = "Dự kiến đăng: bản tin Hội, mục Hoạt động"
    assert past_head_notes(DRAFT, note) == "Giao lưu hữu nghị với bạn bè Lào"
    assert past_head_notes(DRAFT, "Giao lưu hữu nghị với bạn bè Lào") == ""
    assert framed_day(DRAFT, "2027-04-05") == "2027-04-07"
    draft_en = "DRAFT\n\nWritten by: Ann Lee\nDate written: 3/5/2027\nTo run in: newsletter\n\nT\n"
    assert past_head_notes(draft_en, "To run in: newsletter") == "T"
    assert framed_day(draft_en, "") == "2027-05-03"
    # (a headline of a place and its story, over a short lead, is no header note)
    story = "Cameroon: a niche for rice\nLead: one line\n\nText."
    assert past_head_notes(story, "Cameroon: a niche for rice") == ""


def test_a_page_tools_label_is_no_writer() -> None:
    assert framed_author("Body.", "T", "Download PDF") == ""
    assert framed_author("Body.", "T", "Tải về") == ""
    assert framed_author("Body.", "T", "Mai Anh") == "Mai Anh"


def test_a_declared_title_naming_the_listing_gives_way_to_the_heading() -> None:
    text = "Trade Board - Press Notes\n\nHome > News > Press Notes\n\nPeru deal signed\n"
    assert names_listing("Trade Board - Press Notes", text)
    assert not names_listing("Peru deal signed", text)
    got = framed_title("Trade Board - Press Notes", "Trade Board - Press Notes", "Peru deal", text)
    assert got == "Peru deal"
    vi = "Sở X - Tin tức\n\nTrang chủ / Tin tức\n\nHội nghị Y\n"
    assert names_listing("Sở X - Tin tức", vi)


def test_a_form_label_follows_the_pages_heading() -> None:
    shown = "Bare title\n\n[Infographic] Thép xuất khẩu 2027\n\nText."
    assert shown_form("Thép xuất khẩu 2027", shown) == "[Infographic] Thép xuất khẩu 2027"
    hidden = "[Video] Rice fair opens\n\nRice fair opens\n\nText."
    assert shown_form("[Video] Rice fair opens", hidden) == "Rice fair opens"


def test_a_labelled_team_completes_a_writer_named_alone() -> None:
    text = "Đồ họa: Hà My\nThực hiện: Hà My - Quốc Bảo\n"
    assert whole_team("Hà My", text) == "Hà My - Quốc Bảo"
    assert whole_team("Hà My", "Thực hiện: Hà My\n") == ""
    assert whole_team("Ann Lee", "Text: Ann Lee and Bo Chen\n") == "Ann Lee and Bo Chen"


def test_a_provincial_body_takes_its_level_as_the_text_writes_it() -> None:
    text = "Bản quyền thuộc Sở Nông nghiệp tỉnh Gia Lai. Sở Nông nghiệp tỉnh Gia Lai cho biết"
    assert with_level("Sở Nông nghiệp Gia Lai", text) == "Sở Nông nghiệp tỉnh Gia Lai"
    assert with_level("Sở Nông nghiệp tỉnh Gia Lai", text) == ""
    city = "Sở Du lịch thành phố Cần Thơ tổ chức"
    assert with_level("Sở Du lịch Cần Thơ", city) == "Sở Du lịch thành phố Cần Thơ"
    assert with_level("Sở Du lịch Cần Thơ", "no such name") == ""


def test_a_pages_team_credit_completes_its_markups_writer() -> None:
    import lxml.html

    from briefer.ingest.writerteam import team_in_page

    page = lxml.html.fromstring(
        "<html><body><h1>T</h1><p class='credit'>Thực hiện: Hà My - Quốc Bảo</p>"
        "<p>Đồ họa: Hà My</p></body></html>"
    )
    assert team_in_page(page, "Hà My") == "Hà My - Quốc Bảo"
    assert team_in_page(page, "Lan Anh") == ""
