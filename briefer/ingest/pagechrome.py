"""A web page's own controls and notices, read as LINES of its pasted copy (pure).

A browser copy keeps the words of the page's buttons and boxes with no tag to tell them from
the article: a save or share button ("Lưu bài", "Share:"), a text-size switch, an audio
player's controls and clock ("Nghe bài viết", "00:00 / 04:37", "Tốc độ: 1x"), a search box's
placeholder, the comment box's state and count ("Comments are closed on this article.",
"0 bình luận"), a rating prompt about the page ("Bài viết hữu ích? Đánh giá: ★★★★★",
"What do you think of this article? Happy · Sad"), a poll, an ask to subscribe, sign up,
donate or join a channel ("… straight to your inbox", "from $0.99/month"), a copyright or
licence line ("® X giữ bản quyền …", "All rights of … belong to …", "Số giấy phép 45/GP-…",
"licensed under a Creative Commons …"), a print view's source lines ("URL to article: …",
"[1] in a statement: https://…"), a feed's subscribe row, a category row ("Categories: A,
B."), a related-story label with its headline ("Related coverage: Headline") and a speech's
delivery mark ("Check against delivery").

Each shape is one short line, read by its words' roles — a control's label alone on its line,
the reader addressed about the page, an offer's price per period, a rights formula — never an
outlet's wording. :func:`chrome_line` names the shape ("" for any other line).
"""

from __future__ import annotations

import re
from typing import Final

_ADDRESS_WORDS: Final = 25
_SHORT: Final = 40  # words: every shape here is a line of the page's chrome, not a paragraph
_AFTER_ASK: Final = 16  # words an ask's line may go on with ("… on Yle Areena, Spotify or Apple.")
_I: Final = re.IGNORECASE

