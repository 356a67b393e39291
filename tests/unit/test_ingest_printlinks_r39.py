"""A print view's numbered links are cited sources, not the page's own address (r39)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.linknotes import cited_link


def test_numbered_links_are_cited() -> None:
    assert cited_link("[1] https://stats.example.org/trade/2025/")
    assert cited_link("(2) https://www.bo-nganh.example.vn/tin-tuc/123")
    assert cited_link("3. www.harbour-ledger.example/world")


def test_the_pages_own_address_is_not_cited() -> None:
    assert not cited_link("Page URL: https://paper.example/business/a-1.html")
    assert not cited_link("Đường dẫn bài viết: https://baox.example.vn/a-1.html")
    assert not cited_link("https://paper.example/business/a-1.html")
    assert not cited_link("[1] Theo Tổng cục Hải quan, https://customs.example.vn")


def test_an_import_takes_no_cited_source_for_the_page(tmp_path: Path) -> None:
    path = tmp_path / "print.txt"
    path.write_text(
        "Chile and Vietnam widen fruit trade\n\nTrade between Chile and Vietnam reached "
        "1.8 billion USD in 2024, up 10% on 2023.\n\nSources:\n"
        "[1] https://stats.example.org/trade/2025/\n[2] https://customs.example.cl/data\n",
        encoding="utf-8",
    )
    meta = analyse(path).metadata
    assert (meta.url, meta.outlet) == ("", "")  # (not the first source's address and site)
    assert meta.title == "Chile and Vietnam widen fruit trade"
