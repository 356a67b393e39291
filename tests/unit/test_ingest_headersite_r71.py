"""The site a browser's print header names at the far end of its title from the headline a
line of the page repeats (r71): "Headline : The Site", "Site :: Section :: Headline",
"Headline – Site – date"; a section a menu row lists, or a site the table knows under a
section's words, gives way to it."""

from __future__ import annotations

from briefer.ingest.headersite import header_far_site, over_header_site

_STAMP = "3/4/25, 10:15    "


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_site_after_a_spaced_colon() -> None:
    header = _STAMP + "Andoria and Vietnam widen port links : The Harbour Ledger"
    text = _page("World | Business | Sport | Opinion", "Andoria and Vietnam widen port links", "x")
    assert header_far_site([header], text) == "The Harbour Ledger"


def test_site_first_over_a_section_and_a_headline_with_its_own_dash() -> None:
    site = "Tổng lãnh sự quán Việt Nam tại Andoria"
    headline = "Hội nghị hợp tác kinh tế thương mại Việt Nam – Andoria lần thứ ba"
    header = _STAMP + site + " :: Tin tức :: " + headline
    text = _page("Trang chủ | Tin tức | Liên hệ", headline, "Ngày 3/4")
    assert header_far_site([header], text) == site


def test_a_date_after_the_site_is_no_part_of_it() -> None:
    header = _STAMP + "Nurses from Vietnam fill Andorian wards – HBN – 04/03/2025"
    text = _page("Nurses from Vietnam fill Andorian wards", "Body.")
    assert header_far_site([header], text) == "HBN"


def test_a_headline_wrapped_over_two_lines_is_found() -> None:
    header = _STAMP + "Andoria and Vietnam sign a long agreement on fisheries and ports - Coast"
    text = _page("Andoria and Vietnam sign a long agreement", "on fisheries and ports", "Body.")
    assert header_far_site([header], text) == "Coast"


def test_a_one_sheet_print_keeps_its_header_as_first_line() -> None:
    headline = "Andoria and Vietnam open a consulate"
    text = _page(_STAMP + "Coast Post - " + headline, headline)
    assert header_far_site([], text) == "Coast Post"


def test_a_section_the_menu_lists_is_no_site() -> None:
    header = _STAMP + "Andoria and Vietnam open a consulate - Thế giới"
    text = _page("Trang chủ | Thời sự | Thế giới | Kinh tế", "Andoria and Vietnam open a consulate")
    assert header_far_site([header], text) == ""


def test_a_slug_in_lower_case_is_no_site() -> None:
    header = _STAMP + "Andoria and Vietnam open a consulate :: coast post"
    text = _page("Andoria and Vietnam open a consulate", "Body.")
    assert header_far_site([header], text) == ""


def test_no_line_repeats_the_headline() -> None:
    header = _STAMP + "Andoria and Vietnam open a consulate - Coast Post"
    text = _page("Something else entirely here", "Body.")
    assert header_far_site([header], text) == ""


def test_a_state_before_its_department_is_dropped() -> None:
    headline = "Andoria and Vietnam launch a joint trade plan for the next decade"
    header = _STAMP + headline + " | Andorian Government Department of Trade"
    text = _page(headline, "Body.")
    assert header_far_site([header], text) == "Department of Trade"


def test_far_site_over_a_section_the_table_knows() -> None:
    header = _STAMP + "Văn phòng Thương mại Andoria - Tin tức - Xuất khẩu sang Andoria tăng mạnh"
    text = _page("Trang chủ | Tin tức | Liên hệ", "Xuất khẩu sang Andoria tăng mạnh", "Body.")
    site = over_header_site("Báo Tin tức (TTXVN)", [header], text)
    assert site == "Văn phòng Thương mại Andoria"


def test_a_site_the_far_end_holds_stays() -> None:
    header = _STAMP + "Xuất khẩu sang Andoria tăng mạnh - Báo Hải Cảng điện tử"
    text = _page("Xuất khẩu sang Andoria tăng mạnh", "Body.")
    assert over_header_site("Báo Hải Cảng", [header], text) == "Báo Hải Cảng"
