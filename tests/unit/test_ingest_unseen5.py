"""Rules added after the held-out set ``unseen5`` was first measured: titles and outlets by
the structure of a page's head and a note's letterhead, tested on wording of its own (other
outlets, countries and names than the set's files).
"""

from __future__ import annotations

from pathlib import Path

from briefer.ingest import metadata as meta
from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean
from briefer.ingest.outletnames import known_outlet, outlet_of_url

_TITLE = "Hai tỉnh biên giới bàn cách mở rộng giao thương với Campuchia"
_LEAD = (
    "Sáng 12/6, tại TP Tây Ninh, lãnh đạo tỉnh Tây Ninh tiếp đoàn công tác của tỉnh "
    "Svay Rieng (Campuchia) do Phó Tỉnh trưởng dẫn đầu."
)
_MORE = "Hai bên trao đổi về hợp tác nông nghiệp, y tế và du lịch trong thời gian tới."


def test_a_site_name_in_capitals_before_a_dash_is_the_masthead_not_the_title() -> None:
    cleaned = clean(
        f"NAM BỘ NGÀY NAY - Tiếng nói của doanh nhân phía Nam\n{_TITLE}\n{_LEAD}\n{_MORE}"
    )
    assert cleaned.title == _TITLE
    assert cleaned.metadata.outlet.casefold() == "nam bộ ngày nay"
    assert "Tiếng nói" not in cleaned.body


def test_an_english_site_name_keeps_its_acronym() -> None:
    cleaned = clean(f"RFA ASIA - Reports from the region\n{_TITLE}\n{_LEAD}\n{_MORE}")
    assert cleaned.title == _TITLE
    assert cleaned.metadata.outlet == "RFA Asia"


def test_menus_in_capitals_or_between_separators_over_the_headline_are_never_the_title() -> None:
    text = (
        "Mekong Tribune | Kinh tế · Xã hội · Quốc tế · Thể thao\n"
        "TRANG CHỦ  THỜI SỰ  QUỐC TẾ  ĐỜI SỐNG  MEDIA\n"
        "Đăng ký nhận tin | Liên hệ quảng cáo | Tải ứng dụng\n"
        f"{_TITLE}\n{_LEAD}\n{_MORE}"
    )
    cleaned = clean(text)
    assert cleaned.title == _TITLE
    for gone in ("TRANG CHỦ", "Đăng ký nhận tin", "Kinh tế · Xã hội"):
        assert gone not in cleaned.body


def test_a_section_path_next_to_a_masthead_never_names_the_outlet() -> None:
    text = f"BÁO TÂY NINH ĐIỆN TỬ\nKinh tế - Đầu tư\n{_TITLE}\n{_LEAD}\n{_MORE}"
    cleaned = clean(text)
    assert cleaned.title == _TITLE
    assert cleaned.metadata.outlet.casefold() == "báo tây ninh"


def test_a_department_under_a_provincial_committee_is_named_with_its_province() -> None:
    text = (
        "UBND TỈNH TÂY NINH\nSỞ CÔNG THƯƠNG\nSố: 41/SCT-QLTM\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tây Ninh, ngày 14 tháng 6 năm 2025\n"
        f"BÁO CÁO\nKết quả làm việc với đoàn tỉnh Svay Rieng\n{_LEAD}\n{_MORE}"
    )
    cleaned = clean(text)
    assert cleaned.title == "Kết quả làm việc với đoàn tỉnh Svay Rieng"
    assert cleaned.metadata.outlet.casefold() == "sở công thương tỉnh tây ninh"


def test_a_department_under_a_ministry_is_named_with_the_ministry() -> None:
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nVỤ HỢP TÁC QUỐC TẾ\nSố: 9/HTQT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 2 tháng 4 năm 2025\n"
        f"GHI CHÚ\nHợp tác nông nghiệp với Campuchia\n{_LEAD}\n{_MORE}"
    )
    outlet = clean(text).metadata.outlet
    assert outlet.startswith("Vụ Hợp tác quốc tế")
    assert outlet.casefold().endswith("bộ nông nghiệp và môi trường")


def test_the_saigon_economic_times_is_known_by_its_vietnamese_and_english_names() -> None:
    assert known_outlet("KTSG Online") == "Kinh tế Sài Gòn Online"
    assert outlet_of_url("https://thesaigontimes.vn/a-b.html") == "Kinh tế Sài Gòn Online"
    assert known_outlet("Saigon Times") == "The Saigon Times"


