"""A byline row of cells under a headline the page marks by its class, not an <h1> (r59):
"BY NAME | day | section" names the writer, cased as a name."""

from __future__ import annotations

from briefer.ingest.webpage import read_webpage

_BODY = (
    "Vietnam and the Pacific nation agreed on Monday to expand cooperation in seaweed farming "
    "and offered ten scholarships a year to students, officials said in the capital."
)


def _author(row: str) -> str:
    page = f"""<html><head><title>Vietnam, Tonga talk seaweed farming - Island Daily</title>
</head><body><div class="entry">
<h2 class="entry-title">Vietnam, Tonga talk seaweed farming</h2>
<div class="entry-meta">{row}</div>
<div class="entry-body"><p>{_BODY}</p><p>{_BODY}</p><p>{_BODY}</p></div>
</div></body></html>""".encode()
    return read_webpage(page, "page.html").author


def test_a_by_row_in_capitals_with_a_day_and_a_section_names_the_writer() -> None:
    assert _author("BY MELE TUPOU | Monday, March 3, 2025 | Business") == "Mele Tupou"


def test_a_row_without_a_by_label_in_capitals_names_no_one() -> None:
    assert _author("NUKU'ALOFA | Monday, March 3, 2025 | Business") == ""


def test_a_place_and_day_row_under_a_class_marked_headline_names_no_one() -> None:
    assert _author("Port Moresby, N.C.D., 4 de marzo de 2025") == ""
