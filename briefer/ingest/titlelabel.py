"""A headline without the format label a site puts before it (pure).

Sites mark a story's form in front of its headline in their title tags: "[Ảnh] …",
"[Video] …", "(Infographic) …", "[Photo story] …", "[E-magazine] …". The label says what the
page is, not what it reports, and the page's own heading prints the headline without it.
This module owns removing such a label, and only a label naming a form, in brackets, at the
headline's start.
"""

from __future__ import annotations

import re
from typing import Final

# The form of a story, in Vietnamese or English, as a bracketed label.
_FORM_LABEL: Final = re.compile(
    r"^\s*[\[(](?:Ảnh|Hình\s+ảnh|Phóng\s+sự\s+ảnh|Chùm\s+ảnh|Photos?|Photo\s+story|Gallery"
    r"|Video|Clip|Audio|Podcast|Infographics?|E-?magazine|Longform|Megastory|Interactive"
    r"|Trực\s+tiếp|Live)[\])]\s*[:\-–]?\s*",
    re.IGNORECASE,
)


def without_form_label(title: str) -> str:
    """ "[Ảnh] Sắc màu X" → "Sắc màu X": the headline without a leading form label; a title
    that would be left empty, or has none, as it is."""
    bare = _FORM_LABEL.sub("", title, count=1)
    return bare if bare.strip() else title
