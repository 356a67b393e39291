"""Round r66 (a pasted copy's publisher): a page names itself in the heading over its own
list of stories ("MORE FROM X", a known outlet) and in a call to get its alerts ("Get
WhatsApp alerts from X"), over a copyright line held by its parent company."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.outletforms import followed_name


def test_a_more_from_heading_names_a_known_outlet() -> None:
    assert followed_name("Related\nMORE FROM DAILY SABAH\nHeadline one") == "Daily Sabah"
    assert followed_name("Latest from Andina") == "Andina"
    # (a section's or a region's stories are no site's)
    assert followed_name("More from Asia\nMore from Business") == ""


def test_a_call_for_alerts_names_the_site() -> None:
    assert followed_name("Get Telegram alerts from HARBOUR POST") == "HARBOUR POST"
    assert followed_name("Get WhatsApp alerts from Lagoon Times.") == "Lagoon Times"
    assert followed_name("Get alerts from us") == ""


_PASTED = """WORLD | BUSINESS | SPORT | OPINION
DIPLOMACY
Vietnam and Jordan agree to double farm trade by 2030
By Omar Haddad · AMMAN · Mar 2, 2026 10:20 am
Vietnam and Jordan agreed on Monday to double two-way trade in farm goods by 2030, the \
foreign ministry in Amman said after talks between the two delegations.
Two-way trade reached 380 million US dollars in 2025, up 9 percent on the year before.
MORE FROM DAILY SABAH
Central bank holds rates steady for third month
© Harbourline Media Group. All Rights Reserved.
"""


def test_a_pasted_copy_is_its_papers_not_its_groups(tmp_path: Path) -> None:
    path = tmp_path / "copy.txt"
    path.write_text(_PASTED, encoding="utf-8")
    assert analyse(path).metadata.outlet == "Daily Sabah"
