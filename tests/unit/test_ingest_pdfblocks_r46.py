"""A printed block's gap and line spacing decide where the reflowed text parts and joins
(briefer.ingest.pdfblocks), in both languages."""

from __future__ import annotations

from briefer.ingest.pdfblocks import block_pairs, split_breaks
from briefer.ingest.pdfspacing import Cell, join_runs, line_spacing


def _page(*blocks: list[str], size: float = 10.0, leading: float = 12.0) -> list[Cell]:
    """Cells of one column: each block's lines at the line spacing, blocks 6 points apart."""
    cells: list[Cell] = []
    y = 700.0
    for block in blocks:
        for line in block:
            cells.append((0, y, size, line))
            y -= leading
        y -= 6.0
    return cells


def test_the_line_spacing_is_the_narrowest_gap_seen_twice_not_the_commonest() -> None:
    # (a page of one-line menu items shows the block gap more often than the line spacing)
    assert line_spacing([18.0, 18.0, 18.0, 18.0, 12.0, 12.0, 30.0]) == 12
    assert line_spacing([18.0, 12.0]) == 0


def test_a_menu_item_without_a_stop_is_parted_from_the_paragraph_under_it() -> None:
    page = _page(
        ["Trang nhất"],
        ["Kinh doanh"],
        ["Đọc thêm: Giá cà phê hôm nay tăng mạnh"],
        ["Kim ngạch thương mại hai chiều năm 2024 đạt 3,1 tỷ USD, tăng 12% so", "với năm trước."],
        ["Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực nông nghiệp,", "năng lượng."],
    )
    held, breaks = block_pairs([page])
    glued = (
        "Trang nhất Kinh doanh\n\nĐọc thêm: Giá cà phê hôm nay tăng mạnh Kim ngạch thương mại"
        " hai chiều năm 2024 đạt 3,1 tỷ USD, tăng 12% so với năm trước."
    )
    assert split_breaks(glued, breaks).split("\n\n") == [
        "Trang nhất",
        "Kinh doanh",
        "Đọc thêm: Giá cà phê hôm nay tăng mạnh",
        "Kim ngạch thương mại hai chiều năm 2024 đạt 3,1 tỷ USD, tăng 12% so với năm trước.",
    ]
    assert ("Kim ngạch thương mại hai chiều năm 2024 đạt 3,1 tỷ USD, tăng 12% so",
            "với năm trước.") in held  # fmt: skip


def test_lines_at_the_line_spacing_stay_one_block_whatever_their_stops() -> None:
    # (a title's stop at a line's end, a range cut at its dash: the reflow parted them)
    first = ["Trade rose, the envoy told Mr.", "Lindqvist on Monday in the capital."]
    second = ["The talks ran from 4 -", "6 May 2025 in the port city."]
    page = _page(first, second, ["Share this"], ["Most read"])
    held, _ = block_pairs([page])
    parted = (
        "Trade rose, the envoy told Mr.\n\nLindqvist on Monday in the capital.\n\n"
        "The talks ran from 4 -\n\n6 May 2025 in the port city."
    )
    assert join_runs(parted, held).split("\n\n") == [
        "Trade rose, the envoy told Mr. Lindqvist on Monday in the capital.",
        "The talks ran from 4 - 6 May 2025 in the port city.",
    ]


def test_a_line_in_lower_case_is_never_parted_from_the_sentence_above() -> None:
    page = [(0, 700.0, 10.0, "Hai bên nhất trí"), (0, 682.0, 10.0, "thúc đẩy hợp tác."),
            (0, 664.0, 10.0, "Tin liên quan"), (0, 646.0, 10.0, "Xem tiếp"),
            (0, 634.0, 10.0, "Bản in"), (0, 622.0, 10.0, "Gửi bài")]  # fmt: skip
    _, breaks = block_pairs([page])
    assert ("Hai bên nhất trí", "thúc đẩy hợp tác.") not in breaks
    assert ("thúc đẩy hợp tác.", "Tin liên quan") in breaks


def test_a_list_item_at_the_line_spacing_is_not_run_into_the_line_above() -> None:
    page = _page(["Hai bên ký:", "- Bản ghi nhớ về thương mại;", "- Thỏa thuận về thị thực."],
                 ["Lễ ký diễn ra tại Hà Nội."], ["Chia sẻ"])  # fmt: skip
    held, _ = block_pairs([page])
    assert ("Hai bên ký:", "- Bản ghi nhớ về thương mại;") not in held


def test_a_headline_in_larger_type_is_parted_from_the_promotion_line_over_it() -> None:
    page = _page(["Subscribe to our e-paper for 2 euros a month"], ["Read our newsletter"],
                 ["Opinion", "pieces"], ["Letters to", "the editor"])  # fmt: skip
    page.append((0, 560.0, 16.0, "Ministers agree on a new trade target"))
    _, breaks = block_pairs([page])
    text = "Letters to the editor Ministers agree on a new trade target"
    assert ("the editor", "Ministers agree on a new trade target") in breaks
    assert (
        split_breaks(text, breaks)
        == "Letters to the editor\n\nMinisters agree on a new trade target"
    )


def test_a_document_without_block_spacing_gives_no_pairs() -> None:
    lines = ["Quan hệ thương mại", "hai nước tăng trưởng", "Năm 2024 đạt 2 tỷ USD", "Chia sẻ"]
    page = [(0, 700.0 - 12.0 * i, 10.0, line) for i, line in enumerate(lines)]
    assert block_pairs([page]) == ([], [])
