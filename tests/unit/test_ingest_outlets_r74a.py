"""Round r74a: outlets read by where a page sets its name — a state's symbol beside a
mission's name is no name, a text logo set as two lines, a platform's "content owned by"
foot, a newsletter's running head with its series between name and issue (also on a
one-page print, whose head no second page repeats), a site left at its bare address."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from briefer.ingest.alttext import names_nothing
from briefer.ingest.analysis import analyse
from briefer.ingest.domainbrand import domain_as_name
from briefer.ingest.logolines import logo_lines
from briefer.ingest.ownedline import content_owner
from briefer.ingest.pagetitle import page_marks
from briefer.ingest.runninghead import running_head_name
from briefer.ingest.sitemarks import text_marks


@pytest.mark.parametrize(
    "alt",
    ["National Emblem of Zambia", "Coat of Arms of the Republic of Chile", "State Seal",
     "Flag of Peru", "Quốc huy nước Cộng hòa Dân chủ Nhân dân Lào"],
)  # fmt: skip
def test_a_state_symbols_picture_names_no_site(alt: str) -> None:
    assert names_nothing(alt)


@pytest.mark.parametrize("alt", ["Flagship Trade Weekly", "The Seal Bay Gazette", "Emblema"])
def test_a_name_that_opens_like_a_symbol_is_still_a_name(alt: str) -> None:
    assert not names_nothing(alt)


def test_the_mission_beside_its_states_emblem_is_the_site() -> None:
    root = lxml.html.fromstring(
        '<html><body><div class="masthead"><img src="/e.png" alt="National Emblem of Peru">'
        '<div class="site-title"><span>Embassy of Peru</span><span>Hanoi, Viet Nam</span>'
        "</div></div><p>Lima and Hanoi signed 3 agreements.</p></body></html>"
    )
    assert ("logo", "National Emblem of Peru") not in page_marks(root)
    assert text_marks(root)[0] == ("logo", "Embassy of Peru in Hanoi")


def _block(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(html)


def test_a_text_logo_on_two_lines_is_read_apart() -> None:
    assert logo_lines(_block("<div><b>Embassy of Chile</b><i>Hanoi, Vietnam</i></div>")) == (
        "Embassy of Chile in Hanoi"
    )
    # (no mission: the block's own text stands, a name set in two colours is one word)
    root = lxml.html.fromstring(
        "<html><body><div class='site-logo'><span>Mekong</span><span>Ledger</span></div>"
        "<p>Body text about trade between Chile and Vietnam.</p></body></html>"
    )
    assert text_marks(root) == [("logo", "MekongLedger")]


def test_a_block_of_three_lines_or_one_with_its_own_text_is_no_two_line_logo() -> None:
    assert logo_lines(_block("<div><a>Home</a><a>Trade</a><a>Contact</a></div>")) == ""
    assert logo_lines(_block("<div>Daily <b>Ledger</b></div>")) == ""


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("Content owned by Embassy of Chile, Hanoi. Hosted by a state data centre.",
         "Embassy of Chile in Hanoi"),
        ("Website content owned and maintained by Ministry of Trade of Zambia | Policies",
         "Ministry of Trade of Zambia"),
        ("This site is owned by Baltic Port Authority", "Baltic Port Authority"),
    ],
)  # fmt: skip
def test_a_line_of_ownership_names_the_publisher(line: str, owner: str) -> None:
    assert content_owner(line) == owner


@pytest.mark.parametrize(
    "line",
    ["A fund owned by Nordic Capital invested $20 million in the port.",
     "Owned by the cooperative's members since 1994."],
)  # fmt: skip
def test_a_sentence_about_ownership_is_no_owner_line(line: str) -> None:
    assert content_owner(line) == ""


def test_an_owner_line_in_a_foot_is_a_copyright_claim() -> None:
    root = lxml.html.fromstring(
        "<html><body><p>Lima and Hanoi signed 3 agreements.</p><footer>"
        "<p>Content owned by Embassy of Chile, Hanoi.</p><p>Visitors: 12</p></footer></body></html>"
    )
    assert ("copyright", "Embassy of Chile in Hanoi") in text_marks(root)


def test_a_running_head_with_its_series_between_name_and_issue() -> None:
    head = "THE MEKONG HERALD  |  Weekly Trade Bulletin  |  No. 12, March 2026"
    assert running_head_name([head]) == "The Mekong Herald"
    assert running_head_name(["BALTIC COURIER · No. 3 · 2026"]) == "Baltic Courier"


def test_a_series_part_with_a_number_is_no_series() -> None:
    assert running_head_name(["ANDEAN POST | 2026 Outlook | No. 3"]) == ""


def test_a_one_page_print_is_credited_to_its_running_head(tmp_path: Path) -> None:
    from benchmarks.corpus import build_pdf

    out = tmp_path / "bulletin.pdf"
    body = (
        "Chile and Vietnam agreed to open a direct shipping line between Valparaíso and Hai "
        "Phong in 2027, officials said after talks in Santiago on March 3."
    )
    build_pdf(
        {
            "print_header": "COURIER OF THE ANDES  |  Fortnightly Digest  |  No. 8, March 2026",
            "print_footer": "andeanherald.example  {page}/{pages}",
            "blocks": [{"h": "Chile and Vietnam Plan a Direct Shipping Line"}, {"p": body}],
        },
        out,
    )
    assert analyse(out).metadata.outlet == "Courier of the Andes"


@pytest.mark.parametrize(
    ("read", "shown"),
    [("daryo.uz", "Daryo.uz"), ("https://www.gazeta.kg/", "Gazeta.kg"),
     ("eKathimerini.com", "eKathimerini.com"), ("Báo Lạng Sơn", "Báo Lạng Sơn"),
     ("example.invalid", "example.invalid")],
)  # fmt: skip
def test_a_bare_address_left_as_the_outlet_is_written_as_a_name(read: str, shown: str) -> None:
    assert domain_as_name(read) == shown


def test_a_page_named_only_by_its_address_is_credited_to_the_address_as_a_name(
    tmp_path: Path,
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Samarkand hosts a Vietnam trade fair</title><link rel="canonical"'
        ' href="https://uzwire.uz/en/news/2026/04/02/samarkand-fair"></head><body>'
        "<h1>Samarkand hosts a Vietnam trade fair</h1><p>Forty Vietnamese firms showed coffee,"
        " rice and textiles at a fair in Samarkand on April 2, the organisers said.</p>"
        "<footer><p>All rights reserved.</p></footer></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.outlet == "Uzwire.uz"
