"""A page declaring its own outlet as its author: a weak claim on the outlet, believed when
nothing else names the site and never over the page's other names (wording of our own)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.analysis import analyse
from briefer.ingest.declaredsite import declared_outlet

_BODY = (
    "<h1>Xuất khẩu rau quả sang Chile tăng mạnh</h1>"
    "<p>Năm 2025, xuất khẩu rau quả của Việt Nam sang Chile đạt 35 triệu USD, tăng 40% so "
    "với năm 2024.</p><p>Hai bên đang đàm phán mở cửa thị trường cho quả bơ.</p>"
    "<p><strong>Lan Anh</strong></p>"
)


def _meta(tmp_path: Path, head: str, foot: str = ""):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>Xuất khẩu rau quả sang Chile tăng mạnh</title>{head}</head>"
        f"<body>{_BODY}{foot}</body></html>",
        encoding="utf-8",
    )
    return analyse(path).metadata


def test_declared_outlet_reads_only_a_known_outlet() -> None:
    page = lxml.html.fromstring(
        '<html><head><meta name="author" content="Báo Nhân Dân"></head></html>'
    )
    assert declared_outlet(page) == "Báo Nhân Dân"
    page = lxml.html.fromstring('<html><head><meta name="author" content="Lan Anh"></head></html>')
    assert declared_outlet(page) == ""


def test_a_page_naming_itself_only_as_its_author(tmp_path: Path) -> None:
    meta = _meta(tmp_path, '<meta name="author" content="Báo Nhân Dân">')
    assert meta.outlet == "Báo Nhân Dân"


def test_the_sites_own_name_is_believed_over_a_declared_author(tmp_path: Path) -> None:
    meta = _meta(
        tmp_path,
        '<meta name="author" content="TTXVN"><meta property="og:site_name" content="Báo Lào Cai">',
    )
    assert meta.outlet == "Báo Lào Cai"
