"""Round 45: a printed paper's issue number followed by its running count in brackets."""

from __future__ import annotations

from briefer.ingest.issuedays import issue_day
from briefer.ingest.printmarks import issue_header


def test_issue_with_its_running_count_dates_the_issue() -> None:
    head = "BÁO CÔNG NGHIỆP - Số 52 (4.118) - Thứ Tư, 03/12/2025 - Trang 5"
    assert issue_header(head) == ("BÁO CÔNG NGHIỆP", "Thứ Tư, 03/12/2025")
    assert issue_day([head]) == "2025-12-03"
    assert issue_day(["THE HARBOUR POST · No. 88 (2310) · Monday 1/12/2025 · Page 2"]) == (
        "2025-12-01"
    )
