"""A logo's generic alt text names no site; a reuse notice's quoted name does."""

import lxml.html

from briefer.ingest.alttext import names_nothing
from briefer.ingest.pagetitle import page_marks
from briefer.ingest.reusenotice import reuse_holder


def test_generic_alt_text_names_nothing() -> None:
    assert names_nothing("logo")
    assert names_nothing("Banner")
    assert names_nothing("logo.png")
    assert names_nothing("Trang chủ")
    assert not names_nothing("Báo Quảng Trị")
    assert not names_nothing("The Island Herald")


def test_reuse_notice_names_site_vi_and_en() -> None:
    vi = 'Ghi rõ nguồn "Tạp chí Biển Đông" khi đăng lại thông tin từ trang này.'
    assert reuse_holder(vi) == "Tạp chí Biển Đông"
    assert reuse_holder("Please credit “Harbour Weekly” when reproducing articles.") == (
        "Harbour Weekly"
    )
    assert reuse_holder('Theo nguồn "X" cho biết') == ""


def test_page_marks_skip_logo_word_and_read_notice() -> None:
    page = lxml.html.fromstring(
        '<html><body><div class="logo"><img src="/l.png" alt="logo"></div><p>Tin.</p>'
        '<div id="footer">Ghi rõ nguồn "Báo Miền Núi" khi phát hành lại thông tin.</div>'
        "</body></html>"
    )
    assert page_marks(page) == [("copyright", "Báo Miền Núi")]
