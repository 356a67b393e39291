"""Round 26 metadata rules, on wording of our own: a post before a writer's name, a name cut
at its initial's dot, a UTC moment read in the outlet's zone, a form label before a headline,
a Vietnamese mail client's "Ngày gửi:" header and a subject stripped of its accents."""

from __future__ import annotations

import lxml.html

from briefer.ingest.mailhead import lead_heading, read_mail
from briefer.ingest.metachoice import choose_author
from briefer.ingest.titlelabel import without_form_label
from briefer.ingest.writerforms import past_initial, without_post
from briefer.ingest.zoneday import local_day, zoned_declared_day


def test_a_post_before_the_name_is_no_part_of_it() -> None:
    assert without_post("Latin America correspondent Tomás Herrera") == "Tomás Herrera"
    assert without_post("senior economics reporter Jane Okafor") == "Jane Okafor"
    assert without_post("Phóng viên thường trú Lê Thị Bích") == "Lê Thị Bích"
    # (a plain name, or a post with no capitalised name after it, stays as it is)
    assert without_post("Tomás Herrera") == "Tomás Herrera"
    assert without_post("our correspondent in the region") == "our correspondent in the region"
    assert choose_author("", "Nordic correspondent Lars Eng") == "Lars Eng"


def test_a_name_cut_at_its_middle_initial_takes_the_whole_form() -> None:
    assert past_initial("Maria J", "Maria J. Santos")
    assert not past_initial("Maria Santos", "Maria Santos (Reuters)")
    assert choose_author("Maria J", "Maria J. Santos, Reporter") == "Maria J. Santos"
    # (the note after a name still gives way to the bare name)
    assert choose_author("Nguyễn Văn Bình", "Nguyễn Văn Bình (PV tại Hà Nội)") == "Nguyễn Văn Bình"


def test_a_utc_moment_falls_on_the_day_the_page_shows_in_its_zone() -> None:
    # (23:10 UTC is the next morning in Hanoi, UTC+7; 03:00 UTC the evening before in Lima)
    assert local_day("2025-06-02T23:10:00Z", "2025-06-03") == "2025-06-03"
    assert local_day("2025-06-03T03:00:00+00:00", "2025-06-02") == "2025-06-02"
    # (a moment no zone carries onto the shown day, or one with its own offset, gives nothing)
    assert local_day("2025-06-02T08:00:00Z", "2025-06-04") == ""
    assert local_day("2025-06-02T23:10:00+07:00", "2025-06-03") == ""
    page = lxml.html.fromstring(
        '<html><head><meta property="article:published_time" content="2025-06-02T23:10:00Z">'
        "</head><body><p>x</p></body></html>"
    )
    assert zoned_declared_day(page, "2025-06-02", "2025-06-03") == "2025-06-03"
    assert zoned_declared_day(page, "2025-06-02", "") == "2025-06-02"


def test_a_form_label_before_a_headline_is_dropped() -> None:
    assert (
        without_form_label("[Ảnh] Mùa lúa chín trên cao nguyên") == "Mùa lúa chín trên cao nguyên"
    )
    assert without_form_label("(Video) Port of Rotterdam opens a new terminal") == (
        "Port of Rotterdam opens a new terminal"
    )
    assert without_form_label("[Infographic]: Xuất khẩu gạo 10 tháng") == "Xuất khẩu gạo 10 tháng"
    # (a bracket that names no form, or a label alone, stays)
    assert without_form_label("[Hà Nội] Hội chợ mở cửa") == "[Hà Nội] Hội chợ mở cửa"
    assert without_form_label("[Video]") == "[Video]"


_VI_LEAD = (
    "Theo số liệu thống kê, nhập khẩu thủy sản của Na Uy trong hai tháng đầu năm đạt 410 "
    "triệu USD, tăng 12% so với cùng kỳ năm trước."
)
_VI_MAIL = f"""Từ: Văn phòng Xúc tiến Thương mại tại Oslo <no@xttm.vn>
Gửi: doanhnghiep@xttm.vn
Ngày gửi: Thứ Hai, 03/03/2025 09:15
Tiêu đề: [Bản tin số 4/2025] Xuất khẩu thủy sản sang Na Uy tăng 12%

Kính gửi Quý doanh nghiệp,

Xuất khẩu thủy sản sang Na Uy tăng 12%

{_VI_LEAD}
"""


def test_a_vietnamese_client_s_sent_header_keeps_the_block_whole() -> None:
    mail = read_mail(_VI_MAIL)
    assert mail is not None
    assert mail.title == "Xuất khẩu thủy sản sang Na Uy tăng 12%"
    assert mail.sender == "Văn phòng Xúc tiến Thương mại tại Oslo"
    assert mail.sent == "2025-03-03"


_ASCII_SUBJECT = f"""From: Van phong Xuc tien Thuong mai tai Oslo <no@xttm.vn>
Date: Mon, 3 Mar 2025 09:15:00 +0100
Subject: [Ban tin] Na Uy - thang 3/2025

BẢN TIN THỊ TRƯỜNG NA UY - SỐ 3/2025
Văn phòng Xúc tiến Thương mại tại Oslo

Na Uy: Nhu cầu nhập khẩu thủy sản chế biến tăng mạnh đầu năm

{_VI_LEAD}
"""

_ASCII_SUBJECT_EN = """From: Trade Office in Oslo <no@example.org>
Subject: Norway - March 2025

NORWAY MARKET BULLETIN - NO. 3/2025

Norway: seafood imports rise in the first two months

{lead}
""".format(
    lead="Norway imported processed seafood worth 410 million dollars in the first two "
    "months of the year, up twelve percent on a year earlier."
)


def test_an_unaccented_subject_gives_way_to_the_item_s_heading() -> None:
    mail = read_mail(_ASCII_SUBJECT)
    assert mail is not None
    assert mail.title == "Na Uy: Nhu cầu nhập khẩu thủy sản chế biến tăng mạnh đầu năm"
    # (an English mail's subject has no accents to lose: it stays the title)
    english = read_mail(_ASCII_SUBJECT_EN)
    assert english is not None
    assert english.title == "Norway - March 2025"
    # (the heading over the first paragraph; an issue's label in capitals is none)
    assert lead_heading(["NORWAY BULLETIN - NO. 3", "x " * 20 + "end."]) == ""


_FULL = (
    "The two ministries met in the capital on Monday and agreed to open a joint office for "
    "trade promotion before the end of the year."
)
_DIGEST = f"""From: Adriatic Asia Weekly <news@adriatic-asia.example>
Date: Mon, 6 Oct 2025 07:00:00 +0200
Subject: Adriatic Asia Weekly No. 12: Zagreb talks, Split port, Rijeka fair

ADRIATIC ASIA WEEKLY
Issue 12

-----------
1. CROATIA
Croatia and Vietnam agree to open a joint trade office

{_FULL}

{_FULL}

-----------
2. PORTS
Split port draws bidders: three groups bid for the new terminal.
Read more: adriatic-asia.example/split
"""


def test_a_digest_s_title_is_the_item_it_carries_whole() -> None:
    mail = read_mail(_DIGEST)
    assert mail is not None
    assert mail.title == "Croatia and Vietnam agree to open a joint trade office"
    # (the newsletter sending itself is its own publisher)
    assert mail.sender == "Adriatic Asia Weekly"
    # (a mail without an issue's mark keeps its subject)
    plain = read_mail(_DIGEST.replace(" No. 12", ""))
    assert plain is not None
    assert plain.title.startswith("Adriatic Asia Weekly: Zagreb talks")
