"""The site a print header names after its headline, when the page's masthead row prints it
as one of its cells after the logo's initials (r65)."""

from __future__ import annotations

from briefer.ingest.headersite import header_site

_HEADER = "3/4/25, 10:15    Ports deal signed with Hanoi - Harbour Press Office of Andoria"


def test_site_in_masthead_row_after_initials() -> None:
    text = "HPO Harbour Press Office of Andoria | Andorian English\n\nHome World\n\nPorts deal"
    assert header_site([_HEADER], text) == "Harbour Press Office of Andoria"


def test_site_only_inside_a_sentence_is_not_taken() -> None:
    text = "Officials at the Harbour Press Office of Andoria said talks went well.\n\nHome"
    assert header_site([_HEADER], text) == ""


def test_site_in_a_later_cell_is_not_the_masthead() -> None:
    header = "3/4/25, 10:15    Travel advice: Andoria | Government of Andoria"
    text = "Andorisch Regierung | Government of Andoria\n\nHome News\n\nTravel advice: Andoria"
    assert header_site([header], text) == ""
