"""The sender a fax's cover sheet names (pure).

Owns the cover sheet a fax opens on ("BẢN FAX / FAX TRANSMISSION", "FAX COVER SHEET"): its
labelled rows name the sending office ("Từ (From): Thương vụ … (kiêm nhiệm …)", "From:
Embassy of …"), the addressee, the fax numbers and page count. The sending office issues
what the fax carries, so it is the document's outlet when nothing else names one; a note
in brackets after it (the countries it also covers) is no part of its name.
"""

from __future__ import annotations

import re
from typing import Final

# The cover sheet's own heading among the text's first lines.
_COVER: Final = re.compile(
    r"^(?:bản\s+fax|fax(?:\s+(?:transmission|cover(?:\s+sheet)?|message))?|phiếu\s+gửi\s+fax"
    r"|telefax|facsimile(?:\s+transmission)?)\b",
    re.IGNORECASE,
)
# "Từ (From): X", "Từ: X", "From: X", "Nơi gửi: X", "Sender: X".
_FROM: Final = re.compile(
    r"^(?:Từ(?:\s*\(From\))?|From|Nơi\s+gửi|Đơn\s+vị\s+gửi|Sender)\s*:\s*(?P<unit>\S.{2,120})$",
    re.IGNORECASE,
)
# A sending office's kind of name: an office, a mission, a ministry, a department, a company.
_UNIT: Final = re.compile(
    r"^(?:Thương\s+vụ|Đại\s+sứ\s+quán|Tổng\s+Lãnh\s+sự\s+quán|Lãnh\s+sự\s+quán|Phái\s+đoàn"
    r"|Văn\s+phòng|Bộ|Sở|Vụ|Cục|Ban|Phòng|Trung\s+tâm|Viện|Hội|Hiệp\s+hội|Công\s+ty|Ủy\s+ban"
    r"|UBND|Embassy|Consulate|Trade\s+Office|Mission|Ministry|Department|Office|Chamber)\b"
)
_HEAD_LINES: Final = 12


def fax_sender(text: str) -> str:
    """The office a fax's cover sheet names as its sender ("Từ (From): Thương vụ X (kiêm
    nhiệm Y)" → "Thương vụ X"); "" for a text that opens on no fax cover sheet."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    head = lines[:_HEAD_LINES]
    if not any(_COVER.match(line) for line in head):
        return ""
    for line in head:
        sent = _FROM.match(line)
        if sent:
            unit = re.sub(r"\s*\([^()]*\)\s*$", "", sent.group("unit")).strip(" ,;")
            return unit if _UNIT.match(unit) else ""
    return ""


__all__ = ["fax_sender"]
