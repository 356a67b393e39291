"""A unit mailing from its parent's domain publishes under its own name (pure).

A trade office, a department or a centre of a ministry mails its bulletin from the ministry's
mail domain ("Thương vụ Việt Nam tại X <x@moit.gov.vn>") and signs with its own site on the
ministry's domain ("x.moit.gov.vn"): every address in it names the ministry, the parent. The
sender's display name names the unit that wrote and sent it, the more specific publisher.
This module owns that choice (:func:`unit_over_parent`).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.mailhead import header_field
from briefer.ingest.outletnames import outlet_of_url
from briefer.text.fold import fold

_HEAD_LINES: Final = 12
_DOMAIN: Final = re.compile(r"@([\w-]+(?:\.[\w-]+)+)")


def unit_over_parent(outlet: str, sender: str, text: str) -> str:
    """``sender`` (a unit the mail's "From:" names) when ``outlet`` is the body that owns the
    sender's mail domain; "" otherwise."""
    if not outlet or not sender or fold(outlet) == fold(sender):
        return ""
    for line in text.split("\n")[:_HEAD_LINES]:
        if header_field(line) not in ("from", "từ", "người gửi"):
            continue
        domain = _DOMAIN.search(line)
        if domain and fold(outlet_of_url(f"https://{domain.group(1)}")) == fold(outlet):
            return sender
        return ""
    return ""


__all__ = ["unit_over_parent"]