# A control's label alone on its line: the button's word(s), nothing after them.
_CONTROL: Final = re.compile(
    r"^(?:Lưu(?:\s+bài(?:\s+viết)?|\s+tin)?|Đã\s+lưu|Save(?:\s+(?:article|story|for\s+later))?"
    # (the network the post goes to may follow: "Chia sẻ bài viết lên Facebook", "qua Zalo")
    r"|Chia\s+sẻ(?:\s+bài\s+viết)?(?:\s+(?:(?:lên|qua|trên)\s+)?(?:Facebook|Zalo|Twitter|X))?"
    r"|Share(?:\s+(?:this|article|story"
    r"|on\s+\w+))?|In\s+bài(?:\s+viết)?|Print(?:\s+(?:article|this\s+page))?"
    r"|Nghe\s+bài(?:\s+viết)?|Đọc\s+bài(?:\s+viết)?|Listen(?:\s+to\s+(?:this\s+)?(?:article|story))?"
    r"|Giọng\s+(?:nam|nữ)(?:\s+miền\s+\w+)?|Tìm\s+kiếm|Search|Xem\s+kết\s+quả|View\s+results"
    r"|Open\s+this\s+(?:photo|image)\s+in\s+gallery|Click\s+here\s+to\s+print|Like\s+\d+"
    r"|Like\s+this\s*:?\s*Like\s+Loading)\s*[:.…]*$"
    # a text-size switch ("Cỡ chữ A- A+", "Font size A A A"), a player's speed ("Tốc độ: 1x")
    r"|^(?:Cỡ\s+chữ|Font\s+size|Text\s+size)\b[\sA+\-−]*$"
    r"|^(?:Tốc\s+độ|Speed|Playback\s+speed)\s*:?\s*\d(?:[.,]\d+)?\s*x$",
    _I,
)
# A row of controls run on in one line ("Lưu bài Chia sẻ Facebook Chia sẻ Zalo Bình luận (0)",
# "Like 214 Chia sẻ Lưu bài viết", "Nghe bài viết 00:00 / 04:37 Tốc độ: 1x Giọng nữ miền
# Bắc"): two or more controls' labels and nothing else.
_ITEM: Final = (
    r"(?:Lưu(?:\s+bài(?:\s+viết)?|\s+tin)|Đã\s+lưu|Chia\s+sẻ(?:\s+(?:Facebook|Zalo|Twitter|X))?:?"
    r"|Share(?:\s+on\s+\w+)?:?|f|Facebook|Zalo|Twitter|Email|In\s+bài(?:\s+viết)?|Print"
    # (the link's own button: "Sao chép liên kết", "Copy link")
    r"|(?:Sao\s+chép|Copy)\s+(?:liên\s+kết|link|đường\s+dẫn)"
    r"|Cỡ\s+chữ|Font\s+size|A\s?[-−+]|Nghe\s+bài(?:\s+viết)?|Listen|Like\s+\d+|Thích\s+\d+"
    r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|(?:Tốc\s+độ|Speed)\s*:?\s*\d(?:[.,]\d+)?\s*x"
    r"|Giọng\s+(?:nam|nữ)(?:\s+miền\s+(?:Bắc|Trung|Nam))?"
    r"|(?:Bình\s+luận|Comments?)\s*\(\d+\)|\d+\s+(?:bình\s+luận|comments?)"
    r"|(?:Theo\s+dõi|Follow)\s+(?:\S+\s+){1,4}(?:trên|on)\s+Google\s+News)"
)
_CONTROL_ROW: Final = re.compile(rf"^{_ITEM}(?:\s+{_ITEM})+$", _I)
# Parts of a row set apart by a middle dot or a bar ("0 bình luận · Hãy là người đầu tiên …").
_ROW_PARTS: Final = re.compile(r"\s+[·|•]\s+")
# A live page's switches: "Tự động cập nhật: BẬT", "Auto-refresh: ON", "Sắp xếp: Mới nhất
# trước", "Sort by: Newest first".
_SWITCH: Final = re.compile(
    r"^(?:Tự\s+động\s+cập\s+nhật|Auto[- ]?(?:refresh|update))\s*:?\s*(?:bật|tắt|on|off)$"
    r"|^(?:Sắp\s+xếp(?:\s+theo)?|Sort(?:\s+by)?)\s*:\s*(?:Mới\s+nhất|Cũ\s+nhất|Newest|Oldest"
    r"|Latest)\b[^.!?]{0,20}$",
    _I,
)
# An audio or video player's clock: "00:00 / 04:37".
_PLAYER_CLOCK: Final = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$")
# "Theo dõi X trên Google News", "Follow X on Facebook and X and never miss an update!": a
# call to follow the site elsewhere.
_NETWORK: Final = (
    r"(?:Google\s+News|Facebook|Twitter|X|Zalo|WhatsApp|Telegram|YouTube|TikTok|Instagram"
    r"|LinkedIn|[\w.-]+\.[a-z]{2,}(?:/\S*)?)"
)
_FOLLOW: Final = re.compile(
    rf"^(?:Theo\s+dõi|Follow|Connect\s+with)\b.{{1,60}}\b(?:trên|on|at)\s*:?\s*{_NETWORK}"
    rf"(?:\s*(?:,|and|và)\s*{_NETWORK})*(?:\s+(?:and|để)\s+[^.!?]{{1,40}})?\s*[.!]?$",
    _I,
)

# The comment box: its state, its count, its call to be first, its rules.
_COMMENTS: Final = re.compile(
    r"^Comments?\s+(?:are|is)\s+(?:now\s+)?(?:closed|disabled|turned\s+off)\b[^.!?]{0,30}[.!]?$"
    r"|^(?:Bình\s+luận|Comments?)\s+(?:đã\s+)?(?:bị\s+)?(?:đóng|khóa)\b[^.!?]{0,30}\.?$"
    r"|^\d+\s+(?:bình\s+luận|comments?|ý\s+kiến)$|^(?:Bình\s+luận|Comments?|Ý\s+kiến)\s*\(\d+\)$"
    r"|^(?:Hãy\s+là\s+người\s+đầu\s+tiên\s+bình\s+luận|Be\s+the\s+first\s+to\s+comment)\b"
    r"|\b(?:comment|commenting|community)\s+(?:policy|rules|guidelines)\b"
    r"|\bcomment\s+on\s+our\s+\w+\s+page\b",
    _I,
)

