"""A site's notice on reusing its content (pure): the name it asks to be cited by.

A page's foot often asks whoever republishes its content to credit it, quoting the name it
goes by: 'Ghi rõ nguồn "Báo X" khi phát hành lại thông tin từ website này', 'Please cite
"The X Times" when republishing'. The quoted name is the site's own, as a copyright line's
holder is. This module owns reading it (:func:`reuse_holder`).
"""

from __future__ import annotations

import re
from typing import Final

_QUOTED: Final = r"[\"“'‘«]\s*(?P<name>[^\"”'’»\n]{3,80}?)\s*[\"”'’»]"
# The request to credit, the quoted name, and the reuse it is asked for.
_NOTICE: Final = re.compile(
    r"(?:ghi\s+rõ\s+(?:nguồn|xuất\s+xứ)|trích\s+(?:dẫn\s+)?nguồn|nêu\s+rõ\s+nguồn"
    r"|(?:please\s+)?(?:cite|credit|acknowledge|attribute)(?:\s+(?:the\s+)?source)?(?:\s+to|\s+as)?)"
    rf"\s*:?\s*{_QUOTED}\s*(?:khi|nếu|when|if|for|in\s+case)\s+[^.\n]{{0,40}}?"
    r"(?:phát\s+hành\s+lại|đăng\s+lại|sử\s+dụng\s+lại|trích\s+dẫn|sao\s+chép|tái\s+bản"
    r"|republish|re-publish|reproduc|reprint|redistribut|reus|re-us|quot|shar)",
    re.IGNORECASE,
)


def reuse_holder(text: str) -> str:
    """The name a reuse notice asks to be credited by ("" when the text holds no notice)."""
    match = _NOTICE.search(" ".join(text.split()))
    return match.group("name").strip() if match else ""


__all__ = ["reuse_holder"]
