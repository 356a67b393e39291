"""A standfirst's rank told again below in English with Vietnamese names; a milestone's
date ahead of an anniversary in a later clause."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.leadtelling import lead_restatements


def test_english_with_vietnamese_names_is_one_language() -> None:
    lead = "Chile is now Việt Nam's second-largest partner in South America, with fruit leading."
    below = (
        "Chile is currently Việt Nam's second-largest partner in South America, "
        "Thắng told Hà Nội reporters."
    )
    # the lead's telling gives way to the later one (both English)
    assert lead_restatements(len(lead) + 1, [(0, lead, "r"), (len(lead) + 2, below, "r")]) == {0}
    vietnamese = "Chile là đối tác lớn thứ hai của Việt Nam tại Nam Mỹ."
    assert (
        lead_restatements(len(lead) + 1, [(0, lead, "r"), (len(lead) + 2, vietnamese, "r")])
        == set()
    )


def test_rank_below_the_standfirst_is_the_one_cited() -> None:
    body = (
        "Chile is now Việt Nam's second-largest trading partner in Latin America.\n\n"
        "Chile is currently Việt Nam's second-largest trading partner in Latin America, and "
        "the trade deal, in force since January 1, 2014, drives growth, "
        "Thắng told Hà Nội reporters."
    )
    ranks = [c for c in find_candidates(body) if c.unit == "rank"]
    assert [c.quote.split()[2] for c in ranks] == ["currently"]


def test_upgrade_date_before_a_later_anniversary_is_the_upgrade_day() -> None:
    body = (
        "Chile and Vietnam met.\n\nThe two countries upgraded their ties to a Comprehensive "
        "Partnership in June 2024, during a visit to Santiago, and are marking the 55th "
        "anniversary of diplomatic relations, established on March 25, 1971."
    )
    days = {c.event_date for c in find_candidates(body) if c.kind == "event"}
    assert "2024-06" in days
    assert "1969" not in days


def test_vietnamese_year_before_its_cue_stays_the_anniversary_year() -> None:
    body = "Việt Nam và Chile.\n\nNăm 2021, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao."
    days = {c.event_date for c in find_candidates(body) if c.kind == "event"}
    assert "1971" in days
