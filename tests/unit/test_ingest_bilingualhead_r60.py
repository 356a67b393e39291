"""Round 60: a header row naming the publishing body in its own language in capitals, then
in English, names the outlet (the English name) and no writer."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.bilingualhead import english_body
from briefer.ingest.paperhead import byline_cells

_HEAD = (
    "HRVATSKA GOSPODARSKA KOMORA  |  Croatian Chamber of Economy\n\n"
    "International Affairs Sector\n\n"
    "Croatia - Vietnam: Trade Overview\n\n"
    "Trade between Croatia and Vietnam reached EUR 180 million in 2024.\n"
)


def test_a_body_named_twice_gives_its_english_name() -> None:
    assert english_body("NARODNA BANKA SRBIJE", "National Bank of Serbia") == (
        "National Bank of Serbia"
    )
    assert english_body("HRVATSKA GOSPODARSKA KOMORA", "Croatian Chamber of Economy") == (
        "Croatian Chamber of Economy"
    )


def test_a_name_beside_a_post_or_a_section_is_no_body_twice() -> None:
    assert english_body("Jana Novak", "Ministry of Finance") == ""  # (not in capitals)
    assert english_body("TRADE NEWS", "Issue 4/2025") == ""
    assert english_body("HOME", "Business") == ""


def test_the_heading_row_of_a_body_twice_is_no_byline() -> None:
    assert byline_cells(_HEAD) == ("", "")


def test_the_english_name_is_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text(
        _HEAD + "\nThe two chambers signed a memorandum of cooperation in Zagreb on 3 March "
        "2025, officials said.\n",
        encoding="utf-8",
    )
    meta = analyse(path).metadata
    assert meta.outlet == "Croatian Chamber of Economy"
    assert meta.author == ""
