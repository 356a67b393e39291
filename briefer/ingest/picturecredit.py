"""A picture's author element, which names no writer (pure).

Owns telling a page's "author" element that credits a picture from one that credits the
article. Sites mark a photo's credit with the same word they mark a byline with
("photo-author", "image-author", "img-author"), and its text opens on a picture's label
("Photo: MFA of X", "Ảnh: Lan Chi", "Image: Reuters"): whoever it names took or gave the
picture, not the text.
"""

from __future__ import annotations

import re
from typing import Final

# A class or id marking a picture's element ("photo-author", "image_byline", "imgAuthor").
_PICTURE_MARK: Final = re.compile(
    r"(?:photo|image|img|picture|pic|figure|figcaption|caption|gallery)[\s_-]?"
    r"(?:author|byline|credit|by)",
    re.IGNORECASE,
)
# The text opens on a picture's or a video's label: "Photo: …", "Ảnh: …", "Image by …".
_PICTURE_LABEL: Final = re.compile(
    r"^(?:photos?|images?|pictures?|pics?|ảnh|hình(?:\s+ảnh)?|video|clip|đồ\s+họa|graphics?)"
    r"(?:\s*:|\s+(?:by|courtesy(?:\s+of)?|credit)\b)",
    re.IGNORECASE,
)


def picture_credit(marks: str, text: str) -> bool:
    """An author element that credits a picture: marked as a picture's ("photo-author") or
    its text opening on a picture's label ("Photo: …", "Ảnh: …")."""
    text = text.strip()
    # (a row of credits, "Photo: X | Text: Y", names the writer too)
    alone = text.count(":") <= 1 and not re.search(r"[|;•]", text)
    return bool(_PICTURE_MARK.search(marks) or (alone and _PICTURE_LABEL.match(text)))


__all__ = ["picture_credit"]
