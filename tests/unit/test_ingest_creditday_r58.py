"""r58: a credit line under the headline dates the document; an issue number within its year."""

from briefer.ingest.creditday import credit_day
from briefer.ingest.edgedays import issue_month


def test_prepared_by_line_dates_the_document() -> None:
    text = (
        "EXPORT DESK\nQuarterly Outlook\nKenya: a market for Irish dairy\n"
        "Prepared by the Market Access Unit, 14 February 2026\nKenya imports milk powder."
    )
    assert credit_day(text) == "2026-02-14"


def test_issued_by_line_with_on() -> None:
    assert credit_day("Note\nIssued by the Embassy of Chile on 3 March 2026\nText.") == "2026-03-03"


def test_credit_deep_in_the_body_is_no_date() -> None:
    body = "\n".join(f"Paragraph {i} of the report." for i in range(12))
    assert credit_day(body + "\nPublished by the Ministry, 2 May 2024") == ""


def test_issue_number_within_its_year() -> None:
    assert issue_month(["Trade Letter | No. 7/2026 | March 2026"]) == "2026-03"
