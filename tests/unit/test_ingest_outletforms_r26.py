"""Round 26 outlet and head rules, on wording of our own: a saved view's label glued to the
outlet, a site's call to follow it naming itself, initials the head spells out, an e-portal's
whole kind, and a spaced menu whose item opens on a number."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.mastheads import kind_and_name
from briefer.ingest.outletforms import followed_name, spelled_out, without_view_label


def test_a_saved_view_s_label_is_no_part_of_the_outlet() -> None:
    assert without_view_label("Báo Điện tử Nông thôn Ngày nay - Bản in") == (
        "Báo Điện tử Nông thôn Ngày nay"
    )
    assert without_view_label("Harbour Daily | Print version") == "Harbour Daily"
    assert without_view_label("Printer-friendly - Harbour Daily") == "Harbour Daily"
    assert without_view_label("Bản in") == ""
    assert without_view_label("Print version") == ""
    # (a name that only holds the word stays whole)
    assert without_view_label("Tạp chí In ấn Việt") == "Tạp chí In ấn Việt"


def test_a_site_asking_to_be_followed_names_itself() -> None:
    text = "Lead sentence.\nFollow HARBOUR on Telegram and WhatsApp.\n© Coastline Media Group"
    assert followed_name(text) == "HARBOUR"
    assert followed_name("Theo dõi Báo Sông Xanh trên Google News") == "Báo Sông Xanh"
    # (a pronoun is no name; two different names are no answer)
    assert followed_name("Follow us on Facebook") == ""
    assert followed_name("Follow Alpha on X\nFollow Beta on LinkedIn") == ""


def test_initials_the_head_spells_out_give_the_name() -> None:
    head = "Riga Port Monitor\nNews | Ports | Shipping\nRPM staff"
    assert spelled_out("RPM", head) == "Riga Port Monitor"
    assert spelled_out("RPM", "RPM staff") == ""
    assert spelled_out("Riga", head) == ""
    # (a headline whose words open on the letters spells out nothing)
    assert spelled_out("RPM", "Riga Port Minister visits Hanoi\nRPM") == ""


def test_an_e_portal_keeps_its_whole_kind() -> None:
    assert kind_and_name("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA BÌNH").lower() == (
        "cổng thông tin điện tử tỉnh hòa bình"
    )
    # (a paper's "điện tử" still goes: "Báo X")
    assert kind_and_name("BÁO ĐIỆN TỬ SÔNG XANH") == "Báo Sông Xanh"


def test_a_spaced_menu_with_a_numbered_item_is_no_title() -> None:
    text = (
        "HARBOUR\n"
        "Local   World   5 Questions   Opinion   Podcasts\n"
        "\n"
        "Port city signs shipping pact with Hai Phong as trade climbs\n"
        "\n"
        "The port city signed a shipping agreement with Hai Phong on Monday, its mayor said "
        "at a press conference, as two-way trade rose by a fifth in the first half.\n"
    )
    assert clean(text).title == "Port city signs shipping pact with Hai Phong as trade climbs"
