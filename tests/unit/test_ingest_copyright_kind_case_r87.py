"""Round 87: a copyright line naming its holder with the outlet's kind in lower case, as a
Vietnamese sentence writes it ("Bản quyền thuộc về báo X"), names the outlet "Báo X"."""

from __future__ import annotations

from briefer.ingest.outletnames import copyright_holder


def test_lower_case_paper_after_the_claim() -> None:
    assert copyright_holder("Bản quyền thuộc về báo Sông Cầu Mới") == "Báo Sông Cầu Mới"


def test_name_before_the_sign_then_the_claim() -> None:
    line = "Phương Nam Ngày Nay © Bản quyền thuộc về báo Phương Nam Ngày Nay"
    assert copyright_holder(line) == "Báo Phương Nam Ngày Nay"


def test_lower_case_magazine() -> None:
    assert copyright_holder("© 2026 Bản quyền thuộc về tạp chí Miền Cát") == "Tạp chí Miền Cát"


def test_near_miss_a_report_is_no_paper() -> None:
    # ("báo cáo" is a report: no outlet's kind, so the lower-case holder stays no name)
    assert copyright_holder("Bản quyền thuộc về báo cáo viên Hội nghị") == ""


def test_near_miss_lower_case_holder_without_kind() -> None:
    assert copyright_holder("© Bản quyền thuộc về nhóm biên soạn Đông Hà") == ""
