"""A headline whose dash joins two countries ("Diễn đàn doanh nghiệp Việt Nam - Ghana: …")
names no outlet before its dash, even when a name the outlet table knows reads there (r65)."""

from __future__ import annotations

from briefer.ingest.mastline import sectioned_outlet


def test_country_pair_headline_is_no_masthead() -> None:
    text = "Diễn đàn doanh nghiệp Việt Nam - Ghana: Mở lối cho nông sản"
    assert sectioned_outlet(text) == ""


def test_outlet_and_its_section_still_read() -> None:
    assert sectioned_outlet("Diễn đàn doanh nghiệp - Thị trường") == "Diễn đàn Doanh nghiệp"
