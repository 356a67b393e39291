"""'ranking X 18th among …': the rank verb with its party between, as 'placing X 15th'."""

from briefer.ingest.rankfind import ranks_in


def test_ranking_a_party_nth_among_is_a_rank() -> None:
    text = (
        "Its firms hold 90 projects worth $2 billion, ranking Chile 21st among foreign investors."
    )
    assert [r[0] for r in ranks_in(text)] == [21]


def test_ranks_a_party_in_words() -> None:
    assert [r[0] for r in ranks_in("The survey ranks New Zealand fourth among donors.")] == [4]


def test_a_figure_between_is_no_party() -> None:
    # one rank, not a second read across "3rd in Asia and"
    assert [r[0] for r in ranks_in("Vietnam ranks 3rd in Asia and 5th among exporters.")] == [3]
