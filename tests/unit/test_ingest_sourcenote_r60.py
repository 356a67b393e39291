"""A "Sources: …" line naming its sources on the line itself, with the article's prose going
on below it, is the note under a paragraph of figures, not a references heading that ends
the article (r60); a references line followed by its list only still ends it."""

from __future__ import annotations

from briefer.ingest.clean import clean

_PARAGRAPHS = [
    "Germany–Viet Nam Market Letter: Second Quarter 2024",
    "1. Trade",
    (
        "In the second quarter of 2024, trade between Germany and Viet Nam rose to US$2.6"
        " billion, up 7.1% year on year."
    ),
    (
        "German chemicals made up a quarter of German shipments to Viet Nam, ahead of "
        "vehicles and optical goods."
    ),
    "Sources: chamber estimates based on customs and Destatis figures",
    "2. Events",
    (
        "On 14 May 2024, the chamber and the Ministry of Planning and Investment held a "
        "renewable energy roundtable in Hanoi with 25 German firms."
    ),
    "3. Context",
    ("Germany and Viet Nam set up diplomatic ties in 1975 and became Strategic Partners in 2011."),
]
_REPORT = "\n\n".join(_PARAGRAPHS) + "\n"


def test_a_figures_source_note_keeps_the_sections_after_it() -> None:
    body = clean(_REPORT).body
    assert "renewable energy roundtable in Hanoi" in body
    assert "became Strategic Partners in 2011." in body
    assert "Sources: chamber estimates" not in body


def test_a_references_list_still_ends_the_article() -> None:
    text = _REPORT.replace(
        "Sources: chamber estimates based on customs and Destatis figures\n\n", ""
    ) + (
        "\nSources: 1. Destatis (2025), Foreign trade figures; 2. General Department of "
        "Customs (2025), Trade statistics.\n\n"
        "3. Chamber of Commerce (2024), Annual survey of German firms in Viet Nam.\n"
    )
    body = clean(text).body
    assert "became Strategic Partners in 2011." in body
    assert "Destatis (2025)" not in body
    assert "Annual survey of German firms" not in body
