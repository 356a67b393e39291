"""What a page or a note says about itself and its products (pure): a label in capitals that
links a headline ("SUGGESTED: …"), the outlet describing itself ("X is a … news service"),
an offer of its app or its delivery ("Tải ứng dụng X để …", "Get the X delivered daily"),
its claim of copyright in a sentence ("X giữ bản quyền nội dung"), a note's disclaimer
("… thể hiện quan điểm của tác giả", "The views expressed …"), an address row with the
site's web address, and the widgets of a page (reading time, font size, print and save
buttons, pagination, "back to top").

And the sentences of a text that ask or list rather than state (:func:`not_a_claim`): an
interviewer's question, a numbered point without a figure (a recommendation, an agenda item).

Each recogniser reads the line's shape: a label and what follows it, a subject and the kind
of thing it says it is, an imperative and what it offers — never one site's wording.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import prompts
from briefer.ingest.countries import find_countries
from briefer.ingest.editornotes import change_note, editor_note
from briefer.ingest.furniture import is_upper, menu, words
from briefer.ingest.pricedcall import priced_part
from briefer.ingest.speechnotes import interjection, marks_note

_B: Final = r"[^\S\n]"
_CAPS: Final = "A-ZĐÀ-ỸÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"

# "SUGGESTED: Headline", "ALSO READ: …", "XEM THÊM: …": one to three words in capitals, a
# colon, then a headline (a capital or a figure first, no sentence's end).
_CAPS_LABEL: Final = re.compile(
    rf"^(?P<label>[{_CAPS}][{_CAPS}'’]+(?:{_B}[{_CAPS}][{_CAPS}'’]*){{0,4}})"
    rf"(?:{_B}*:|{_B}+(?:[—–|»›]|>>)){_B}*"  # ("TIN KHÁC | …", "MORE READING — …")
    rf"(?P<headline>[{_CAPS}\d\"“'‘].*)$"
)
# "Bài cùng chủ đề » Headline", "Related › Headline": a short label in any case, one arrow.
_ARROW_LABEL: Final = re.compile(
    rf"^(?P<label>[^\W\d_][^»›>→\d.!?]{{1,40}}?){_B}+(?:»|›|>>|→){_B}+"
    rf"(?P<headline>[{_CAPS}\d\"“'‘][^»›→]*)$"
)
_HEADLINE_WORDS: Final = (3, 24)


def labelled_headline(text: str) -> bool:
    """A label in capitals and a headline it links, on one line ("SUGGESTED: Exports hit a
    record", "ĐỌC NHIỀU: …"). A dateline ("HANOI: Vietnam and …."), an interview's speaker
    ("PV: …?") and a section's heading end like a sentence, or their label is short."""
    if len(text) > 220:
        return False
    match = _CAPS_LABEL.match(text) or _ARROW_LABEL.match(text)
    if match is None:
        return False
    if sum(c.isalpha() for c in match.group("label")) < 4 or len(words(match.group("label"))) > 5:
        return False  # ("PV:", "Q:", "HỎI:": an interview's speaker)
    headline = match.group("headline").strip()
    n = len(words(headline))
    return (
        _HEADLINE_WORDS[0] <= n <= _HEADLINE_WORDS[1]
        and not headline.endswith((".", "?", "!", ":", ";", "…", ".”", '."'))
        and not is_upper(headline)  # ("KINH TẾ: THƯƠNG MẠI TĂNG": a heading in capitals)
    )


# "X is a South African government news service", "X là cơ quan ngôn luận của …", "X là
# trang thông tin điện tử …": the outlet, naming what it is.
_MEDIA_NOUN: Final = (
    rf"(?:news{_B}*(?:service|agency|site|website|portal|outlet|organi[sz]ation|network|wire|room)"
    rf"|newspaper|publication|magazine|broadcaster|wire{_B}+service|daily|weekly|tabloid"
    rf"|media{_B}+(?:group|company|outlet|house))"
)
_MEDIA_NOUN_VI: Final = (
    rf"(?:cơ{_B}+quan{_B}+(?:ngôn{_B}+luận|thông{_B}+tấn|báo{_B}+chí)|tờ{_B}+báo|báo{_B}+điện{_B}+tử"
    rf"|trang{_B}+(?:thông{_B}+tin|tin)(?:{_B}+điện{_B}+tử)?|cổng{_B}+thông{_B}+tin"
    rf"|tạp{_B}+chí(?:{_B}+điện{_B}+tử)?|kênh{_B}+(?:thông{_B}+tin|truyền{_B}+hình))"
)
# "X is a … news service", "X, founded in 1998, is the leading … daily"; "X là cơ quan ngôn
# luận của …"; "About X: an independent newsroom …", "Giới thiệu X: trang tin …"; "X - Tạp chí
# điện tử của …" (a name, a dash, what it is). A sentence with its verb: head's site kind is a
# tagline's last words after a name, imprint's organ a line opening on "Cơ quan … của".
_SELF_DESCRIBED: Final = re.compile(
    rf"^\S+(?:{_B}\S+){{0,6}}{_B}+(?:is|are){_B}+(?:a|an|the){_B}+(?:[\w'-]+{_B}+){{0,6}}?"
    rf"{_MEDIA_NOUN}\b"
    rf"|^\S+(?:{_B}\S+){{0,6}}{_B}+là{_B}+{_MEDIA_NOUN_VI}\b"
    rf"|^(?:About|Giới{_B}+thiệu){_B}+[^:]{{2,40}}:{_B}*(?:[\w'-]+{_B}+){{0,4}}?"
    rf"(?:{_MEDIA_NOUN}|{_MEDIA_NOUN_VI})\b"
    rf"|^[^-–:.]{{2,40}}{_B}[-–]{_B}+{_MEDIA_NOUN_VI}{_B}+(?:của|thuộc|do)\b",
    re.IGNORECASE,
)
_SELF_WORDS: Final = 40


def self_description(text: str) -> bool:
    """The outlet naming what kind of outlet it is, in one sentence."""
    return (
        len(words(text)) <= _SELF_WORDS
        and _SELF_DESCRIBED.match(text) is not None
        and len(re.findall(r"[.!?](?:\s|$)", text.rstrip(".!? "))) == 0
    )


# An offer of the site's app or of its delivery: an imperative, then the product
# ("Tải ứng dụng X để xem trực tuyến", "Get the X delivered daily", "Nhận bản tin …").
_OFFER: Final = re.compile(
    rf"^(?:Hãy{_B}+|Please{_B}+)?(?:Tải(?:{_B}+về)?|Cài(?:{_B}+đặt)?|Download|Install|Get|Receive"
    rf"|Nhận|Đăng{_B}+ký|Subscribe|Sign{_B}+up|Join|Theo{_B}+dõi|Follow|Quét|Scan|Đọc|Xem|Nghe"
    rf"|Read|Watch|Listen|Trở{_B}+thành|Become|Never{_B}+miss|Don'?t{_B}+miss|Đừng{_B}+bỏ{_B}+lỡ"
    rf"|Stay{_B}+(?:informed|updated|connected)|Try|Dùng{_B}+thử|Mua|Buy|Unlock|Mở{_B}+khóa"
    rf"|Tham{_B}+gia|Ủng{_B}+hộ|Support|Create|Tạo|Log{_B}*in|Đăng{_B}+nhập|Bật(?={_B}+thông{_B}+báo)"
    rf"|Turn{_B}+on|Enable|Add|(?:Bấm|Nhấn|Click|Tap)(?:{_B}+vào)?{_B}+(?:đây|here))\b"
    rf".{{0,60}}?\b(?:ứng{_B}+dụng|app|apps|delivered|newsletters?|bản{_B}+tin|inbox|hộp{_B}+thư"
    rf"|e-?paper|báo{_B}+in|báo{_B}+giấy|subscriptions?|subscribers?|gói{_B}+(?:cước|thành{_B}+viên"
    rf"|hội{_B}+viên)|premium|hội{_B}+viên|members?|membership|podcast|kênh|e-?mail"
    rf"|thư{_B}+điện{_B}+tử|mã{_B}+QR|QR{_B}+code|không{_B}+quảng{_B}+cáo|ad-free|accounts?"
    rf"|tài{_B}+khoản|channel|WhatsApp|Zalo|Telegram|Viber|notifications?|thông{_B}+báo"
    rf"|preferred{_B}+source|nguồn{_B}+ưu{_B}+tiên)\b",
    re.IGNORECASE,
)
# "subscribe today!", "Đăng ký ngay", "Subscribe": a call to subscribe, short. (Not prompts'
# call, which names what is subscribed to, "Đăng ký nhận bản tin …", at any length: a bare
# "Đăng ký …" may open a sentence of news, so here it stays short.)
_SUBSCRIBE: Final = re.compile(rf"^(?:Subscribe|Sign{_B}+up|Đăng{_B}+ký|Register)\b", re.IGNORECASE)
# "Enter your email", "Nhập email của bạn": a newsletter box's field.
_FIELD: Final = re.compile(
    rf"^(?:Nhập|Enter|Điền)(?:{_B}+(?:địa{_B}+chỉ|your|your{_B}+e-?mail{_B}+address))?{_B}+"
    rf"(?:e-?mail|thư{_B}+điện{_B}+tử|address)\b",
    re.IGNORECASE,
)
# "X giữ bản quyền nội dung", "© … All rights reserved": the copyright claim as a sentence.
_COPYRIGHT: Final = re.compile(
    rf"^\S+(?:{_B}\S+){{0,5}}{_B}+(?:giữ|bảo{_B}+lưu|sở{_B}+hữu)(?:{_B}+(?:mọi|toàn{_B}+bộ))?{_B}+"
    rf"bản{_B}+quyền(?:{_B}+(?:nội{_B}+dung|bài{_B}+viết|tin{_B}+bài|tác{_B}+phẩm))?\W*$",
    re.IGNORECASE,
)
_OFFER_WORDS: Final = 16


def _parts(text: str) -> list[str]:
    """A line's sentences, and the pieces a dash sets apart ("Get X daily – subscribe!")."""
    pieces = re.split(rf"(?<=[.!?])\s+|{_B}[–—-]{_B}|(?<=[?!]){_B}*", text.strip())
    return [p.strip() for p in pieces if p.strip()]


def _offer(part: str) -> bool:
    n = len(words(part))
    if n > _OFFER_WORDS:
        return False
    return bool(
        _OFFER.match(part)
        or (_SUBSCRIBE.match(part) and n <= 6)
        or _FIELD.match(part)
        or _COPYRIGHT.match(part)
    )


def offer(text: str) -> bool:
    """A line made of the site's offers to its reader (its app, its delivery, its newsletter)
    and its copyright claim: every sentence one of them."""
    if len(text) > 300:
        return False
    parts = _parts(text)
    # (beside an offer: a short question to the reader, "Bạn đã có ứng dụng X?", "Want
    # more?", or a few words, "Tải ngay", "Support independent journalism")
    return any(_offer(p) or (_asks(p) and _PRODUCT.search(p)) for p in parts) and all(
        # (or an advertiser's price per period beside the call, "… từ 5%/năm - Đăng ký ngay")
        _offer(p) or len(words(p)) <= _ASIDE_WORDS or _asks(p) or priced_part(p)
        for p in parts
    )


def _asks(part: str) -> bool:
    """A short question to the reader ("Want more?", "Bạn đã có ứng dụng X?")."""
    return (
        part.endswith("?")
        and len(words(part)) <= _OFFER_WORDS
        and (_READER.search(part) is not None or len(words(part)) <= 3)
    )


_PRODUCT: Final = re.compile(
    r"\b(?:ứng\s+dụng|app|bản\s+tin|newsletter|tài\s+khoản|account|kênh|channel|hội\s+viên"
    r"|members?)\b",
    re.IGNORECASE,
)


_ASIDE_WORDS: Final = 4
_READER: Final = re.compile(r"\b(?:bạn|you|your)\b", re.IGNORECASE)


# A note's or a column's disclaimer: the views are the author's, not the publisher's. An
# opinion word, the text or its author, and a denial or the author's ownership of the view.
_OPINION: Final = re.compile(
    r"\b(?:quan\s+điểm|ý\s+kiến|nhận\s+định|opinions?|views?)\b", re.IGNORECASE
)
_SELF_OR_AUTHOR: Final = re.compile(
    r"\b(?:(?:các\s+|nhóm\s+)?tác\s+giả|người\s+viết|authors?|writers?|contributors?"
    r"|bài\s+viết(?:\s+này)?|trong\s+bài|this\s+(?:article|piece|column|op-?ed|commentary|post)"
    r"|(?:views|opinions)\s+expressed)\b",
    re.IGNORECASE,
)
_OWNED_OR_DENIED: Final = re.compile(
    r"\b(?:tác\s+giả|người\s+viết|authors?|writers?)\b|của\s+riêng|riêng\s+của|personal|own\b"
    r"|alone\b|không\s+(?:nhất\s+thiết\s+|phải\s+là\s+|hẳn\s+)?(?:đại\s+diện|phản\s+ánh|thể\s+hiện"
    r"|là)|do(?:es)?\s+not\s+(?:necessarily\s+)?(?:represent|reflect)|belong\s+to",
    re.IGNORECASE,
)
_DISCLAIMER_WORDS: Final = 45


def disclaimer(text: str) -> bool:
    """ "Bài viết thể hiện quan điểm riêng của tác giả", "Any opinions in this piece belong to
    the author alone": short, without figures."""
    return (
        len(words(text)) <= _DISCLAIMER_WORDS
        and not re.search(r"\d", text)
        and _OPINION.search(text) is not None
        and _SELF_OR_AUTHOR.search(text) is not None
        and _OWNED_OR_DENIED.search(text) is not None
    )


# A web address or a mail address among a row's cells.
_WEB: Final = re.compile(
    r"(?:https?://|www\.)\S+|^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|org|net|gov|edu|int|info)(?:\.[a-z]{2})?$"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
_CELLS: Final = re.compile(rf"{_B}*[·•|]{_B}*|{_B}[–—-]{_B}")
_CELL_WORDS: Final = 8


def address_row(text: str) -> bool:
    """An issuing unit's or a site's address row: short cells (an address, a telephone) and a
    web or mail address among them ("Số 1 Liễu Giai, Ba Đình, Hà Nội · www.x.vn")."""
    if len(text) > 200 or (
        text.rstrip().endswith((".", "!", "?", ":")) and not _WEB.search(text.rstrip("."))
    ):
        return False
    cells = [c.strip() for c in _CELLS.split(text) if c.strip()]
    if len(cells) < 2:
        return False
    web = [c for c in cells if _WEB.search(c) and len(c.split()) <= 2]
    # (an address has its number: "Số 1 …", "45 Harbour Road"; "Báo X - x.vn" is a masthead)
    numbered = [c for c in cells if c not in web and re.search(r"\d", c)]
    return bool(web and numbered) and all(len(words(c)) <= _CELL_WORDS for c in cells)


# A page's widgets: "5 phút đọc", "Cỡ chữ", "A- A+", "In bài viết", "Lưu bài", "Trang 1 2 3",
# "Back to top", "Nghe bài viết 3 phút": labels of buttons, no sentence.
_WIDGET: Final = re.compile(
    rf"^(?:(?:Cỡ|Kích{_B}+(?:thước|cỡ)){_B}+chữ|Font{_B}+size|Text{_B}+size|Phóng{_B}+to|Thu{_B}+nhỏ"
    rf"|In(?:{_B}+(?:bài(?:{_B}+viết)?|trang))?|Print(?:{_B}+(?:this{_B}+)?(?:article|page|story))?"
    rf"|Lưu(?:{_B}+(?:bài(?:{_B}+viết)?|tin|lại))?|Save(?:{_B}+(?:article|story|for{_B}+later))?"
    rf"|Bookmark|(?:Load|Show|See){_B}+more|Hiển{_B}+thị{_B}+thêm|Gửi{_B}+(?:bài|tin)(?:{_B}+viết)?|(?:Trở|Quay|Lên|Về){_B}+(?:về{_B}+|lại{_B}+)?"
    rf"(?:đầu{_B}+trang|đầu|trang{_B}+chủ)|(?:Back|Return|Go){_B}+to{_B}+(?:top|home(?:page)?)"
    rf"|Scroll{_B}+to{_B}+top|A[-–+]|A{_B}+A|[-+]?A{_B}*[-+]?|Trang(?:{_B}+(?:sau|trước|tiếp))?"
    rf"|Page|Next|Previous|Prev|Sau|Trước|Tiếp|Đầu|Cuối|«|»|‹|›|<|>|\d{{1,3}}"
    rf"|Nghe(?:{_B}+(?:đọc|bài(?:{_B}+viết)?|tin))?|Listen(?:{_B}+to{_B}+this{_B}+(?:article|story))?"
    rf"|\d{{1,3}}{_B}*(?:phút|min(?:ute)?s?)(?:{_B}+(?:đọc|read|listen|nghe))?"
    rf"|(?:Thời{_B}+gian{_B}+đọc|Reading{_B}+time|Read{_B}+time)\W*{_B}*\d{{1,3}}{_B}*(?:phút|min(?:ute)?s?)"
    # a button acting on the article ("Gift this article", "Share this story", "Chia sẻ bài
    # viết này"): any verb, the article as its object; a share or gift button alone
    rf"|[^\W\d_]+(?:{_B}+(?:to|on|with))?{_B}+this{_B}+(?:article|story|page|post|piece)"
    rf"|[^\W\d_]+(?:{_B}+[^\W\d_]+)?{_B}+bài{_B}+viết{_B}+này|Share|Chia{_B}+sẻ|Gift|Tặng"
    rf"|\d{{1,2}}:\d{{2}}|\W)$",
    re.IGNORECASE,
)


def widget_row(text: str) -> bool:
    """A row of a page's buttons and counters and nothing else ("Cỡ chữ A- A+ · In bài ·
    Lưu bài", "Trang 1 2 3 Sau »", "Listen to this article 3 min", "5 phút đọc")."""
    if len(text) > 120 or (text.rstrip().endswith((".", "?", "!")) and len(text) > 20):
        return False
    cells = [c for c in re.split(rf"{_B}*[·•|]{_B}*|{_B}{{2,}}", text.strip()) if c]
    # (figures alone, "455", are a table's cells, never buttons: a label must be among them)
    labelled = re.search(r"[^\W\d_]|[«»‹›<>]", text) is not None
    return bool(cells) and labelled and all(_widgets(c) for c in cells)


def _widgets(cell: str) -> bool:
    """The cell is widget labels end to end, the longest label first at each place
    ("Listen to this article 3 min", "Trang 1 2 3 Sau »", "A- A+")."""
    rest = cell.split()
    while rest:
        for n in range(min(6, len(rest)), 0, -1):
            if _WIDGET.match(" ".join(rest[:n]).rstrip(":")):
                rest = rest[n:]
                break
        else:
            return False
    return True


def masthead_menu(text: str) -> bool:
    """A masthead in capitals at the head of the site's menu ("BÁO X ĐIỆN TỬ · Thời sự ·
    Kinh tế · Quốc phòng"): the name's cell, then a menu's short items."""
    if len(text) > 200:
        return False
    cells = [c.strip() for c in re.split(rf"{_B}*[·•|]{_B}*", text) if c.strip()]
    if len(cells) < 3 or not is_upper(cells[0]) or len(words(cells[0])) > 8:
        return False
    return menu(" · ".join(cells[1:]))


# "Nơi nhận: A; B; Lưu VT.": the label, then short items set apart by semicolons or commas.
_RECIPIENT_LIST: Final = re.compile(
    r"^(?:Nơi\s+nhận|Recipients?|Distribution|Copies?\s+to|cc)\s*:\s*[^;,.]{1,60}"
    r"(?:[;,]\s*[^;,.]{1,60})+\.?$",
    re.IGNORECASE,
)


def recipient_list(text: str) -> bool:
    """A note's recipients with their list on one line ("Nơi nhận: Vụ X; Văn phòng; Lưu VT.")."""
    return len(text) <= 300 and _RECIPIENT_LIST.match(text) is not None


def page_notice(text: str) -> str:
    """The reason a line is one of the page's notices about itself, or ""."""
    if address_row(text):
        return "contact"
    if offer(text) or self_description(text) or disclaimer(text):
        return "site notice"
    if editor_note(text) or change_note(text) or marks_note(text):
        return "site notice"
    if interjection(text):  # ("(Người dẫn chương trình: …)" in a speech as delivered)
        return "interjection"
    if labelled_headline(text):
        return "related headline"
    if recipient_list(text):
        return "recipients"
    return ""


# Not claims: an interviewer's question ("PV: … ?", "Hỏi: …?"); a point of a numbered list
# whose points so far hold no figure ("Khuyến nghị" / "1. Tận dụng …": a recommendation, an
# agenda item). A list with figured points ("3. … trade stood at US$72 million. 4. The
# Nepali side requested …") or one a sentence announces ("… các văn kiện sau:") states facts.
_NUMBERED: Final = re.compile(r"^\s*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+\S")


# A point whose subject is a party ("5. Hai bên hoan nghênh việc ký kết …", "3. The two sides
# agreed …", "2. Việt Nam ủng hộ …"): a joint statement's point says what the parties did or
# hold, a claim with or without a figure — unlike a recommendation, which opens on its verb.
_PARTIES: Final = re.compile(
    rf"^(?:[Hh]ai{_B}+(?:bên|nước|phía|Bên|Chính{_B}+phủ|quốc{_B}+gia)|[Ll]ãnh{_B}+đạo{_B}+hai"
    rf"|(?:[Tt]he{_B}+)?(?:[Tt]wo|[Bb]oth){_B}+(?:sides|countries|parties|leaders|governments)"
    rf"|[Cc]ác{_B}+bên)\b"
)


def _party_subject(point: str) -> bool:
    if _PARTIES.match(point):
        return True
    opening = " ".join(point.split()[:6])
    return any(m.start == 0 for m in find_countries(opening))


def _bare_point(paragraph: str) -> bool:
    numbered = _NUMBERED.match(paragraph)
    if numbered is None:
        return False
    point = paragraph[numbered.end() - 1 :]
    return not re.search(r"\d", point) and not _party_subject(point)


# The document speaking to its recipient, of itself: a report's cover sentence (its basis,
# then the unit reports or sends: "Thực hiện Công văn số …, Phòng X báo cáo … như sau:"), its
# closing (the unit "kính gửi / kính báo cáo / kính trình" the recipient "… để tổng hợp./."),
# an outlet presenting the text ("… trân trọng giới thiệu toàn văn bài phát biểu …")
# and a speaker's courtesy ("Thay mặt …, tôi trân trọng cảm ơn …", "On behalf of …, I warmly
# welcome …"): what the text does, not what it states of the world.
_COVER: Final = re.compile(
    rf"^(?:Thực{_B}+hiện|Căn{_B}+cứ|Phúc{_B}+đáp|Theo{_B}+(?:đề{_B}+nghị|yêu{_B}+cầu)"
    rf"|Triển{_B}+khai)\b[^.;]{{0,200}},{_B}*(?:[^\s,]+{_B}+){{1,8}}?(?:xin{_B}+|kính{_B}+)?"
    rf"(?:báo{_B}+cáo|gửi|trình|cung{_B}+cấp{_B}+thông{_B}+tin)\b"
)
_ADDRESSED: Final = re.compile(
    rf"^\S.{{0,120}}?\b(?:kính{_B}+(?:gửi|báo{_B}+cáo|trình)"
    # (or an outlet presenting the text that follows: "Báo X trân trọng giới thiệu toàn văn …")
    rf"|(?:trân{_B}+trọng|xin){_B}+giới{_B}+thiệu)\b"
)
_COURTESY: Final = re.compile(
    rf"^(?:(?:Thay{_B}+mặt|On{_B}+behalf{_B}+of)\b[^.;]{{0,150}}?,{_B}*)?"
    rf"(?:tôi|chúng{_B}+tôi|I|we){_B}+(?:xin{_B}+)?(?:(?:nhiệt{_B}+liệt|trân{_B}+trọng|warmly"
    rf"|sincerely|would{_B}+like{_B}+to){_B}+)?(?:chào{_B}+mừng|chào{_B}+đón|hoan{_B}+nghênh"
    rf"|cảm{_B}+ơn|welcome|thank)\b"
    # a speaker's own hope or trust ("Với tinh thần đó, tôi tin tưởng …", "We hope …"): a wish
    rf"|^(?:[^.;]{{0,80}}?,{_B}*)?(?:tôi|chúng{_B}+tôi|I|we){_B}+(?:rất{_B}+|luôn{_B}+)?"
    rf"(?:tin{_B}+tưởng|hy{_B}+vọng|hi{_B}+vọng|mong{_B}+rằng|trust|hope)\b",
    re.IGNORECASE,
)
_ADDRESS_WORDS: Final = 45


def speaks_to_its_reader(sentence: str) -> bool:
    """A report's cover or closing sentence, an outlet presenting the text, or a speaker's
    welcome or thanks."""
    text = sentence.strip()
    if len(words(text)) > _ADDRESS_WORDS:
        return False
    return bool(_COVER.match(text) or _ADDRESSED.match(text) or _COURTESY.match(text))


def _caps_heading(text: str) -> bool:
    """A section's heading in capitals ("KẾ HOẠCH NĂM TỚI", "III. KIẾN NGHỊ"): no sentence."""
    numbered = _NUMBERED.match(text)
    bare = text[numbered.end() - 1 :] if numbered else text.strip()
    n = len(words(bare))
    return 2 <= n <= _HEADING_WORDS and not bare.endswith((".", ";", ",")) and is_upper(bare)


_HEADING_WORDS: Final = 15


def not_a_claim(sentence: str, before: str = "") -> bool:
    """A sentence that asks (a question), a heading in capitals, the document speaking to its
    reader (:func:`speaks_to_its_reader`), advising its readers or describing itself
    (:mod:`briefer.ingest.prompts`), or a numbered point without figures in a list of such
    points (``before``: the text above the sentence)."""
    text = sentence.strip().rstrip('”"’) ')
    if text.endswith("?") or _caps_heading(text) or speaks_to_its_reader(text):
        return True
    if prompts.advises_its_reader(text) or prompts.describes_itself(text):
        return True  # (the document advising its readers, or describing itself)
    if not _bare_point(sentence):
        return False
    for paragraph in reversed([p.strip() for p in before.split("\n\n") if p.strip()]):
        if _bare_point(paragraph):
            continue
        # the list opens under a heading or after prose (a heading above it may have gone as
        # furniture); a list a sentence announces ("… ký các văn kiện sau:") lists facts
        return not _NUMBERED.match(paragraph) and not paragraph.endswith((":", ";"))
    return False


__all__ = [
    "address_row",
    "change_note",
    "disclaimer",
    "editor_note",
    "labelled_headline",
    "masthead_menu",
    "not_a_claim",
    "offer",
    "page_notice",
    "recipient_list",
    "self_description",
    "speaks_to_its_reader",
    "widget_row",
]