# The reader asked about the page itself, or polled: "Bài viết hữu ích?", "Is this page
# useful?", "What do you think of this article? Happy · Sad", "Bình chọn: …? Có Không".
_PAGE: Final = r"(?:bài\s+viết|bài\s+báo|tin\s+bài|bài|tin|nội\s+dung|article|story|page|post)"
_ASK: Final = re.compile(
    rf"{_PAGE}(?:\s+(?:này|this))?\s+(?:có\s+)?(?:rất\s+)?(?:hữu\s+ích|useful|helpful)\b.{{0,12}}\?"
    rf"|\b(?:is|was|did\s+you\s+find)\s+this\s+{_PAGE}\b[^.!?]{{0,20}}\?"
    rf"|\bbạn\s+thấy\s+(?:bài\s+viết|bài|tin)\s+(?:này\s+)?[^.!?]{{0,20}}\?"
    rf"|^What\s+do\s+you\s+think\s+(?:of|about)\s+this\s+{_PAGE}\s*\?"
    rf"|^(?:Bình\s+chọn|Thăm\s+dò(?:\s+ý\s+kiến)?|Khảo\s+sát|Poll|Vote)\s*:[^.!]{{3,120}}\?"
    rf"|^Mời\s+(?:bạn|quý\s+vị)(?:\s+đọc)?\s+(?:chia\s+sẻ|bình\s+luận|gửi)\s+"
    rf"(?:suy\s+nghĩ|ý\s+kiến|bình\s+luận|cảm\s+nhận)\b[^.!?]{{0,40}}[.!]?$"
    rf"|^Share\s+your\s+(?:thoughts|views|comments)\b[^.!?]{{0,30}}[.!]?$"
    r"|[★☆]{3,}",
    _I,
)

# An ask to pay, subscribe, sign up, donate, join: the offer's words with a price per period,
# the inbox the letter comes to, the members or readers the outlet lives on.
_PER_PERIOD: Final = (
    r"(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:USD|EUR|GBP|đồng|đ))\s*(?:/\s*|a\s+|per\s+|mỗi\s+)"
    r"(?:month|mo|year|yr|week|tháng|năm|tuần)\b"
)
_ASKS: Final = re.compile(
    rf"\b(?:access|subscribe|subscription|member(?:ship)?|trial|sign\s+up|đăng\s+ký)\b.{{0,60}}"
    rf"{_PER_PERIOD}|{_PER_PERIOD}.{{0,40}}\b(?:access|subscribe|subscription|member(?:ship)?"
    r"|trial)\b"
    r"|^(?:Sign\s+up|Subscribe|Register)\b.{0,60}\b(?:newsletters?|inbox|updates|alerts)\b"
    r"|\b(?:straight|delivered|direct(?:ly)?)\s+to\s+your\s+inbox\b"
    r"|^\S.{0,40}\bnewsletter$"  # a newsletter's sign-up box: its name, the word, no verb
    r"|(?:^|[.!?]\s+)(?:Sign\s+up|Subscribe|Register)(?:\s+(?:here|now|today|for\s+free))?"
    r"\s*[.!]?$"  # (a box's blurb closing on its imperative: "… a new global order. Sign up here")
    r"|^(?:Enjoying|Enjoyed|Like|Liked)\s+this\s+(?:article|story|piece)\s*\?"
    r"|^Support\s+(?:independent|quality|local|our|trusted)\s+(?:\w+\s+)?journalism\b"
    r"|\bBecome\s+an?\s+.{0,40}\b(?:member|subscriber|supporter|patron)\b[^.!?]{0,12}[.!]?$"
    r"|^(?:Thank\s+you|Thanks)\s+for\s+(?:donating|your\s+donation|subscribing)\b"
    r"|\b(?:support|donations?|generosity)\s+(?:of|from)\s+our\s+readers\b"
    r"|\b\d+\s+free\s+(?:articles|stories)\b|\bsubscription\s+(?:options|plans)\b"
    r"|\b(?:offered|available)\s+(?:only\s+)?to\s+(?:our\s+)?subscribers\b"
    r"|\bjoin\s+our\s+(?:\w+\s+)?(?:channel|community|newsletter)\b"
    r"|^(?:Don't|Do\s+not|Never)\s+miss\b.{0,40}\b(?:update|news|stories|story|newsletter)s?\b"
    r"|^Check\s+out\s+the\s+latest\s+episode\b"
    r"|\b(?:nguồn\s+cấp|RSS\s+feed|this\s+feed)\b",  # a feed's subscribe row
    _I,
)

