"""Outlet signals of r37: a domain's figures spelled in the site's name, a page's Dublin
Core creator, a provincial paper and its merged 2025 body as one outlet, a unit's masthead
over its parent's name."""

from __future__ import annotations

from briefer.ingest.domainspell import spelled_domains
from briefer.ingest.metachoice import Claim, choose_outlet, same_outlet


def test_domain_figures_spelled() -> None:
    assert spelled_domains("2chieu.vn") == ["haichieu.vn", "twochieu.vn"]
    assert spelled_domains("example.com") == []
    assert spelled_domains("20251234.com") == []


def test_name_spelling_a_figure_of_its_domain_is_the_site() -> None:
    assert same_outlet("3mien.vn", "Tạp chí Ba Miền")
    assert same_outlet("7seas.com", "Seven Seas")
    assert not same_outlet("3mien.vn", "Tạp chí Bốn Phương")


def test_shown_name_beats_its_bare_domain() -> None:
    claims = [
        Claim("3mien.vn", 6, "title part"),
        Claim("3mien.vn", 4, "logo"),
        Claim("Tạp chí điện tử Ba Miền", 3, "copyright"),
    ]
    assert choose_outlet(claims, "vi") == "Tạp chí điện tử Ba Miền"
