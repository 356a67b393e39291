"""Any feed reader's saved item: the entry's stamp row, its feed, its own link (r39)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.entrystamp import entry_stamp, item_link
from briefer.ingest.feeditem import feed_item
from tests.imported import imported


def _page(body: str, title: str = "Harbour news - Some Reader") -> lxml.html.HtmlElement:
    head = f"<head><title>{title}</title></head>"
    return lxml.html.fromstring(f"<html>{head}<body>{body}</body></html>")


def test_a_stamp_row_with_the_writer_after_a_dot() -> None:
    assert entry_stamp("Thu, 03 Apr 2025 18:10:00 +0200 · by Marta Kowal") == (
        "Thu, 03 Apr 2025 18:10:00 +0200",
        "Marta Kowal",
    )


def test_an_iso_stamp_with_an_author_label() -> None:
    assert entry_stamp("2024-11-30T23:40:00-05:00 | Author: Trần Minh An") == (
        "2024-11-30T23:40:00-05:00",
        "Trần Minh An",
    )


def test_a_bare_day_or_a_sentence_is_no_stamp() -> None:
    assert entry_stamp("Published on 4 March 2025") == ("", "")
    assert entry_stamp("3 Apr 2025 was a busy day for the port") == ("", "")


def test_layout_one_feed_label_and_stamp_row() -> None:
    root = _page(
        "<div>Reader app <span>Unread (3)</span></div>"
        "<div class='src'>Feed: Harbour Ledger – World (https://harbourledger.example/feed)</div>"
        "<h2><a href='https://harbourledger.example/world/123'>Port deal signed</a></h2>"
        "<div class='meta'>Thu, 03 Apr 2025 23:10:00 -0400 · by Marta Kowal</div>"
        "<div class='body'><p>The port deal was signed on Thursday.</p></div>"
    )
    item = feed_item(root)
    assert (item.outlet, item.day, item.writer) == ("Harbour Ledger", "2025-04-03", "Marta Kowal")


def test_layout_two_no_feed_name_the_headline_links_to_a_known_site() -> None:
    root = _page(
        "<div>Mục chưa đọc (12)</div>"
        "<h1><a href='https://vnexpress.net/kinh-te/thuong-mai-123.html'>Xuất khẩu tăng</a></h1>"
        "<div>2025-10-15T09:30:00+07:00 — Tác giả: Lê Hồng Nhung</div>"
        "<div><p>Kim ngạch xuất khẩu tăng 12%.</p></div>",
        title="Xuất khẩu tăng - Trình đọc tin",
    )
    item = feed_item(root)
    assert (item.outlet, item.day, item.writer) == ("VnExpress", "2025-10-15", "Lê Hồng Nhung")


def test_layout_three_labelled_fields_still_read() -> None:
    root = _page(
        "<dl><dt>Feed: Coastal Post (https://coastalpost.example/rss)</dt>"
        "<dd>pubDate: Mon, 01 Dec 2025 06:05:00 +0800</dd><dd>dc:creator: Ana Ruiz</dd></dl>"
        "<div><p>Text of the item.</p></div>"
    )
    item = feed_item(root)
    assert (item.outlet, item.day, item.writer) == ("Coastal Post", "2025-12-01", "Ana Ruiz")


def test_an_ordinary_article_is_no_feed_item() -> None:
    root = _page(
        "<h1><a href='https://vnexpress.net/a.html'>Headline</a></h1>"
        "<div>Published 4 March 2025</div><div><p>Body text.</p></div>"
    )
    assert feed_item(root).outlet == ""
    assert item_link(root) == "https://vnexpress.net/a.html"


def test_an_import_reads_the_entry_not_the_reader(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Harbour news - Some Reader</title></head><body>"
        "<div>Reader app <span>Unread (3)</span></div>"
        "<div class='src'>Feed: Harbour Ledger – World (https://harbourledger.example/feed)</div>"
        "<h2><a href='https://harbourledger.example/world/123'>Port deal signed</a></h2>"
        "<div class='meta'>Thu, 03 Apr 2025 23:10:00 -0400 · by Marta Kowal</div>"
        "<div class='body'><p>The port deal between Vietnam and Chile was signed on Thursday. "
        "Trade reached 1.8 billion USD in 2024.</p></div></body></html>"
    )
    meta = imported(tmp_path, page, "item.html").metadata
    assert (meta.outlet, meta.published_on, meta.author) == (
        "Harbour Ledger",
        "2025-04-03",
        "Marta Kowal",
    )
