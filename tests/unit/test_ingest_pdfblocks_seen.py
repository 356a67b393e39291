"""A block break parts the text where the page showed it, not wherever its words recur
(briefer.ingest.pdfblocks.split_breaks)."""

from __future__ import annotations

from briefer.ingest.pdfblocks import split_breaks

# A ministry's masthead set as three blocks; its name written out again in an article sentence.
_TEXT = (
    "Ministry of Foreign Trade\n\nand Regional Development Affairs\n\n"
    "Jan Novak of the Ministry of Foreign Trade and Regional Development Affairs welcomed "
    "the delegation from Viet Nam on 4 May 2026."
)


def test_a_break_already_parted_is_not_applied_again_further_on() -> None:
    # the masthead's break ("… Trade" / "and Regional …") was parted by the reflow: the
    # article's sentence naming the ministry stays whole
    breaks = [("Ministry of Foreign Trade", "and Regional Development Affairs")]
    assert split_breaks(_TEXT, breaks) == _TEXT


def test_a_break_parts_its_first_meeting_in_reading_order_only() -> None:
    text = (
        "Embassy News Hanoi Office Weekly\n\n"
        "The Hanoi Office Weekly reported that trade reached USD 1.2 billion."
    )
    parted = split_breaks(text, [("Hanoi Office", "Weekly")])
    assert parted.split("\n\n") == [
        "Embassy News Hanoi Office",
        "Weekly",
        "The Hanoi Office Weekly reported that trade reached USD 1.2 billion.",
    ]


def test_a_break_the_page_showed_twice_parts_twice() -> None:
    text = "Read more Trade news\n\nFirst paragraph ends here. Read more Trade news"
    parted = split_breaks(text, [("Read more", "Trade news")] * 2)
    assert parted.split("\n\n") == [
        "Read more",
        "Trade news",
        "First paragraph ends here. Read more",
        "Trade news",
    ]


def test_words_inside_a_longer_word_are_no_meeting() -> None:
    text = "Co-operation Affairs Desk reported the figures."
    assert split_breaks(text, [("operation", "Affairs")]) == text
