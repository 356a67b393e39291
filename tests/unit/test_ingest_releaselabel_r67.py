"""A release's timing label ("For immediate release") and its issuing dateline ("Quito,
14 March 2025") under the kind line are no title: the headline below them is (r67)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.dochead import title_under_kind
from briefer.ingest.handling import handling_marking

_RELEASE = """Embassy of the Republic of Ecuador
Hanoi
PRESS RELEASE
For Immediate Release
Hanoi, 14 March 2025
Ecuador and Viet Nam open talks on a shrimp and banana trade deal

Ecuador and Viet Nam on Friday opened talks in Hanoi on a trade agreement for shrimp.

Two-way trade reached USD 310 million in 2024, up 12% from a year earlier.
"""


def test_release_label_and_dateline_are_no_title(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(_RELEASE, encoding="utf-8")
    meta = analyse(path).metadata
    assert meta.title == "Ecuador and Viet Nam open talks on a shrimp and banana trade deal"


def test_title_under_kind_skips_timing_and_dateline() -> None:
    text = (
        "Ministry of Foreign Trade\nPRESS RELEASE\nEmbargoed\nLima, 3 de octubre de 2025\n"
        "Peru ships first avocados to Viet Nam\n"
    )
    assert title_under_kind(text, "Ministry of Foreign Trade") == (
        "Peru ships first avocados to Viet Nam"
    )


@pytest.mark.parametrize(
    "line",
    ["For immediate release", "FOR IMMEDIATE RELEASE", "Immediate release", "Embargoed",
     "Pour diffusion immédiate", "Para publicación inmediata"],
)  # fmt: skip
def test_release_timing_is_a_marking(line: str) -> None:
    assert handling_marking(line)


@pytest.mark.parametrize(
    "line",
    ["Release of detained fishermen welcomed", "Immediate release of aid to flood areas urged",
     "Embargoed until 10:00 GMT, 5 May 2025"],
)  # fmt: skip
def test_a_headline_about_a_release_is_no_marking(line: str) -> None:
    assert not handling_marking(line)
