"""An item of a news feed saved from a feed reader (pure).

Owns the reading of a saved feed item's own fields. A feed reader shows a post with the
fields of its feed entry labelled by their RSS/Atom names ("pubDate: Tue, 02 Dec 2025 06:05
+0800", "dc:creator: Jane Roe", "Feed: Harbour Times – National (https://…/feed/)") and
the closing line a publishing system adds to every post it syndicates ("The post … appeared
first on Harbour Times."). Those fields, not the reader's own window title ("… – RSS
Reader") or a year the text names, say who published the post, when and who wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Final

import lxml.html

from briefer.ingest.entrystamp import entry_stamp, item_link

_SPACES: Final = re.compile(r"\s+")
# A feed entry's field by its RSS/Atom element name, as a reader labels it.
_FIELD: Final = re.compile(
    r"^(?P<field>pubDate|dc:date|published|updated|dc:creator|author)\s*:\s*(?P<value>\S.{0,80})$"
)
# The channel a reader shows the item under: "Feed: Name – Section (https://…/feed/)".
_FEED: Final = re.compile(
    r"^(?:Feed|Channel|Nguồn\s+tin)\s*:\s*(?P<name>[^()–|:]{2,60}?)"
    r"(?:\s+[–|-]\s+[^()]{1,40})?(?:\s*\(https?://[^)]*\))?$",
    re.IGNORECASE,
)
# A publishing system's syndication footer: "The post <title> appeared first on <Name>."
_FIRST_ON: Final = re.compile(r"\bappeared\s+first\s+on\s+(?P<name>[^.]{2,60}?)\.?$")
_ROW_MAX: Final = 200


@dataclass(frozen=True, slots=True)
class FeedItem:
    outlet: str = ""
    day: str = ""  # ISO day the entry was published, in its own time zone
    writer: str = ""


def _rows(root: lxml.html.HtmlElement) -> list[str]:
    """The page's short rows of text that hold no other block (a field, a footer line)."""
    rows = []
    for node in root.iter("dd", "dt", "li", "div", "span", "p", "small"):
        if node.xpath(".//p | .//div | .//li | .//dd"):
            continue
        text = _SPACES.sub(" ", node.text_content()).strip()
        if text and len(text) <= _ROW_MAX:
            rows.append(text)
    return rows


def entry_day(value: str) -> str:
    """ "Tue, 02 Dec 2025 06:05:00 +0800" (RFC 822) or "2025-12-02T06:05:00+08:00" (ISO
    8601) → "2025-12-02": the day in the entry's own zone; "" when it is neither."""
    value = value.strip()
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return ""


def feed_item(root: lxml.html.HtmlElement) -> FeedItem:
    """The outlet, day and writer a saved feed item's fields give (see the module
    docstring); an empty FeedItem for a page that shows no feed entry's fields."""
    day = writer = outlet = feed = ""
    for row in _rows(root):
        stamp, by = entry_stamp(row)  # (a reader's unlabelled row: "<pubDate> · by Name")
        if stamp:
            day, writer = day or entry_day(stamp), writer or by
            continue
        field = _FIELD.match(row)
        if field:
            name, value = field.group("field").lower(), field.group("value").strip()
            if name in ("pubdate", "dc:date", "published") and not day:
                day = entry_day(value)
            elif name in ("dc:creator", "author") and not writer and "@" not in value:
                writer = value
            continue
        channel = _FEED.match(row)
        if channel and not feed:
            feed = channel.group("name").strip()
        first = _FIRST_ON.search(row)
        if first and not outlet:
            outlet = first.group("name").strip()
    if not (day or writer):
        return FeedItem()  # (no entry's fields: a "Feed:" or "appeared first on" alone is text)
    if not (outlet or feed) and (link := item_link(root)):
        # the publisher of the original post the headline links to (a known site only:
        # a bare domain says less than the page's other names)
        from briefer.ingest.outletnames import known_outlet, outlet_of_url

        feed = known_outlet(outlet_of_url(link))
    return FeedItem(outlet or feed, day, writer)


__all__ = ["FeedItem", "entry_day", "feed_item"]
