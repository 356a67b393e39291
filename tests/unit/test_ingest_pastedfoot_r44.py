"""A pasted page's foot names its site by the copyright mark; a publishing company that
owns the site is not its name."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.pastedfoot import foot_outlet
from tests.imported import imported


def _page(foot: str) -> str:
    return "Harbour terminal approved\nThe port authority approved a terminal on Monday.\n" + foot


def test_name_after_the_mark_english() -> None:
    assert foot_outlet(_page("© The Coastal Courier. Licence No. 12/2020. 4 Quay Road")) == (
        "The Coastal Courier"
    )


def test_name_before_the_mark_and_published_by() -> None:
    assert foot_outlet(_page("Northern Wire Service © 2026 · Built by Studio Z")) == (
        "Northern Wire Service"
    )
    assert foot_outlet(_page("Valley Times is published by Ridge Media S.A. © 2026")) == (
        "Valley Times"
    )


def test_name_after_the_mark_vietnamese() -> None:
    assert foot_outlet(_page("Bản quyền thuộc về Báo Miền Tây ©")) == "Báo Miền Tây"


def test_a_company_or_a_credit_is_no_site_name() -> None:
    assert foot_outlet(_page("© Ridge Newspapers Ltd. All rights reserved.")) == ""
    assert (
        foot_outlet(_page("Copyright © 2026 Ridge Publishing Company. All rights reserved.")) == ""
    )
    assert foot_outlet(_page("Photo by Ana Ribeiro")) == ""


def test_a_pasted_page_imported_takes_its_outlet_from_its_foot(tmp_path: Path) -> None:
    # (through the import: no other rule reads a name before the mark or before
    # "is published by", so without the foot's reading the outlet stays empty)
    for foot, outlet in (
        ("Northern Wire Service © 2026 · Built by Studio Z", "Northern Wire Service"),
        ("Valley Times is published by Ridge Media S.A. © 2026", "Valley Times"),
    ):
        assert imported(tmp_path, _page(foot)).metadata.outlet == outlet
