"""A mail's request not to print it (pure): the line a mail client or a unit's signature
adds under every message, asking the reader to think before printing ("Please consider the
environment before printing this email", "Vui lòng cân nhắc trước khi in email này",
"Don't print this e-mail unless necessary"). It speaks of printing the message itself, so
it is the mail's furniture, never its text. This module owns recognising that line.
"""

from __future__ import annotations

import re
from typing import Final

# The message or document spoken of ("this email", "email này", "thư này").
_THIS: Final = (
    r"(?:this\s+(?:e-?mail|message|document|page)|(?:e-?mail|thư|tài\s+liệu|tin\s+nhắn)\s+này)"
)
_REQUEST: Final = re.compile(
    # "(Please) consider (the environment) before printing (this email)", "Think before you
    # print", "Hãy cân nhắc / nghĩ đến môi trường trước khi in (email này)": asked of the
    # reader at the line's start (a report that someone weighed printing is no request)
    r"^\W*(?:(?:please|kindly|vui\s+lòng|xin|hãy|xin\s+hãy)\s+)?"
    r"(?:consider|think|cân\s+nhắc|suy\s+nghĩ|nghĩ)\b.{0,40}?"
    rf"\b(?:before\s+(?:you\s+)?print(?:ing)?(?:\s+{_THIS})?|trước\s+khi\s+in(?:\s+{_THIS})?)\W*$"
    # "Do not print this email unless necessary", "Không in email này nếu không cần thiết"
    rf"|^\W*(?:please\s+)?(?:do\s+not|don['’]t|(?:vui\s+lòng\s+|xin\s+)?(?:đừng|không))\s+"
    rf"(?:print|in)\s+{_THIS}\b",
    re.IGNORECASE,
)
# (a short line: a slogan under a signature, never an article's sentence about printing)
_WORDS: Final = 16


def print_request(text: str) -> bool:
    """Whether ``text`` is a mail's request to think before printing it."""
    return len(text.split()) <= _WORDS and _REQUEST.search(text.strip()) is not None


__all__ = ["print_request"]
