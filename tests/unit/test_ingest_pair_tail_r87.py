"""Round 87: a headline ending on a pair of countries ("… Việt Nam - Lào") keeps the pair's
second side: a country's name alone after the dash is no site part of the <title>."""

from __future__ import annotations

import lxml.html

from briefer.ingest.pagetitle import strip_site
from briefer.ingest.pairpart import pair_tail

_PAGE = lxml.html.fromstring("<html><body><h1>Tin</h1></body></html>")
_SITE = "Báo Miền Sông"


def test_pair_tail_two_countries() -> None:
    assert pair_tail("Giao thương biên giới Việt Nam", "Lào")
    assert pair_tail("Vietnam and trade with Brazil", "Chile")


def test_near_miss_same_country_or_no_country() -> None:
    assert not pair_tail("Giao thương biên giới Việt Nam", "Việt Nam")
    assert not pair_tail("Giá lúa tăng mạnh", "Lào")  # (the head ends on no country)
    assert not pair_tail("Hội chợ Việt Nam", "Kinh tế")


def test_headline_keeps_the_pairs_second_side() -> None:
    title = "Mở rộng giao thương Việt Nam - Lào"
    assert strip_site(title, _SITE, _PAGE) == title


def test_pair_then_site() -> None:
    title = "Mở rộng giao thương Việt Nam - Campuchia - Báo Miền Sông"
    assert strip_site(title, _SITE, _PAGE) == "Mở rộng giao thương Việt Nam - Campuchia"


def test_near_miss_section_between_is_still_cut() -> None:
    title = "Mở rộng giao thương Việt Nam - Kinh tế - Báo Miền Sông"
    assert strip_site(title, _SITE, _PAGE) == "Mở rộng giao thương Việt Nam"
