"""Renamed outlets (r51): one of the page's own declarations (site name, "<title>" part,
publisher) giving today's name names the paper by it, whatever its masthead, footer or lead
still say; the former title stands only where no declaration gives today's name."""

from __future__ import annotations

from briefer.ingest.metachoice import Claim, choose_outlet


def test_todays_name_in_the_site_name_alone_outweighs_an_old_masthead_and_footer() -> None:
    claims = [
        Claim("Báo Quốc Tế", 8, "site name"),
        Claim("Báo Thế giới & Việt Nam", 5, "masthead"),
        Claim("Báo Thế giới và Việt Nam", 3, "copyright"),
        Claim("Báo Thế giới và Việt Nam", 4.0, "text 2"),
    ]
    assert choose_outlet(claims) == "Báo Quốc tế"


def test_todays_name_in_the_title_part_alone_outweighs_an_old_site_name() -> None:
    claims = [
        Claim("Báo Thế giới và Việt Nam", 8, "site name"),
        Claim("Báo Quốc tế", 6, "title part"),
        Claim("Báo Thế giới và Việt Nam", 3, "copyright"),
    ]
    assert choose_outlet(claims) == "Báo Quốc tế"


def test_a_former_title_everywhere_stays_the_former_title() -> None:
    claims = [
        Claim("Báo Nông nghiệp Việt Nam", 6, "title part"),
        Claim("Báo Nông nghiệp Việt Nam", 3, "copyright"),
    ]
    assert choose_outlet(claims) == "Báo Nông nghiệp Việt Nam"
