"""A masthead's initials and name side by side in one line; a menu's section is no masthead."""

from briefer.ingest.initialsmast import initials_masthead
from briefer.ingest.menusection import menu_sections, without_sections
from briefer.ingest.metachoice import Claim


def test_initials_and_name_in_one_line() -> None:
    assert initials_masthead("PTR Online | Port Town Register\nHome  World") == (
        "Port Town Register"
    )
    assert initials_masthead("Thời Báo Miền Núi · TBMN\nTin mới") == "Thời Báo Miền Núi"
    # (a menu's row of many cells is no logo and name)
    assert initials_masthead("Home | World News | WN | Sport") == ""


def test_menu_items_are_sections_en_vi() -> None:
    head = "PTR Online | Port Town Register\nHome  City News  Business  World  Sport\nCity News\n"
    assert "city news" in menu_sections(head)
    assert "home" not in menu_sections(head)  # (a row's first cell may be the site's name)
    assert "kinh te" in menu_sections("Báo Sông Mây | Thời sự | Kinh tế | Xã hội\nKinh tế\n")


def test_section_claim_dropped_site_kept() -> None:
    head = "Home  City News  Business  World  Sport\nCity News\n"
    claims = [
        Claim("City News", 4.0, "text 1"),
        Claim("Port Town Register", 4.0, "text masthead"),
        Claim("City News", 6.0, "title part"),  # (the page's markup: not the text's line)
    ]
    kept = without_sections(claims, head)
    assert [c.signal for c in kept] == ["text masthead", "title part"]


def test_top_bar_with_day_and_paper_in_a_row() -> None:
    # (a top bar with a day in it is no menu; the separator is one gap, not a cell)
    assert menu_sections("SÔNG MÂY ONLINE  ·  BÁO SÔNG MÂY  ·  Thứ Hai, 3/3/2025") == frozenset()
    head = "SÔNG MÂY ONLINE  ·  BÁO SÔNG MÂY  ·  Kinh tế  ·  Xã hội\n"
    claims = [Claim("Báo Sông Mây", 4.0, "text 0"), Claim("Kinh tế", 4.0, "text 1")]
    assert [c.name for c in without_sections(claims, head)] == ["Báo Sông Mây"]
