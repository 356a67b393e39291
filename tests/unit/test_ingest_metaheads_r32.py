"""Head lines that are no headline, masthead/print-header outlets, closing and translator
credits (r32)."""

from __future__ import annotations

from briefer.ingest.creditnames import credited_writer
from briefer.ingest.officemast import masthead_office, print_header_site
from briefer.ingest.titleguards import is_breadcrumb, label_dropped, past_head_line


def test_breadcrumb_gives_way_to_the_headline_under_it() -> None:
    text = (
        "TẠP CHÍ X\nTrang chủ > Kinh tế\n\n"
        "Giá cà phê tăng mạnh trong tháng Mười\nThứ Ba, 3/11/2026\n\nBài."
    )
    assert is_breadcrumb("Trang chủ > Kinh tế")
    assert past_head_line(text, "Trang chủ > Kinh tế") == "Giá cà phê tăng mạnh trong tháng Mười"
    english = "Home » World » Asia\nPort traffic doubles at the new terminal\nMay 2, 2026\n"
    assert (
        past_head_line(english, "Home » World » Asia") == "Port traffic doubles at the new terminal"
    )
    assert not is_breadcrumb("Hà Nội > TP.HCM: tuyến bay mới")  # (no home step)


def test_letterhead_motto_is_never_a_title() -> None:
    text = (
        "SỞ X\n\nSố: 12/BC-SX\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Độc lập - Tự do - Hạnh phúc\n\n"
        "Huế, ngày 2 tháng 3 năm 2026\n\nBẢN TIN GIÁ NÔNG SẢN THÁNG 2/2026\n\nGiá lúa tăng."
    )
    assert (
        past_head_line(text, "Độc lập - Tự do - Hạnh phúc") == "BẢN TIN GIÁ NÔNG SẢN THÁNG 2/2026"
    )
    bare_kind = text.replace(
        "BẢN TIN GIÁ NÔNG SẢN THÁNG 2/2026", "BÁO CÁO\n\nKết quả đón đoàn khách"
    )
    assert past_head_line(bare_kind, "Độc lập - Tự do - Hạnh phúc") == "Kết quả đón đoàn khách"
    assert past_head_line(text, "Một tiêu đề bình thường") == "Một tiêu đề bình thường"


def test_social_title_without_the_printed_genre_label() -> None:
    assert label_dropped("Ảnh: Lễ hội hoa ở Đà Lạt", "Lễ hội hoa ở Đà Lạt")
    assert label_dropped("Video: Harbour cranes arrive", "harbour cranes arrive")
    assert not label_dropped("Ảnh: Lễ hội hoa ở Đà Lạt", "Lễ hội hoa")
    assert not label_dropped("Lễ hội hoa ở Đà Lạt", "Lễ hội hoa ở Đà Lạt")


def test_unit_masthead_over_a_menu_names_the_unit() -> None:
    text = "BỘ CÔNG THƯƠNG\nTHƯƠNG VỤ VIỆT NAM TẠI PERU\nTrang chủ | Tin tức | Liên hệ\n\nTin."
    assert masthead_office(text, "Bộ Công Thương") == "Thương vụ Việt Nam tại Peru"
    no_menu = "BỘ CÔNG THƯƠNG\nTHƯƠNG VỤ VIỆT NAM TẠI PERU\n\nBài viết mở đầu ở đây."
    assert masthead_office(no_menu, "Bộ Công Thương") == ""


def test_print_header_domain_names_the_outlet() -> None:
    assert print_header_site("vnexpress.net - Bản in - 2/3/2026\n\nTitle") == "VnExpress"
    assert print_header_site("unknown-example.org | Print\n\nTitle") == ""
    assert print_header_site("vnexpress.net\n\nTitle") == ""  # (no print label beside it)


def test_closing_and_translator_credits() -> None:
    assert credited_writer("Body.\n\nMore body.\n\n**Written by Maria Costa.**") == "Maria Costa"
    assert credited_writer("Tiêu đề\nNgười dịch: Trần Thu Hà\n\nNội dung.") == "Trần Thu Hà"
    assert credited_writer("Headline\nTranslated by Ana Ruiz\n\nBody.") == "Ana Ruiz"
    assert credited_writer("Body.\n\nWritten by the editors.") == ""
    foot = "Headline\n\nThe minister left for the capital on Monday to open the new trade office.\n"
    assert credited_writer(foot + "Translated by Ana Ruiz\nTags: trade") == ""
