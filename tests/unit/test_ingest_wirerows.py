"""A deck over a wire's byline row, a byline row laid out in spans, and a short paragraph of
the article over a photo's credit (round r76): each kept as article text or read as a row,
with the near-misses that stay the page's head or a caption."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.stampcells import dated_update_row
from briefer.ingest.webpage import read_webpage

_HEADLINE = "Portugal and Vietnam to link ports and wind farms under new maritime pact"
_DECK = "Lisbon and Hanoi plan to widen cooperation on ports and offshore wind farms"
_LEAD = (
    "Portugal and Vietnam agreed on Tuesday to set up a joint working group on maritime "
    "transport, officials in Lisbon said after a meeting of the two economy ministries."
)
_BODY = (
    "Two-way trade reached 1.1 billion dollars in 2024, according to figures published by the "
    "Portuguese statistics office on Monday."
)


def test_a_row_with_its_writer_day_and_update_is_a_dated_update_row() -> None:
    assert dated_update_row("By Rita Moura Posted : 2024-03-08 09:10 | Updated : 2024-03-08 11:45")
    assert dated_update_row("Rita Moura · 8 March 2024 · Last updated 8 March 2024")


def test_a_row_without_an_update_or_without_a_day_is_not() -> None:
    assert not dated_update_row("By Rita Moura")
    assert not dated_update_row("Posted : 2024-03-08 09:10")
    assert not dated_update_row("By Rita Moura | Updated weekly")


def _article(row: str) -> str:
    return "\n\n".join([_HEADLINE, _DECK, row, _LEAD, _BODY])


def test_a_deck_over_a_wire_byline_row_is_the_story_summary() -> None:
    cleaned = clean(
        _article("By Rita Moura Posted : 2024-03-08 09:10 | Updated : 2024-03-08 11:45")
    )
    assert _DECK in cleaned.body
    assert "Posted" not in cleaned.body


def test_a_deck_over_a_bare_byline_stays_the_page_head() -> None:
    # (the older keys' reading: a stop-less line over "By Name" is the page's head)
    cleaned = clean(_article("By Rita Moura"))
    assert _DECK not in cleaned.body
    assert _LEAD in cleaned.body


def _page(byline: str) -> bytes:
    return f"""<html><head><title>{_HEADLINE}</title></head><body>
<article><h1>{_HEADLINE}</h1>
<div class="row">{byline}</div>
<p>{_LEAD}</p><p>{_BODY}</p></article></body></html>""".encode()


def test_spans_set_side_by_side_in_a_row_are_parted() -> None:
    page = read_webpage(
        _page("<span>By Rita Moura</span><span>Posted : 2024-03-08 09:10</span>"), "p.html"
    )
    assert "By Rita Moura Posted : 2024-03-08 09:10" in page.text
    assert "MouraPosted" not in page.text


def test_a_span_inside_a_word_is_not_parted() -> None:
    # (an editor's styling may cut a word in two spans: the second goes on in lower case)
    page = read_webpage(_page("<span>By Rita Mou</span><span>ra, Lisbon</span>"), "p.html")
    assert "By Rita Moura, Lisbon" in page.text
    # (a span closing on a space, or text between two spans, is the row's own spacing)
    page = read_webpage(_page("<b>By</b><span>Rita</span> <span>Moura</span>"), "p.html")
    assert "ByRita Moura" in page.text


_CREDIT = "Photo: Ministry of Economy"


def test_a_short_paragraph_in_a_run_of_paragraphs_over_a_credit_is_the_article() -> None:
    short = "Portugal and Vietnam established diplomatic relations on 1 July 1975."
    tail = (
        "Portugal's exports grew by 3.2% in the first half, the National Statistics "
        "Institute reported."
    )
    text = "\n".join([_HEADLINE, _LEAD, _BODY, short, tail, _CREDIT])
    cleaned = clean(text)
    assert tail in cleaned.body
    assert _CREDIT not in cleaned.body


def test_a_caption_under_a_lone_short_line_over_a_credit_stays_a_caption() -> None:
    caption = "Delegates attend the opening session at the ministry in Lisbon on Tuesday."
    text = "\n".join([_HEADLINE, _LEAD, _BODY, "Read the statement.",
                      caption, _CREDIT])  # fmt: skip
    cleaned = clean(text)
    assert caption not in cleaned.body
