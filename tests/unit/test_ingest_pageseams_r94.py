"""A block that ends at a page's foot (r94): a page printed from a browser breaks where the
sheet is full, and a related headline, a tag list or a caption set as the page's last line is
glued by the reflow to the paragraph opening the next page. A last line that left room for
the next page's first word ended its block; a tag row opening a page is a block of its own.
Near misses: a full last line, and a next page opening in lower case, go on."""

from __future__ import annotations

from briefer.ingest.pageseams import seam_parts
from briefer.ingest.pdfblocks import split_breaks
from briefer.ingest.pdflayout import pages_to_text

_PAGE = [
    "Delegations from Lisbon and Da Nang reviewed progress on the cork, cashew and wind",
    "power projects agreed last spring, and set a timetable for the next joint session of",
    "the economic committee, to be held in Porto before the end of the coming year.",
]
_OVER = [
    "Trade between the two countries rose by 14 percent to 1.2 billion euros in the",
    "first nine months, according to figures released by the customs office on Friday.",
]


def test_a_short_last_line_before_a_new_page_ends_its_block() -> None:
    related = "See also: Azores dairy group opens office in Ho Chi Minh City"
    assert seam_parts([[*_PAGE, related], _OVER]) == [(related, _OVER[0])]


def test_a_tag_row_opening_a_page_is_its_own_block() -> None:
    tags = ["#Bồ Đào Nha #hợp tác kinh tế", "Chia sẻ bài viết"]
    assert seam_parts([_PAGE, tags]) == [(_PAGE[-1], tags[0])]
    # (a "# Portugal" spaced after its sign too)
    assert seam_parts([_PAGE, ["# Portugal"]]) == [(_PAGE[-1], "# Portugal")]


def test_a_full_last_line_runs_on_to_the_next_page() -> None:
    # the paragraph is cut by the break: its page's last line was filled
    assert seam_parts([_PAGE[:2], [_PAGE[2], *_OVER]]) == []


def test_a_next_page_in_lower_case_goes_on_whatever_the_room() -> None:
    short = "the ministry said in a statement, adding that"
    assert seam_parts([[*_PAGE, short], ["talks would resume in March.", *_OVER]]) == []


def test_a_rank_is_no_tag_row() -> None:
    ranked = "#1 exporter of cashew nuts in the region is Viet Nam, the report says"
    assert seam_parts([_PAGE, [ranked, *_OVER]]) == []


def test_the_reader_parts_the_glued_headline_from_the_next_paragraph() -> None:
    # (a related box's bare headline: no label the reflow knows)
    related = "Azores dairy group opens office in Ho Chi Minh City"
    pages = ["\n".join([*_PAGE, related]), "\n".join(_OVER)]
    parts: list[tuple[str, str]] = []
    text = split_breaks(pages_to_text(pages, [], [], parts), parts)
    assert related in text.split("\n\n")
    assert any(p.startswith("Trade between") for p in text.split("\n\n"))
