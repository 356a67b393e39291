"""The print header's far end (r72): a section's words after the site's name ("Site Business"
under a masthead opening on "Site" that goes on otherwise, the head listing "Business" as a
menu item or on a line of its own) are cut; a menu printed one item a line lists sections,
never the site; an unknown name in capitals is initials, which a spelled name outweighs."""

from __future__ import annotations

from briefer.ingest.headersite import header_far_site, title_claims
from briefer.ingest.metachoice import WEIGHTS, Claim, choose_outlet

_STAMP = "5/6/25, 08:20    "
_HEADLINE = "Andoria and Vietnam lift rice trade by a fifth"


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_a_section_after_the_name_that_a_one_item_a_line_menu_lists_is_cut() -> None:
    header = _STAMP + _HEADLINE + " - Tinbao Thị trường"
    text = _page(
        "Tinbao Chủ nhật, 5/6/2025", "Thời sự", "Thị trường", "Thế giới", "Giáo dục", _HEADLINE
    )
    assert header_far_site([header], text) == "Tinbao"


def test_a_section_on_its_own_line_over_the_headline_is_cut() -> None:
    header = _STAMP + _HEADLINE + " - Tinbao Thị trường"
    text = _page(
        "Tinbao Tờ báo của mọi nhà",
        "Mới Thời sự Thị trường Thế giới Giáo dục",
        "Thị trường",
        "Nông sản",
        "Chủ nhật, 5/6/2025, 07:00",
        _HEADLINE,
    )
    assert header_far_site([header], text) == "Tinbao"


def test_a_kind_of_outlet_before_its_name_is_no_name_of_its_own() -> None:
    header = _STAMP + _HEADLINE + " - Tạp chí Sao Mai"
    text = _page("SAO MAI", "Tạp chí của Hội Doanh nhân trẻ", "Kinh tế · Đầu tư", _HEADLINE)
    assert header_far_site([header], text) == "Tạp chí Sao Mai"


def test_an_edition_the_language_row_lists_stays_without_a_masthead_on_the_name() -> None:
    header = _STAMP + _HEADLINE + " | World | The Andorian Courier English"
    text = _page("Sign in · Deutsch | English | Français", "World · Asia · Opinion", _HEADLINE)
    assert header_far_site([header], text) == "The Andorian Courier English"


def test_a_section_a_one_item_a_line_menu_lists_is_no_site() -> None:
    header = _STAMP + _HEADLINE + " | Mai Thu Ha | Guest Columns"
    text = _page(
        "THE ANDORIAN COURIER Subscribe",
        "News",
        "Guest Columns",
        "Mai Thu Ha",
        "The writer is a trade counsellor.",
        _HEADLINE,
    )
    assert header_far_site([header], text) == ""


def test_an_unknown_name_in_capitals_is_initials() -> None:
    assert title_claims("QRTV") == (("title initials", "QRTV"),)
    assert title_claims("Tinbao") == (("title part", "Tinbao"),)
    assert title_claims("") == ()


def test_initials_give_way_to_the_name_the_foot_spells() -> None:
    spelled = "Đài Phát thanh và Truyền hình Sao Mai"
    claims = [
        Claim("QRTV", WEIGHTS["title initials"], "title initials"),
        Claim(spelled, 4.0, "text 0"),
    ]
    assert choose_outlet(claims, "vi") == spelled
    # (alone, the initials still name the site)
    assert choose_outlet(claims[:1], "vi") == "QRTV"


def test_a_printed_page_weighs_its_site_name_and_its_title_part_together() -> None:
    from briefer.ingest.clean import Metadata
    from briefer.ingest.outletclaims import outlet_claims
    from briefer.ingest.readers import RawDocument

    raw = RawDocument(
        "Body.", "pdf", "x.pdf", "0", site_name="Tinbao",
        site_claims=(("title initials", "QRTV"),),
    )  # fmt: skip
    signals = {(c.signal, c.name) for c in outlet_claims(raw, Metadata(), "")}
    assert {("site name", "Tinbao"), ("title initials", "QRTV")} <= signals
