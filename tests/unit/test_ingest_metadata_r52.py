"""r52: page metadata read in general forms (a European dotted stamp with its closing dot)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest import furniture as fur
from briefer.ingest import stamplines
from briefer.ingest.clean import clean


def test_dotted_stamp_with_closing_dot_is_a_stamp() -> None:
    # day.month.year. is how Serbian, Croatian and Czech pages print a day
    assert stamplines.timestamp("04.09.2024. | 08:05") == ("timestamp", "2024-09-04")
    assert stamplines.timestamp("04.09.2024. 08:05") == ("timestamp", "2024-09-04")
    assert stamplines.timestamp("27.11.2023.") == ("timestamp", "2023-11-27")
    assert stamplines.timestamp("v1.2.2024.3 10:00") == ("", "")  # a version, not a day


def test_dotted_stamp_dates_page_over_later_event_year() -> None:
    text = "\n".join(
        [
            "Croatian Wire",
            "Home   Politics   Business   World",
            "Zagreb, Hanoi agree to widen shipping links",
            "04.09.2024. | 08:05",
            "ZAGREB, Sept 4 (CW) - Croatia's transport minister met his Vietnamese counterpart "
            "on Wednesday and the two sides agreed to open a direct container line.",
            "They also talked about the Universal Exhibition 2030, where Croatia will show "
            "its ports, and about a maritime academy exchange planned for 2026.",
            "Relations between the two countries were established in 1992.",
        ]
    )
    assert clean(text).metadata.published_on == "2024-09-04"


def test_parent_and_unit_on_one_letterhead_line() -> None:
    from briefer.ingest.officemast import masthead_office

    text = "\n".join(
        [
            "Điểm tin thị trường Trung Đông  |  Số 04/2025",
            "BỘ CÔNG THƯƠNG - THƯƠNG VỤ VIỆT NAM TẠI ISRAEL (kiêm nhiệm Síp)",
            "ĐIỂM TIN",
            "Xuất khẩu gạo sang Israel tăng mạnh",
        ]
    )
    assert masthead_office(text, "Bộ Công Thương") == "Thương vụ Việt Nam tại Israel"
    # (a parent with a bulletin's name after it names no unit)
    other = text.replace("THƯƠNG VỤ VIỆT NAM TẠI ISRAEL", "ĐIỂM TIN THỊ TRƯỜNG")
    assert masthead_office(other, "Bộ Công Thương") == ""


def test_state_as_copyright_holder_gives_way_to_the_letterhead_body() -> None:
    from briefer.ingest.statecopyright import body_over_state

    text = "\n".join(
        [
            "New Zealand Government",
            "Ministry of Foreign Affairs and Trade",
            "Viet Nam: bilateral overview",
            "Page updated: 3 March 2025",
            "New Zealand and Viet Nam opened relations in 1975.",
            "© Crown copyright",
        ]
    )
    assert body_over_state("Crown", text) == "Ministry of Foreign Affairs and Trade"
    assert body_over_state("State of Queensland", text) == "Ministry of Foreign Affairs and Trade"
    assert body_over_state("Stuff", text) == ""  # (a paper holding its own rights)


def _pasted(section_line: str) -> str:
    return "\n".join(
        [
            "Tuổi Mới Đăng nhập",
            "Thời sự",
            "Thế giới",
            "Kinh doanh",
            "Văn hóa",
            "Thể thao",
            section_line,
            "Hoàng Lan",
            "14/05/2025 08:20 GMT+7",
            "Xuất khẩu cà phê sang Ai Cập tăng gấp đôi",
            "Theo Thương vụ Việt Nam tại Ai Cập, bốn tháng đầu năm 2025 xuất khẩu cà phê của "
            "Việt Nam sang thị trường này đạt 61 triệu USD, gấp đôi cùng kỳ năm trước.",
            "Ai Cập hiện là thị trường tiêu thụ cà phê lớn thứ ba của Việt Nam tại châu Phi, "
            "sau Algeria và Maroc, theo số liệu của Cục Xuất nhập khẩu.",
        ]
    )


def test_pasted_section_path_run_together_is_no_headline() -> None:
    from briefer.ingest.pastedheadline import pasted_headline

    text = _pasted("Kinh doanh Kinh doanh quốc tế")
    got = pasted_headline(text, "Tuổi Mới Đăng nhập")
    assert got == "Xuất khẩu cà phê sang Ai Cập tăng gấp đôi"


def test_pasted_masthead_ends_where_its_logo_echo_begins() -> None:
    from briefer.ingest.mastheads import masthead_name

    assert masthead_name("Báo Sông Hàn SÔNG HÀN Video Podcast Báo in") == "Báo Sông Hàn"
    assert masthead_name("Báo Sông Hàn") == "Báo Sông Hàn"


def test_pasted_masthead_naming_todays_name_declares_the_rename(tmp_path: Path) -> None:
    from briefer.ingest.analysis import analyse

    text = "\n".join(
        [
            "BÁO QUỐC TẾ Cơ quan của Bộ Ngoại giao English",
            "Thời sự Chính trị Kinh tế Kiều bào Văn hóa Thế giới",
            "Thời sự > Ngoại giao",
            "Việt Nam - Paraguay: Thúc đẩy hợp tác nông nghiệp và thương mại",
            "Thứ Ba, 14/10/2025, 09:30 | Chia sẻ",
            "TGVN. Việt Nam và Paraguay nhất trí thúc đẩy hợp tác nông nghiệp, thương mại và "
            "đầu tư trong thời gian tới.",
            "Ngày 13/10, tại Hà Nội, Thứ trưởng Ngoại giao đã tiếp Thứ trưởng Ngoại giao "
            "Paraguay nhân dịp đoàn sang Việt Nam tham vấn chính trị lần thứ ba.",
            "Năm 2024, kim ngạch thương mại song phương đạt 190 triệu USD, chủ yếu là thịt "
            "bò, đậu tương và ngô từ Paraguay.",
        ]
    )
    path = tmp_path / "paste.txt"
    path.write_text(text, encoding="utf-8")
    assert analyse(path).metadata.outlet == "Báo Quốc tế"


def test_share_buttons_run_together_and_a_liked_link() -> None:
    from briefer.ingest.found import Found
    from briefer.ingest.lines import line_noise

    assert fur.share("Share on LinkedIn Share via email Share on X")
    link = "You might also like Port strike halts soy exports at Rosario"
    assert line_noise(link, Found()) == "related headline"


def test_declared_author_past_the_outlets_desk() -> None:
    import lxml.html

    from briefer.ingest.pageauthor import page_author

    page = lxml.html.fromstring(
        "<html><head><meta name='author' content='VnExpress Online'>"
        "<meta property='article:author' content='Lan Chi'></head>"
        "<body><h1>Headline</h1><p>Text.</p></body></html>"
    )
    assert page_author(page) == "Lan Chi"
