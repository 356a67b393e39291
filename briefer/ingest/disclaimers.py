"""A publisher's disclaimer at a document's foot (pure): what the text says of its own
reliability and the publisher's liability, not what it reports.

A market update, a briefing or a newsletter often closes on a paragraph that limits the
publisher's responsibility for its use. It is told apart by its form, in any language:

- a label naming it ("Disclaimer: …", "Legal notice: …", "Miễn trừ trách nhiệm: …",
  "Tuyên bố miễn trừ: …", "Haftungsausschluss: …", "Avertissement : …"), whatever follows;
- or, without a label, a denial of liability ("accepts no liability", "is not responsible
  for", "không chịu trách nhiệm") in a sentence about the text itself ("this update", "the
  information", "nội dung", "thông tin này") or its use for information only.

This module owns :func:`publisher_disclaimer`; the views-are-the-author's note of a column
is ``notices.disclaimer``.
"""

from __future__ import annotations

import re
from typing import Final

_LABEL: Final = re.compile(
    r"^\W{0,3}(?:(?:legal\s+|important\s+)?disclaimer|legal\s+notice|limitation\s+of\s+liability"
    r"|(?:tuyên\s+bố\s+)?miễn\s+trừ(?:\s+trách\s+nhiệm)?|khước\s+từ\s+trách\s+nhiệm"
    r"|haftungsausschluss|avertissement|clause\s+de\s+non-responsabilité"
    r"|descargo(?:\s+de\s+responsabilidad)?"
    r"|aviso\s+legal|exoneração|vastuuvapauslauseke|ansvarsfriskrivning|ansvarsfraskrivelse"
    r")\s*[:：.–—-]\s*\S",
    re.IGNORECASE,
)
# A denial of liability or responsibility for what the text says or how it is used.
_DENIAL: Final = re.compile(
    r"\b(?:accepts?|assumes?|bears?|takes?|has|have)\s+no\s+(?:legal\s+)?"
    r"(?:liability|responsibility)"
    r"|\b(?:is|are|shall\s+not\s+be|will\s+not\s+be|cannot\s+be)\s+(?:not\s+)?"
    r"(?:held\s+)?(?:liable|responsible)\s+for"
    r"|\bkhông\s+(?:chịu|có)\s+(?:bất\s+kỳ\s+)?trách\s+nhiệm"
    r"|\bmiễn\s+trừ\s+(?:mọi\s+)?trách\s+nhiệm",
    re.IGNORECASE,
)
# The text itself, or its use: the denial covers the document, not an actor in the news.
_SELF: Final = re.compile(
    r"\b(?:this|the)\s+(?:update|report|briefing|brief|newsletter|bulletin|document"
    r"|publication|information|content|material|analysis|note)s?\b|\bits\s+content"
    r"|\bfor\s+information(?:al)?\s+(?:purposes\s+)?only\b|\bon\s+the\s+basis\s+of\b"
    r"|\b(?:bản\s+tin|báo\s+cáo|tài\s+liệu|ấn\s+phẩm)\s+này\b|\bnội\s+dung\s+(?:này|trên)\b"
    r"|\bthông\s+tin\s+(?:này|trên|trong)\b|\bchỉ\s+(?:mang\s+tính|để|dùng\s+để)\s+tham\s+khảo",
    re.IGNORECASE,
)
_MAX_WORDS: Final = 80  # a paragraph of small print, not a section of the text


def publisher_disclaimer(text: str) -> bool:
    """Whether ``text`` (one paragraph) is a publisher's disclaimer (see the docstring)."""
    line = text.strip()
    if not line or len(line.split()) > _MAX_WORDS:
        return False
    if _LABEL.match(line):
        return True
    return bool(_DENIAL.search(line) and _SELF.search(line))


__all__ = ["publisher_disclaimer"]
