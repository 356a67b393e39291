"""A byline row whose stamp writes its day with dots dates the copy (round r69)."""

from __future__ import annotations

from briefer.ingest import stamplines
from briefer.ingest.clean import clean
from briefer.ingest.stampcells import day_before_update

_HEADLINE = "Poland and Vietnam agree to widen cooperation in shipbuilding"
_DECK = "Polish, Vietnamese deputy ministers open new round of shipyard talks in Gdansk"
_LEAD = (
    "Poland and Vietnam will double their trade in ships and port equipment within five "
    "years, Poland's deputy minister of infrastructure said on Tuesday."
)
_MORE = (
    "Bilateral trade reached $4.1 billion last year, the deputy minister told reporters after "
    "the meeting of the two countries' intergovernmental commission."
)


def _page(row: str) -> str:
    return f"{_HEADLINE}\n{_DECK}\n{row}\n{_LEAD}\n{_MORE}\n"


def test_a_dotted_day_glued_after_a_bar_with_its_update_dates_the_copy() -> None:
    cleaned = clean(_page("Marta Nowak |14.10.2025 - Updated : 15.10.2025"))
    assert cleaned.metadata.published_on == "2025-10-14"
    assert cleaned.metadata.author == "Marta Nowak"
    # (the stop-less deck over the stamp row is the article's own summary, kept)
    assert _DECK in cleaned.body


def test_a_dotted_day_after_a_bar_or_a_label_is_a_stamp() -> None:
    assert stamplines.timestamp("Marta Nowak | 14.10.2025")[1] == "2025-10-14"
    assert stamplines.timestamp("Published: 3.2.2026")[1] == "2026-02-03"
    assert day_before_update("Marta Nowak |14.10.2025 - Update : 15.10.2025") == "2025-10-14"


def test_a_version_number_after_a_bar_is_no_date() -> None:
    assert stamplines.timestamp("Release notes | 2.10.2024")[0] == ""
    assert stamplines.timestamp("App version 2.10.2024 | Build 311")[0] == ""
    assert day_before_update("Release notes | 2.10.2024 - Updated : 1.3.2025") == ""