# Rights and licences: "® X giữ bản quyền …", "All rights of … belong to X.", "Reproduction
# prohibited.", "licensed under a Creative Commons …", a press licence's number closing the line
# ("Số giấy phép 45/GP-BTTTT"), the publisher's editor in charge ("Chịu trách nhiệm xuất bản:").
_RIGHTS: Final = re.compile(
    r"^®|\b(?:giữ|bảo\s+lưu)\s+(?:toàn\s+bộ\s+)?bản\s+quyền\b"
    r"|^All\s+rights\s+(?:of|to|in|on)\b.{0,100}\bbelong\s+to\b"
    r"|\b(?:Reproduction|Republication|Copying)\s+(?:is\s+)?(?:strictly\s+)?(?:prohibited|forbidden"
    r"|not\s+permitted)\b"
    r"|\b(?:licen[sc]ed\s+under|phát\s+hành\s+theo)\b.{0,20}\b(?:Creative\s+Commons|Giấy\s+phép"
    r"\s+Creative)\b"
    r"|\bgiấy\s+phép(?:\s+số)?\s*:?\s*\d+\s*/\s*GP\b[\w/-]*\.?$"
    r"|^Chịu\s+trách\s+nhiệm\s+(?:xuất\s+bản|nội\s+dung)\s*:"
    r"|\b(?:does\s+not|do\s+not)\s+(?:exercise|have)\s+editorial\s+control\b"
    r"|\bkhông\s+(?:phải\s+)?(?:là\s+)?khuyến\s+nghị\s+đầu\s+tư\b|\bnot\s+(?:an?\s+)?investment"
    r"\s+advice\b"
    r"|^Our\s+(?:standards|editorial\s+(?:standards|policy)|ethics)\s*:",
    _I,
)

# A print view's source lines and a link list's entries: "URL to article: https://…",
# "[1] in a statement: https://…".
_PRINTED: Final = re.compile(
    r"^(?:Article\s+printed\s+from|URL\s+to\s+article|URLs\s+in\s+this\s+post)\b"
    r"|^\[\d{1,3}\]\s[^.!?]{0,80}:\s*https?://\S+$",
    _I,
)

# A category row: the label, then names parted by commas or bars, no sentence.
_CATEGORIES: Final = re.compile(
    r"^(?:Thể\s+loại|Chuyên\s+mục|Categories|Category|Filed\s+under|Related\s+portfolios?"
    r"|Distribution\s+channels?)\s*:"
    r"\s*[^.!?]{1,40}(?:\s*[,|]\s*[^.!?,|]{1,40}){0,8}\.?$",
    _I,
)

# A related-story label with the headline on its line: "Related coverage: Headline", "Xem thêm:
# Headline" (a headline has no final stop; a sentence after "See also:" would).
_RELATED: Final = re.compile(
    r"^(?:Related(?:\s+(?:coverage|stories|story|articles?|news|content|reading))?|Read\s+(?:more"
    r"|also)|Also\s+read|See\s+also|Xem\s+thêm|Đọc\s+thêm|Tin\s+liên\s+quan|Bài\s+liên\s+quan)"
    r"\s*:?\s+\S[^\n]{4,150}[^.!:;,\s]$",
    _I,
)

