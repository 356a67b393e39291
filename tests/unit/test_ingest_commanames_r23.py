"""A known outlet's name that holds a comma is read whole from a copyright line; any other
comma still ends the holder's name (wording of our own)."""

from __future__ import annotations

from briefer.ingest.commanames import across_commas
from briefer.ingest.outletnames import copyright_holder, known_outlet


def test_a_merged_provincial_body_is_read_whole() -> None:
    line = "© 2026 Bản quyền thuộc về Báo và Phát thanh, Truyền hình Bắc Ninh"
    assert copyright_holder(line) == "Báo và Phát thanh, Truyền hình Bắc Ninh"
    line = "© Báo và Phát thanh, Truyền hình Lào Cai. Giấy phép số 12/GP-BTTTT."
    assert copyright_holder(line) == "Báo và Phát thanh, Truyền hình Lào Cai"


def test_any_other_comma_ends_the_name() -> None:
    assert copyright_holder("© 2026 Harbour Ledger, all rights reserved") == "Harbour Ledger"
    assert copyright_holder("Bản quyền thuộc về Báo Bắc Ninh, tỉnh Bắc Ninh") == "Báo Bắc Ninh"


def test_across_commas_keeps_a_name_the_line_does_not_run_on() -> None:
    assert across_commas("Báo Lào Cai", "© Báo Lào Cai", known_outlet) == "Báo Lào Cai"
    assert across_commas("", "© , Truyền hình Lào Cai", known_outlet) == ""
