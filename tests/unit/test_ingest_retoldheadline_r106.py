"""r106: a pasted page's title that its lead retells in no pair of words (a menu row of running
names, a masthead in capitals) gives way to the line under it that the lead retells; such a
row over the lead is the menu."""

from __future__ import annotations

from briefer.ingest.found import Line
from briefer.ingest.retoldheadline import retold_headline
from briefer.ingest.untoldrows import mark_untold_rows

_MENU = "Tin tức Đời sống Giáo dục Môi trường Nông nghiệp xanh Du lịch Ẩm thực vùng miền"
_HEADLINE = "Bộ trưởng Nông nghiệp tiếp Đại sứ Paraguay tại Hà Nội"
_LEAD = (
    "Sáng 4/3, tại Hà Nội, Bộ trưởng Nông nghiệp đã tiếp Đại sứ Paraguay Carlos Benítez "
    "nhân dịp ông bắt đầu nhiệm kỳ công tác tại Việt Nam."
)
_SECOND = (
    "Bộ trưởng đề nghị hai bên sớm hoàn tất thủ tục mở cửa thị trường cho trái cây và "
    "thịt bò, đồng thời thúc đẩy trao đổi đoàn doanh nghiệp."
)


def _page(title_line: str, headline: str = _HEADLINE) -> str:
    return "\n".join(
        ["Báo Nông Thôn Mới", title_line, "Đăng nhập", "Đời sống", headline, "Hoàng Minh",
         "Thứ Tư, 04/03/2026 - 10:15", _LEAD, _SECOND]
    )  # fmt: skip


def test_menu_row_gives_way_to_the_headline_the_lead_retells() -> None:
    assert retold_headline(_page(_MENU), _MENU) == _HEADLINE


def test_masthead_in_capitals_gives_way_too() -> None:
    masthead = "TẠP CHÍ NÔNG THÔN MỚI CƠ QUAN CỦA HỘI NÔNG DÂN"
    assert retold_headline(_page(masthead), masthead) == _HEADLINE


def test_near_miss_a_headline_the_lead_retells_stays() -> None:
    # (a headline of many names that the lead tells again is no menu, whatever its shape)
    title = "Thứ trưởng Nông nghiệp tiếp Đại sứ Paraguay Carlos Benítez tại Hà Nội"
    assert retold_headline(_page(title, "Hai bên bàn việc mở cửa thị trường thịt bò"), title) == ""


def test_near_miss_title_case_headline_with_caption_under_it_stays() -> None:
    # (an English headline in title case, retold loosely, keeps its place over a caption)
    title = "Paraguay and Vietnam Agree to Widen Farm Trade Ties"
    caption = "Minister Le Van Hoa and Ambassador Carlos Benitez meet in Hanoi (Photo: MARD)"
    lead = (
        "HANOI — Minister Le Van Hoa and Ambassador Carlos Benitez meet in Hanoi to review "
        "beef and fruit trade, officials said on Wednesday."
    )
    text = "\n".join(["Farm News Daily", title, caption, "March 4, 2026", lead, lead])
    assert retold_headline(text, title) == ""


def test_near_miss_no_line_under_the_menu_that_the_lead_retells() -> None:
    other = "Giá lúa gạo hôm nay tăng nhẹ ở miền Tây"
    text = "\n".join(["Báo Nông Thôn Mới", _MENU, "Đời sống", other, "Thứ Tư, 04/03/2026 - 10:15",
                      _LEAD, _SECOND])  # fmt: skip
    assert retold_headline(text, _MENU) == ""


def _lines(*texts: str) -> list[Line]:
    return [Line(text) for text in texts]


def test_menu_row_over_the_lead_is_marked() -> None:
    lines = _lines("Báo Nông Thôn Mới", _MENU, _HEADLINE, "Thứ Tư, 04/03/2026", _LEAD, _SECOND)
    mark_untold_rows(lines)
    assert lines[1].reason == "menu"
    assert all(line.kept for line in lines[2:])  # (the headline the lead retells stays)


def test_near_miss_a_row_under_the_lead_stays() -> None:
    # (below the first paragraph a line of names is the article's own: a subheading)
    lines = _lines(_HEADLINE, _LEAD, _MENU, _SECOND)
    mark_untold_rows(lines)
    assert lines[2].kept


def test_near_miss_a_speakers_line_over_the_lead_stays() -> None:
    # (names running on, but a stop inside them: "H.E." of a speaker, not a menu's name)
    speaker = "Welcome address by H.E. Maria Ortega Ruiz, Minister of Trade and Tourism Affairs"
    lines = _lines(speaker, _LEAD, _SECOND)
    mark_untold_rows(lines)
    assert lines[0].kept
