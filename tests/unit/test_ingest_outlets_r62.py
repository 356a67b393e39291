"""Outlets r62: a portal page's "From:" bodies, a market series, a contact's e-mail domain."""

from pathlib import Path

import lxml.html

from briefer.ingest.analysis import analyse
from briefer.ingest.domainname import mailed_site
from briefer.ingest.pageissuer import page_issuer
from briefer.ingest.publisher import is_bulletin

_PORTAL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Trade envoy visits Vietnam - {site}</title>
<meta property="og:site_name" content="{site}"></head><body>
<header>{site} Search Menu</header>
<main><h1>Trade envoy visits Vietnam</h1>
<p class="lead">The envoy met business leaders in Hanoi.</p>
<div class="meta"><p>From: {issuer}</p><p>Published 4 March 2026</p></div>
<p>The envoy visited Hanoi and Da Nang from 2 to 4 March 2026 to promote trade ties.</p>
<p>Two-way trade between the two countries reached US$3.2 billion in 2025.</p>
</main><footer>All content is available under the Open Licence.</footer></body></html>"""


def _root(issuer: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(_PORTAL.format(site="GovPortal", issuer=issuer))


def test_two_bodies_the_first_issues_the_page() -> None:
    issuer = "Consulate General of Ruritania in Ho Chi Minh City and Ministry of Trade"
    assert page_issuer(_root(issuer)) == "Consulate General of Ruritania in Ho Chi Minh City"


def test_body_and_person_is_a_joint_release() -> None:
    assert page_issuer(_root("Embassy of Ruritania in Hanoi and Anna Holm")) == ""
    assert page_issuer(_root("Ministry of Trade and The Rt Hon Anna Holm MP")) == ""


def test_body_with_its_own_portfolio_list_stays_whole() -> None:
    name = "Department of Fisheries, Forestry and Rural Affairs"
    assert page_issuer(_root(name)) == name


def test_portal_page_outlet_is_the_issuing_body(tmp_path: Path) -> None:
    issuer = "Embassy of Ruritania in Hanoi and Office of Trade and Investment"
    path = tmp_path / "portal-envoy.html"
    path.write_text(_PORTAL.format(site="GovPortal", issuer=issuer), encoding="utf-8")
    assert analyse(path).metadata.outlet == "Embassy of Ruritania in Hanoi"


def test_market_series_is_a_bulletin() -> None:
    assert is_bulletin("Market Update Thailand")
    assert is_bulletin("Vietnam Market Brief")
    assert not is_bulletin("Market Times")


def test_contact_mail_domain_spelled_by_a_printed_name() -> None:
    text = (
        "NORDLIGHT TRADE\nTrade office Hanoi\nExports rose by 8% in 2025.\n"
        "Contact\nNORDLIGHT TRADE Hanoi hanoi@nordlighttrade.org"
    )
    assert mailed_site(text) == "Nordlight Trade"
    assert mailed_site("Write to jane.doe@gmail.com for details.\nGmail users") == ""


def test_copyright_names_the_holder_then_its_title() -> None:
    from briefer.ingest.outletnames import copyright_holder

    assert copyright_holder("© 2026 Lakeside Press. The Courier. All Rights Reserved.") == (
        "The Courier"
    )
    assert copyright_holder("Copyright © 2026 Acme. Inc. All rights reserved.") == "Acme"


def test_follow_call_closing_a_stamp_line() -> None:
    from briefer.ingest.outletforms import followed_name

    line = "Hoàng Lan · Thứ Ba, 03/03/2026 09:15 Theo dõi Báo Sông Hồng trên Google News"
    assert followed_name(line) == "Báo Sông Hồng"
    assert followed_name("Jane Roe · Mar 3, 2026 Follow Harbour Ledger on Google News") == (
        "Harbour Ledger"
    )
    assert followed_name("Chia sẻ · Theo dõi trên Google News") == ""


def test_city_short_form_kept_in_copyright_holder() -> None:
    from briefer.ingest.outletnames import copyright_holder

    line = "© Bản quyền thuộc về Tạp chí Doanh nhân TP.HCM. Ghi rõ nguồn khi trích dẫn."
    assert copyright_holder(line) == "Tạp chí Doanh nhân TP.HCM"


def test_reprint_ask_outweighs_a_paragraph_source_credit(tmp_path: Path) -> None:
    text = (
        "Kinh tế | Thị trường | Doanh nghiệp\n"
        "Xuất khẩu hạt tiêu sang Ai Cập tăng mạnh\n"
        "Thứ Hai, 02/03/2026 08:00\n"
        "Xuất khẩu hạt tiêu của Việt Nam sang Ai Cập trong năm 2025 đạt 42 triệu USD, "
        "tăng 18% so với năm trước.\n"
        "Nguồn: Hiệp hội Hồ tiêu Việt Nam\n"
        "Các doanh nghiệp được khuyến cáo kiểm tra kỹ điều khoản thanh toán.\n"
        'Giấy phép số 77/GP-BTTTT. Ghi rõ nguồn "Báo Thương Trường" khi phát hành lại '
        "thông tin từ website này.\n"
    )
    path = tmp_path / "paste.txt"
    path.write_text(text, encoding="utf-8")
    assert analyse(path).metadata.outlet == "Báo Thương Trường"
