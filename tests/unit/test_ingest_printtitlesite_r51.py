"""A printed page's header site part (r51): "Headline - Site" at the head of a one-sheet print
whose printed address spells the site is the page's title part, over its owner's copyright."""

from __future__ import annotations

from briefer.ingest.metachoice import WEIGHTS, Claim, choose_outlet
from briefer.ingest.printtitlesite import confirmed_header_site

_TEXT = (
    "02/05/2026, 10:12    Trade envoy visits the atolls - Harbour Post\n\n"
    "HARBOUR POST | Home\n\nTrade envoy visits the atolls\n\n"
    "The envoy met the minister on Monday.\n\n© 2026 Island Broadcasting Corporation\n\n"
    "https://harbourpost.mv/en/4411    1/1"
)


def test_the_header_site_the_address_spells_is_read() -> None:
    assert confirmed_header_site(_TEXT, "https://harbourpost.mv/en/4411") == "Harbour Post"
    # (another address: nothing confirms it)
    assert confirmed_header_site(_TEXT, "https://example.org/a") == ""
    assert confirmed_header_site(_TEXT, "") == ""


def test_as_a_title_part_it_outweighs_the_owners_copyright() -> None:
    claims = [
        Claim("Island Broadcasting Corporation", 3.0, "text 1"),
        Claim("harbourpost.mv", WEIGHTS["bare domain"], "bare domain"),
        Claim("Harbour Post", 0.0, "text 0"),
        Claim("Harbour Post", WEIGHTS["title part"], "title part"),
    ]
    assert choose_outlet(claims) == "Harbour Post"
