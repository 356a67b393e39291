"""A day written month first completes a clause a PDF's line break cut (r28)."""

from briefer.ingest.pdfjoin import clause_runs_on


def test_a_month_and_day_after_on_runs_on() -> None:
    assert clause_runs_on("relations were established on", "February 2, 1950.")
    assert clause_runs_on("the talks will resume by", "Sept. 15 at the latest.")


def test_a_month_name_opening_a_sentence_does_not() -> None:
    # (after a closed sentence, or without a figure after the month)
    assert not clause_runs_on("The talks ended.", "February 2, 1950.")
    assert not clause_runs_on("relations were established on", "March was a busy month.")
