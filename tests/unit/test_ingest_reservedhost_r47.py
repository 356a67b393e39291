"""Addresses on a reserved domain name no site (reservedhost)."""

from __future__ import annotations

from briefer.ingest.reservedhost import reserved_host


def test_reserved_names_are_no_site() -> None:
    assert reserved_host("https://placeholder.invalid/bai-viet-123.html")
    assert reserved_host("http://news.example.com/story")
    assert reserved_host("https://cms.test/preview?id=7")
    assert reserved_host("localhost/print")


def test_real_sites_are_kept() -> None:
    assert not reserved_host("https://baosonglam.vn/cang-bien-mo-tuyen")
    assert not reserved_host("https://www.coastledger.co.nz/business/berth")
    assert not reserved_host("https://examples.org/x")
    assert not reserved_host("")
