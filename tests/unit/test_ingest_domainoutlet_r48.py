"""A host name read as the outlet gives way to a mail's sending body
(briefer/ingest/domainoutlet.py, hook in analysis)."""

from __future__ import annotations

from briefer.ingest.domainoutlet import bare_domain


def test_a_host_name_is_a_bare_domain() -> None:
    assert bare_domain("vntrade.example")
    assert bare_domain("https://www.thuongvu-x.gov.vn/")
    assert bare_domain("tradeoffice.co.ke")


def test_a_name_is_no_bare_domain() -> None:
    assert not bare_domain("Thương vụ Việt Nam tại Kenya")
    assert not bare_domain("Trade Office of Viet Nam in Kenya")
    assert not bare_domain("Gov.kz portal")
