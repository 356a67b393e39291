"""Round r63: a standfirst under an <h2> headline or in small print, a standfirst over a
photo credit, outlet taglines and language editions, a mission named with its ministry, a
bulletin's day beside its handling marking, an issue line's month."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.found import Line
from briefer.ingest.issuelines import head_issue_month
from briefer.ingest.officeplace import plain_office
from briefer.ingest.outlettidy import tidy_outlet
from briefer.ingest.smalllead import small_standfirst
from briefer.ingest.stamplines import timestamp
from briefer.ingest.webpage import read_webpage

_LEAD = (
    "Ninh Bình sẽ đón chuyến bay thuê chuyến đầu tiên từ Almaty vào tháng 2/2026, mở ra thị"
    " trường khách mới cho tỉnh."
)
_PAGE = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Ninh Bình mở rộng hợp tác du lịch với Kazakhstan</title></head><body>
<div class="top">BÁO NINH BÌNH ĐIỆN TỬ</div>
<div class="chitiet">
<h2 class="tieude">Ninh Bình mở rộng hợp tác du lịch với Kazakhstan</h2>
<div class="thoigian">Thứ Hai, 08/12/2025 09:30</div>
<div class="tomtat"><b>{_LEAD}</b></div>
<div class="noidung">
<p>Sáng 7/12, lãnh đạo tỉnh đã tiếp đoàn doanh nghiệp lữ hành Kazakhstan do ông
Nurlan Abenov dẫn đầu, nhân dịp đoàn khảo sát các điểm du lịch của tỉnh.</p>
<p>Theo Sở Du lịch, 11 tháng năm 2025 tỉnh đón khoảng 9.000 lượt khách Kazakhstan,
tăng gấp ba so với cùng kỳ năm trước.</p>
<p>Hai bên thống nhất phối hợp tổ chức đoàn famtrip cho các hãng lữ hành Kazakhstan
trong quý I/2026.</p>
</div></div></body></html>"""


def test_standfirst_under_an_h2_headline_that_reads_as_the_title_is_kept() -> None:
    page = read_webpage(_PAGE.encode(), "ninhbinh.html")
    assert _LEAD in page.text


def _line(text: str, reason: str = "", small: bool = False) -> Line:
    return Line(text, reason=reason, small=small)


def test_small_standfirst_under_the_headline_is_text() -> None:
    lines = [
        _line("Bộ trưởng hai nước đồng chủ trì Kỳ họp Ủy ban hỗn hợp", reason="title"),
        _line("08/12/2025 10:05", reason="timestamp", small=True),
        _line(
            "Thương mại hai chiều 11 tháng năm 2025 đạt 2,3 tỷ USD, tăng 12% so với cùng kỳ;"
            " hai bên hướng tới mốc 3 tỷ USD.",
            small=True,
        ),
        _line(
            "Sáng 8/12, tại Hà Nội, Bộ trưởng Bộ Công Thương và Bộ trưởng Kinh tế Ba Lan đồng"
            " chủ trì Kỳ họp lần thứ 5 Ủy ban hỗn hợp về hợp tác kinh tế."
        ),
    ]
    assert small_standfirst(lines) is lines[2]
    # (a small line with no body of the article's size below it is the layout's)
    assert small_standfirst(lines[:3]) is None


def test_standfirst_over_a_photo_credit_that_the_lead_restates_is_kept() -> None:
    text = "\n".join(
        [
            "Poland, Vietnam open talks on a new air services agreement",
            "Poland and Vietnam opened talks on a new air services agreement in Warsaw on"
            " Thursday, with both sides seeking direct flights by 2027.",
            "Photo: PAP/Tomasz Gzell",
            "Warsaw, PAP - Poland and Vietnam opened talks on a new air services agreement in"
            " Warsaw on Thursday, with both sides seeking direct flights by 2027 and more"
            " cargo capacity.",
            "The Polish delegation was led by deputy infrastructure minister Piotr Malepszak,"
            " who said the talks would conclude in the first half of next year.",
        ]
    )
    cleaned = clean(text)
    assert any(p.startswith("Poland and Vietnam opened talks") for p in cleaned.paragraphs)


def test_outlet_tagline_after_a_bar_and_a_known_outlets_language_edition() -> None:
    text = "MINSK, 4 December (BelTA) - Belarus and Vietnam signed a roadmap."
    assert tidy_outlet("BELTA | Belarusian Telegraph Agency", text) == "BelTA"
    assert tidy_outlet("Yonhap English", "SEOUL, Dec. 4 (Yonhap) -- Korea and Vietnam") == (
        "Yonhap"
    )
    # (an outlet the table does not know keeps its edition's name)
    assert tidy_outlet("Diario Sur English", "Diario Sur reports") == "Diario Sur English"
    # (a known outlet's edition the text never credits alone keeps its name)
    assert tidy_outlet("Yonhap English", "Korea and Vietnam signed a deal.") == "Yonhap English"


def test_mission_named_with_its_ministry_before_or_after_it() -> None:
    assert plain_office("Thương vụ Việt Nam tại Hà Lan - Bộ Công Thương") == (
        "Thương vụ Việt Nam tại Hà Lan"
    )
    # (the state's style before the short name reads as the short name, as before)
    assert plain_office("Thương vụ Việt Nam tại Liên bang Nga - Bộ Công Thương") == (
        "Thương vụ Việt Nam tại Nga"
    )
    # (another of the country's names stays as written once the ministry is cut off)
    assert plain_office("Đại sứ quán Việt Nam tại I-ta-li-a - Bộ Ngoại giao") == (
        "Đại sứ quán Việt Nam tại I-ta-li-a"
    )
    assert plain_office("Bộ Ngoại giao - đại sứ quán Việt Nam tại Hà Lan") == (
        "Đại sứ quán Việt Nam tại Hà Lan"
    )


def test_bulletin_day_beside_its_handling_marking_is_a_stamp() -> None:
    assert timestamp("Monday, March 3, 2025 | For internal use only") == (
        "timestamp",
        "2025-03-03",
    )
    assert timestamp("Monday, March 3, 2025 | Hanoi office and partners") == ("", "")


def test_issue_line_above_the_headline_dates_by_month() -> None:
    lines = [
        _line("Trade Brief Poland | No. 4/2025 | April 2025"),
        _line("Polish exports to Vietnam rise on EVFTA", reason="title"),
        _line("Polish exports to Vietnam rose 14% in 2024, to EUR 610 million."),
    ]
    assert head_issue_month(lines) == "2025-04"
    assert head_issue_month(lines[1:]) == ""
