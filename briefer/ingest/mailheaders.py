"""A mail's header block and its pointer to an attachment (pure).

A mail pasted as text opens on its header fields, one a line ("From:", "To:", "Cc:",
"Date:", "Subject:"; "Từ:", "Gửi:", "Ngày gửi:", "Tiêu đề:" …). Each is the mail's envelope,
not its text, whatever it names: a field is read as one when it sits in a block with another
field at the top of the text (a "Gửi: …" alone further down is a line of the text). At the
foot of a mail or a report, a line wholly in brackets points the reader to what is attached
("(Chi tiết số liệu theo tệp đính kèm.)", "(Details in the attached spreadsheet.)",
"(Phụ lục kèm theo)"): the message's, no part of the report.

This module owns :func:`mark_header_block` and :func:`attachment_pointer`; the subject as
title is ``mailhead``'s, the greeting ``mailgreeting``'s.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line
from briefer.ingest.mailhead import header_field

_TOP: Final = 12  # the lines the header block opens the text within
_POINTER: Final = re.compile(
    r"^\((?=[^()]*(?:đính\s+kèm|kèm\s+theo|gửi\s+kèm|phụ\s+lục|attach|enclos|annex|appendix"
    r"|beigefügt|anbei|ci-joint|pièce\s+jointe|adjunt))[^()]{3,140}\)\s*\.?$",
    re.IGNORECASE,
)
_POINTER_WORDS: Final = 16


def mark_header_block(lines: list[Line]) -> None:
    """Mark every header field of a mail's header block at the top of the text."""
    top = lines[:_TOP]
    fields = [bool(header_field(line.text)) for line in top]
    if sum(fields) < 2:
        return
    for index, line in enumerate(top):
        beside = (index > 0 and fields[index - 1]) or (index + 1 < len(top) and fields[index + 1])
        if line.kept and fields[index] and beside:
            line.reason = "mail header"


def attachment_pointer(text: str) -> bool:
    """A line wholly in brackets pointing to an attached file (see the module docstring)."""
    line = text.strip()
    return len(line.split()) <= _POINTER_WORDS and _POINTER.match(line) is not None


__all__ = ["attachment_pointer", "mark_header_block"]
