"""A label box at the article's foot takes the list right under it: the box's headlines set
as a list (r30). A label ending on a colon, or a list with the article going on under it,
is the article's."""

from __future__ import annotations

from briefer.ingest.webpage import read_webpage
from tests.prose import AFTER, BEFORE

_THIRD = (
    "The delegation also visited a seed research institute and a river port that handles "
    "most of the region's rice exports."
)


def _text(foot: str) -> str:
    page = f"""<html><head><title>Ministers review trade plan</title></head><body>
<h1>Ministers review trade plan</h1>
<p>{BEFORE}</p>
<p>{AFTER}</p>
<p>{_THIRD}</p>
{foot}
</body></html>""".encode()
    return read_webpage(page, "page.html").text


def test_the_list_under_a_label_box_at_the_foot_leaves_with_it() -> None:
    text = _text(
        '<div class="pq-top">Trending now</div>'
        "<ol><li>Port fees to fall next quarter</li><li>Rice prices steady in the delta</li></ol>"
    )
    assert "Port fees" not in text and "Rice prices steady" not in text
    assert _THIRD in text


def test_a_list_the_label_introduces_stays() -> None:
    text = _text(
        '<div class="zz-sub">Documents signed:</div>'
        "<ul><li>A memorandum on rice trade</li><li>An agreement on port services</li></ul>"
    )
    assert "A memorandum on rice trade" in text


def test_a_list_with_the_article_going_on_under_it_stays() -> None:
    text = _text(
        '<div class="zz-sub">Main exports</div>'
        "<ul><li>Rice and coffee</li><li>Textiles</li></ul>"
        "<p>Both sides will meet again in Hanoi next year to review the plan and its targets.</p>"
    )
    assert "Rice and coffee" in text
