"""A source's mark and day on a line of their own over the lead ("DESK - 1 May, 2026:")
date the text when nothing else does (r46: a printed page gives the line apart)."""

from briefer.ingest.clean import clean


def test_mark_day_line_over_the_lead_dates_the_text_en() -> None:
    text = (
        "Harbour deal signed\n\nHTS - 4 March, 2026:\n\n"
        "The two ports signed an agreement on fisheries cooperation on Tuesday in Port Town.\n"
    )
    cleaned = clean(text)
    assert cleaned.metadata.published_on == "2026-03-04"
    assert "HTS - 4 March" not in cleaned.body


def test_mark_day_line_without_a_year_dates_nothing() -> None:
    text = "Harbour deal signed\n\nHTS - 4 March:\n\nThe two ports signed an agreement today.\n"
    assert clean(text).metadata.published_on != "2026-03-04"
