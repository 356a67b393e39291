"""PDF columns and printed web pages (r52): a sentence the column break cuts runs on at the
next column's top; a printed page's blocks part where its type size or a block's gap says so
(the headline from its kicker and from a "by Name" row under it, a row of tags in lower case
from the last sentence); a share row's buttons and a read-on label are furniture."""

from __future__ import annotations

from briefer.ingest.found import Found
from briefer.ingest.furniture import share
from briefer.ingest.lines import line_noise
from briefer.ingest.pdfblocks import block_pairs, split_breaks
from briefer.ingest.pdflayout import reading_order
from briefer.ingest.rows import by_row

_LEFT = [
    "Port officials from Gdansk met their",
    "counterparts in Hai Phong on Monday.",
    "Container traffic between the ports",
    "doubled last year. Poland is now the",
    "biggest buyer of Vietnamese rice among",
    "all the member states of the Central",
]
_RIGHT = [
    "European region.",
    "",
    "The two ports signed a memorandum on",
    "digital customs clearance and plan a",
    "direct shipping line from next spring.",
    "Both sides said the line would cut",
]


def _page(left: list[str], right: list[str]) -> list[str]:
    return [f"{a:<40}      {b}".rstrip() for a, b in zip(left, right, strict=True)]


def test_a_sentence_cut_by_the_column_break_runs_on_at_the_next_columns_top() -> None:
    lines = reading_order(_page(_LEFT, _RIGHT))
    at = lines.index("all the member states of the Central")
    assert lines[at + 1] == "European region."


def test_a_column_ending_on_a_finished_sentence_keeps_its_gap() -> None:
    left = [*_LEFT[:-1], "in the Central European region. It grew."]
    lines = reading_order(_page(left, ["Trade fair", "", *_RIGHT[2:]]))
    at = lines.index("in the Central European region. It grew.")
    assert lines[at + 1] == ""


def test_every_seam_of_a_paragraph_parts_it_whatever_the_lists_order() -> None:
    glued = "Business Talks open on a new port line Press release From: Ministry of Trade"
    breaks = [
        ("Press release", "From: Ministry of Trade"),
        ("Business", "Talks open on a new port line"),
        ("Talks open on a new port line", "Press release"),
    ]
    assert split_breaks(glued, breaks).split("\n\n") == [
        "Business",
        "Talks open on a new port line",
        "Press release",
        "From: Ministry of Trade",
    ]


def _cells(rows: list[tuple[float, float, str]]) -> list[list[tuple[int, float, float, str]]]:
    return [[(0, y, size, text) for y, size, text in rows]]


_BODY = [
    (300.0, 10.5, "Port officials met their counterparts in Hai Phong on"),
    (286.5, 10.5, "Monday to sign a memorandum on customs clearance."),
    (267.0, 10.5, "Container traffic between the two ports doubled in"),
    (253.5, 10.5, "the year to June, the port authority said."),
]


def test_a_by_row_in_lower_case_under_the_headline_across_a_block_gap_is_another_block() -> None:
    head = [
        (400.0, 14.0, "Gdansk and Hai Phong ports sign a"),
        (383.0, 14.0, "shipping deal"),
        (363.5, 10.5, "by Anna Kowalska  May 4, 2026 10:15"),
        (344.0, 10.5, "Share this story"),
    ]
    _, breaks = block_pairs(_cells(head + _BODY))
    assert ("shipping deal", "by Anna Kowalska  May 4, 2026 10:15") in breaks


def test_a_row_in_lower_case_at_the_line_spacing_under_a_larger_row_goes_on() -> None:
    rows = [
        (313.5, 13.0, "Port officials met their counterparts in Hai Phong on"),
        (300.0, 10.5, "monday to sign a memorandum on customs clearance and trade."),
        (280.5, 10.5, "Officials said more talks would follow."),
        *_BODY,
    ]
    _, breaks = block_pairs(_cells(rows))
    assert not any(lower.startswith("monday") for _, lower in breaks)


def test_a_row_of_tags_in_lower_case_under_the_last_sentence_is_another_block() -> None:
    rows = [*_BODY, (234.0, 10.5, "port cooperation customs clearance shipping lines")]
    _, breaks = block_pairs(_cells(rows))
    assert (
        "the year to June, the port authority said.",
        "port cooperation customs clearance shipping lines",
    ) in breaks


def test_a_share_row_with_a_share_via_button_is_furniture() -> None:
    assert share("Share on LinkedIn Share via email")


def test_a_you_may_also_like_label_over_a_headline_is_a_related_headline() -> None:
    assert line_noise("You might also like Rice exports climb to record", Found()) == (
        "related headline"
    )
    assert line_noise("Rice exports climb to record", Found()) == ""  # (the headline alone)


def test_a_by_row_glued_to_its_share_buttons_names_the_writer() -> None:
    assert by_row("By Minh Chau  Share: Facebook LinkedIn Email") == "Minh Chau"
    assert by_row("By Anna Kowalska Share on Facebook Share on X") == "Anna Kowalska"
