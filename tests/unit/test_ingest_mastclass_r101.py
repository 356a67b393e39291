"""Round r101: a masthead block marked by the short class "mast" whose name in capitals runs
on into its organ clause in mixed case ("BÁO X" / "Cơ quan của …")."""

from __future__ import annotations

import lxml.html

from briefer.ingest.sitemarks import text_marks


def _marks(page: str) -> list[tuple[str, str]]:
    return text_marks(lxml.html.fromstring(page))


def test_a_mast_block_names_the_paper_before_its_organ_clause() -> None:
    page = (
        '<html><body><div class="mast"><b>BÁO BÌNH THUẬN</b><br>'
        "<small>Cơ quan của Đảng bộ tỉnh Bình Thuận</small></div><p>Tin.</p></body></html>"
    )
    assert ("logo", "BÁO BÌNH THUẬN") in _marks(page)


def test_a_master_block_or_a_mixed_case_name_is_no_masthead() -> None:
    # (near misses: "master" is no masthead's class; a name in mixed case before the clause
    # gives no cut where it ends)
    page = '<html><body><div class="master-grid"><b>BÁO BÌNH THUẬN</b></div></body></html>'
    assert _marks(page) == []
    mixed = (
        '<html><body><div class="mast">Tin tức hôm nay và nhiều chuyện khác nữa Cơ quan của'
        " Đảng bộ tỉnh</div></body></html>"
    )
    # (no mark at all: neither the run in mixed case nor any cut of it)
    assert _marks(mixed) == []


def test_a_masthead_class_run_on_into_a_word_is_still_a_masthead() -> None:
    # review of r101, finding 2: "masthead" glued to a word of its own ("mastheadBox",
    # "mastheads") marks the block as before "mast" was taught
    for name in ("mastheadBox", "mastheads", "siteMastheadWrap"):
        page = f'<html><body><div class="{name}"><b>BÁO HÀ GIANG</b></div><p>Tin.</p></body></html>'
        assert ("logo", "BÁO HÀ GIANG") in _marks(page), name
    # near miss: a "mast" glued into another word ("mastery") is no masthead
    page = '<html><body><div class="mastery-list"><b>BÁO HÀ GIANG</b></div></body></html>'
    assert ("logo", "BÁO HÀ GIANG") not in _marks(page)