def test_a_wire_dateline_under_the_headline_is_furniture_names_the_agency_and_dates() -> None:
    text = (
        f"{_TITLE}\nPhnom Penh, June 12, AKP\n"
        "The two provinces agreed on Thursday to reopen the border market in 2025.\n"
        "Trade through the gate reached 40 million US dollars in March 2025."
    )
    cleaned = clean(text)
    assert cleaned.title == _TITLE
    assert "AKP" not in cleaned.body
    assert cleaned.metadata.outlet == "AKP"
    assert cleaned.metadata.published_on == "2025-06-12"


def test_a_dateline_shape_needs_a_place_a_day_and_an_agency_alone_on_its_line() -> None:
    assert meta.AGENCY_DATELINE.match("HÀ NỘI, 14/5 (TTXVN)")
    assert meta.AGENCY_DATELINE.match("Vientiane, 3 June - KPL")
    assert not meta.AGENCY_DATELINE.match("Phnom Penh, June 12, the two sides met")
    assert not meta.AGENCY_DATELINE.match("Hà Nội, ngày 12 tháng 6 năm 2025")


def test_a_lone_verb_of_listening_is_a_player_button() -> None:
    text = f"{_TITLE}\nLắng nghe\n{_LEAD}\nListen\n{_MORE}"
    cleaned = clean(text)
    assert "Lắng nghe" not in cleaned.body and "Listen" not in cleaned.body
    assert _LEAD in cleaned.body


def test_a_byline_gives_the_person_without_label_outlet_or_capitals() -> None:
    assert meta.author_of("Bài và ảnh: HOÀNG MINH") == "Hoàng Minh"
    assert meta.author_of("Text and photos: Lan Phương") == "Lan Phương"
    assert meta.author_of("Quốc Việt / VnExpress International") == "Quốc Việt"
    assert meta.author_of("By Hai Dang, NHANDAN") == "Hai Dang"
    assert meta.author_of("Thanh Hà") == "Thanh Hà"


def test_a_domain_written_without_its_ending_names_its_outlet() -> None:
    assert known_outlet("HANOIMOI") == "Hà Nội Mới"
    assert known_outlet("Nhandan") == "Báo Nhân Dân"


def test_a_text_bylines_outlet_after_a_comma_is_not_part_of_the_name() -> None:
    cleaned = clean(f"{_TITLE}\nBy Hai Dang, VIETNAMPLUS\n{_LEAD}\n{_MORE}")
    assert cleaned.metadata.author == "Hai Dang"


def test_a_kicker_in_capitals_over_the_headline_names_no_outlet() -> None:
    for kicker in ("MEKONG - LAN THƯƠNG", "CAMPUCHIA", "ĐỐI NGOẠI"):
        cleaned = clean(f"{kicker}\n{_TITLE}\n{_LEAD}\n{_MORE}")
        assert cleaned.title == _TITLE
        assert cleaned.metadata.outlet == ""


def test_a_page_title_with_the_site_first_gives_headline_and_outlet(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Tạp chí Mekong - {_TITLE}</title></head><body><article>"
        f"<p>{_LEAD}</p><p>{_MORE}</p></article></body></html>",
        encoding="utf-8",
    )
    metadata = analyse(page).metadata
    assert metadata.title == _TITLE
    assert metadata.outlet == "Tạp chí Mekong"


def test_a_headline_opening_on_a_word_of_the_sites_name_stays_whole(tmp_path: Path) -> None:
    headline = "Việt Nam - Campuchia: hợp tác biên giới bước sang giai đoạn mới"
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="og:site_name" content="Báo Biên phòng Việt Nam">'
        f"<title>{headline}</title></head><body><h1>{headline}</h1>"
        f"<p>{_LEAD}</p><p>{_MORE}</p></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.title == headline


def test_a_note_without_a_title_line_takes_its_subject_line_as_title() -> None:
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 9/HTQT\nV/v hợp tác nông nghiệp với Campuchia\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 2 tháng 4 năm 2025\n"
        f"{_LEAD}\n{_MORE}"
    )
    cleaned = clean(text)
    assert cleaned.title == "V/v hợp tác nông nghiệp với Campuchia"  # (as cited)
    assert _LEAD in cleaned.body
