"""A rank grounded on a run of months by an opening "with" clause takes those months (r45)."""

from pathlib import Path

from briefer.ingest.candidates import find_candidates
from briefer.ingest.rankground import grounded_period
from tests.imported import imported


def _rank_periods(text: str) -> list[str]:
    return [c.period for c in find_candidates(text) if c.unit == "rank"]


def test_with_clause_grounds_the_rank_vi() -> None:
    text = (
        "Với kim ngạch 10 tháng năm 2025 đạt 2,1 tỷ USD, Peru tiếp tục là đối tác thương mại "
        "lớn thứ 3 của Việt Nam tại khu vực Mỹ Latin."
    )
    assert _rank_periods(text) == ["2025-01..2025-10"]


def test_months_told_apart_leave_the_rank_undated() -> None:
    assert (
        grounded_period("9 tháng qua đạt 2 tỷ USD; X vẫn là …", 30, [(5, "2025-01..2025-09")]) == ""
    )
    assert grounded_period("With trade of $2 billion in 2024, X …", 30, [(5, "2024")]) == "2024"
    assert grounded_period("With X …", 30, [(5, "2025-01..2025-09")]) == "2025-01..2025-09"
    assert grounded_period("Năm 2024 … ; X là …", 30, [(5, "2024")]) == "2024"


def test_an_imported_note_dates_its_rank_by_the_with_clause(tmp_path: Path) -> None:
    text = (
        "Việt Nam - Peru: thúc đẩy thương mại song phương\n\n"
        "Với kim ngạch 10 tháng năm 2025 đạt 2,1 tỷ USD, Peru tiếp tục là đối tác thương mại "
        "lớn thứ 3 của Việt Nam tại khu vực Mỹ Latin.\n\n"
        "Hai bên nhất trí mở đường bay thẳng."
    )
    ranks = [
        (c.pair, c.value, c.period) for c in imported(tmp_path, text).candidates if c.unit == "rank"
    ]
    assert ranks == [("VN-PE", 3.0, "2025-01..2025-10")]
