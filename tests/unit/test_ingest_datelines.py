"""Datelines at the start of a lead in any form (issue 19, ninth round): a place, a day in
any order and case, perhaps a weekday, the agency in brackets, then the story's dash; the
dateline leaves the lead as metadata, dates the article and may name the agency. A paper's
masthead with its issue day dates what the issue carries. Wording of our own."""

from __future__ import annotations

import pytest

from briefer.ingest.clean import clean
from briefer.ingest.leadtag import dateline_day, strip_lead_dateline
from briefer.ingest.lines import Found

_TITLE = "Ghana and Vietnam widen cocoa cooperation"
_MORE = "Trade between the two countries reached 410 million US dollars in 2024."


@pytest.mark.parametrize(
    ("lead", "iso"),
    [
        ("ACCRA, 14 february 2025 (GNA)—Ghana and Vietnam signed a cocoa accord.", "2025-02-14"),
        ("Kumasi, March 3 (GNA) - Ghana and Vietnam signed a cocoa accord.", "2025-03-03"),
        ("TAMALE, 9 April — Ghana and Vietnam signed a cocoa accord.", "2025-04-09"),
        ("CAPE COAST, Friday, 2nd May. - Ghana and Vietnam signed a cocoa accord.", "2025-05-02"),
        ("Accra, G.A., 5 June 2025 1. Ghana and Vietnam signed a cocoa accord.", "2025-06-05"),
        ("TEMA, SEP. 8 -- Ghana and Vietnam signed a cocoa accord.", "2025-09-08"),
        # (the paper's own name after the day, behind a comma)
        ("ACCRA, July 11, 2025, Gold Post — Ghana and Vietnam signed a cocoa deal.", "2025-07-11"),
    ],
)
def test_a_leads_dateline_leaves_and_dates_the_article(lead: str, iso: str) -> None:
    cleaned = clean("\n".join((_TITLE, lead, _MORE + " It rose 3 percent in 2025.")))
    assert cleaned.paragraphs[0].lstrip("1. ").startswith("Ghana and Vietnam signed")
    assert [r.reason for r in cleaned.removed if r.text and lead.startswith(r.text)] == ["dateline"]
    assert cleaned.metadata.published_on == iso


def test_a_datelines_agency_in_brackets_names_the_outlet_when_nothing_better_does() -> None:
    found = Found()
    paragraphs = ["ACCRA, 14 February (XNB) - Ghana and Vietnam signed a cocoa accord."]
    assert strip_lead_dateline(paragraphs, found) == "ACCRA, 14 February (XNB)"
    assert paragraphs == ["Ghana and Vietnam signed a cocoa accord."]
    assert found.outlet == "XNB"


@pytest.mark.parametrize(
    "lead",
    [
        "In Accra, May 3 - 5 firms signed contracts with Vietnamese buyers.",
        "Hôm nay, 14/5 - Bộ trưởng tiếp Đại sứ Ghana.",
        "Tại Hà Nội, ngày 14/5, Bộ trưởng tiếp Đại sứ Ghana.",
        "Accra, the capital, hosted the talks - Ghana and Vietnam agreed on cocoa.",
        "Accra, 2025 - a year of cocoa deals for Ghana and Vietnam.",
        # (a name after the day's comma is the outlet only behind a whole day, with its year)
        "ACCRA, July 11, Gold Post — Ghana and Vietnam signed a cocoa deal.",
    ],
)
def test_a_sentences_own_place_and_time_words_are_no_dateline(lead: str) -> None:
    paragraphs = [lead]
    assert strip_lead_dateline(paragraphs, Found()) == ""
    assert paragraphs == [lead]


def test_a_datelines_day_is_a_day_and_nothing_else() -> None:
    assert dateline_day("28 july 2025") == "2025-07-28"
    assert dateline_day("Monday, 1st September", 2025) == "2025-09-01"
    assert dateline_day("NOV 4", 2025) == "2025-11-04"
    assert dateline_day("14/5", 2025) == "2025-05-14"
    assert dateline_day("the capital") == ""
    assert dateline_day("May 2025") == ""  # (a month is no dateline's day)


def test_a_papers_masthead_with_its_issue_day_dates_the_article() -> None:
    cleaned = clean(
        "THE ACCRA HERALD · BUSINESS · Friday, 6 June 2025 www.accraherald.com.gh\n"
        f"{_TITLE}\n"
        "TEMA, 5 June — Ghana and Vietnam agreed to hold a joint trade fair in the first "
        "quarter of 2026.\n"
        f"{_MORE}"
    )
    assert cleaned.metadata.published_on == "2025-06-06"
    assert cleaned.body.startswith("Ghana and Vietnam agreed")
