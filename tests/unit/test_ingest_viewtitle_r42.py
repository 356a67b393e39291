"""A print view's <title> ("Site » Print") and a feed page's <h1> ("Site - Section") name
no article: the post's own headline is the title."""

from pathlib import Path

from briefer.ingest.webpage import read_webpage

_PRINT = """<html><head><title>Harbour Post &raquo; Print</title></head><body>
<p><strong>- Harbour Post - https://harbourpost.example -</strong></p>
<p id="BlogTitle">Fiji and Viet Nam agree to expand rice trade</p>
<p>Posted By Ana Roe On May 2, 2025 @ 9:40 am In Business | No Comments</p>
<div><p>SUVA - Fiji and Viet Nam agreed on Friday to expand trade in rice and fish.</p>
<p>Two-way trade reached USD 12 million last year.</p></div></body></html>"""

_PRINT_VI = _PRINT.replace("&raquo; Print", "- Bản in").replace(
    "Fiji and Viet Nam agree to expand rice trade", "Việt Nam và Fiji mở rộng thương mại gạo"
)

_FEED = """<html><head><title>Tạp chí Kinh tế Biển - Tin Thị trường</title>
<link rel="alternate" type="application/rss+xml" href="https://kinhtebien.example/feed"></head>
<body><h1>Tạp chí Kinh tế Biển - Tin Thị trường</h1>
<h2>Tin tức thị trường cho doanh nghiệp xuất nhập khẩu</h2>
<div class="entry"><h3><a href="https://kinhtebien.example/a.html">Việt Nam - Peru tăng cường hợp
tác thủy sản</a></h3><p>Ngày 3/6, hai bên đã ký biên bản ghi nhớ về hợp tác thủy sản.</p></div>
<div class="entry"><h3><a href="https://kinhtebien.example/b.html">Xuất khẩu tôm sang Chile tăng
mạnh</a></h3><p>Tóm tắt …</p></div>
<p class="copyright">Bản quyền © 2025 Tạp chí Kinh tế Biển.</p></body></html>"""


def test_a_print_views_headline_en() -> None:
    page = read_webpage(_PRINT.encode(), "post.html")
    assert page.title == "Fiji and Viet Nam agree to expand rice trade"


def test_a_print_views_headline_vi() -> None:
    page = read_webpage(_PRINT_VI.encode(), "bai.html")
    assert page.title == "Việt Nam và Fiji mở rộng thương mại gạo"


def test_a_feed_pages_first_entry_is_the_headline() -> None:
    page = read_webpage(_FEED.encode(), "feed.html")
    assert page.title == "Việt Nam - Peru tăng cường hợp tác thủy sản"


def test_an_article_with_its_own_h1_keeps_it(tmp_path: Path) -> None:
    html = _FEED.replace(
        "<h1>Tạp chí Kinh tế Biển - Tin Thị trường</h1>", "<h1>Giá cá ngừ tăng mạnh ở Nhật</h1>"
    )
    assert read_webpage(html.encode(), "a.html").title == "Giá cá ngừ tăng mạnh ở Nhật"


def test_a_print_article_title_names_a_view() -> None:
    html = _PRINT.replace("Harbour Post &raquo; Print", "Print article | Harbour Post")
    assert read_webpage(html.encode(), "p.html").title == (
        "Fiji and Viet Nam agree to expand rice trade"
    )
