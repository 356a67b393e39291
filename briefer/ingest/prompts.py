"""What a page says to its reader and about itself (pure): a question put to the reader
("Did you like this story?") and a row of reactions with their counts, a call to subscribe,
a note on how comments are moderated, the line naming the company that publishes the paper;
and a references block, which ends the article.

A site's contact line and a disclaimer in which the text speaks of itself are its notices too.
All by shape: a short question addressed to the reader, a label with a count in brackets, an
imperative to subscribe, a company's legal suffix after "published by", a references
heading — never a list of one site's wording.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from briefer.ingest.bodyname import body_name_only
from briefer.ingest.furniture import words
from briefer.text.symbolscan import only_common

_B: Final = r"[^\S\n]"
# The reader, addressed: "bạn", "quý vị", "you", "your".
# (or the page itself, asked about: "Was this article helpful?", "Bài viết này có hữu ích?")
_READER: Final = re.compile(
    r"\b(?:bạn|quý\s+vị|you|your|this\s+(?:article|story|page)|(?:bài\s+viết|tin|bài)\s+này)\b",
    re.IGNORECASE,
)
_PROMPT_WORDS: Final = 10
_QUESTION_WORDS: Final = 20  # (syllables: "Bạn đánh giá thế nào về … ?")
# A row of short answers after a question: "?  Có  |  Không", "? Yes / No".
_ANSWERS: Final = re.compile(
    r"\?(?:\s+[^\W\d_]{1,8}(?:\s+[^\W\d_]{1,8})?){1}(?:\s*[|/]\s*[^\W\d_]{1,8}(?:\s+[^\W\d_]{1,8})?)+\s*$"
)
# A speaker's label before the question: "PV:", "Hỏi:", "Q:", "Phóng viên:".
_SPEAKER: Final = re.compile(r"^[^\W\d_][\w.]*(?:\s[\w.]+){0,2}\s*:\s")
# A line of dialogue: "- Vì sao …?", "– …" (an interview's question and answer).
_DIALOGUE: Final = re.compile(r"^[-–—]\s")
# A request: "Please …", "Vui lòng …".
_PLEASE: Final = re.compile(r"^(?:please|vui\s+lòng|xin\s+vui\s+lòng|kindly)\b", re.IGNORECASE)
# A house rule for commenters beside a moderation notice, a prohibition addressed to whoever
# writes: "Không sử dụng ngôn ngữ thô tục.", "Do not post links." (only beside a notice).
_FORBID: Final = re.compile(
    r"^(?:không|đừng|không\s+được|nghiêm\s+cấm|cấm|do\s+not|don't|no)\s", re.IGNORECASE
)
# "Thích (12)", "Thú vị (3)", "Like (40)": a reaction's label and its count.
_REACTION: Final = re.compile(rf"[^\W\d_][\w ]{{0,20}}?{_B}*\(\d{{1,6}}\)")
# "Subscribe to …", "Đăng ký nhận bản tin …", "Sign up for our newsletter": a call to subscribe.
_SUBSCRIBE: Final = re.compile(
    rf"^(?:Mời{_B}+(?:bạn{_B}+đọc|quý{_B}+(?:độc{_B}+giả|vị)){_B}+)?"  # "Mời bạn đọc đặt mua …"
    rf"(?:Subscribe|Sign{_B}+up|Đăng{_B}+ký{_B}+(?:nhận|theo{_B}+dõi|đặt{_B}+mua)|Đặt{_B}+mua)\b",
    re.IGNORECASE,
)
# "… is published by X Limited": a company (its legal suffix) named as the publisher.
_PUBLISHER: Final = re.compile(
    rf"\b(?:published|owned|printed){_B}+by\b.*\b(?:Limited|Ltd|Inc|LLC|PLC|Pty|Corporation"
    rf"|Company|Group|JSC)\b\.?$|\b(?:do|bởi){_B}+(?:Công{_B}+ty|Tổng{_B}+công{_B}+ty)\b"
    rf".*\b(?:xuất{_B}+bản|phát{_B}+hành)\b",
    re.IGNORECASE,
)
# "Tải ứng dụng X trên App Store", "Get the X app on Android": a call to install the site's app.
_APP: Final = re.compile(
    rf"^(?:Tải|Cài{_B}+đặt|Download|Get|Install)\b.{{0,60}}\b(?:ứng{_B}+dụng|app)\b"
    rf".{{0,40}}\b(?:App{_B}+Store|Google{_B}+Play|CH{_B}+Play|iOS|Android)\b",
    re.IGNORECASE,
)
# An imperative that opens a call to the reader: "Be the first to …", "Hãy …", "Join …".
_CALL: Final = re.compile(
    r"^(?:be|join|share|tell|leave|let\s+us|hãy|mời|gửi|để\s+lại|chia\s+sẻ|contact|email|write"
    r"|send|select|click|tap|press|(?:don'?t|do\s+not|never)\s+miss|đừng\s+bỏ\s+lỡ|liên\s+hệ)\b",
    re.IGNORECASE,
)
# A site's or a unit's contact line: a contact label with its colon, and a telephone
# number or a mail address ("Tòa soạn: 349 …, Hà Nội. ĐT: 024.3845.6790", "Tel: +376 …").
_CONTACT_LABEL: Final = re.compile(
    r"(?:^|[\s.·|,;-])(?:Tòa\s+soạn|Toà\s+soạn|Địa\s+chỉ|ĐT|Điện\s+thoại|Tel|Fax|Hotline"
    r"|E-?mail|Address|Phone|Contact|Liên\s+hệ)\.?\s*:|(?:^|[\s·|,;])(?:Tel|ĐT|Fax)\.\s",
    re.IGNORECASE,
)
# (a number's last digits may be masked for privacy: "0912 xxx xxx", "024 3622 xxxx")
_PHONE_OR_MAIL: Final = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s.]?)?\(?\d{2,4}\)?[\s.-]?[\dxX]{3,4}[\s.-]?[\dxX]{2,4}(?!\w|\.\w)"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
# The text speaking of itself, not of the world: "This note is for the information of …",
# "Tài liệu này chỉ mang tính tham khảo" (a disclaimer).
_SELF: Final = re.compile(
    r"^(?:This|The\s+present)\s+(?:note|document|briefing|bulletin|digest|publication"
    r"|newsletter|e-?mail|message|material|information|report)\s+(?:is|are|does|do|may|should|has\s+been)\b"
    r"|^(?:Tài\s+liệu|Thông\s+tin|Bản\s+tin|Văn\s+bản)\s+này\s+(?:chỉ|không|được|mang)\b"
    # "Bản tin được phát hành miễn phí tới …": how the bulletin itself is circulated
    r"|^(?:Bản\s+tin|Tài\s+liệu)\s+(?:này\s+)?(?:được|chỉ\s+được)\s+(?:phát\s+hành|lưu\s+hành"
    r"|gửi|cung\s+cấp)\b",
    re.IGNORECASE,
)
# Comments "are moderated" / "được kiểm duyệt": how the site handles what readers write.
# Who may read the document: "Bản tin lưu hành nội bộ, dành cho hội viên", "Tài liệu tham
# khảo, không phổ biến", "For internal circulation only", "Not for publication": a limit on
# its circulation, said of the text, not news (short and without figures, see site_notice).
_CIRCULATION: Final = re.compile(
    rf"\b(?:lưu{_B}+hành{_B}+nội{_B}+bộ|(?:chỉ{_B}+)?(?:dùng|sử{_B}+dụng){_B}+(?:trong{_B}+)?nội{_B}+bộ"
    # (a refusal to circulate said of the document, closing its line)
    rf"|^(?:Tài{_B}+liệu|Bản{_B}+tin|Văn{_B}+bản|Ấn{_B}+phẩm)\b[^.]{{0,40}}không{_B}+(?:được{_B}+)?"
    rf"(?:phổ{_B}+biến|công{_B}+bố|đăng{_B}+tải|phát{_B}+hành|trích{_B}+dẫn)"
    rf"(?:{_B}+(?:ra{_B}+)?(?:bên{_B}+ngoài|rộng{_B}+rãi|công{_B}+khai))?(?=\W*$)"
    rf"|(?:for{_B}+)?internal{_B}+(?:use|circulation|distribution)(?:{_B}+only)?"
    rf"|not{_B}+for{_B}+(?:publication|distribution|circulation|quotation|attribution)"
    rf"|restricted{_B}+(?:circulation|distribution))\b",
    re.IGNORECASE,
)
_CIRCULATION_WORDS: Final = 20
# (or disowned: "Comments … do not necessarily reflect the views of …", "… exclude comments")
_MODERATED: Final = re.compile(
    r"\b(?:comments?|bình\s+luận|ý\s+kiến)\b.{0,40}\b(?:moderated|reviewed|kiểm\s+duyệt|duyệt)\b"
    r"|\b(?:comments?|bình\s+luận)\b.{0,60}\b(?:(?:do\s+)?not\s+necessarily|không\s+nhất\s+thiết)\b"
    r"|\b(?:exclude|remove|delete|reject|xóa|gỡ)\s+(?:any\s+)?(?:comments?|bình\s+luận)\b"
    # (or edited before they appear: "Ý kiến của bạn sẽ được biên tập trước khi đăng")
    r"|\b(?:comments?|bình\s+luận|ý\s+kiến)\b.{0,40}\b(?:edited|biên\s+tập)\b.{0,20}"
    r"\b(?:before|trước\s+khi)\s+(?:(?:being|it\s+is|they\s+are)\s+)?(?:đăng|hiển\s+thị"
    r"|publish(?:ed|ing)?|post(?:ed|ing)?|appear(?:s|ing)?)\b",
    re.IGNORECASE,
)
# "Tài liệu tham khảo", "References", "Nguồn tham khảo:": what follows lists sources.
_REFERENCES: Final = re.compile(
    r"^(?:Tài\s+liệu\s+tham\s+khảo|Nguồn\s+tham\s+khảo|References|Bibliography|Sources)"
    r"\s*(?::|$)",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def reader_prompt(text: str) -> bool:
    """A short question put to the reader ("Bạn thấy bài viết thế nào?"), alone or with a
    row of reactions and their counts ("Thích (12)  Thú vị (3)"); an interviewer's question
    to a guest ("Ông đánh giá thế nào …?") is not put to the reader."""
    if len(text) > 160 or _SPEAKER.match(text) or _DIALOGUE.match(text):
        # ("PV: Bạn …?", "Q: Did you …?", "- Vì sao bạn …?": an interviewer asks a guest)
        return False
    # (pictographs beside the reactions: "👍 Hữu ích (12) ❤️ Yêu thích (7)")
    # (skipped when there is none of them: the join would give the same text back)
    if not only_common(text):
        text = "".join(c for c in text if unicodedata.category(c) not in ("So", "Mn", "Cf")
                       or unicodedata.combining(c))  # fmt: skip
    # "Bài viết có hữu ích với bạn?  Có  |  Không": the question and its answer buttons
    text = _ANSWERS.sub("?", text)
    rest = _REACTION.sub(" ", text).strip()
    reactions = rest != text.strip()
    if not rest:
        return reactions
    if _call(rest) and not rest.endswith((".", ":", ";")):
        return True  # "Be the first to share your thoughts": a call to the reader, no sentence
    parts = _sentences(rest)
    asked = len(parts) == 2 and (
        _question(parts[0]) or (_hail(parts[0]) and _US.search(parts[1]) is not None)
    )
    if asked and _imperative(parts[1]):
        # "What do you make of it? Share it with us.": the question, then the call (which
        # need not name the reader the question has; "Got a tip? Write to us.": nor the
        # question, a few words hailing whoever reads)
        return True
    if _KEYS.search(rest) and len(words(rest)) <= _QUESTION_WORDS * 2:
        return True  # "… press Ctrl+Enter": the page's keys, told to its reader
    if _imperative(rest) and _LATEST.search(rest):
        return True  # "Don't miss the latest news.": the site's own news offered, no story
    return _question(rest)


_HAIL_WORDS: Final = 5
# The site speaking of itself in the call after a hail ("Contact our newsroom.", "Write to us.")
_US: Final = re.compile(r"\b(?:us|our|chúng\s+tôi|tòa\s+soạn|toà\s+soạn)\b", re.IGNORECASE)
# A key chord the page tells its reader to press ("Ctrl+Enter", "Cmd + D", "Shift+F5").
_KEYS: Final = re.compile(r"\b(?:Ctrl|Cmd|Command|Shift|Alt|Option)\s*\+\s*\w")
# The site's own news as such, not any story's subject: "the latest news", "tin mới nhất".
_LATEST: Final = re.compile(
    r"\b(?:the\s+latest\s+(?:news|updates|stories|headlines)|breaking\s+news"
    r"|tin(?:\s+tức)?\s+mới\s+nhất|tin\s+nóng)\b",
    re.IGNORECASE,
)


def _hail(text: str) -> bool:
    """A question of a few words to whoever reads, its subject left out ("Got a tip?",
    "Spotted a mistake?")."""
    return text.endswith("?") and "?" not in text[:-1] and len(words(text)) <= _HAIL_WORDS


def _imperative(text: str) -> bool:
    return bool(_CALL.match(text)) and len(words(text)) <= _PROMPT_WORDS


def _call(text: str) -> bool:
    return bool(_CALL.match(text) and _READER.search(text)) and len(words(text)) <= _PROMPT_WORDS


def _question(text: str) -> bool:
    return (
        text.endswith("?")
        and len(words(text)) <= _QUESTION_WORDS  # ("Bạn đánh giá thế nào về …?": a poll's)
        and _READER.search(text) is not None
        and "?" not in text[:-1]
    )


# The document advising its own readers, not reporting what someone did: its writer named by
# a bare common noun, advising the members it writes for ("Hiệp hội khuyến nghị các hội viên
# …", "The Association urges its members …"), or an author's own advice ("Tác giả khuyến
# nghị …", "The authors recommend …"); or a call to the readers who want something ("Hội viên có nhu
# cầu … đề nghị gửi …", "Members interested in … should register with …"). A named body's
# proposal ("Hiệp hội Y đề nghị …", "Việt Nam đề nghị …") is news.
_ADVISE: Final = (
    rf"(?:{_B}+(?:xin|trân{_B}+trọng|also|strongly))?{_B}+(?:đề{_B}+nghị|khuyến{_B}+(?:nghị|cáo)"
    rf"|lưu{_B}+ý|recommends?|advises?|urges?|encourages?|reminds?|suggests?)\b"
)
_SELF_ADVISES: Final = re.compile(
    rf"^(?:[-–•+]{_B}*)?(?:(?:Hiệp{_B}+hội|Hội|Ban{_B}+biên{_B}+tập|The{_B}+(?:Association|Federation"
    rf"|Chamber|Council)){_ADVISE}{_B}+(?:(?:các|quý|những|its|all|our){_B}+)?(?:doanh{_B}+nghiệp"
    rf"{_B}+)?(?:hội{_B}+viên|thành{_B}+viên|members|member{_B}+companies|bạn{_B}+đọc|readers)\b"
    rf"|(?:Tác{_B}+giả|Nhóm{_B}+tác{_B}+giả|The{_B}+authors?){_ADVISE})",
    re.IGNORECASE,
)
_WHO_WANTS: Final = re.compile(
    rf"^(?:[-–•+]{_B}*)?(?:(?:Các|Quý|All){_B}+)?(?:hội{_B}+viên|doanh{_B}+nghiệp|đơn{_B}+vị|members"
    rf"|companies|businesses|firms|those|anyone|readers)(?:{_B}+\S+){{0,2}}?{_B}+(?:có{_B}+nhu{_B}+cầu"
    rf"|quan{_B}+tâm|muốn|interested|wishing|who{_B}+wish)\b.{{0,120}}?\b(?:đề{_B}+nghị|xin|vui{_B}+lòng"
    rf"|liên{_B}+hệ|đăng{_B}+ký|gửi|should|must|are{_B}+(?:requested|invited|asked)|please|may"
    rf"{_B}+contact|can{_B}+(?:contact|register))\b",
    re.IGNORECASE,
)
_ADVICE_WORDS: Final = 60
# The author's view of what should be done: "Tác giả cho rằng, để …, Việt Nam cần …", "The
# author argues that Vietnam should …" (a view the author reports as fact stays: "Tác giả
# cho rằng …: X đã miễn thị thực …").
_AUTHOR_VIEW: Final = re.compile(
    rf"^(?:Tác{_B}+giả|Nhóm{_B}+tác{_B}+giả|The{_B}+authors?){_B}+(?:cho{_B}+rằng|nhận{_B}+định"
    rf"|argues?|argued|contends?|concludes?)\b",
    re.IGNORECASE,
)
_SHOULD: Final = re.compile(rf"\b(?:cần|nên|should|must|need{_B}+to|needs{_B}+to)\b", re.I)


def advises_its_reader(sentence: str) -> bool:
    """The document advising or calling on its own readers (see _SELF_ADVISES, _WHO_WANTS)."""
    text = sentence.strip()
    if _AUTHOR_VIEW.match(text) and _SHOULD.search(text):
        return True
    return len(words(text)) <= _ADVICE_WORDS and bool(
        _SELF_ADVISES.match(text) or _WHO_WANTS.match(text)
    )


# A text describing itself: "Tóm tắt: Bài viết phân tích …", "This paper examines …".
_DESCRIBES_ITSELF: Final = re.compile(
    rf"^(?:(?:Tóm{_B}+tắt|Abstract|Summary){_B}*:{_B}*)?(?:(?:Bài{_B}+viết|Bài{_B}+báo|Nghiên{_B}+cứu"
    rf"|Báo{_B}+cáo|Tham{_B}+luận|Chuyên{_B}+đề)(?:{_B}+này)?{_B}+(?:phân{_B}+tích|trình{_B}+bày"
    rf"|đánh{_B}+giá|đề{_B}+cập|tập{_B}+trung|làm{_B}+rõ|khái{_B}+quát|tổng{_B}+quan|điểm{_B}+lại"
    rf"|giới{_B}+thiệu|nhận{_B}+diện|luận{_B}+giải)|(?:This|The{_B}+present){_B}+(?:article|paper"
    rf"|study|report|note|brief|chapter){_B}+(?:examines|analy[sz]es|reviews|discusses|describes"
    rf"|presents|explores|assesses|outlines|looks{_B}+at|focuses))\b",
    re.IGNORECASE,
)


# An interview telling how it came about: "…, Đại sứ X đã dành cho phóng viên Báo Y cuộc trao
# đổi về …", "phóng viên … đã có cuộc trao đổi với bà X", "X told Y in an interview".
_INTERVIEW: Final = re.compile(
    rf"\b(?:dành{_B}+cho{_B}+(?:phóng{_B}+viên|PV|Báo|Tạp{_B}+chí)|trả{_B}+lời{_B}+phỏng{_B}+vấn"
    rf"|phóng{_B}+viên\b[^.;]{{0,60}}?\bđã{_B}+có{_B}+cuộc{_B}+(?:trao{_B}+đổi|phỏng{_B}+vấn)"
    rf"|(?:gave|granted){_B}+(?:an?{_B}+)?(?:exclusive{_B}+)?interview{_B}+to)\b",
    re.IGNORECASE,
)


def describes_itself(sentence: str) -> bool:
    """The text saying what it does or, an interview, how it came about, citing no fact (one
    with a date, a year or an amount cites one: "… kể từ khi Hiệp định có hiệu lực ngày …";
    a span, "sau 50 năm", does not)."""
    told = _DESCRIBES_ITSELF.match(sentence.strip()) or _INTERVIEW.search(sentence)
    return told is not None and not _CITES.search(sentence)


_CITES: Final = re.compile(
    r"\b(?:19|20)\d\d\b|\d{1,2}/\d{1,2}|\d[\d.,]*\s*(?:%|USD|US\$|\$|€|tỷ|triệu|nghìn|ngàn|tấn"
    r"|billion|million|tonnes?)"
)


def _circulation(part: str) -> bool:
    return (
        _CIRCULATION.search(part) is not None
        and len(words(part)) <= _CIRCULATION_WORDS
        and not re.search(r"\d", part)
    )


def site_notice(text: str) -> bool:
    """A line made only of the site's notices to its reader: calls to subscribe, how
    comments are moderated, the company that publishes the paper, who may read it."""
    if len(text) > 300:
        return False
    parts = _sentences(text)
    notices = [
        p
        for p in parts
        if _SUBSCRIBE.match(p)
        or _MODERATED.search(p)
        or _PUBLISHER.search(p)
        or _APP.match(p)
        or _circulation(p)
    ]
    # (beside a notice, a short request to the reader: "Please keep your comments civil.",
    # or the paper's price: "Giá 4.500 đồng.")
    return bool(notices) and all(
        p in notices
        or (
            (_READER.search(p) or _PLEASE.match(p) or _FORBID.match(p))
            and len(words(p)) <= _PROMPT_WORDS
        )
        or len(words(p)) <= _ASIDE_WORDS
        # (the unit that signs the notice: "Vụ X, Bộ Y. Tài liệu lưu hành nội bộ.")
        or body_name_only(p)
        for p in parts
    )


_ASIDE_WORDS: Final = 4


def contact_line(text: str) -> bool:
    """A site's or a unit's contact line (an address, a telephone number, a mail address
    under their labels), or a disclaimer in which the text speaks of itself."""
    if len(text) > 300:
        return False
    if _SELF.match(text) and len(words(text)) <= _SELF_WORDS:
        return True
    if _COMPILER.match(text) and len(words(text)) <= _COMPILER_WORDS:
        return True  # "Người biên soạn: Name, Phòng …": who compiled a bulletin
    if author_bio(text):
        return True
    return bool(_CONTACT_LABEL.search(text)) and bool(_PHONE_OR_MAIL.search(text))


# "Người biên soạn:", "Compiled by:": who put a bulletin or note together, under its label.
_COMPILER: Final = re.compile(
    r"^(?:Người\s+(?:biên\s+soạn|tổng\s+hợp|thực\s+hiện)|Biên\s+soạn|(?:Compiled|Prepared)\s+by)"
    r"\s*:",
    re.IGNORECASE,
)
_COMPILER_WORDS: Final = 14
# "Name covers business for The X from Y.", "Name is a reporter at X": a writer's bio line;
# "More by Name", "View all posts by Name": the link to the writer's other stories.
# (one writer's name and "is a … reporter" for every English bio shape below; an author box
# the page marks as such says less, see pagemeta's, and its opening words suffice there)
_BIO_NAME: Final = r"[A-ZĐ][\w'-]+(?:\s+[A-ZĐ][\w'-]+){1,3}"
_ROLES: Final = r"reporter|correspondent|journalist|writer|editor"
_IS_A: Final = r"is\s+an?\s+(?:[\w-]+\s+){0,3}"
_BIO: Final = re.compile(
    rf"^{_BIO_NAME}\s+(?:covers|reports\s+on|writes\s+(?:about|on)|{_IS_A}"
    rf"(?:{_ROLES}))\b"
    # … for the outlet, by its name, and maybe where from, to the end
    r"[^.]{0,160}\b(?:for|at|with)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    r"(?:\s+(?:from|in|based\s+in)\s+[A-Z][\w'-]*(?:[\s-]+[A-Z][\w'-]*){0,3})?\.?$"
)
# "Về tác giả: …", "About the author: …": the writer's box under its label; "Tác giả X là
# nghiên cứu viên …", "X is a freelance writer based in Y": the writer's bio in other forms.
_BIO_BOX: Final = re.compile(
    r"^(?:Về\s+tác\s+giả|Giới\s+thiệu\s+tác\s+giả|About\s+the\s+(?:author|writer)s?|The\s+author)"
    r"\s*:\s*\S"
    r"|^Tác\s+giả\s+[A-ZĐÀ-Ỹ][\w'-]*(?:\s+[A-ZĐÀ-Ỹ][\w'-]*){1,4}\s+là\s+(?:\w+\s+){0,2}?"
    r"(?:phóng\s+viên|nhà\s+báo|biên\s+tập\s+viên|nghiên\s+cứu\s+viên|giảng\s+viên|chuyên\s+gia"
    r"|cộng\s+tác\s+viên|tiến\s+sĩ|thạc\s+sĩ|nhà\s+nghiên\s+cứu)\b"
    # (a bio placed by where its writer is based may name a wider set of roles)
    rf"|^{_BIO_NAME}\s+{_IS_A}(?:{_ROLES}|columnist|researcher|analyst)\s+based\s+in\b",
    re.IGNORECASE,
)
_BIO_BOX_WORDS: Final = 45
# The author box's heading alone on its line, its bio under it: "About the author", "Về tác
# giả", "Thông tin tác giả", "Author bio" — the box's label, no heading of the article's.
_BIO_HEAD: Final = re.compile(
    r"^(?:About\s+the\s+(?:authors?|writers?|contributors?)|Author(?:'s|s')?\s+bio(?:graphy)?"
    r"|(?:Giới\s+thiệu|Thông\s+tin)\s+(?:về\s+)?(?:các\s+)?tác\s+giả|Về\s+(?:các\s+)?tác\s+giả)"
    r"\s*:?$",
    re.IGNORECASE,
)
_MORE_BY: Final = re.compile(
    r"^(?:More\s+(?:by|from)|(?:View|See)\s+all\s+(?:posts|articles|stories)\s+by)"
    r"\s+[A-ZĐ][\w'-]*(?:\s+[A-ZĐ][\w'-]*){0,3}\.?$"
)


def author_bio(text: str) -> bool:
    """A writer's bio line, alone or with the link to their other stories after it."""
    if len(text) > 300:
        return False
    if (_BIO_BOX.match(text) and len(words(text)) <= _BIO_BOX_WORDS) or _BIO_HEAD.match(text):
        return True
    parts = _sentences(text)
    return bool(parts) and all(_BIO.match(p) or _MORE_BY.match(p) for p in parts)


_SELF_WORDS: Final = 30


def references_heading(text: str) -> bool:
    """A references heading ("Tài liệu tham khảo", "References:"): what follows lists the
    article's sources, and ends it."""
    return _REFERENCES.match(text) is not None


__all__ = [
    "advises_its_reader",
    "author_bio",
    "contact_line",
    "describes_itself",
    "reader_prompt",
    "references_heading",
    "site_notice",
]
