"""Pages printed to PDF from a browser, read at first sight (r79): a one-sheet print keeps its
browser header in the text (headertitle.header_headline reads it there), the header's title
printed in one string after the stamp stays whole (typesize.mark_sizes), the
headline is the title's end a larger line repeats even where a masthead repeats the other end,
a reserved host in the footer's address names no outlet (outletnames.outlet_of_url), and a
relative stamp ("3 hours ago") gives no day."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import build_pdf
from briefer.ingest.analysis import analyse
from briefer.ingest.headertitle import header_headline
from briefer.ingest.outletnames import outlet_of_url
from briefer.ingest.typesize import LARGE, mark_sizes
from tests.prose import AFTER, BEFORE

_STAMP = "3/4/26, 07:15    "
_HEADLINE = "Solmara and Vietnam open a joint seed bank for coastal rice"
_SITE = "Harbourline Gazette"


def _pdf(tmp_path: Path, spec: dict[str, Any]) -> Path:
    out = tmp_path / "printed.pdf"
    build_pdf({"columns": 1, **spec}, out)
    return out


# -- header_headline: the header left in the text of a one-sheet print


def test_a_one_sheet_print_names_its_headline_from_the_header_in_its_text() -> None:
    text = "\n\n".join(
        [_STAMP + _HEADLINE + " - " + _SITE, _SITE, LARGE + _HEADLINE, "Body sentence."]
    )
    assert header_headline([], text) == _HEADLINE


def test_a_vietnamese_site_first_header_in_the_text() -> None:
    headline = "Solmara và Việt Nam lập ngân hàng giống lúa ven biển"
    text = "\n\n".join(
        [_STAMP + "Cổng tin Solmara :: " + headline, LARGE + headline, "Nội dung bài."]
    )
    assert header_headline([], text) == headline


def test_a_header_line_deep_in_the_text_is_no_print_header() -> None:
    # (near miss: a one-sheet print's header is its first line; a dated title line quoted
    # further down is the article's)
    text = "\n\n".join(
        ["Menu · World", "Related", "More", _STAMP + _HEADLINE + " - " + _SITE,
         LARGE + _HEADLINE]
    )  # fmt: skip
    assert header_headline([], text) == ""


def test_a_title_line_without_a_stamp_is_no_print_header() -> None:
    text = "\n\n".join([_HEADLINE + " - " + _SITE, LARGE + _HEADLINE, "Body sentence."])
    assert header_headline([], text) == ""


# -- mark_sizes: a one-sheet print's header left in the text


def test_the_header_left_in_the_text_keeps_its_title_whole() -> None:
    first, second = "Copper exports to Solmara climb:", "Smelters add night shifts for the winter"
    stamp = "3/4/26, 07:15"
    cells = [(7.0, stamp), (14.0, first), (14.0, second), (10.5, BEFORE), (10.5, AFTER)]
    cells.append((10.5, "Dockworkers heard the plan on Monday:"))
    text = "\n\n".join(
        [f"{stamp}    {first} {second}", first, second, BEFORE,
         "Dockworkers heard the plan on Monday: " + second, AFTER]
    )  # fmt: skip
    paragraphs = mark_sizes(text, cells).split("\n\n")
    # (the header's title shown in one string with the stamp: no headline row cut out of it)
    assert paragraphs[0] == f"{stamp}    {first} {second}"
    assert paragraphs[1:3] == [LARGE + first, LARGE + second]
    # (near miss: a body line without the stamp, the heading row run into it, still parts)
    assert "Dockworkers heard the plan on Monday:" in paragraphs
    assert paragraphs.count(LARGE + second) == 2


# -- the whole printed page


def _printed(tmp_path: Path, header_title: str, lines: list[dict[str, str]]) -> Any:
    spec = {
        "print_header": _STAMP + header_title,
        "print_footer": "https://sample.invalid/news/seed-bank.html    {page}/{pages}",
        "blocks": lines,
    }
    return analyse(_pdf(tmp_path, spec)).metadata


def test_a_site_first_title_under_a_masthead_of_the_same_name(tmp_path: Path) -> None:
    # (the masthead in body type repeats the title's first part word for word: the
    # headline is the end a line in larger type repeats)
    office = "Office of Coastal Affairs"  # (a name of a headline's length: three words or more)
    meta = _printed(
        tmp_path,
        office + " - " + _HEADLINE,
        [{"p": office}, {"p": "World Trade Climate"}, {"h": _HEADLINE},
         {"p": "By Ilse Marovich, March 3, 2026"}, {"p": BEFORE}, {"p": AFTER}],
    )  # fmt: skip
    assert meta.title == _HEADLINE
    assert meta.outlet == office
    assert meta.published_on == "2026-03-03"


def test_a_headline_with_a_colon_stays_whole(tmp_path: Path) -> None:
    headline = (
        "Solmara's senate speaker visits Vietnam for three days of talks: parliaments and "
        "provinces pledge closer ties"
    )
    meta = _printed(
        tmp_path,
        headline,
        [{"p": _SITE}, {"p": "Diplomacy › Visits"}, {"h": headline}, {"p": BEFORE},
         {"p": AFTER}],
    )  # fmt: skip
    assert meta.title == headline
    assert "invalid" not in meta.outlet


# -- outlet_of_url: a reserved host


@pytest.mark.parametrize(
    "url",
    [
        "https://sample.invalid/a.html",
        "http://news.example/item/4",
        "https://www.example.org/story",
        "https://press.example.net/x",
        "http://portal.test/page",
        "http://localhost/page",
    ],
)
def test_a_reserved_host_names_no_outlet(url: str) -> None:
    assert outlet_of_url(url) == ""


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.examples.com/a", "examples.com"),  # (near miss: not the reserved name)
        ("https://example.com.sl/news", "example.com.sl"),  # (a country's own domain)
        ("https://invalidator.news/x", "invalidator.news"),
    ],
)
def test_a_host_near_a_reserved_name_stays_its_name(url: str, host: str) -> None:
    assert outlet_of_url(url) == host


# -- a relative stamp: no day


def _pasted(tmp_path: Path, lines: list[str]) -> str:
    path = tmp_path / "pasted.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return analyse(path).metadata.published_on


@pytest.mark.parametrize("stamp", ["5 hours ago", "Updated 40 minutes ago", "3 giờ trước"])
def test_a_relative_stamp_gives_no_day(tmp_path: Path, stamp: str) -> None:
    day = _pasted(tmp_path, [_SITE, "World · Trade", _HEADLINE, stamp, BEFORE, AFTER])
    assert day == ""


def test_an_absolute_stamp_in_the_same_place_gives_its_day(tmp_path: Path) -> None:
    # (near miss: the same page with its day written out)
    day = _pasted(tmp_path, [_SITE, "World · Trade", _HEADLINE, "March 3, 2026", BEFORE, AFTER])
    assert day == "2026-03-03"
