"""Lines a page, a channel or a bulletin sets in or around an article that are no article
text, whatever outlet prints them: a reference list's entry ('^ Bộ X. "Title". Truy cập
ngày …', 'Ministry. "Title". Retrieved 2 May 2025.'), a channel's forward label ("Chuyển
tiếp từ …", "Forwarded from …"), a donation appeal ("… needs you. Donate today."), a
bulletin's closing referral ("Thông tin chi tiết xin liên hệ …", "For more information,
please contact …"), a ticker's dated headline ("… khai trương đường bay mới (12/7)") and a
newsroom's note to itself left on a draft or a preview ("Ghi chú nội bộ: …", "Ghi chú BTV:
…", "Internal note: …": labelled for the desk, never for the reader).
This module owns those shapes; each is one line, judged on its own."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.usenotes import use_note
from briefer.ingest.widgetrows import widget_row

_SHORT: Final = 200  # (each shape is one line; a paragraph of prose is longer)

# A wiki's back-link caret opens a note; a citation ends on the day it was read.
_REFERENCE: Final = re.compile(
    r"^\^\s*(?:[a-z]\s+){0,6}\S"
    r"|[.\"”]\s*(?:Truy\s+cập|Truy\s+xuất|Retrieved|Accessed)(?:\s+(?:ngày|on))?"
    r"\s+[\w ,/.-]{4,40}?\.?$",
    re.IGNORECASE,
)
# A messaging channel's label over a reposted message: the source's name, no sentence.
_FORWARD: Final = re.compile(
    r"^(?:Chuyển\s+tiếp\s+từ|Được\s+chuyển\s+tiếp\s+từ|Forwarded\s+(?:message\s+)?from)"
    r"\s*:?\s+\S[^.!?]{0,100}$",
    re.IGNORECASE,
)
# An appeal to the reader for money: an imperative closing the line, or the outlet
# "needing" the reader.
_APPEAL: Final = re.compile(
    r"(?:^|[.!?]\s+)(?:Donate|Give|Chip\s+in|Support\s+us|Become\s+a\s+(?:supporter|donor))"
    r"(?:\s+(?:now|today|here))?\s*[.!]?$"
    r"|\bjournalism\s+needs\s+(?:you|your\s+support)\b"
    r"|^(?:Hãy\s+)?(?:ủng\s+hộ|quyên\s+góp\s+cho)\s+(?:tòa\s+soạn|chúng\s+tôi|báo)\b",
    re.IGNORECASE,
)
# A bulletin's closing referral to its issuer: who to ask, never what happened.
_REFERRAL: Final = re.compile(
    r"^(?:Mọi\s+)?(?:thông\s+tin\s+(?:chi\s+tiết|cụ\s+thể|thêm)|chi\s+tiết)"
    r"(?:\s+(?:xin|vui\s+lòng|đề\s+nghị))?\s*,?\s*(?:xin\s+)?(?:liên\s+hệ|liên\s+lạc)\b"
    r"|^For\s+(?:more|further)\s+(?:information|details)\s*,?\s*(?:please\s+)?"
    r"(?:contact|visit|call|e-?mail|write\s+to)\b",
    re.IGNORECASE,
)
# A ticker's headline: words with no sentence end, then the day in brackets (a prose
# sentence ends on its full stop, after any bracket).
_TICKER: Final = re.compile(
    r"^\S.{14,140}[^\s.!?:;,]\s+\((?:\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\)$"
)

# A note labelled for the newsroom itself: internal, or to the desk's editor (BTV); a note
# of the editors to the readers ("Ghi chú của tòa soạn:", "Editor's note:") is public.
_DESK_NOTE: Final = re.compile(
    r"^(?:Ghi\s+chú|Lưu\s+ý|Chú\s+ý|Note)\s+(?:(?:cho|của|gửi)\s+)?"
    r"(?:nội\s+bộ|BTV|internal|(?:to|for)\s+(?:the\s+)?desk)\s*:\s*\S"
    r"|^(?:Internal|Desk)\s+note\s*:\s*\S",
    re.IGNORECASE,
)


def loose_line(text: str) -> str:
    """The reason ``text``, a line on its own, is none of the article's text; "" if none."""
    line = text.strip()
    if len(line) > _SHORT:
        return ""
    if _REFERENCE.search(line):
        return "reference"
    if _FORWARD.match(line):
        return "forwarded from"
    if _APPEAL.search(line):
        return "appeal"
    if _REFERRAL.match(line):
        return "contact"
    if _TICKER.match(line):
        return "related headline"
    if _DESK_NOTE.match(line):
        return "desk note"
    if widget_row(line):
        return "widget"  # ("Tashkent +31°C  USD 12 580.45 UZS": the site's live readings)
    return use_note(line)  # ("Ghi chú: Bản tin chỉ phục vụ …", "Posted By X On … | No Comments")


__all__ = ["loose_line"]
