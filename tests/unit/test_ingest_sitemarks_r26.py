"""Round 26: a page's text logo and the publisher its foot names, on wording of our own."""

from __future__ import annotations

import lxml.html

from briefer.ingest.sitemarks import text_marks


def _page(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head><title>t</title></head><body>{body}</body></html>")


def test_a_text_logo_and_an_organ_line_in_the_foot_name_the_site() -> None:
    page = _page(
        '<div class="site-logo">Cà phê &amp; Đời sống</div><p>Bài viết.</p>'
        '<div class="foot">Tạp chí Cà phê &amp; Đời sống - Cơ quan ngôn luận của Hội Cà phê</div>'
    )
    assert text_marks(page) == [
        ("logo", "Cà phê & Đời sống"),
        ("copyright", "Tạp chí Cà phê & Đời sống"),
    ]


def test_a_publisher_company_in_the_footer_names_the_site_without_its_legal_form() -> None:
    page = _page(
        "<p>Story.</p><footer>Harbour Ledger Ltd | 4 Quay Street, Valletta | ads@ledger.mt</footer>"
    )
    assert text_marks(page) == [("copyright", "Harbour Ledger")]
    # (a logo holding an image is the alt text's business; an owner's line is no organ)
    page = _page(
        '<div class="logo"><img alt="X"> X</div>'
        '<div class="footer">Cơ quan chủ quản: UBND tỉnh Sơn Hà</div>'
    )
    assert text_marks(page) == []
