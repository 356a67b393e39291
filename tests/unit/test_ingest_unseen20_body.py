"""Body of the held-out sets unseen20 and unseen21 (issue 19, body round): a PDF's line that
ends on a word's apostrophe (a possessive) runs on into the next line, and a numbered list's
items, each ending its sentence, are paragraphs of their own — wording of our own, read
back from the lines as joined."""

from __future__ import annotations

from briefer.ingest.pdflayout import reflow

_WIDE = "The ministers also agreed to study a direct shipping route for fresh produce from"


def test_a_line_ending_on_a_possessive_runs_on_into_the_next() -> None:
    text = "\n".join(
        (
            "4. Both sides welcomed the proposal to hold a regional Farmers’ Day and the",
            "annual Fishermen’ and Growers’",
            "Fair in Da Nang, and agreed to invite exporters from both countries to attend.",
        )
    )
    assert reflow(text).split("\n\n") == [" ".join(text.split("\n"))]


def test_a_quotation_closed_at_a_lines_end_still_ends_its_sentence() -> None:
    text = "\n".join(
        (
            "The minister called the deal “a fair exchange for both growers and traders.”",
            "Shipments are due to begin in the spring, according to the trade office here.",
        )
    )
    assert len(reflow(text).split("\n\n")) == 2


def test_a_numbered_lists_items_are_paragraphs_of_their_own() -> None:
    items = [
        "1. The two sides reviewed the progress of the cooperation agreement signed in",
        "2019 on vocational training and teacher exchanges between their colleges.",
        "2. They agreed to open two joint workshops for mechanics and welders next year.",
        "3. The next meeting will be held in Can Tho in the second half of 2026.",
    ]
    paragraphs = reflow("\n".join(items)).split("\n\n")
    assert [p[:2] for p in paragraphs] == ["1.", "2.", "3."]
    assert paragraphs[0].endswith("between their colleges.")


def test_a_number_after_an_unfinished_line_stays_in_its_sentence() -> None:
    text = "\n".join((_WIDE, "3. Sites in the delta were named as the first to take part."))
    # (a list's item follows an item that ended; a line cut mid-sentence runs on)
    assert reflow(text) == reflow(text).replace("\n\n", " ")
