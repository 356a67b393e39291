"""Round r65: a dek — a subtitle paragraph set right under a web page's headline with no
stop at its end, as English-language and Brazilian sites set theirs — is article text, kept
above the body; a row of names or a line of links in that place is not."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Vietnam and Uruguay agree to lift rice trade | Rio Plata Post</title>
<meta property="og:site_name" content="Rio Plata Post">
<meta property="article:published_time" content="2026-04-14T09:00:00-03:00">
</head><body>
<div class="menu">World · Business · Sport · Opinion</div>
<h1>Vietnam and Uruguay agree to lift rice trade</h1>
<p class="rp-under">{dek}</p>
<div class="rp-by">Lucía Ferreira - Rio Plata Post staff</div>
<div class="rp-when">14/04/2026 - 09:00</div>
<div class="rp-body">
<p>Uruguay and Vietnam agreed on Monday to open their markets further to each other's rice
and beef, the Foreign Ministry in Montevideo said after talks with a Vietnamese delegation.</p>
<p>Two-way trade reached US$412 million in 2025, according to the ministry, with Vietnam
selling phones and textiles and buying beef, soybeans and wood pulp.</p>
<p>The two countries established diplomatic relations on August 11, 1993.</p>
</div>
<footer>Rio Plata Post · All rights reserved</footer>
</body></html>
"""


def _body(tmp_path: Path, dek: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(_PAGE.replace("{dek}", dek), encoding="utf-8")
    return analyse(path).cleaned.body


def test_a_dek_without_a_stop_under_the_headline_is_kept(tmp_path: Path) -> None:
    dek = "Ministers in Montevideo set out a plan to double farm trade by the end of 2027"
    body = _body(tmp_path, dek)
    assert dek in body
    assert body.index(dek) < body.index("Uruguay and Vietnam agreed on Monday")


def test_a_row_of_names_in_its_place_is_not_kept(tmp_path: Path) -> None:
    row = "Lucía Ferreira, Martín Suárez, Ana Gómez, Pablo Díaz and Sofía Castro Report"
    assert "Martín Suárez" not in _body(tmp_path, row)


def test_a_line_of_links_in_its_place_is_not_kept(tmp_path: Path) -> None:
    first = '<a href="/a">Read more about trade</a>'
    links = f'{first} and <a href="/b">our rice market coverage here</a>'
    assert "our rice market coverage" not in _body(tmp_path, links)
