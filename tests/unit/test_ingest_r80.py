"""Round r80 (issue 19): a journey's verb to a place of Việt Nam's, a donor's rank and goods
before an export market, a stamped "Name / Outlet day" head row, and a known outlet with
English's article before it — on wording of our own, each with a near-miss."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from briefer.ingest.outletnames import known_outlet
from briefer.ingest.pageauthor import page_author
from tests.mined import candidates


def _visits(body: str, partner: str) -> list[str]:
    return [c.metric for c in candidates(body, partner, "2026-03-10") if c.kind == "event"]


def test_travelled_to_a_home_city_is_a_visit_in_beside_a_two_sided_title() -> None:
    # a title naming both sides ("Swedish-Vietnamese") named Sweden beside the city; the
    # journey's end, Đà Nẵng, is where the visit went
    body = (
        "State Secretary Anna Lindqvist travelled to Da Nang on 3 and 4 March 2026 to co-chair "
        "the Swedish-Vietnamese Joint Commission with Deputy Minister Pham Van Long."
    )
    assert _visits(body, "SE") == ["visit.inbound"]


def test_a_vietnamese_delegation_travelling_abroad_is_no_visit_in() -> None:
    body = (
        "A Vietnamese delegation led by Deputy Minister Pham Van Long travelled to Stockholm "
        "on 3 and 4 March 2026 to co-chair the Swedish-Vietnamese Joint Commission."
    )
    assert _visits(body, "SE") == ["visit.outbound"]


def _ranks(body: str, partner: str) -> list[tuple[float | None, str]]:
    found = candidates(body, partner, "2026-03-10")
    return [(c.value, c.metric) for c in found if c.unit == "rank"]


@pytest.mark.parametrize(
    ("body", "partner", "want"),
    [
        ("Hàn Quốc là nhà tài trợ ODA lớn thứ hai của Việt Nam trong giai đoạn này.", "KR",
         (2.0, "aid.rank")),
        ("Australia remains Vietnam's third-largest bilateral donor, officials in Canberra said.",
         "AU", (3.0, "aid.rank")),
        ("Chile is Vietnam's second-largest seafood export market in South America.", "CL",
         (2.0, "trade.partner_rank_in_latam")),
    ],
)  # fmt: skip
def test_a_donor_and_goods_before_an_export_market_are_ranks(
    body: str, partner: str, want: tuple[float, str]
) -> None:
    assert want in _ranks(body, partner)


def test_a_consumer_market_of_its_own_region_is_no_rank() -> None:
    # (no export or import between the goods and the market: a market's own size)
    body = "Indonesia is the largest consumer market in Southeast Asia, with 280 million people."
    assert _ranks(body, "ID") == []


def _page(row: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(
        "<html><body><article><h1>Thailand and Vietnam agree to double fruit trade</h1>"
        f"<div class='info'>{row}</div>"
        "<p>Thailand and Vietnam agreed on Tuesday to double their fruit trade by 2030.</p>"
        "</article></body></html>"
    )


def test_a_stamped_row_names_its_writer_without_the_outlet_after_the_slash() -> None:
    assert page_author(_page("Somchai Rattana / Bangkok Post 4 March 2026")) == "Somchai Rattana"


def test_a_slash_before_no_outlet_keeps_the_row_as_read() -> None:
    # (after the slash no outlet: the slash is no credit of the writer's employer)
    got = page_author(_page("Somchai Rattana / Kanya Siri 4 March 2026"))
    assert got == "Somchai Rattana Kanya Siri"


def test_a_known_outlet_with_the_article_before_it_is_that_outlet() -> None:
    assert known_outlet("The Bangkok Post") == "Bangkok Post"


@pytest.mark.parametrize("name", ["The Cabinet", "The Ambassador"])
def test_the_article_before_no_outlet_names_none(name: str) -> None:
    assert known_outlet(name) == ""


def _office_page(title: str, heading: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(
        f"<html><head><title>{title}</title></head><body>"
        "<div class='nav'>Home | Consular | News</div>"
        f"<div class='main'><h4>{heading}</h4>"
        "<p>The third round of political consultations between Chile and Viet Nam took place "
        "in Santiago on 2 March 2026.</p></div></body></html>"
    )


def test_the_heading_repeating_the_subject_after_a_kind_is_the_title() -> None:
    from briefer.ingest.kindheading import heading_after_kind

    page = _office_page("Media Statement: Chile-Viet Nam Political Consultations",
                        "Chile-Viet Nam Political Consultations held in Santiago")  # fmt: skip
    got = heading_after_kind("Media Statement: Chile-Viet Nam Political Consultations", page)
    assert got == "Chile-Viet Nam Political Consultations held in Santiago"


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        # (a heading that does not repeat the subject: another story's)
        ("Media Statement: Chile-Viet Nam Political Consultations", "Consular opening hours"),
        # (a figure in the label: a number, no kind)
        ("Notice 12: Chile-Viet Nam Political Consultations",
         "Chile-Viet Nam Political Consultations held in Santiago"),
    ],
)  # fmt: skip
def test_no_kind_or_no_repeating_heading_gives_no_title(title: str, heading: str) -> None:
    from briefer.ingest.kindheading import heading_after_kind

    assert heading_after_kind(title, _office_page(title, heading)) == ""


def test_a_saved_office_page_is_titled_by_its_heading_not_its_kind(tmp_path: Path) -> None:
    from briefer.ingest.analysis import analyse

    page = tmp_path / "chile-statement.html"
    page.write_text(
        lxml.html.tostring(
            _office_page(
                "Media Statement : Chile-Viet Nam Political Consultations",
                "Chile-Viet Nam Political Consultations held in Santiago",
            ),
            encoding="unicode",
        ),
        encoding="utf-8",
    )
    got = analyse(page).metadata.title
    assert got == "Chile-Viet Nam Political Consultations held in Santiago"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a ministry that names no country, its country after the dash: both are its name
        ("Ministry of Trade, Industry and Investment - Ghana",
         "Ministry of Trade, Industry and Investment - Ghana"),
        # (a body that names its country already keeps its name alone)
        ("Ministry of Foreign Affairs of Ghana - Ghana", "Ministry of Foreign Affairs of Ghana"),
        # (after the dash no country: the site's section, no part of the name)
        ("Ministry of Trade, Industry and Investment - Press Room",
         "Ministry of Trade, Industry and Investment"),
    ],
)  # fmt: skip
def test_a_ministry_over_the_headline_keeps_its_country_after_the_dash(
    line: str, want: str
) -> None:
    from briefer.ingest.mastheads import site_name

    assert site_name(line) == want


def _desk_page(site_part: str, menu: str) -> lxml.html.HtmlElement:
    items = "".join(f"<a>{m}</a> " for m in menu.split(","))
    return lxml.html.fromstring(
        f"<html><head><title>Thai durian exports to China climb again - {site_part}</title>"
        f"</head><body><nav>{items}</nav>"
        "<h1>Thai durian exports to China climb again</h1>"
        "<p>Thailand shipped more durian to China in October than in any month before.</p>"
        "</body></html>"
    )


def test_a_section_the_menu_names_after_the_site_is_no_part_of_its_name() -> None:
    from briefer.ingest.pagetitle import site_in_title

    page = _desk_page("Bangkok Post Business", "News,Business,Opinion,Travel")
    assert site_in_title(page) == "Bangkok Post"


@pytest.mark.parametrize(
    ("site_part", "menu"),
    [
        # (the last word no item of the menu: part of the site's name)
        ("Bangkok Post Weekender", "News,Business,Opinion,Travel"),
        # (what stays before the item neither a known outlet nor an item: no site alone)
        ("Siam Durian Business", "News,Business,Opinion,Travel"),
    ],
)
def test_no_menu_section_or_no_site_before_it_keeps_the_name(site_part: str, menu: str) -> None:
    from briefer.ingest.pagetitle import site_in_title

    assert site_in_title(_desk_page(site_part, menu)) == site_part
