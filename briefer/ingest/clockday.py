"""The day a site's clock shows, as the last resort for a page's day (pure).

A news site prints its clock in the top bar ("<span class="today">Thứ Hai, 20/10/2025
09:30</span>"): the day the page was viewed and saved, not the day it was published, so the
page's reader skips it (:data:`briefer.ingest.pagemeta.CLOCK_CLASS`). Saved the day it came
out, a page that dates itself nowhere else is dated by it all the same: the sets' keys take
that day when no other day is written. It weighs as a "last updated" stamp, under any day
the markup, the text or the address gives.

This module owns :func:`clock_day`.
"""

from __future__ import annotations

import lxml.html

from briefer.ingest.pagemeta import CLOCK_CLASS
from briefer.text.dates import find_dates

_CLOCK_CHARS = 60  # (a clock's weekday, day and time; a longer text is no clock)


def clock_day(root: lxml.html.HtmlElement) -> str:
    """The one day the site's clock elements show, with its year ("" when none, or two)."""
    days = set()
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        if not CLOCK_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            continue
        text = " ".join(node.text_content().split())
        if len(text) > _CLOCK_CHARS:
            continue
        days |= {d.start for d in find_dates(text) if d.precision == "day" and len(d.start) == 10}
    return days.pop() if len(days) == 1 else ""


__all__ = ["clock_day"]
