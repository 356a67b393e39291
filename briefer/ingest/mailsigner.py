"""The person who signs a mail pasted as text (pure).

A unit's report sent by mail closes on a valediction ("Trân trọng,", "Trân trọng báo
cáo./.", "Best regards,") over the signature: the signer's name and post, the unit, its
address, in either order ("Tham tán Thương mại" / "Name", "Name" / "Counsellor, Head of …").
The person named there wrote the report. A quoted earlier mail under it ("Vào …, X đã viết:",
"On … wrote:", lines opening on ">") is someone else's. This module owns :func:`mail_signer`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.metadata import BYLINE
from briefer.ingest.outlet_table import BODY_KIND

_VALEDICTION: Final = re.compile(
    r"^(?:Trân\s+trọng(?:\s+(?:báo\s+cáo|cảm\s+ơn|kính\s+chào))?|Kính\s+thư"
    r"|(?:Best|Kind|Warm)\s+regards|Regards|Sincerely(?:\s+yours)?|Yours\s+(?:sincerely|faithfully)"
    r"|With\s+(?:best\s+)?regards)\s*[,.!/]*\s*$",
    re.IGNORECASE,
)
# Where a quoted earlier mail begins: its header line or its quoted lines.
_QUOTE: Final = re.compile(r"^(?:>|Vào\s.*\sđã\s+viết\s*:|On\s.*\swrote\s*:|-{2,}\s*$)", re.I)
_SEPARATOR: Final = re.compile(r"^-{2,}\s*$")
_SIGNATURE_LINES: Final = 4


def _name(line: str) -> str:
    words = line.split()
    person = (
        2 <= len(words) <= 4
        and BYLINE.fullmatch(line) is not None
        and not re.search(r"\d", line)
        and not BODY_KIND.match(line.upper())
    )
    return line if person else ""


def mail_signer(body: list[str]) -> str:
    """The person's name in the signature under the mail's last valediction (before any
    quoted earlier mail); "" when a unit alone signs or no valediction closes the text."""
    lines = [" ".join(line.split()) for line in body if line.strip()]
    # (a "--" line right under the valediction is the signature's own separator, no quote)
    end = next(
        (
            i
            for i, line in enumerate(lines)
            if _QUOTE.match(line)
            and not (i and _SEPARATOR.match(line) and _VALEDICTION.match(lines[i - 1]))
        ),
        len(lines),
    )
    closes = [i for i, line in enumerate(lines[:end]) if _VALEDICTION.match(line)]
    if not closes:
        return ""
    start = closes[-1] + 1
    start += start < len(lines) and bool(_SEPARATOR.match(lines[start]))
    signature = lines[start : min(end, start + _SIGNATURE_LINES)]
    return next((_name(line) for line in signature if _name(line)), "")


__all__ = ["mail_signer"]
