"""A mailed bulletin under a series-and-issue subject, whose body opens on a covering note and
reprints the issue's masthead, is titled by the headline below the masthead, in capitals as
printed (briefer/ingest/issuehead.py, hook in mailhead.read_mail)."""

from __future__ import annotations

from briefer.ingest.issuehead import after_masthead
from briefer.ingest.mailhead import read_mail

_VI = (
    "From: Thương vụ Việt Nam tại Chile <cl@moit.gov.vn>\n"
    "Sent: Tuesday, March 3, 2026 8:40 AM\n"
    "Subject: Bản tin thị trường Chile số 3/2026\n\n"
    "Kính gửi Quý cơ quan,\n\n"
    "Thương vụ Việt Nam tại Chile trân trọng gửi tới Quý cơ quan bản tin thị trường tháng 3.\n\n"
    "BẢN TIN THỊ TRƯỜNG CHILE - SỐ 3/2026\n\n"
    "XUẤT KHẨU CÀ PHÊ SANG CHILE HAI THÁNG ĐẦU NĂM TĂNG MẠNH\n\n"
    "Theo số liệu của Hải quan Chile, hai tháng đầu năm 2026 kim ngạch nhập khẩu cà phê từ "
    "Việt Nam đạt 14 triệu USD, tăng 21% so với cùng kỳ năm trước.\n"
)

_EN = (
    "From: Trade Office of Viet Nam in Kenya <ke@moit.gov.vn>\n"
    "Date: 2 February 2026\n"
    "Subject: Market Bulletin No. 4/2026\n\n"
    "Dear colleagues,\n\n"
    "The Trade Office is pleased to send you its market bulletin for the month of January.\n\n"
    "MARKET BULLETIN NO. 4/2026\n\n"
    "Kenyan tea buyers turn to Vietnamese packaging suppliers\n\n"
    "Several Kenyan tea exporters signed supply contracts with packaging firms from Viet Nam "
    "in January, according to the Kenya Tea Board, worth about 3 million US dollars in all.\n"
)


def test_the_headline_below_the_reprinted_masthead_titles_the_mail() -> None:
    vi, en = read_mail(_VI), read_mail(_EN)
    assert vi is not None and en is not None
    assert vi.title == "XUẤT KHẨU CÀ PHÊ SANG CHILE HAI THÁNG ĐẦU NĂM TĂNG MẠNH"
    assert en.title == "Kenyan tea buyers turn to Vietnamese packaging suppliers"


def test_after_masthead_cuts_below_the_last_reprint_only() -> None:
    body = ["Kính gửi,", "BẢN TIN X SỐ 2/2026", "TIÊU ĐỀ", "Đoạn văn."]
    assert after_masthead("Bản tin X số 2/2026", body) == ["TIÊU ĐỀ", "Đoạn văn."]
    # (a sentence naming the bulletin is no masthead: the body is kept whole)
    other = ["Xin gửi Bản tin X số 2/2026 kèm theo.", "Đoạn văn."]
    assert after_masthead("Bản tin X số 2/2026", other) == other
