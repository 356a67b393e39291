"""A browser's print header is no programme's head (r51): "Headline - X Bulletin" printed on
the next day does not date the page the day it was printed."""

from __future__ import annotations

from briefer.ingest.airday import air_day

_PRINTED = (
    "15/06/2025, 08:40    Port deal signed with Vietnamese firm - Harbour Bulletin Online\n\n"
    "HARBOUR BULLETIN\n\nPort deal signed with Vietnamese firm\n\nJune 14, 2025\n\n"
    "The port authority signed the deal on Saturday."
)


def test_a_print_header_naming_a_bulletin_is_no_air_day() -> None:
    assert air_day(_PRINTED, "2025-06-14") == ""


def test_a_programmes_head_still_gives_its_air_day() -> None:
    script = "VOICE OF THE COAST\n\nEVENING NEWS – Sunday 15 June 2025\n\nOn Saturday, the port …"
    assert air_day(script, "2025-06-14") == "2025-06-15"
