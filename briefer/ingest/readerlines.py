"""Lines a page or a mail sets around its text for the reader or the receiver, never the
article's own words: a paywall's meter and its offer ("Bạn đã đọc 2/3 bài viết miễn phí",
"Subscribe to continue reading", "Already have an account? Sign in"), a feature's lock ("You
must be logged in to use this feature"), a file offered for download or a table left in the
attachment ("Tải về: X.xlsx", "Bảng: … (xem file đính kèm)"), a mail's attachments under its
signature ("Đính kèm: X.pdf (412 KB)"), a sender's cover note asking to publish what follows
("Phòng X xin gửi bản tin để đăng trên …"), and a diary entry of an event ("Hội nghị …:
14h00, 28/11/2025, Hội trường …").

:func:`reader_line` gives the reason such a line leaves the body ("" for any other line).
"""

from __future__ import annotations

import re
from typing import Final

# A paywall counts the free articles read, sells the subscription that lifts the limit and
# offers the sign-in to subscribers: each says so in a few words, never in an article's.
_METER: Final = re.compile(
    r"\b(?:bạn đã (?:đọc|xem) (?:hết )?\d+\s*/\s*\d+ bài(?: viết)? miễn phí"
    r"|bạn đã (?:đọc|xem) hết (?:số )?bài(?: viết)? miễn phí"
    r"|you(?:'ve| have) read \d+ (?:of|out of) (?:your )?\d+ free (?:articles?|stories)"
    r"|you(?:'ve| have) (?:reached|used) (?:your|the) (?:limit of )?(?:\d+ )?free"
    r" (?:articles?|stories)"
    r"|(?:free articles?|bài viết miễn phí) (?:remaining|left|còn lại))",
    re.IGNORECASE,
)
_OFFER: Final = re.compile(
    r"\b(?:đăng ký[^!?]{0,60}?\bđể (?:đọc|xem) (?:tiếp|toàn bộ|không giới hạn|đầy đủ)"
    r"|subscribe[^!?]{0,60}?\b(?:to (?:continue|keep) reading|(?:for|to get) unlimited"
    r" (?:access|reading)|to read (?:the full|this|more|on))"
    r"|(?:this (?:article|story|content) is (?:for|available to|only for) (?:subscribers|members))"
    r"|(?:bài viết (?:này )?(?:chỉ )?dành (?:riêng )?cho (?:hội viên|thuê bao|tài khoản)))",
    re.IGNORECASE,
)
_SIGN_IN: Final = re.compile(
    r"^(?:đã có tài khoản|already (?:have an account|a subscriber|a member))\s*\?"
    r"\s*(?:đăng nhập|sign in|log in|login)\b",
    re.IGNORECASE,
)
_PAYWALL_WORDS: Final = 40
# A site feature's lock: the reader is told to log in (with the site's account) to use one of
# the page's features — to comment, to like, to give a star, to follow, to save, to use or
# carry out "this function". The feature may stand as its button's label before it ("Tặng
# sao Bạn cần đăng nhập …"). The reader is
# addressed and the purpose is the page's own feature, never a step of a procedure an article
# describes ("Người dân đăng nhập cổng dịch vụ công để nộp hồ sơ").
_LOGIN_NEEDED: Final = re.compile(
    r"^(?:[^\W\d_][\w-]*\s+){0,3}?(?:bạn|quý\s+(?:vị|độc\s+giả)|you)\s+(?:cần|phải|vui\s+lòng"
    r"|must|need\s+to|have\s+to|should)\s+(?:be\s+)?(?:đăng\s+nhập|log(?:ged)?\s*in|sign(?:ed)?\s*in)"
    r"\b.{0,60}?\b(?:để|to)\s+(?:có\s+thể\s+|be\s+able\s+to\s+)?(?:sử\s+dụng|dùng|thực\s+hiện|use|access|perform)"
    r"\s+(?:(?:this|the)\s+)?(?:tính\s+năng|chức\s+năng|features?|functions?)\b"
    r"|^(?:[^\W\d_][\w-]*\s+){0,3}?(?:bạn|quý\s+(?:vị|độc\s+giả)|you)\s+(?:cần|phải|must"
    r"|need\s+to|have\s+to)\s+(?:be\s+)?(?:đăng\s+nhập|log(?:ged)?\s*in|sign(?:ed)?\s*in)\b.{0,60}?"
    r"\b(?:để|to)\s+(?:bình\s+luận|tặng|thích|bình\s+chọn|lưu|theo\s+dõi|comment|like|vote|save"
    r"|follow|rate)\b",
    re.IGNORECASE,
)
_LOGIN_WORDS: Final = 30

