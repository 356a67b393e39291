"""Pasted and printed copies of web pages (round r49), on wording of our own: a menu row in
mixed case over the page's dateline, a lead datelined "Place, Month D (AGENCY)." above a photo
credit, a copyright line opening on its years, a print header naming the site first or a site
and its kind, the site's masthead repeating the header, box headings and language switches
read as writers, a byline row closed by its clock over the page's buttons, and the dateline
under a printed headline."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.headersite import header_site
from briefer.ingest.headertitle import header_headline
from briefer.ingest.notwriters import no_writer
from briefer.ingest.outletnames import copyright_holder
from briefer.ingest.paperhead import byline_cells
from briefer.ingest.pasteddate import pasted_day
from briefer.ingest.pastedheadline import _mixed_menu, pasted_headline
from briefer.ingest.pdflayout import printed_page, reflow
from briefer.ingest.typesize import LARGE

_LEAD_VI = (
    "Sáng 14/2, tại Hà Nội, Bộ trưởng Công Thương đã tiếp Bộ trưởng Kinh tế nước bạn, hai bên "
    "nhất trí đưa kim ngạch thương mại song phương lên 3 tỷ USD vào năm 2027."
)


def test_a_mixed_case_menu_over_the_dateline_gives_way_to_the_headline_under_it() -> None:
    menu = "Thời sự Quốc phòng Kinh tế Giáo dục Pháp luật Văn hóa Podcast"
    text = "\n".join(
        [
            "BÁO MẪU ĐIỆN TỬ",
            menu,
            "Thứ Hai, 16/02/2026 - 08:15",
            "Kinh tế",
            "Bộ trưởng Công Thương hội đàm với Bộ trưởng Kinh tế Paraguay",
            _LEAD_VI,
            "Hai bên cũng trao đổi về hợp tác nông nghiệp, năng lượng và logistics trong năm tới.",
        ]
    )
    assert (
        pasted_headline(text, menu)
        == "Bộ trưởng Công Thương hội đàm với Bộ trưởng Kinh tế Paraguay"
    )


def test_a_headline_of_names_under_the_menu_is_taken_by_its_dateline() -> None:
    # (a headline naming people and places reads as a row of names by its shape alone)
    menu = "Chính trị Kinh tế Xã hội Văn hóa Thể thao Công nghệ Video"
    text = "\n".join(
        [
            "Báo Mẫu",
            menu,
            "Kinh tế",
            "Tổng thống Chile Gabriel Boric thăm cấp Nhà nước tới Việt Nam",
            "Thứ Ba, 17/02/2026 10:20 (GMT+07:00)",
            _LEAD_VI,
        ]
    )
    headline = "Tổng thống Chile Gabriel Boric thăm cấp Nhà nước tới Việt Nam"
    assert pasted_headline(text, menu) == headline


def test_a_lead_datelined_with_the_agency_in_brackets_is_no_caption(tmp_path: Path) -> None:
    lead = (
        "Santiago, May 12 (AGN). The Foreign Minister of Vietnam is paying an official visit "
        "to Chile from May 11 to 13 at the invitation of his Chilean counterpart."
    )
    text = "\n".join(
        [
            "Vietnam's Foreign Minister begins official visit to Chile",
            "2025-05-12 09:30:00",
            lead,
            "Photo: Chilean Foreign Ministry",
            "Trade between Chile and Vietnam reached USD 1.8 billion in 2024, the ministry said.",
            "The ministers agreed to open talks on a new agreement on farm products next year.",
        ]
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert any(p.startswith("Santiago, May 12") for p in analyse(path).cleaned.paragraphs)


def test_a_copyright_line_opening_on_its_years_names_the_holder_after_its_stop() -> None:
    assert copyright_holder("© 2003-2026. Toàn bộ bản quyền thuộc Báo Mẫu") == "Báo Mẫu"
    assert copyright_holder("© 2025 Sample Times - The Daily Sample.") == "The Daily Sample"


def test_a_print_header_naming_the_site_first_gives_site_and_headline() -> None:
    header = "3/2/26, 10:05 AM    SampleNews - Chile muốn tăng nhập khẩu gạo và cà phê Việt Nam"
    edges = [header, "https://samplenews.vn/chile-muon-tang-nhap-khau.htm    1/2"]
    assert printed_page(edges)[1] == "SampleNews"
    text = f"{LARGE}Chile muốn tăng nhập khẩu gạo và cà phê Việt Nam\n\n{_LEAD_VI}\n"
    assert header_headline(edges, text) == "Chile muốn tăng nhập khẩu gạo và cà phê Việt Nam"


def test_a_print_header_giving_a_name_and_its_kind_names_the_agency() -> None:
    header = (
        "3/2/26, 10:05 AM    Chile and Vietnam sign a farm deal | Economy | "
        "PRENSUR - Chile News Agency"
    )
    edges = [header, "https://prensur.invalid/en/chile-vietnam-farm-deal    1/2"]
    assert printed_page(edges)[1] == "Prensur"


def test_the_header_site_a_masthead_repeats_is_the_outlet() -> None:
    edges = ["3/2/26, 10:05 AM    Chile and Vietnam sign a farm deal - The Courier"]
    text = f"The Courier\n\nNews Business Sport\n\n{LARGE}Chile and Vietnam sign a farm deal\n"
    assert header_site(edges, text) == "The Courier"
    assert header_site(edges, f"News Business Sport\n\n{LARGE}Chile and Vietnam\n") == ""


def test_box_headings_language_switches_and_listed_items_are_no_writers() -> None:
    for label in (
        "Most Read",
        "Top Videos",
        "About Our Chamber",
        "ePaper Login",
        "English Español Português",
        "Tiếng Việt",
        "Trade Negotiations",
    ):
        assert no_writer(label), label
    for name in ("Jordan Lee", "Minh Anh", "Carla Ruiz"):
        assert not no_writer(name), name


def test_a_language_switch_row_is_no_byline_row() -> None:
    text = "Tiếng Việt | English | Español\nTin tức\nĐại sứ quán tổ chức gặp mặt doanh nghiệp\n"
    assert byline_cells(text) == ("", "")


def test_a_printed_box_under_its_heading_signs_no_writer(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "Ministers open a trade forum in Suva",
            "Trade between Fiji and Vietnam reached US$40 million in 2024, the ministry said.",
            "The two sides agreed to hold the next forum in Hanoi in 2026.",
            "Latest Releases",
            "Board Appointments – 2 June 2025",
            "Port authority issues a weather notice",
        ]
    )
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    assert analyse(path).metadata.author == ""


def test_a_byline_row_closed_by_its_clock_ends_over_the_buttons() -> None:
    text = "Tác giả: Minh Anh · Thứ Ba, 10/02/2026 | 08:30\nf Zalo In bài A- A+\n" + _LEAD_VI
    assert "08:30\n\nf Zalo" in reflow(text)


def test_a_printed_headline_in_large_type_is_found_for_its_dateline() -> None:
    text = "\n".join(
        [
            "Thứ Năm, 19/02/2026",
            "Trang chủ | Kinh tế | Quốc tế",
            f"{LARGE}Chile muốn tăng nhập khẩu gạo Việt Nam",
            "Minh Anh · 17/02/2026 | 09:10",
            _LEAD_VI,
        ]
    )
    day = "2026-02-19"
    assert pasted_day(text, "Chile muốn tăng nhập khẩu gạo Việt Nam", day) == "2026-02-17"


def test_a_short_headline_holding_its_section_word_stays_over_its_dateline() -> None:
    # (a headline of a few names is no menu, though its section stands alone above it)
    title = "Chủ tịch tiếp Đại sứ Chile"
    text = "\n".join(
        [
            "Báo Mẫu",
            "Trang chủ  Thời sự  Kinh tế  Xã hội  Quốc tế",
            "Chủ tịch",
            title,
            "Thứ Ba, 18/11/2025 18:05 (GMT+7)",
            _LEAD_VI,
        ]
    )
    assert pasted_headline(text, title) == ""
    assert not _mixed_menu(title)
    assert _mixed_menu("Thời sự Kinh tế Văn hóa Thể thao Pháp luật Giáo dục Video")


def test_a_two_sentence_caption_closed_by_a_dashed_photo_credit_is_a_caption() -> None:
    from briefer.ingest.pastedcaption import credited_caption

    assert credited_caption(
        "Dockers load rice at a port in Cần Thơ. Chile is a growing market for Vietnamese "
        "grain. — AGN/XYZ Photo"
    )
    assert not credited_caption(
        "Dockers loaded rice at a port in Cần Thơ. Exports rose 12 per cent in May. — AGN"
    )


def test_a_masthead_of_the_name_in_capitals_then_what_it_is_names_the_outlet(
    tmp_path: Path,
) -> None:
    text = "\n".join(
        [
            "PRENSA LATINA Agencia Informativa Continental",
            "World Economy Culture Sports",
            "Chile and Vietnam review farm cooperation",
            "Santiago, May 12, 2025",
            "Chilean and Vietnamese officials reviewed projects in agriculture and mining during"
            " a meeting of the joint commission held in Santiago on Monday.",
            "Trade between the two countries reached 1.8 billion dollars in 2024, officials said.",
        ]
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert analyse(path).metadata.outlet == "Prensa Latina"
