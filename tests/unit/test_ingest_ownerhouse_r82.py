"""Round r82: the house that owns a paper is no outlet where the page names its paper; a
menu's section after a dash is no part of a site's name; a known outlet beside the head's
stamp credits a desk, not a writer."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.menusection import without_section_tails
from briefer.ingest.metachoice import Claim, choose_outlet
from briefer.ingest.ownerhouse import is_owner_house, papers_over_houses


def test_a_house_is_told_by_its_shape() -> None:
    assert is_owner_house("Al-Noor Establishment")
    assert is_owner_house("Gulf Star Printing, Publishing and Distribution")
    assert is_owner_house("Dar Al Wafa Press & Advertising")


def test_near_miss_one_trade_in_a_name_is_a_paper() -> None:
    # (a single trade word is many a paper's name: the Free Press, the Morning Press)
    assert not is_owner_house("Harbour Free Press")
    assert not is_owner_house("Noor Daily")


def test_the_logo_names_the_paper_the_house_declares() -> None:
    claims = [
        Claim("Al-Noor Establishment", 8, "site name"),
        Claim("The Lantern", 4, "logo"),
        Claim("Al-Noor Establishment", 3, "copyright"),
        Claim("Oman News Agency", 4, "text 0"),
    ]
    turned = papers_over_houses(claims)
    assert [c.name for c in turned[:3]] == ["The Lantern"] * 3
    assert choose_outlet(turned) == "The Lantern"


def test_a_name_sharing_the_house_word_is_its_paper() -> None:
    claims = [Claim("Al-Badr Establishment", 3, "text 1"), Claim("Badr Weekly", 1, "text 0")]
    assert choose_outlet(papers_over_houses(claims)) == "Badr Weekly"


def test_near_miss_a_house_alone_stays_the_pages_name() -> None:
    # (a wire credit shares no word with the house: it names the story's source, no paper)
    claims = [Claim("Al-Badr Establishment", 3, "text 1"), Claim("Reuters", 1, "text 0")]
    assert papers_over_houses(claims) == claims


def test_a_menu_section_after_a_dash_is_cut_off() -> None:
    head = "Home | World | Markets | Sport | Opinion\n"
    claims = [Claim("Harbour Tribune - Markets", 8, "site name")]
    assert [c.name for c in without_section_tails(claims, head)] == ["Harbour Tribune"]


def test_near_miss_a_tail_the_menu_lacks_stays() -> None:
    head = "Home | World | Markets | Sport | Opinion\n"
    claims = [Claim("Harbour Tribune - Weekend", 8, "site name")]
    assert [c.name for c in without_section_tails(claims, head)] == ["Harbour Tribune - Weekend"]


_HEAD = "Malaysia, Vietnam to expand halal food trade\n\n"
_BODY = (
    "\n\nMalaysia and Vietnam agreed to expand trade in halal food and palm oil products.\n\n"
    "Trade between the two countries reached $14 billion in 2024.\n"
)


def test_a_known_outlet_beside_the_stamp_is_credited() -> None:
    found = clean(_HEAD + "Antara , Monday 3 Nov 2025" + _BODY).metadata
    assert ("Antara", 3, True) in found.outlet_offers
    assert found.author == ""


def test_near_miss_a_person_beside_the_stamp_is_the_writer() -> None:
    found = clean(_HEAD + "Jane Roe , Monday 3 Nov 2025" + _BODY).metadata
    assert found.author == "Jane Roe"
    assert not found.outlet_offers
