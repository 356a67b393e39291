"""A listing's heading is no writer; a colophon's first line over its owner's line names the
publisher, in a foot whose class is "ft" (r42): notwriters, sitemarks."""

from __future__ import annotations

import lxml.html

from briefer.ingest.notwriters import no_writer
from briefer.ingest.sitemarks import text_marks


def test_listing_heading_is_no_writer() -> None:
    assert no_writer("Latest Headlines")
    assert no_writer("More Videos")
    assert no_writer("Top Stories")


def test_person_names_stay_writers() -> None:
    assert not no_writer("Ama Boateng")
    assert not no_writer("Tom Storey")


def _root(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


def test_colophon_name_over_owner_line() -> None:
    page = _root(
        "<html><body><p>Bài</p><div class='ft'><p>Báo và Phát thanh, Truyền hình Hòa Bình</p>"
        "<p>Cơ quan chủ quản: Tỉnh ủy Hòa Bình</p></div></body></html>"
    )
    assert ("copyright", "Báo và Phát thanh, Truyền hình Hòa Bình") in text_marks(page)
    page_en = _root(
        "<html><body><footer><p>The Harbour Courier</p><p>Owned by: Coast Media Trust</p>"
        "</footer></body></html>"
    )
    assert ("copyright", "The Harbour Courier") in text_marks(page_en)


def test_foot_without_owner_line_names_nobody() -> None:
    page = _root(
        "<html><body><div class='ft'><p>Liên hệ quảng cáo</p><p>Điện thoại: 0123</p></div>"
        "</body></html>"
    )
    assert text_marks(page) == []
