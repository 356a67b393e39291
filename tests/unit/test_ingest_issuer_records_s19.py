"""A portal page's "From:" field naming one body without a body's kind in its name ("Global
Affairs Canada", "Trade Ruritania") names the issuer when the page's own records (Dublin Core
creator or publisher, a breadcrumb step) name it too; alone it could be a person's name."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.analysis import analyse
from briefer.ingest.pageissuer import page_issuer

_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ruritanian trade mission opens in Hanoi - Government of Ruritania</title>
{meta}</head><body>
<div id="banner"><span>Government of Ruritania</span> / <span>Gouvernement de Ruritanie</span></div>
<nav class="breadcrumb"><ol><li><a href="/">Ruritania.gov</a></li>{crumb}</ol></nav>
<main><h1>Ruritanian trade mission opens in Hanoi</h1>
<p>From: {issuer}</p>
<p>The mission of 40 Ruritanian firms met Vietnamese partners in Hanoi on 12 May 2026.</p>
<p>Two-way trade between Ruritania and Vietnam reached US$1.4 billion in 2025, up 9 per cent.</p>
</main><footer>Date modified: 2026-05-12</footer></body></html>"""


def _page(issuer: str, meta: str = "", crumb: str = "") -> str:
    return _PAGE.format(issuer=issuer, meta=meta, crumb=crumb)


def test_a_body_the_breadcrumb_files_the_page_under_is_its_issuer() -> None:
    crumb = '<li><a href="/trade">Trade Ruritania</a></li>'
    root = lxml.html.fromstring(_page("Trade Ruritania", crumb=crumb))
    assert page_issuer(root) == "Trade Ruritania"


def test_a_body_the_dublin_core_creator_names_is_its_issuer(tmp_path: Path) -> None:
    meta = '<meta name="dcterms.creator" content="Global Affairs Ruritania">'
    path = tmp_path / "mission.html"
    path.write_text(_page("Global Affairs Ruritania", meta=meta), encoding="utf-8")
    assert analyse(path).metadata.outlet == "Global Affairs Ruritania"


def test_a_lone_name_the_records_do_not_give_is_no_issuer() -> None:
    # (a person's name looks the same: "From: Anna Maria Holm" — the portal publishes)
    root = lxml.html.fromstring(_page("Anna Maria Holm"))
    assert page_issuer(root) == ""
    meta = '<meta name="dcterms.creator" content="Global Affairs Ruritania">'
    assert page_issuer(lxml.html.fromstring(_page("Anna Maria Holm", meta=meta))) == ""