# A page's time stamp on its own line: the label, then only the day and the hour (and the
# section it was posted in): "Updated at : November 4, 2025 08:05", "Posted on May 3, 2025 in
# News", "Cập nhật: 08:12, Thứ Sáu 21-3-2025", "2 ngày trước", "This page was last edited on …".
_WHEN: Final = (  # a word of a day and hour: figures, a month's or a weekday's name, a zone
    r"(?:\d[\d/.:-]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|[ap]\.?m\.?|[A-Z]{2,4}(?:[+-]\d{1,2})?"
    r"|Thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật|ngày|tháng|năm|lúc|at|[-–|])"
)
_STAMP: Final = re.compile(
    r"^(?:Published|Updated|Last\s+updated?|Last\s+update|Posted|Cập\s+nhật(?:\s+lần\s+cuối)?"
    r"|Ngày\s+(?:đăng|cập\s+nhật)|Đăng\s+(?:lúc|ngày))(?:\s+(?:at|on|lúc|vào|ngày))?\s*:?\s+"
    rf"(?=[^!?]*(?:\b\d{{4}}\b|\d{{1,2}}:\d{{2}})){_WHEN}(?:[\s,.]+{_WHEN})*"
    r"(?:\s+in\s+[A-Z][\w&]*(?:\s+[\w&]+){0,3})?\s*\.?$"
    r"|^\d{1,2}\s+(?:phút|giờ|ngày|tuần)\s+trước$|^\d{1,2}\s+(?:minutes?|hours?|days?|weeks?)\s+ago$"
    r"|^(?:Trang\s+này\s+được\s+sửa\s+đổi\s+lần\s+cuối|This\s+page\s+was\s+last\s+(?:edited"
    r"|modified))\b",
    _I,
)
# A page's field label alone on its line, its value on the next ("From:" / "British Embassy
# …", "Số ký hiệu:" / "125/TB-UBND"): the label is the page's form, never a sentence. (The
# value stays: a signer or a number the readers above may have taken.)
_FIELD_LABEL: Final = re.compile(
    r"^(?:From|Delivered\s+on|Published(?:\s+on)?|Last\s+updated|(?:Media\s+|Press\s+)?Contacts?"
    r"|Joint\s+(?:media\s+)?(?:release|statement)\s+with|Số\s+ký\s+hiệu|Ngày\s+ban\s+hành"
    r"|Ngày\s+hiệu\s+lực|Cơ\s+quan\s+ban\s+hành|Người\s+ký|Tệp\s+đính\s+kèm|Trích\s+yếu"
    r"|Loại\s+văn\s+bản|Lĩnh\s+vực)\s*:$",
    _I,
)
# A teaser cut short with its link ("… đoàn công tác tỉnh X (Hàn Quốc)... xem thêm"), and an
# address alone on its line ("press@example.org"): a box's and a contact block's, no text.
_CUT_TEASER: Final = re.compile(
    r"(?:\.\.\.|…)\s*(?:xem\s+thêm|đọc\s+tiếp|read\s+more|continue\s+reading|more)\s*[»›>]?$", _I
)
_ADDRESS: Final = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# A site's standing notice to some of its readers (an acknowledgement of the land's owners, a
# warning that the site shows people who have died).
_STANDING: Final = re.compile(
    r"\backnowledges?\b.{0,120}\bTraditional\s+(?:Custodians|Owners)\b"
    r"|\bmay\s+contain\s+images\b.{0,60}\b(?:people|persons)\s+who\s+have\s+died\b",
    _I,
)
# A paper's or a school's imprint at the foot: the organ it belongs to ("Báo X - Cơ quan của
# Y"), its newsroom's address ("Tòa soạn: …"), the credit asked when reposting ("Ghi rõ nguồn
# … khi phát hành lại"), or an address alone (a number, then two of a ward's, a district's, a
# city's names, no sentence's stop). ("Ghi chú của Tòa soạn:" is a note's label, no address.)
_IMPRINT: Final = re.compile(
    r"\s[-–]\s+Cơ\s+quan\s+(?:của|chủ\s+quản)\b|(?<!của\s)\bTòa\s+soạn\s*:"
    r"|\bghi\s+rõ\s+nguồn\b.{0,60}\bkhi\s+(?:phát\s+hành\s+lại|sử\s+dụng|trích\s+dẫn)",
    _I,
)
_ADMIN: Final = re.compile(
    r"\b(?:phường|quận|xã|huyện|thị\s+xã|TP\.?|thành\s+phố|tỉnh|khu\s+phố)(?=\s)", _I
)
_STREET_NUMBER: Final = re.compile(
    r"^(?:No\.\s*|Số\s+)?\d+[A-Z]?(?:/\d+)*,?\s+\S|(?:^|[-–:]\s*)Khu\s+phố\s+\d", _I
)
# A speech's delivery mark: "Check against delivery", "… may differ from delivered version".
_DELIVERY: Final = re.compile(
    r"^Check\s+against\s+delivery\b|\bmay\s+differ\s+from\s+(?:the\s+)?delivered\s+version\b", _I
)


