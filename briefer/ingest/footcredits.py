"""Credit lines a post sets at its foot in a sentence's shape (pure).

Blogs and op-ed sections close an article on its credits written as sentences, full stop and
all, so that they read as the article's last lines: the picture's ("Top image via
Unsplash.", "Photo by Jane Roe on Unsplash.", "Ảnh bìa từ Pexels.") and the writer's ("Written
by Jane Roe.", "Words and photos by Jane Roe."). A credit says who made the page's parts, not
anything the article reports. This module owns those two shapes (:func:`foot_credit`); the
labelled forms ("Ảnh: …", "Photo: …") are :mod:`briefer.ingest.credits`'.
"""

from __future__ import annotations

import re
from typing import Final

_B: Final = r"[^\S\n]"
_CREDIT_WORDS: Final = 14  # a credit names a picture and its source, no more
# The picture (which one, optionally), then where it came from: "via", "by", "from",
# "courtesy of", "credit", and Vietnamese "từ", "qua", "theo", "của", "do … cung cấp".
_PICTURE: Final = re.compile(
    rf"^(?:(?:top|header|featured?|cover|lead|main|hero|banner|thumbnail|title|opening)"
    rf"{_B}+)?(?:image|photo|picture|photograph|illustration|artwork|graphic|video)s?"
    rf"{_B}+(?:(?:is|are){_B}+)?(?:via|by|from|courtesy(?:{_B}+of)?|credit(?:ed)?{_B}+to|sourced"
    rf"{_B}+from|used{_B}+under)\b"
    rf"|^(?:ảnh|hình(?:{_B}+ảnh)?)(?:{_B}+(?:bìa|đầu{_B}+bài|minh{_B}+họa|minh{_B}+hoạ|đại{_B}+diện))?"
    rf"{_B}+(?:từ|qua|theo|của|do)\b",
    re.IGNORECASE,
)
_CAP: Final = "A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
_NAME: Final = (
    rf"[{_CAP}][\w'’.-]*(?:{_B}+(?:(?:de|da|van|von|del|bin|al)-?{_B}*)?[{_CAP}][\w'’.-]*){{1,4}}"
)
# What follows the picture's words: its source's name and nothing more ("Unsplash", "Jane Roe on
# Unsplash", "the Ministry of Trade", "TTXVN cung cấp"), no sentence going on.
_SOURCE: Final = re.compile(
    rf"^(?:the{_B}+)?[{_CAP}\d][\w'’.&/-]*(?:{_B}*(?:,|{_B}(?:on|and|for|of|via|at|/|&|và)){_B}+"
    rf"(?:the{_B}+)?[{_CAP}\d][\w'’.&/-]*|{_B}+[{_CAP}\d][\w'’.&/-]*)*(?:{_B}+cung{_B}+cấp)?\.?$"
)
# The writer's credit as a sentence: "Written by Name.", "Words and photos by Name and Name."
_WRITER: Final = re.compile(
    rf"^(?i:(?:written|reported|compiled|words|text|story|article|translated)"
    rf"(?:{_B}+(?:and|&){_B}+(?:photos?|pictures?|images?|edited|photographed))?{_B}+by"
    rf"|bài{_B}+viết{_B}+(?:bởi|của))"
    rf"{_B}+{_NAME}(?:{_B}*(?:,|and|&|và){_B}*{_NAME})*\.?$"
)


def foot_credit(text: str) -> str:
    """The reason ``text`` is a credit line written as a sentence ("" if it is none)."""
    text = " ".join(text.split())
    if len(text.split()) > _CREDIT_WORDS:
        return ""
    picture = _PICTURE.match(text)
    if picture and _SOURCE.match(text[picture.end() :].strip()):
        return "photo credit"
    # (the name's capitals are the test: "Written by the ministry's staff." is no credit)
    if _WRITER.match(text):
        return "writer credit"
    return ""


__all__ = ["foot_credit"]
