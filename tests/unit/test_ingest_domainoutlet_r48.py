"""A host name read as the outlet gives way to a mail's sending body
(briefer/ingest/domainoutlet.py, hook in analysis)."""

from __future__ import annotations

from briefer.ingest.domainoutlet import web_address_only


def test_a_host_name_is_a_bare_domain() -> None:
    assert web_address_only("vntrade.example")
    assert web_address_only("https://www.thuongvu-x.gov.vn/")
    assert web_address_only("tradeoffice.co.ke")


def test_a_name_is_no_bare_domain() -> None:
    assert not web_address_only("Thương vụ Việt Nam tại Kenya")
    assert not web_address_only("Trade Office of Viet Nam in Kenya")
    assert not web_address_only("Gov.kz portal")
