"""A wire service's bracketed note to editors on a line of its own (pure): "(ATTN: ADDS
details in paras 4-6)", "(EDS: RECASTS headline)", "(UPDATE 2)", "(LEAD)", "(3RD LD)",
"(Ghi chú cho biên tập viên: bổ sung đoạn 5)".

The agency tells the newspapers taking its copy which version of the story this is and what
changed in it; it speaks of the text, not of what happened, so it leaves the body. Read by
shape: the whole line is in brackets, and it opens either with the wires' version slug
(written in capitals, as the wires write it) or with a label addressing the editors and a
colon. A bracketed aside of the article's own ("(The figures exclude re-exports.)", "(Theo
Tổng cục Hải quan)") opens with neither.
"""

from __future__ import annotations

import re
from typing import Final

_B: Final = r"[^\S\n]"
# The version slug, in the wires' capitals: "LEAD", "UPDATE 1", "2ND LD", "3RD LD-WRITETHRU",
# "URGENT", "CORRECTED", "REFILE", "REPEAT", "WRITETHRU" — alone, or before what it adds.
_SLUG: Final = re.compile(
    rf"^(?:LEAD|UPDATE(?:{_B}+\d{{1,2}})?|\d{{1,2}}(?:ST|ND|RD|TH){_B}+LD(?:(?:-|{_B})WRITETHRU)?"
    rf"|URGENT|CORRECTED|CORRECTION|REFILE[DS]?|REPEAT(?:ED|S)?|WRITETHRU|RECASTS|ADDS)"
    r"(?=$|\s|[:;,.-])"
)
# The address to the editors, with its colon: "ATTN:", "EDS:", "Editors:", "Note to editors:",
# "Attention editors:", "Ghi chú cho biên tập viên:", "Lưu ý biên tập:", "Ghi chú của biên tập:".
_TO_EDITORS: Final = re.compile(
    rf"^(?:ATTN|EDS|EDITORS|Editors|(?:Note|Attention){_B}+(?:to{_B}+)?editors?"
    rf"|(?:Ghi{_B}+chú|Lưu{_B}+ý){_B}+(?:(?:cho|gửi|của){_B}+)?(?:ban{_B}+)?biên{_B}+tập"
    rf"(?:{_B}+viên)?){_B}*:",
)
_BRACKETED: Final = re.compile(r"^\((?P<inner>[^()]+)\)$|^\[(?P<square>[^\[\]]+)\]$")
_NOTE_WORDS: Final = 24


def wire_note(text: str) -> bool:
    """``text``, a line on its own, is a wire's bracketed note to editors on the story's
    version."""
    match = _BRACKETED.match(text.strip())
    if match is None:
        return False
    inner = (match.group("inner") or match.group("square") or "").strip()
    if len(inner.split()) > _NOTE_WORDS:
        return False
    return _SLUG.match(inner) is not None or _TO_EDITORS.match(inner) is not None


__all__ = ["wire_note"]
