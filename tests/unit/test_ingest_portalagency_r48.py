"""An agency's own site on a shared government portal ("Headline - Ministry of X - Portal",
the ministry printed as the page's masthead) is published by the agency, not the portal
(briefer/ingest/portalagency.py, hook in webpage's site claims)."""

from __future__ import annotations

import lxml.html

from briefer.ingest.portalagency import agency_site, title_site_claims

_PAGE = (
    "<html><head><title>Ministers discuss rice trade - Ministry of Trade of the Republic of "
    "Examplia - Gov.ex</title></head><body><header><div>Official Internet resources of "
    "government agencies</div><div class='site'>Ministry of Trade of the Republic of "
    "Examplia</div></header><h1>Ministers discuss rice trade</h1><p>Text.</p></body></html>"
)
_VI = (
    "<html><head><title>Hội nghị xúc tiến xuất khẩu - Sở Công Thương tỉnh Ví Dụ - Cổng TTĐT"
    "</title></head><body><div>Sở Công Thương tỉnh Ví Dụ</div><h1>Hội nghị</h1></body></html>"
)


def test_the_agency_printed_as_masthead_publishes() -> None:
    root = lxml.html.fromstring(_PAGE)
    agency = "Ministry of Trade of the Republic of Examplia"
    assert agency_site(root, "Gov.ex") == agency
    assert title_site_claims(root, "Gov.ex") == (("title part", agency), ("logo", agency))
    assert agency_site(lxml.html.fromstring(_VI), "Cổng TTĐT") == "Sở Công Thương tỉnh Ví Dụ"


def test_a_portal_page_without_the_agency_as_masthead_stays_the_portal() -> None:
    # (only the <title> names the ministry: a portal's page, GOV.UK's kind)
    page = _PAGE.replace(
        "<div class='site'>Ministry of Trade of the Republic of Examplia</div>", ""
    )
    root = lxml.html.fromstring(page)
    assert agency_site(root, "Gov.ex") == "Gov.ex"
    assert title_site_claims(root, "Gov.ex") == (("title part", "Gov.ex"),)
    # (a two-part title names no agency's site)
    two = lxml.html.fromstring("<html><head><title>Speech - GOV.UK</title></head><body></body>")
    assert agency_site(two, "GOV.UK") == "GOV.UK"
