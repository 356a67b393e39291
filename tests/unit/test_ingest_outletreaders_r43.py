"""Outlet readers' general defects (round 43): an edition's own English name, a name in lower
case, a bare address under a head printed in capitals, a mission's name in both states'
styles, a sentence's article and a publisher group's word."""

from __future__ import annotations

from briefer.ingest.domainname import printed_site
from briefer.ingest.editionname import english_edition
from briefer.ingest.officeplace import plain_office
from briefer.ingest.outlettidy import lower_cased, tidy_outlet


def test_a_brands_edition_is_the_name_an_english_pages_marks_print() -> None:
    # (the table keeps VnExpress with its edition among its other names)
    marks = ["VnExpress International", "Copyright © 1997-2025 VnExpress"]
    assert english_edition("VnExpress", marks, "en") == "VnExpress International"
    assert english_edition("VnExpress", ["VnExpress"], "en") == ""
    assert english_edition("VnExpress", marks, "vi") == ""  # (the Vietnamese paper itself)


def test_a_name_opening_in_lower_case_is_no_masthead_but_an_address_or_brand_may_be() -> None:
    assert lower_cased("nông thôn mới")
    assert lower_cased("the Island Times")
    assert not lower_cased("baonongthon.vn")
    assert not lower_cased("eTimes")
    assert not lower_cased("Báo Nông thôn")


def test_a_bare_address_takes_the_name_a_head_prints_even_in_capitals() -> None:
    head = "HARBOURNEWS  ·  Monday, 3 March 2025  ·  Page 2\nharbournews.com"
    assert printed_site("harbournews.com", head) == "Harbournews"
    assert printed_site("harbournews.com", "Read Harbour News daily") == "Harbour News"
    assert printed_site("harbournews.com", "NOTHING HERE") == ""


def test_a_missions_english_name_drops_both_states_styles() -> None:
    assert (
        plain_office("Embassy of the Socialist Republic of Viet Nam in the Kingdom of Tonga")
        == "Embassy of Viet Nam in Tonga"
    )
    assert plain_office("Trade Office of Viet Nam in the Republic of Kenya") == (
        "Trade Office of Viet Nam in Kenya"
    )


def test_a_sentences_article_and_a_publisher_groups_word_are_no_part_of_the_name() -> None:
    assert tidy_outlet("the Island Times", "") == "Island Times"
    assert tidy_outlet("GRUPO LA HORA", "") == "LA HORA"
    assert tidy_outlet("Groupe Le Matin", "") == "Le Matin"
    assert tidy_outlet("The Island Times", "") == "The Island Times"  # (its own "The")
