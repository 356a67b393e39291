"""A bulletin's series name is no outlet: the body its page foot names issues it (r57)."""

from __future__ import annotations

from briefer.ingest.outlettidy import tidy_outlet
from briefer.ingest.publisher import bulletin_publisher, foot_name


def test_foot_name_of_a_plain_body_beside_page_of_pages() -> None:
    foot = "Nordic Export Council | Baltic Trade Bulletin No. 3/2026 | Page 2 of 4"
    assert foot_name(foot) == "Nordic Export Council"


def test_bulletin_head_gives_way_to_the_body_on_its_foot() -> None:
    edges = [
        "Asia Trade Watch Bulletin | No. 7/2026 | March 2026",
        "Invest Gozo – Market Intelligence Unit | Page 1 of 3",
    ]
    assert bulletin_publisher("Asia Trade Watch Bulletin", edges) == "Invest Gozo"


def test_foot_name_skips_a_bulletin_name_and_lower_case_words() -> None:
    assert foot_name("Weekly Market Newsletter | Page 1 of 2") == ""
    assert foot_name("printed for members only | Page 1") == ""


def test_tidy_outlet_keeps_a_unit_after_the_dash_off_the_name() -> None:
    edges = "Invest Gozo – Market Intelligence Unit | Page 1 of 3\n" * 2
    assert tidy_outlet("Invest Gozo", edges) == "Invest Gozo"


def test_a_bulletin_issue_line_dates_the_issue_but_names_no_outlet() -> None:
    from briefer.ingest.clean import clean

    text = (
        "ATLANTIC EXPORT BULLETIN - No. 4/2026 - 2 March 2026\n\n"
        "Viet Nam and Portugal lift trade in cork and seafood\n\n"
        "Trade between Viet Nam and Portugal rose 12 per cent in 2025, to US$ 900 million.\n"
    )
    found = clean(text).metadata
    assert found.published_on == "2026-03-02"
    assert "bulletin" not in found.outlet.lower()