# A file offered for download, or a table or chart the text leaves to the attachment: the
# label and a file's name, or the pointer to the attached file.
_DOWNLOAD: Final = re.compile(
    r"^(?:tải về|tải xuống|download|tệp đính kèm|file đính kèm|attachments?|attached files?)"
    r"\s*:\s*\S+\.(?:xlsx?|docx?|pdf|csv|pptx?|zip|rar|jpe?g|png)\b",
    re.IGNORECASE,
)
# "Đính kèm: file.pdf (412 KB)", "Attachment: a.docx; b.xlsx": a mail's attachments under its
# signature, the label (its colon may go) and nothing but the files and their sizes.
_FILE: Final = r"[\w.()\-]+\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png|txt|odt)"
_ATTACHED_FILES: Final = re.compile(
    rf"^(?:Đính\s+kèm|Tệp\s+(?:đính\s+kèm|kèm\s+theo)|File\s+đính\s+kèm|Attachments?|Attached"
    rf"(?:\s+files?)?)\s*:?\s*{_FILE}(?:\s*\(\s*[\d.,]+\s*[KMG]?B\s*\))?"
    rf"(?:\s*[;,]\s*{_FILE}(?:\s*\(\s*[\d.,]+\s*[KMG]?B\s*\))?)*$",
    re.IGNORECASE,
)
_SEE_ATTACHED: Final = re.compile(
    r"\((?:xem|chi tiết (?:xem )?(?:tại|trong)) (?:file|tệp|tập tin) đính kèm\)\s*\.?$"
    r"|\((?:see|details in) (?:the )?(?:attached (?:file|spreadsheet|table|document)"
    r"|attachment)\)\s*\.?$",
    re.IGNORECASE,
)
_ATTACHED_WORDS: Final = 30

# A sender's cover note over what it forwards for publication: it sends the item for the
# receiver to post, and says nothing of the news.
_COVER: Final = re.compile(
    r"\bxin (?:gửi|chuyển)\b[^.!?]{0,80}\bđể (?:đăng|đăng tải|đưa tin|đưa lên|phổ biến)\b"
    r"|\b(?:please find|we (?:are sending|send|forward)|i (?:am sending|send|forward))"
    r"\b[^.!?]{0,80}\bfor (?:publication|posting|publishing|use) (?:on|in)\b",
    re.IGNORECASE,
)
_COVER_WORDS: Final = 40

# A diary entry: an event's name, then its hour and day (and its hall), all a label and its
# particulars, no sentence: "Tập huấn X: 8h00, 12/11/2025, Hội trường A".
_CLOCK: Final = r"\d{1,2}\s*(?:h|g|:)\s*\d{0,2}(?:\s*[ap]\.?m\.?)?"
_DAY: Final = (
    r"(?:(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})"
)
_EVENT: Final = re.compile(
    rf"^[^:.!?]{{3,80}}:\s*(?:{_CLOCK}\s*[,;–-]\s*{_DAY}|{_DAY}\s*[,;–-]\s*{_CLOCK})"
    r"(?:\s*[,;–-]\s*[^.!?]{0,80})?$"
)
_EVENT_WORDS: Final = 25


def reader_line(text: str) -> str:
    """Why ``text`` (one line) is the page's or the mail's own, not the article's: "paywall",
    "attachment", "cover note", "event notice"; "" for any other line."""
    line = text.strip()
    size = len(line.split())
    if size <= _PAYWALL_WORDS and (
        _METER.search(line) or _OFFER.search(line) or _SIGN_IN.match(line)
    ):
        return "paywall"
    if size <= _LOGIN_WORDS and _LOGIN_NEEDED.match(line) and not re.search(r"\d", line):
        return "login notice"
    if size <= _ATTACHED_WORDS and (
        _DOWNLOAD.match(line) or _SEE_ATTACHED.search(line) or _ATTACHED_FILES.match(line)
    ):
        return "attachment"
    if size <= _COVER_WORDS and _COVER.search(line):
        return "cover note"
    if size <= _EVENT_WORDS and _EVENT.match(line):
        return "event notice"
    return ""


__all__ = ["reader_line"]
