"""A provincial office's section named as the outlet: the office it belongs to (pure).

A mail or bulletin sent by a section of a provincial office signs with the section and its
office ("Phòng Hợp tác quốc tế - Sở Ngoại vụ"): the section is no publisher, the office is
(as a publisher's own desk is no outlet). Its signature often gives the office in full, with
its province ("… - Sở Ngoại vụ tỉnh X"): that form is the outlet's name.

This module owns :func:`office_of_section`.
"""

from __future__ import annotations

import re
from typing import Final

_CAP: Final = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]"
# "Phòng X - Sở Y", "Tổ X – Sở Y": a section, a dash, its office.
_SECTION: Final = re.compile(
    r"^(?:Phòng|Tổ|Bộ\s+phận)\s+\S.{1,60}?\s+[-–]\s+(?P<office>Sở\s+\S.{1,60})$"
)
# "… tỉnh X", "… thành phố X", "… TP. X": the office's province after its name.
_B: Final = r"[^\S\n]"  # (a space within the line)
_PLACE: Final = rf"{_B}+(?:tỉnh|thành{_B}+phố|TP\.?){_B}+{_CAP}\w*(?:{_B}+{_CAP}\w*){{0,3}}"


def office_of_section(outlet: str, text: str) -> str:
    """The office a section-and-office outlet belongs to, with its province when ``text``
    writes it so ("Phòng A - Sở B" → "Sở B tỉnh C"); "" when ``outlet`` is no such pair."""
    match = _SECTION.match(" ".join(outlet.split()))
    if not match:
        return ""
    office = match.group("office")
    full = re.search(re.escape(office) + _PLACE, text)
    return full.group() if full else office
