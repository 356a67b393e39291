"""A labelled publication day in one cell of a head row, on wording of our own."""

from __future__ import annotations

from briefer.ingest.stampcells import head_cell_day


def test_a_units_row_with_its_day_of_issue() -> None:
    text = "BẢN TIN NÔNG SẢN\n\nBan Thị trường | Phát hành ngày 03/02/2026\n\nNội dung."
    assert head_cell_day(text) == "2026-02-03"
    text = "Trade Brief\n\nMarket Desk · Published 9 March 2026\n\nExports rose."
    assert head_cell_day(text) == "2026-03-09"


def test_an_unlabelled_day_in_a_top_row_is_no_publication_day() -> None:
    assert head_cell_day("Thứ Hai, 02/02/2026 | Trang chủ | Liên hệ\n\nNội dung.") == ""
    assert head_cell_day("Phát hành ngày 03/02/2026\n\nNội dung.") == ""  # (no row: the stamp's)


def test_a_row_far_below_the_head_is_not_read() -> None:
    lines = [f"Đoạn {i}." for i in range(20)] + ["Ban X | Phát hành ngày 03/02/2026"]
    assert head_cell_day("\n".join(lines)) == ""
