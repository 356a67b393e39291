"""A mail whose subject is only a series' name and issue number is titled by the issue's own
headline over its first paragraph (briefer/ingest/mailhead.py::read_mail)."""

from __future__ import annotations

from briefer.ingest.mailhead import read_mail

_VI = (
    "From: Thương vụ Việt Nam tại Chile <cl@moit.gov.vn>\n"
    "Sent: Tuesday, March 3, 2026 8:40 AM\n"
    "To: Vụ Thị trường châu Âu - châu Mỹ\n"
    "Subject: Bản tin thị trường Chile số 3/2026\n\n"
    "Kính gửi: Vụ Thị trường châu Âu - châu Mỹ\n\n"
    "Thương vụ trân trọng gửi Quý Vụ Bản tin thị trường Chile số 3/2026 như sau:\n\n"
    "Xuất khẩu cà phê sang Chile hai tháng đầu năm tăng mạnh\n\n"
    "Theo số liệu của Hải quan Chile, hai tháng đầu năm 2026 kim ngạch nhập khẩu cà phê từ "
    "Việt Nam đạt 14 triệu USD, tăng 21% so với cùng kỳ năm trước.\n"
)

_EN = (
    "From: Trade Office of Viet Nam in Kenya <ke@moit.gov.vn>\n"
    "Date: 2 February 2026\n"
    "Subject: Market Bulletin No. 4/2026\n\n"
    "Dear colleagues,\n\n"
    "Please find below this month's bulletin:\n\n"
    "Kenyan tea buyers turn to Vietnamese packaging suppliers\n\n"
    "Several Kenyan tea exporters signed supply contracts with packaging firms from Viet Nam "
    "in January, according to the Kenya Tea Board, worth about 3 million US dollars in all.\n"
)


def test_an_issue_subject_gives_way_to_the_issue_headline() -> None:
    vi, en = read_mail(_VI), read_mail(_EN)
    assert vi is not None and en is not None
    assert vi.title == "Xuất khẩu cà phê sang Chile hai tháng đầu năm tăng mạnh"
    assert en.title == "Kenyan tea buyers turn to Vietnamese packaging suppliers"


def test_a_subject_with_its_own_words_stays_the_title() -> None:
    own = "Thông tin tham khảo thị trường Chile"
    mail = read_mail(_VI.replace("Bản tin thị trường Chile số 3/2026", own, 1))
    assert mail is not None
    assert mail.title == own
