"""Review of rounds r101–r103, finding 1: a flow "with the world" is a flow noun's, and only
the amount's own part of the clause (and the parts leading to it) says whose it is."""

from __future__ import annotations

from briefer.ingest.candidateparts import CLAUSE_COMMA
from briefer.ingest.spans import clause_bounds
from briefer.ingest.worldflow import world_flow


def _world(clause: str, amount: str) -> bool:
    return world_flow(clause, clause_bounds(clause, clause.index(amount), CLAUSE_COMMA))


def test_a_tie_with_the_world_is_no_flow() -> None:
    # near misses: joining the world is no trade with it; the figure is the pair's
    assert not _world(
        "Thương mại song phương giữa hai nước đạt 3 tỷ USD năm 2023, giúp Uruguay hội nhập"
        " với thế giới",
        "3 tỷ",
    )
    assert not _world(
        "Two-way trade reached US$3 billion in 2023, helping Uruguay connect with the world",
        "US$3",
    )
    # the flow noun itself still makes it the side's own
    assert _world("Uruguay's exports to the world rose to US$13 billion in 2023", "US$13")


def test_a_world_flow_joined_on_after_the_pairs_is_not_the_pairs() -> None:
    text = (
        "Trade between Vietnam and Uruguay reached US$3 billion in 2023, while Uruguay's"
        " trade with the world hit US$25 billion"
    )
    assert not _world(text, "US$3")  # the pair's
    assert _world(text, "US$25")  # Uruguay's own


def test_a_market_count_after_the_value_is_its_destination() -> None:
    text = "Năm 2023, tỉnh Long An xuất khẩu 0,8 triệu tấn gạo, trị giá 520 triệu USD, sang 35 nước"
    assert _world(text, "520")
    # near miss: a count of markets that opens no part of its own is another statement's
    assert not _world("Xuất khẩu sang Uruguay đạt 520 triệu USD, Uruguay có 35 nước bạn", "520")
