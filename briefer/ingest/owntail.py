"""The outlet's pointer to an earlier story of its own, under the article (pure): "Earlier,
Kazinform reported that …", "Previously, The Star wrote …", "Trước đó, VnExpress đưa tin …".

A site closes a story with a line that sends the reader to another story it ran before — the
outlet itself is the one who reported, so the line is the site's cross-reference, not the
article's news. Read by shape: the article's last sentence, opening with "earlier", the
page's own outlet (the name the page gives itself) as the subject, a reporter's verb
("reported", "đưa tin"), and no figure. A sentence whose subject is anyone else
("Earlier, the minister said …", "Earlier, Reuters reported …" on another outlet's page) is
the article's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefer.ingest.cleantypes import Cleaned, Removed
from briefer.ingest.metachoice import same_outlet

_B: Final = r"[^\S\n]"
_EARLIER: Final = re.compile(
    rf"^(?i:earlier|previously|before{_B}+that|trước{_B}+đó|trước{_B}+đây),?{_B}+"
    # (the outlet as it names itself, from a capital — "Dân trí" —, "the" or "báo" before it)
    rf"(?:(?i:the|báo){_B}+)?(?P<name>[^\W\d_a-zđ][\w.&'’-]*(?:{_B}+[^\W\d_][\w.&'’-]*){{0,4}}?)"
    rf"{_B}+(?i:(?:has|had|đã|từng|cũng){_B}+)?"
    # (a reporter's verbs only: "Bộ Ngoại giao đã thông tin về …" is a ministry's own
    # announcement, "Chính phủ đã có bài trả lời …" a sentence of the article's)
    rf"(?i:reported|wrote|đưa{_B}+tin|có{_B}+bài{_B}+viết)\b"
)
# A figure in the line: a pointer carries none, the article's own sentence may ("Trước đó,
# VnExpress đưa tin xuất khẩu gạo … tăng 20%" is news, whoever reported it).
_FIGURE: Final = re.compile(r"\d")


def own_earlier(text: str, outlet: str) -> bool:
    """``text`` is a pointer to an earlier story that ``outlet`` (the page's own) reported."""
    match = _EARLIER.match(text.strip())
    return (
        bool(outlet)
        and match is not None
        and not _FIGURE.search(text)
        and same_outlet(match.group("name"), outlet)
    )


def without_own_earlier(cleaned: Cleaned, outlet: str) -> Cleaned:
    """``cleaned`` without its last paragraph when that points to an earlier story of the
    page's own ``outlet`` (the chosen outlet: only it tells the outlet's own name from
    another's)."""
    paragraphs = cleaned.paragraphs
    if len(paragraphs) < 2 or not own_earlier(paragraphs[-1], outlet):
        return cleaned
    body = "\n\n".join(paragraphs[:-1])
    return replace(
        cleaned, body=body, removed=[*cleaned.removed, Removed(paragraphs[-1], "related story")]
    )


__all__ = ["own_earlier", "without_own_earlier"]
