"""A saved page's headline its markup marks (microdata, the heading under a listing's
breadcrumb) and a byline naming the site's owning company. Wording of our own, in both
languages."""

from __future__ import annotations

import lxml.html

from briefer.ingest.markedhead import heading_under_listing, microdata_headline
from briefer.ingest.ownerbyline import owner_byline
from briefer.ingest.webpage import read_webpage

LISTED_EN = """<html><head><title>Harbour Board - Press Notes</title></head><body>
<div class="site"><h2>Harbour Board of Westland</h2></div>
<div class="breadcrumbs">Home &gt; News &gt; Press Notes</div>
<div class="content"><h2>Westland and Vietnam open a direct ferry line to Da Nang</h2>
<p>The Harbour Board said on Monday that the first sailing of the new line would leave
Port Alder in March, carrying mainly fruit and building materials.</p>
<p>Trade between Westland and Vietnam rose by a fifth last year, the board added.</p>
</div></body></html>"""

MARKED_VI = """<html><head><title>Sở Công Thương X - Tin tức</title></head><body>
<div class="top">Trang chủ | Giới thiệu | Tin tức</div>
<div class="item"><h3 itemprop="headline">Doanh nghiệp tỉnh X tìm hiểu thị trường Peru</h3>
<p>Sáng 3/4, đoàn doanh nghiệp của tỉnh đã làm việc với Phòng Thương mại Lima về xuất khẩu
cà phê, hạt điều và đồ gỗ sang Peru trong năm nay.</p></div></body></html>"""

CARDS = """<html><body>
<div><h3 itemprop="headline">First story of a listing page here</h3></div>
<div><h3 itemprop="headline">Second story of a listing page here</h3></div>
</body></html>"""

OWNED_EN = """<html><head><title>Ferry line opens - Wire Hub</title>
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization",
"name":"Westland Ferry Council"}}</script></head><body>
<div class="hdr"><span class="brand">Wire Hub</span> <span class="by">Acme Media</span></div>
<h1>Ferry line opens between Westland and Da Nang</h1>
<p>PORT ALDER, March 2 -- The Westland Ferry Council today opened a direct line to Da Nang,
the first regular passenger service between the two ports.</p>
<p>The council expects 20,000 passengers in the first year of the service.</p>
<footer>© 2001-2026 Acme Media Inc. dba Wire Hub. All rights reserved.</footer>
</body></html>"""


def _root(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def test_microdata_headline_is_the_pages_title() -> None:
    assert microdata_headline(_root(MARKED_VI)) == "Doanh nghiệp tỉnh X tìm hiểu thị trường Peru"
    page = read_webpage(MARKED_VI.encode(), "page.html")
    assert page.title == "Doanh nghiệp tỉnh X tìm hiểu thị trường Peru"


def test_a_listing_of_several_marked_headlines_marks_none() -> None:
    assert microdata_headline(_root(CARDS)) == ""


def test_title_naming_the_breadcrumbs_listing_gives_way_to_the_heading_under_it() -> None:
    root = _root(LISTED_EN)
    expected = "Westland and Vietnam open a direct ferry line to Da Nang"
    assert heading_under_listing("Harbour Board - Press Notes", root) == expected
    # (a <title> that is no listing's name is left to the other readers)
    assert heading_under_listing("Harbour Board - Ferry news", root) == ""
    assert read_webpage(LISTED_EN.encode(), "page.html").title == expected


def test_byline_naming_the_copyrights_company_is_no_writer() -> None:
    root = _root(OWNED_EN)
    assert owner_byline("Acme Media", root)
    assert not owner_byline("Acme", root)  # (part of the holder's name is another name)
    assert not owner_byline("Jane Roe", root)
    page = read_webpage(OWNED_EN.encode(), "page.html")
    assert page.author == "Westland Ferry Council"  # (the page's declared author instead)


def test_a_persons_copyright_leaves_their_byline() -> None:
    blog = (
        "<html><body><span class='by'>Jane Roe</span><p>x</p><p>© 2026 Jane Roe</p></body></html>"
    )
    assert not owner_byline("Jane Roe", _root(blog))
    vi = "<html><body><p>Bản quyền thuộc về Công ty Cổ phần Truyền thông Sao Mai</p></body></html>"
    assert owner_byline("Truyền thông Sao Mai", _root(vi))


def test_a_name_holding_a_legal_forms_letters_is_no_company() -> None:
    # ("Sa" is a syllable of a person's name, not "SA"; the form must follow the name)
    blog = "<html><body><p>© 2026 Nguyễn Văn Sa. Bảo lưu mọi quyền.</p></body></html>"
    assert not owner_byline("Nguyễn Văn Sa", _root(blog))
