"""unseen86's leftovers (r88): a publisher's running head over an issue line dates the
bulletin by month; a row of labelled fields opening on its day credits the reporter, not the
editor."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.issuelines import head_issue_month
from briefer.ingest.lines import Line
from briefer.ingest.rows import labelled_writer


def _head(*texts: str) -> list[Line]:
    lines = [Line(t) for t in texts]
    lines[-1].reason = "title"
    return lines


def test_an_issue_line_under_a_publishers_running_head_dates_it_by_month() -> None:
    lines = _head(
        "NEW ZEALAND TRADE AND ENTERPRISE | Export Brief – Vietnam",
        "Issue 4 – April 2027",
        "Dairy and kiwifruit lead New Zealand sales",
    )
    assert head_issue_month(lines) == "2027-04"


def test_a_running_head_in_ordinary_case_is_no_periodicals_name() -> None:
    # near-miss: no part of the line above in capitals
    lines = _head(
        "New Zealand Trade | Export Brief – Vietnam",
        "Issue 4 – April 2027",
        "Dairy and kiwifruit lead New Zealand sales",
    )
    assert head_issue_month(lines) == ""


def test_a_dated_row_of_labelled_fields_credits_its_reporter() -> None:
    assert labelled_writer("12 March 2027 | Reporter: Aroha Ngata | Editor: Tom Reid") == (
        "Aroha Ngata"
    )
    assert labelled_writer("12/3/2027 · Phóng viên: Lê Thu Hà · Biên tập: Trần Nam") == (
        "Lê Thu Hà"
    )


def test_a_row_naming_only_its_editor_or_poster_credits_no_writer() -> None:
    # near-miss: an editor's or a poster's field is no writer's
    assert labelled_writer("12 March 2027 | Editor: Tom Reid") == ""
    assert labelled_writer("Ngày đăng: 12/3/2027 · Người đăng: Ban Biên tập") == ""


def test_an_imported_page_credits_the_reporter_of_its_dated_row(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Chile and Vietnam open a fruit corridor\n\n"
        "12 March 2027  |  Reporter: Aroha Ngata  |  Editor: Tom Reid\n\n"
        "Chile and Vietnam on Tuesday opened a fruit corridor for cherries and grapes.\n\n"
        "Trade between the two countries reached US$1.9 billion in 2026.\n",
        encoding="utf-8",
    )
    assert analyse(page).metadata.author == "Aroha Ngata"
