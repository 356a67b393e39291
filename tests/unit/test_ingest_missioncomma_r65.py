"""A mission's name with its city after a comma, the state in its full style ("EMBASSY OF
THE FEDERAL DEMOCRATIC REPUBLIC OF X, HANOI"), is the "Embassy of X in Hanoi" (r65)."""

from __future__ import annotations

from briefer.ingest.missionplace import mission_comma


def test_styled_state_in_capitals_with_city_after_comma() -> None:
    cell = "EMBASSY OF THE FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA, HANOI"
    assert mission_comma(cell) == "Embassy of Ethiopia in Hanoi"


def test_plain_mission_and_city() -> None:
    assert mission_comma("Embassy of Chile, Hanoi") == "Embassy of Chile in Hanoi"


def test_state_named_by_its_style_alone_keeps_it() -> None:
    cell = "Embassy of the Republic of Korea, Hanoi"
    assert mission_comma(cell) == "Embassy of the Republic of Korea in Hanoi"


def test_not_a_mission_or_not_a_city() -> None:
    assert mission_comma("Trade Section, Hanoi") == ""
    assert mission_comma("Embassy of Chile, Trade and Investment") == ""
