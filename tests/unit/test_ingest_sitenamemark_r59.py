"""r59: a text site-name element is the page's own mark, and a mission's name that runs its
place on without "in" ("X Embassy Viet Nam") is the mission in that place."""

from __future__ import annotations

import lxml.html

from briefer.ingest.missionplace import mission_in
from briefer.ingest.sitemarks import text_marks


def test_a_mission_with_its_place_run_on_takes_in() -> None:
    assert mission_in("Canadian Embassy Viet Nam") == "Canadian Embassy in Viet Nam"
    assert mission_in("Japanese Consulate-General Hanoi") == "Japanese Consulate-General in Hanoi"
    assert mission_in("Canadian Embassy News") == ""
    assert mission_in("Canadian Embassy in Viet Nam") == ""


def test_a_site_name_element_is_a_mark() -> None:
    root = lxml.html.fromstring(
        "<html><body><div class='site-name'>Canadian Embassy Viet Nam</div>"
        "<h1>Trade ties grow</h1><p>Text.</p></body></html>"
    )
    assert ("logo", "Canadian Embassy in Viet Nam") in text_marks(root)
