"""A photo's caption pasted between the headline and the lead, with no credit (pure).

A page copied as text keeps the caption of its top photo as a line of its own between the
headline and the first paragraph, its credit often lost. What tells it from a lead or a
standfirst is what it says and how: it names the picture itself ("in a group photograph
with …", "pose for a photo", "chụp ảnh lưu niệm", "(left)", "(thứ hai từ phải)"), in one
clause with no full stop, and the article's prose begins under it.

This module owns :func:`head_caption`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.lines import Line, is_prose

# The picture named as such: a photograph, a pose, where one stands in it.
_PICTURE: Final = re.compile(
    r"\b(?:(?:group|family|official|souvenir)\s+(?:photo(?:graph)?|picture)"
    r"|in\s+a\s+(?:\w+\s+)?photo(?:graph)?|pose[sd]?\s+for\s+(?:a\s+)?(?:\w+\s+)?(?:photo|picture)"
    r"|(?:chụp|chụp\s+chung)\s+ảnh|ảnh\s+lưu\s+niệm|ảnh\s+chung)\b"
    r"|\((?:(?:thứ\s+\w+\s+)?từ\s+)?(?:phải|trái|giữa)(?:\s+sang\s+(?:phải|trái))?\)"
    r"|\((?:L|R|C|left|right|centre|center|(?:second|third)\s+(?:from\s+)?(?:left|right)"
    r"|L-R|R-L|from\s+left|from\s+right)\)",
    re.IGNORECASE,
)
_MAX_WORDS: Final = 30


def head_caption(lines: list[Line], index: int) -> bool:
    """``lines[index]`` is an uncredited caption above the article's first paragraph."""
    text = lines[index].text.strip()
    if (
        not _PICTURE.search(text)
        or len(text.split()) > _MAX_WORDS
        or text.endswith((".", "!", "?", "…", ":"))
    ):
        return False
    if any(line.kept and is_prose(line.text) for line in lines[:index]):
        return False  # (the article has begun: a line in it is its own)
    below = next((line for line in lines[index + 1 :] if line.kept), None)
    return below is not None and is_prose(below.text)


__all__ = ["head_caption"]
