"""Round r95: a pasted page whose foot names the company that owns its paper ("© X Post
Public Company Limited", "© Y Group") under the paper's masthead at its head: the masthead
is the outlet, the company its owner."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.companytail import papers_over_companies
from briefer.ingest.headfoot import foot_confirmed_head
from briefer.ingest.metachoice import Claim, choose_outlet

_BODY = [
    "Ministers of the two countries agreed to widen cooperation in fisheries and ports.",
    "A joint working group will meet in the second quarter to review shipping links.",
    "Two-way trade rose by 14 per cent last year, officials from both sides said.",
]
_MENU = "Home | Politics | Business | Sport | World | Opinion | Podcasts"
_TAIL = ["Related stories", "Ferry fares to rise in spring", "Harbour dredging to begin"]


def _page(head: list[str], foot: str, body: list[str] = _BODY) -> str:
    return "\n".join([*head, _MENU, *body, *_TAIL, foot])


def test_masthead_its_owners_company_opens_on() -> None:
    text = _page(
        ["Kestrel Tribune The coast's own voice"],
        "© 2026 Kestrel Tribune Media Holdings Ltd. All rights reserved.",
    )
    assert foot_confirmed_head(text) == "Kestrel Tribune"


def test_masthead_in_capitals_with_its_article_under_a_group() -> None:
    text = _page(["THE MERIDIAN | Voice of the lowlands"], "© 2026 Meridian Group.")
    assert foot_confirmed_head(text) == "The Meridian"


def test_one_word_masthead_only_as_its_companys_name() -> None:
    text = _page(["Coastwire Stories that matter Subscribe Login"], "© 2026 Coastwire Media Ltd.")
    assert foot_confirmed_head(text) == "Coastwire"
    # (the same word at the foot, but no company of it: a single word stays a guess)
    assert foot_confirmed_head(_page(["Coastwire Stories that matter"], "© 2026 Coastwire.")) == ""


def test_company_naming_no_paper_at_the_head() -> None:
    # (the top line is a section's name; the company's own words are not on it)
    text = _page(["Business"], "© 2026 Pelican Publishing Corporation. All rights reserved.")
    assert foot_confirmed_head(text) == ""


def test_company_claim_speaks_for_the_paper_it_opens_on() -> None:
    claims = [
        Claim("Kestrel Tribune Media Holdings Ltd", 3.0, "text 0"),
        Claim("Kestrel Tribune", 5.0, "text head foot"),
    ]
    assert [c.name for c in papers_over_companies(claims)] == ["Kestrel Tribune"] * 2
    # (without the company's turn, "the full name" would be the company's)
    assert choose_outlet(papers_over_companies(claims)) == "Kestrel Tribune"


def test_longer_name_that_is_no_company_is_left() -> None:
    claims = [Claim("Kestrel Tribune Weekend", 3.0, "text 0"), Claim("Kestrel Tribune", 5.0, "x")]
    assert papers_over_companies(claims)[0].name == "Kestrel Tribune Weekend"
    alone = [Claim("Orion Publishing Ltd", 3.0, "text 0")]
    assert papers_over_companies(alone)[0].name == "Orion Publishing Ltd"


def test_pasted_page_its_owners_company_and_an_agency_credit(tmp_path: Path) -> None:
    # (a paste's paragraphs are lines of their own lengths, not a wrapped column)
    body = [
        "Lisbon (Pacifica News Agency) – Ministers of the two countries agreed on Friday to widen"
        " cooperation in fisheries, port services and cold-chain logistics, and to open a direct"
        " shipping line between their largest harbours before the end of next year.",
        "A joint working group will meet in the second quarter.",
        "Two-way trade rose by 14 per cent last year to 2.3 billion dollars, officials from both"
        " sides said, with frozen fish, fruit and machinery making up most of it.",
    ]
    text = _page(
        ["Saturday, 14 March 2026", "Lakeshore Courier Truth before speed"],
        "Copyright © 2026 Lakeshore Courier Public Company Limited. All rights reserved.",
        body,
    )
    path = tmp_path / "courier.txt"
    path.write_text(text, encoding="utf-8")
    assert analyse(path).metadata.outlet == "Lakeshore Courier"
