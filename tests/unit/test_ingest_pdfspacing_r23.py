"""Paragraphs a PDF sets apart by space (round 23): a sentence ending at a line's end, the
next line at the line spacing, is one paragraph going on. Wording of our own."""

from __future__ import annotations

from briefer.ingest.pdfspacing import Cell, join_runs, spaced_runs

_LEADING = 13.5
_GAP = 19.5  # the line spacing and the space a paragraph leaves under it


def _column(paragraphs: list[list[str]], start: int = 0, size: float = 10.5) -> list[Cell]:
    """Cells of one column: each paragraph's lines at the line spacing, wider between."""
    cells: list[Cell] = []
    y = 700.0
    for lines in paragraphs:
        for line in lines:
            cells.append((start, y, size, line))
            y -= _LEADING
        y -= _GAP - _LEADING
    return cells


_VI = [
    ["Năm 2024, kim ngạch thương mại hai chiều đạt", "1,2 tỷ USD, tăng 8% so với năm trước."],
    [
        "Việt Nam và Chile ký FTA năm 2011.",
        "Hiệp định có hiệu lực từ năm 2014, mở",
        "ra thị trường.",
    ],
    ["Hai bên nhất trí thúc đẩy đầu tư vào", "năng lượng tái tạo."],
]


def test_a_sentence_ending_at_a_lines_end_runs_on_at_the_line_spacing() -> None:
    runs = spaced_runs(_column(_VI))
    assert runs == [("Việt Nam và Chile ký FTA năm 2011.", "Hiệp định có hiệu lực từ năm 2014, mở")]
    text = "\n\n".join(
        [
            "Năm 2024, kim ngạch thương mại hai chiều đạt 1,2 tỷ USD, tăng 8% so với năm trước.",
            "Việt Nam và Chile ký FTA năm 2011.",
            "Hiệp định có hiệu lực từ năm 2014, mở ra thị trường.",
            "Hai bên nhất trí thúc đẩy đầu tư vào năng lượng tái tạo.",
        ]
    )
    assert join_runs(text, runs).split("\n\n")[1] == (
        "Việt Nam và Chile ký FTA năm 2011. Hiệp định có hiệu lực từ năm 2014, mở ra thị trường."
    )
    # (a paragraph's real end, under which the page leaves space, stays)
    assert len(join_runs(text, runs).split("\n\n")) == 3


def test_two_columns_are_read_each_for_itself() -> None:
    left = _column([["Trade with Peru grew in 2024 to", "US$1.1 billion, customs said."]])
    right = _column(
        [["The ministers met in Lima.", "They agreed to meet again."], ["A new para."], ["End."]],
        start=40,
    )
    runs = spaced_runs(left + right)
    assert ("The ministers met in Lima.", "They agreed to meet again.") in runs
    # (the left column's last line and the right column's first are not one under the other)
    assert all(upper != "US$1.1 billion, customs said." for upper, _ in runs)


def test_a_page_without_paragraph_spacing_gives_nothing() -> None:
    cells: list[Cell] = [
        (0, 700.0 - i * _LEADING, 10.5, line)
        for i, line in enumerate(
            [
                "Trade reached US$1.1 billion.",
                "Peru mainly sells fishmeal.",
                "Viet Nam sells phones.",
            ]
        )
    ]
    assert spaced_runs(cells) == []
    assert join_runs("A.\n\nB.", []) == "A.\n\nB."


def test_a_change_of_type_size_is_no_run() -> None:
    body = _column([["Trade reached US$1.1 billion.", "Peru mainly sells fishmeal."]] * 3)
    caption = [(0, body[-1][1] - _LEADING, 8.0, "The ministers in Lima.")]
    runs = spaced_runs([*body, *caption])
    assert all(lower != "The ministers in Lima." for _, lower in runs)