def chrome_line(text: str) -> str:
    """Why ``text``, one line of a page, is the page's own and no article text: "page control",
    "comments", "reader prompt", "subscription", "rights", "print view", "categories",
    "related headline", "delivery mark", "field label", "site notice", "address", "time stamp";
    "" for any other line."""
    line = text.strip()
    reason = _one_piece(line)
    parts = _ROW_PARTS.split(line)
    if reason or len(parts) < 2:
        return reason
    # (every part of the row is the page's; each part is judged short, not the whole row)
    reasons = [_one_piece(part) for part in parts]
    return reasons[0] if all(reasons) else ""


def _one_piece(line: str) -> str:
    if not line or len(line.split()) > _SHORT:
        return ""
    return _shape(line)


def _ask_ends_line(line: str) -> bool:
    """An ask that closes its line: a printed page's reflow can glue an ask without a stop
    ("… join our WhatsApp channel") to the paragraph under it, which is no ask to remove."""
    ends = [m.end() for m in _ASKS.finditer(line)]
    return bool(ends) and len(line[max(ends) :].split()) <= _AFTER_ASK


def _address(line: str) -> bool:
    """A postal address alone: a number first, parts parted by commas, no sentence."""
    if re.search(r"[.!?]$", line) or len(line.split()) > _ADDRESS_WORDS:
        return False
    number = _STREET_NUMBER.search(line)
    if not number or line.count(",") < 2:
        return False
    street = line[number.end() - 1 :]
    if number.start() == 0 and not street[:1].isupper():
        return False  # ("3 doanh nghiệp tại phường 1, …": a count, no street's name)
    return len(_ADMIN.findall(line)) >= 2 or line.startswith(("No.", "No "))


def _shape(line: str) -> str:
    if _CONTROL_ROW.match(line) or _SWITCH.match(line):
        return "page control"
    if _CONTROL.match(line) or _PLAYER_CLOCK.match(line) or _FOLLOW.match(line):
        return "page control"
    if _COMMENTS.search(line):
        return "comments"
    if _ASK.search(line):
        return "reader prompt"
    if _ask_ends_line(line):
        return "subscription"
    if _RIGHTS.search(line):
        return "rights"
    if _PRINTED.match(line):
        return "print view"
    if _CATEGORIES.match(line):
        return "categories"
    if _RELATED.match(line):
        return "related headline"
    if _DELIVERY.search(line):
        return "delivery mark"
    if _FIELD_LABEL.match(line) or _ADDRESS.match(line):
        return "field label"
    if _CUT_TEASER.search(line):
        return "related headline"
    if _STANDING.search(line) or _IMPRINT.search(line):
        return "site notice"
    if _address(line):
        return "address"
    if len(line.split()) <= 18 and _STAMP.match(line):
        return "time stamp"
    return ""


__all__ = ["chrome_line"]
