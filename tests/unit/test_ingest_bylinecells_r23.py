"""A byline element read by its parts: all co-writers, the name cell of a block of cells."""

import lxml.html

from briefer.ingest.bylinecells import block_writer, co_writers


def _root(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


def test_co_writers_kept_over_meta_first_writer_vi() -> None:
    page = _root(
        '<html><body><div class="meta"><span class="post-author">Hồng Nhung - Văn Tài</span>'
        '<span class="post-time">Thứ hai, 03/03/2025</span></div></body></html>'
    )
    assert block_writer(page, "Hồng Nhung") == "Hồng Nhung - Văn Tài"


def test_co_writers_joined_by_and_en() -> None:
    assert co_writers("Maria Lopez and Peter Grant", "Maria Lopez") == "Maria Lopez and Peter Grant"
    # (a writer and an outlet is no pair of writers)
    assert co_writers("Maria Lopez - Reuters", "Maria Lopez") == ""


def test_name_cell_over_stamp_words_en() -> None:
    page = _root(
        '<html><body><div class="author-block"><span>Sara Lind</span>'
        '<span class="time">Published at : May 2, 2025</span><span>Stockholm</span></div>'
        "</body></html>"
    )
    assert block_writer(page, "Sara Lind at Stockholm") == "Sara Lind"


def test_plain_author_left_as_found() -> None:
    page = _root('<html><body><span class="author">Lan Anh</span></body></html>')
    assert block_writer(page, "Lan Anh") == "Lan Anh"
    assert block_writer(page, "") == ""
