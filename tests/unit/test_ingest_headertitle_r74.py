"""The print header's title read one way (r74): headertitle splits it into parts and finds the
line of the page that repeats a run of them, for the headline (headertitle.header_headline)
and for the site at the title's far end (headersite.header_far_site); one initials test
(outletforms.initials) for the foot that confirms a masthead and a name spelled out."""

from __future__ import annotations

from briefer.ingest.headersite import header_far_site
from briefer.ingest.headertitle import (
    header_headline,
    headline_lines,
    print_header_title,
    repeated_runs,
    title_parts,
)
from briefer.ingest.typesize import LARGE

_STAMP = "9/2/26, 16:40    "
_HEADLINE = "Norland and Vietnam agree on a cold-chain corridor for fruit"
_MAST = "Fjordline Courier Truth from the coast"
_VI_HEADLINE = "Norland và Việt Nam mở hành lang lạnh cho trái cây"


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_site_last_after_a_bar() -> None:
    header = _STAMP + _HEADLINE + " | Fjordline Courier"
    text = _page("Home · World · Trade", LARGE + _HEADLINE, "Oslo, 9 February 2026")
    assert header_headline([header], text) == _HEADLINE
    assert header_far_site([header], text) == "Fjordline Courier"


def test_site_first_before_a_double_colon() -> None:
    header = _STAMP + "Cổng tin Norland :: " + _VI_HEADLINE
    text = _page("Trang chủ | Tin tức | Liên hệ", LARGE + _VI_HEADLINE, "Thứ hai, 9/2/2026")
    assert header_headline([header], text) == _VI_HEADLINE
    assert header_far_site([header], text) == "Cổng tin Norland"


def test_a_section_between_the_headline_and_the_site() -> None:
    header = _STAMP + _HEADLINE + " - Economy - Fjordline Courier"
    text = _page("Economy", LARGE + _HEADLINE, "Body.")
    assert header_headline([header], text) == _HEADLINE
    # (the far end is the site; the section between is no part of it)
    assert header_far_site([header], text) == "Fjordline Courier"
    runs = list(repeated_runs(title_parts(header), headline_lines(text, dated=True)))
    assert runs[0].headline == _HEADLINE
    assert runs[0].far == "Fjordline Courier"
    assert runs[0].words == len(_HEADLINE.split())


def test_a_headline_that_wraps_over_two_lines_in_larger_type() -> None:
    header = _STAMP + _HEADLINE + " – Fjordline Courier"
    text = _page(
        LARGE + "Norland and Vietnam agree on a cold-chain",
        "corridor for fruit",
        "Body.",
    )
    assert header_headline([header], text) == _HEADLINE
    assert header_far_site([header], text) == "Fjordline Courier"
    # (the same words in body type under a page with a heading in larger type: no headline)
    plain = _page(LARGE + "Fjordline Courier", "Norland and Vietnam agree on a cold-chain")
    assert header_headline([header], plain + "\ncorridor for fruit") == ""


def test_a_page_all_in_body_type() -> None:
    # (a masthead with its slogan: three short lines would read as a menu printed one item a
    # line, whose items are sections)
    header = _STAMP + _HEADLINE + " | Fjordline Courier"
    dated = _page(_MAST, "Home", "World", _HEADLINE, "9 February 2026 16:10", "Body.")
    assert header_headline([header], dated) == _HEADLINE
    assert header_far_site([header], dated) == "Fjordline Courier"
    # (no dateline under it: the title search takes no headline; the site search, which
    # needs a far end, still reads the site)
    undated = _page(_MAST, "Home", "World", _HEADLINE, "Body.")
    assert header_headline([header], undated) == ""
    assert header_far_site([header], undated) == "Fjordline Courier"


def test_a_headline_has_three_words_its_dashes_apart() -> None:
    # (near miss: "Norland – Vietnam" is a pair of names, a section's or a tag's, no headline)
    header = _STAMP + "Norland – Vietnam | Fjordline Courier"
    assert header_headline([header], _page(LARGE + "Norland – Vietnam", "Body.")) == ""
    header = _STAMP + "Norland – Vietnam fruit | Fjordline Courier"
    text = _page(LARGE + "Norland – Vietnam fruit", "Body.")
    assert header_headline([header], text) == "Norland – Vietnam fruit"


def test_the_page_joins_the_headlines_parts_another_way() -> None:
    # (the header parts a headline's own colon with a spaced one; the page prints "A: B")
    header = _STAMP + "Cold chain : Norland ships its first berries to Hanoi | Fjordline Courier"
    text = _page(LARGE + "Cold chain: Norland ships its first berries to Hanoi", "Body.")
    assert header_headline([header], text) == "Cold chain: Norland ships its first berries to Hanoi"


def test_the_title_read_with_no_page() -> None:
    # (the site after the last dash or bar, an em dash too; the headline keeps its own dash)
    header = _STAMP + "Norland – Vietnam: fruit by rail — Fjordline Courier"
    assert print_header_title(header) == ("Norland – Vietnam: fruit by rail", "Fjordline Courier")
    # (a date the site adds after its name is no site)
    dated = _STAMP + "Norland ships berries - Fjordline Courier - 02/09/2026"
    assert print_header_title(dated) == ("Norland ships berries", "Fjordline Courier")
    # (near miss: "::" parts a site-first title as often, so with no page it names no site)
    first = _STAMP + "Cổng tin Norland :: Tin tức :: " + _VI_HEADLINE
    assert print_header_title(first) == ("Cổng tin Norland :: Tin tức :: " + _VI_HEADLINE, "")


def test_initials_are_the_capitalised_words_first_letters() -> None:
    from briefer.ingest.outletforms import initials, spelled_out

    assert initials(["Fjordline", "Business", "Courier"]) == "FBC"
    assert initials(["Bank", "of", "the", "North"]) == "BN"  # (no lower-case word's letter)
    # (a name on a line of its own after a blank line is spelled out too)
    assert spelled_out("FBC", "FBC\n\nFjordline Business Courier\n\nHome") == (
        "Fjordline Business Courier"
    )
    assert spelled_out("FBC", "Fjordline Business courier") == ""  # (near miss: lower case)


def test_a_foot_of_initials_confirms_the_masthead() -> None:
    from briefer.ingest.headfoot import foot_confirmed_head

    body = [f"Paragraph {n} of the story about fruit exports." for n in range(6)]
    text = _page("Fjordline Business Courier", "Home | Trade", *body, "© FBC 2026")
    assert foot_confirmed_head(text) == "Fjordline Business Courier"
    # (near miss: other initials at the foot confirm nothing)
    assert (
        foot_confirmed_head(_page("Fjordline Business Courier", "Home", *body, "© XYZ 2026")) == ""
    )
