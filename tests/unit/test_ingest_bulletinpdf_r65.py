"""Round 65: a trade bulletin's or a paper's PDF — a bracket cut by a column break, a
quarter without its year, an office's name on a contact line, an issue label in a head with
no kind line, a reporter's "Name in PLACE" byline, a section label over the headline."""

from __future__ import annotations

from briefer.ingest.bylines import byline
from briefer.ingest.dochead import head_day
from briefer.ingest.found import Found
from briefer.ingest.notwriters import no_writer
from briefer.ingest.officeplace import office_as_written
from briefer.ingest.pdfjoin import clause_runs_on
from briefer.ingest.pdflayout import reflow
from briefer.text.dates import find_dates


def test_bracket_left_open_after_a_comma_runs_on_across_a_column_break() -> None:
    text = (
        "Hai bên đánh giá cao vai trò của khối\n"
        "Mercosur (gồm Brazil, Argentina,\n"
        "\n"
        "Paraguay và Uruguay) trong việc mở\n"
        "rộng thị trường cho hàng Việt Nam.\n"
    )
    paragraphs = reflow(text).split("\n\n")
    assert len(paragraphs) == 1
    assert "Argentina, Paraguay và Uruguay) trong" in paragraphs[0]


def test_bracket_rule_in_english_and_its_limits() -> None:
    assert clause_runs_on("the bloc's members (Kenya,", "Uganda and Tanzania) agreed")
    # (no bracket left open: a capital line after a comma may open anew)
    assert not clause_runs_on("with partners in the region,", "Uganda and Tanzania agreed")
    # (the line opens a bracket of its own before it closes one: not the bracket's rest)
    assert not clause_runs_on("the members (Kenya,", "Uganda (East Africa) joined")


def test_quarter_without_its_year_is_the_context_year_quarter() -> None:
    (q,) = find_dates("Exports in Q2 climbed to US$80 million.", context_year=2024)
    assert (q.start, q.end) == ("2024-04", "2024-06")
    (q,) = find_dates("For Q4, the office expects more orders.", context_year=2026)
    assert (q.start, q.end) == ("2026-10", "2026-12")
    # (an address's district, "Q1, TP.HCM", is no quarter)
    assert find_dates("Văn phòng tại 25 Lê Lợi, Q1, TP.HCM", context_year=2024) == []


def test_office_name_on_a_contact_line_ends_where_its_fields_start() -> None:
    text = (
        "TRADE OFFICE OF VIETNAM IN CANADA | Market Note No. 2/2024\n"
        "Exports rose.\n"
        "Trade Office of Vietnam in Canada  Tel: +1 613 555 0100  Email: ca@example.vn\n"
    )
    assert office_as_written("TRADE OFFICE OF VIETNAM in CANADA", text) == (
        "Trade Office of Vietnam in Canada"
    )


def test_issue_label_in_a_head_without_a_kind_line_dates_the_document() -> None:
    text = (
        "EMBASSY OF VIETNAM IN NORWAY | Economic Note No. 7/2024\n"
        "Issued: 3 March 2024\n"
        "Vietnam–Norway seafood trade in 2023\n"
        "Seafood trade grew in 2023.\n"
    )
    assert head_day(text) == "2024-03-03"
    # (a bare "Date:" may be an event's: not the document's issue)
    event = text.replace("Issued: 3 March 2024", "Date: 3 March 2024")
    assert head_day(event) == ""
    # (a label after the text is under way is no head's)
    late = "Seafood trade grew in 2023.\nIssued: 3 March 2024\n"
    assert head_day(late) == ""


def test_reporter_filing_from_a_place_is_the_byline() -> None:
    found = Found()
    assert byline("Farai Dube in HARARE", found)
    assert found.author == "Farai Dube"
    found = Found()
    assert byline("Grace Otieno in Hanoi, Vietnam", found)
    assert found.author == "Grace Otieno"
    # (a heading naming a place in its own case is no byline)
    found = Found()
    byline("Investment Prospects in Vietnam", found)
    assert found.author == ""


def test_section_label_over_the_headline_is_no_writer() -> None:
    assert no_writer("World News")
    assert no_writer("Local Business News")
    assert not no_writer("Tendai Moyo")
