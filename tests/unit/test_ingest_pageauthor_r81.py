"""A page's head row that labels its writer in capitals ("REPORTER: Name") names the
writer as the same label in mixed case does; a row that labels something else does not."""

from __future__ import annotations

import lxml.html
import pytest

from briefer.ingest.pageauthor import page_author

_PAGE = """<html><body><h1>Kenya and Viet Nam sign tea trade pact</h1>
<div class="story-meta"><p>POSTED : 3 March 2026 at 09:15</p><p>SECTION: BUSINESS</p>{row}</div>
<div class="story"><p>Kenya and Viet Nam signed a tea trade agreement on Tuesday, aiming to
lift two-way trade to 500 million dollars by 2028.</p></div></body></html>"""


@pytest.mark.parametrize("label", ["REPORTER", "Writer", "AUTHOR"])
def test_a_labelled_writer_in_any_case(label: str) -> None:
    root = lxml.html.fromstring(_PAGE.format(row=f"<p>{label}: Wanjiru Kamau</p>"))
    assert page_author(root) == "Wanjiru Kamau"


def test_another_label_names_no_writer() -> None:
    root = lxml.html.fromstring(_PAGE.format(row="<p>EDITION: Nairobi Daily</p>"))
    assert page_author(root) == ""
