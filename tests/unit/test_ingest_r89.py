"""Round r89: a host's formal style in a mission's name, a bulletin named by its issuer's
initials, a wire's dateline with no year, a country's name that an outlet's initials spell."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.analysis import analyse
from briefer.ingest.countries import formal_style_of
from briefer.ingest.metadata import AGENCY_DATELINE
from briefer.ingest.newsletterhead import newsletter_body
from briefer.ingest.officeplace import plain_office
from briefer.ingest.outletnames import known_outlet, table_name
from briefer.ingest.pagelead import page_lead

_EN_BODY = (
    "The two sides agreed to open a joint business council for Viet Nam and Namibia this year.\n\n"
    "Trade between Viet Nam and Namibia reached USD 93 million in 2023, the ministry said.\n\n"
    "Viet Nam's delegation visited Windhoek from 3 to 5 March 2024 to prepare the council.\n"
)


def test_a_host_s_formal_style_becomes_the_country_s_usual_name() -> None:
    assert formal_style_of("Togolese Republic") == "Togo"
    assert formal_style_of("Argentine Republic") == "Argentina"
    assert plain_office("Trade Office of Viet Nam in the Argentine Republic") == (
        "Trade Office of Viet Nam in Argentina"
    )
    assert plain_office(
        "Embassy of the Socialist Republic of Viet Nam in the Hellenic Republic"
    ) == ("Embassy of Viet Nam in Greece")


def test_a_name_the_press_goes_by_keeps_its_republic() -> None:
    # (near-misses: "Czech Republic" is the name its news uses, "Dominican Republic" the only one)
    assert formal_style_of("Czech Republic") == ""
    assert formal_style_of("Togo") == ""
    assert plain_office("Embassy of Viet Nam in the Dominican Republic") == ""
    assert plain_office("Embassy of Viet Nam in the Czech Republic") == ""


def test_a_bulletin_opening_on_initials_its_next_line_spells_is_the_issuer_s() -> None:
    text = (
        "NBA EXPORT BULLETIN  |  Issue No. 4 – May 2026\n"
        "Namibia Bamboo Association – Trade Desk\n"
        "Bamboo exports to Viet Nam double\n"
    )
    assert newsletter_body(text) == "NBA"


def test_initials_the_next_line_does_not_spell_name_no_issuer() -> None:
    # (near-misses: the line under spells other letters; initials over no bulletin's word)
    spelled_other = "NBA EXPORT BULLETIN | Issue No. 4\nNorthern Basket Weavers Union\nHeadline\n"
    assert newsletter_body(spelled_other) == ""
    no_bulletin = "NBA EXPORT REPORT | May 2026\nNamibia Bamboo Association\nHeadline\n"
    assert newsletter_body(no_bulletin) == ""


def test_a_wire_dateline_with_its_dash_is_a_dateline() -> None:
    assert AGENCY_DATELINE.match("Windhoek, Mar 4 (NAMPA) --")
    assert AGENCY_DATELINE.match("Windhoek, Mar 4 (NAMPA) —")
    # (no agency in brackets before the dash: a sentence's words may follow, no dateline)
    assert not AGENCY_DATELINE.match("Windhoek, Mar 4 NAMPA --")


def test_a_pasted_yearless_wire_dateline_dates_the_story_in_its_year(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    text = "Namibia, Viet Nam plan business council\n\nWindhoek, Mar 4 (NAMPA) --\n\n" + _EN_BODY
    path.write_text(text, encoding="utf-8")
    assert analyse(path).metadata.published_on == "2024-03-04"


_PAGE = (
    "<html><body><main><h2>Namibia and Viet Nam plan a business council</h2>"
    "<div class='when'>{dateline}</div><div class='body'><p>{body}</p></div></main></body></html>"
)


def test_a_yearless_dateline_under_the_headline_joins_the_page_s_text() -> None:
    root = lxml.html.document_fromstring(
        _PAGE.format(dateline="Windhoek, Mar 4 (NAMPA) --", body=_EN_BODY)
    )
    article = root.find(".//div[@class='body']")
    lead = page_lead(root, article, "Namibia and Viet Nam plan a business council")
    assert lead == ["Windhoek, Mar 4 (NAMPA) --"]
    # (near-miss: a dateline with its year is a dated element's, read as the page's day)
    root = lxml.html.document_fromstring(
        _PAGE.format(dateline="Windhoek, Mar 4, 2024 (NAMPA) --", body=_EN_BODY)
    )
    article = root.find(".//div[@class='body']")
    assert page_lead(root, article, "Namibia and Viet Nam plan a business council") == []


def test_a_country_s_name_is_never_an_outlet_s_initials() -> None:
    assert known_outlet("Lào") == ""
    assert table_name("Lào") == ""
    # (near-miss: the mark itself, in capitals, still names the paper)
    assert known_outlet("LAO") != ""
