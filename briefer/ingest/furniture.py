"""Page furniture recognised by its shape, not by a list of strings copied from some site.

Each recogniser looks at one line (a paragraph of the text a reader produced) and says what
kind of furniture it is, or "" when it may be article text:

- date stamps and their bylines: :mod:`briefer.ingest.stamplines`;
- :func:`print_stamp`: what a browser prints above and below a page ("10/01/2025, 15:32
  Title - Outlet", "https://… 1/2", "Trang 1/2", "Page 2 of 3");
- :func:`menu`: navigation and breadcrumbs, short items between separators ("Thời sự |
  Thế giới | Kinh tế", "Trang chủ > Thời sự > Ngoại giao", "News › Politics");
- :func:`share`: share and follow rows, what is left once the names of social networks and
  the words around them are taken away is nothing ("Chia sẻ bài viết: Facebook Zalo Email");
- :func:`photo_credit`: a caption that ends with its credit, in brackets or not, after " - "
  or a full stop ("… - Ảnh: VGP/Nhật Bắc", "… (Photo: VNA)", "VNA/VNS Photo Lâm Khánh"),
  and :func:`credit_only`, a credit on a line of its own (the caption is the line above);
- :func:`bracketed`: a related link set in brackets or behind arrows ("[Thủ tướng …]", "» …");
- :func:`boilerplate`: cookie notices, copyright lines, tag lists, comment prompts and counts;
- :func:`letterhead`: the parts of an administrative document around its text (national
  motto, "Số: 15/BNG-CÂ", "V/v …", "Hà Nội, ngày … tháng … năm …", "Nơi nhận:", "(Đã ký)").

A few words are unavoidable (a credit says "Ảnh" or "Photo"; a share row names the
networks; Vietnam's national motto is fixed by law), but each rule is about the line's shape:
how long it is, what it ends with, what is left once dates, names and separators are gone.
"""

from __future__ import annotations

import re
from typing import Final

_B: Final = r"[^\S\n]"
_UPPER: Final = "A-ZĐÀ-ỸÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
# Shared with briefer.ingest.stamplines: the capitals of a name.
UPPER: Final = _UPPER
_DIGIT: Final = re.compile(r"\d")
_SEPARATORS: Final = re.compile(r"\s*(?:\||›|»|>|·|•|/|\\)\s*")
_PATH_LABEL: Final = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+){0,3}\s*:\s*")  # "Bạn đang ở: "
_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*")
_SOCIAL: Final = frozenset(
    [
        "facebook",
        "zalo",
        "lưu",  # (the save button beside the networks: "Facebook Zalo Lưu")
        "email",
        "e-mail",
        "twitter",
        "x",
        "linkedin",
        "telegram",
        "messenger",
        "pinterest",
        "reddit",
        "whatsapp",
        "viber",
        "tiktok",
        "youtube",
        "instagram",
        "print",
        "in",
        "copy",
        "link",
        "sao",
        "chép",
        "liên",
        "kết",
        "gmail",
        "google",
        "news",
        "share",
        "tweet",
        "chia",
        "sẻ",
        "bài",
        "viết",
        "this",
        "on",
        "theo",
        "dõi",
        "follow",
        "us",
        "lưu",
        "bookmark",
    ]
)
_CREDIT: Final = (
    r"(?:Ảnh|ẢNH|Ảnh\s+minh\s+họa|Ảnh\s+minh\s+hoạ|Nguồn\s+ảnh|Photo|Photos|PHOTO|Image|Video|Clip"
    r"|Picture|Pictures|PICTURE|Photograph|Photographs|PHOTOGRAPH"
    r"|Đồ\s+họa|Infographic)"
)
# "… - Ảnh: VGP/Nhật Bắc", "…. Ảnh: Nhật Bắc", "… (Ảnh: Tâm Hằng/TTXVN)", "… (Photo: VNA)",
# "… Photo by VnExpress/Nhat Bac", "… VNA/VNS Photo Lâm Khánh".
# After the credit word: a colon, or "by" ("Ảnh hưởng …" is no credit).
_CREDIT_MARK: Final = (
    # ("Ảnh do … cung cấp": a photo someone provided)
    rf"(?:{_B}+(?:credits?|courtesy|nguồn))?(?:{_B}*:|{_B}+by{_B}*:?|{_B}+courtesy{_B}+of"
    rf"|{_B}+do{_B}+(?=[^\n]{{1,50}}{_B}cung{_B}cấp\.?\)?$)"
    rf"|{_B}+[-–|]{_B}+(?=[{_UPPER}])|{_B}*/{_B}*(?=[{_UPPER}]))"  # "- Duy", "| NAME", "/NAME"
)
# A credit's name may be initials: "Ảnh: T.T", "Ảnh: N.H." (a full stop after a capital).
_INITIAL_DOT: Final = rf"(?<=[{_UPPER}])\."
_TRAILING_CREDIT: Final = re.compile(
    rf"(?:(?:^|[.!?…”\"]|{_B}[-–—|]){_B}*\(?{_CREDIT}{_CREDIT_MARK}{_B}*"
    rf"(?:[^():.!?]|{_INITIAL_DOT}){{0,60}}\)?\.?"
    rf"|\({_CREDIT}{_CREDIT_MARK}[^()]{{0,60}}\)\.?"
    rf"|[.!?]{_B}+[\w/]+/[\w/]+{_B}+{_CREDIT}{_B}+[^():.!?]{{1,40}}"
    # "…. Ảnh minh họa", "…. (Ảnh tư liệu)", "…. File photo": the kind of photo, no name
    rf"|[.!?…]{_B}+\(?(?i:(?:Ảnh|Hình|Photo){_B}+(?:minh{_B}+họa|minh{_B}+hoạ|tư{_B}+liệu"
    rf"|chụp{_B}+màn{_B}+hình|illustration)|(?:File|Illustrative){_B}+photo)\)?\.?)$"
)
# … or an agency's credit: "VNA/VNS Photo Dương Giang", "TTXVN Ảnh Lâm Khánh".
_CREDIT_ONLY: Final = re.compile(
    rf"^\(?{_CREDIT}{_CREDIT_MARK}{_B}*(?:[^.!?]|{_INITIAL_DOT}){{0,60}}\)?\.?$"
    rf"|^[{_UPPER}]{{2,}}(?:/[{_UPPER}]{{2,}})*{_B}+{_CREDIT}{_B}+[^.!?:]{{1,40}}$"
)
_LEADING_CREDIT: Final = re.compile(rf"^\({_CREDIT}{_CREDIT_MARK}[^()]{{1,60}}\){_B}+\S")
_BRACKETED: Final = re.compile(r"^(?:\[[^\[\]]{3,200}\]|(?:>>|»|►|▶|→|⇒|\+)\s*\S.{2,200})$")
_COOKIE: Final = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COPYRIGHT: Final = re.compile(
    r"©|\bCopyright\b|All rights reserved|Bản quyền thuộc|Cơ quan chủ quản"
    r"|Giấy phép (?:số|hoạt động)|Tổng biên tập:",
    re.IGNORECASE,
)
# An outlet's masthead tagline under its name (the press law has every outlet say whose
# organ it is): "Cơ quan của Đảng bộ …", "Cơ quan ngôn luận của …", "The Official Newspaper
# of …"; and the terms of reuse: "Ghi rõ nguồn … khi phát hành lại thông tin …".
_TAGLINE: Final = re.compile(
    r"^(?:Cơ\s+quan\s+(?:ngôn\s+luận\s+|chủ\s+quản\s+)?của|(?:The\s+)?Official\s+"
    r"(?:Newspaper|Voice|Portal|Website|Mouthpiece)\s+of)\b|(?:phát\s+hành|đăng)\s+lại\s+"
    r"(?:thông\s+tin|nội\s+dung|bài\s+viết)",
    re.IGNORECASE,
)
# A prompt to log in or be first to comment: short, with a comment word and a call to act.
_COMMENT_WORD: Final = re.compile(r"bình\s+luận|ý\s+kiến|comment", re.IGNORECASE)
_CALL_TO_ACT: Final = re.compile(
    r"đăng\s+nhập|hãy|mời\s+bạn|log\s*in|sign\s*in|be\s+the\s+first|\bngay\b|\bnow\b"
    r"|\b(?:bạn|you)\b.*\?",  # "Bạn nghĩ gì …? Bình luận ngay": a question to the reader
    re.IGNORECASE,
)
# A comment form's notes: "Email của bạn sẽ không được hiển thị công khai", "Your email address
# will not be published": the reader's e-mail in a short line addressed to them.
_FORM_NOTE: Final = re.compile(
    r"\b(?:e-?mail|thư\s+điện\s+tử)\b.*\b(?:của\s+bạn|bạn|your|you)\b"
    r"|\b(?:your|bạn)\b.*\b(?:e-?mail|thư\s+điện\s+tử)\b",
    re.IGNORECASE,
)
# A comment form's instruction to the reader: "Bạn đọc có thể gửi ý kiến, chia sẻ …", "Readers
# may share their views below": the reader, a verb of sending or sharing and a comment word.
_READER: Final = re.compile(
    r"^(?:\w+\s+){0,3}(?:bạn\s+đọc|quý\s+(?:độc\s+giả|bạn\s+đọc)|độc\s+giả|bạn|readers?|you)\b",
    re.IGNORECASE,
)
_SEND: Final = re.compile(
    r"\b(?:gửi|chia\s+sẻ|viết|đóng\s+góp|send|share|post|submit|write|leave)\b", re.IGNORECASE
)
# How to type a comment: "… bằng tiếng Việt có dấu" (with its diacritics), asked of a reader.
_TYPE_NOTE: Final = re.compile(r"\btiếng\s+Việt\s+có\s+dấu\b", re.IGNORECASE)
_PROMPT_WORDS: Final = 16
_TAGS: Final = re.compile(r"^(?:Từ\s+khóa|Từ\s+khoá|Tags?|Chủ\s+đề|Topics?|Keywords?)\s*:", re.I)
_COMMENTS: Final = re.compile(
    r"^(?:Bình\s+luận|Ý\s+kiến(?:\s+bạn\s+đọc)?|Gửi\s+bình\s+luận|Viết\s+bình\s+luận"
    r"|Xem\s+(?:thêm\s+)?bình\s+luận|Mời\s+bạn|Comments?|Leave\s+a\s+(?:comment|reply)"
    r"|Add\s+a\s+comment)\b",
    re.IGNORECASE,
)
_MOTTO: Final = re.compile(
    r"^(?:CỘNG\s+H(?:OÀ|ÒA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]"
    r"\s*Hạnh\s+phúc|SOCIALIST\s+REPUBLIC\s+OF\s+VIET\s*NAM|Independence\s*[-–]\s*Freedom"
    r"\s*[-–]\s*Happiness)[-–_ ]*$",
    re.IGNORECASE,
)
_DOC_NUMBER: Final = re.compile(r"^(?:Số|No\.?|Number)\s*:\s*(?P<number>[\w./-]*\d[\w./-]*)")
_SUBJECT: Final = re.compile(r"^(?:V/v|Về\s+việc|Re|Subject)\s*:?\s", re.IGNORECASE)
# (a capital abroad as Vietnamese transcribes it, its syllables hyphened: "Rô-ma", "Niu Đê-li")
_PLACE_WORD: Final = r"[\w.]*(?:-[\w.]+)*"
PLACE_DATE: Final = re.compile(
    rf"^(?P<place>[{_UPPER}]{_PLACE_WORD}(?:{_B}(?:phố|xã|trấn))?(?:{_B}(?:[-–]{_B})?[{_UPPER}]{_PLACE_WORD}){{0,3}}),{_B}*ngày{_B}+\d{{1,2}}"
    rf"(?:{_B}+tháng{_B}+\d{{1,2}}{_B}+năm{_B}+|{_B}*(?P<sep>[/.-]){_B}*\d{{1,2}}{_B}*(?P=sep){_B}*)\d{{4}}\.?$"
)
RECIPIENTS: Final = re.compile(r"^(?:Nơi\s+nhận|Recipients?)\s*:?", re.I)
# "Kính gửi: …" names the addressee above the text (its own line and a "- …" list under it);
# "Nơi nhận:" lists who gets copies after the text, to the end of the document.
ADDRESSEE: Final = re.compile(r"^(?:Kính\s+gửi|To)\s*:.{0,120}$", re.I)
_SIGNED: Final = re.compile(r"^\((?:Đã\s+ký|đã\s+ký|signed|Signed)(?:\s+và\s+đóng\s+dấu)?\)$")
_SIGNATURE_ROLE: Final = re.compile(
    rf"^(?:(?:KT|TL|TM|TUQ|Q)\.{_B}*)?[{_UPPER}][{_UPPER}\s.,-]{{2,40}}$"
)
DOCUMENT_KIND: Final = re.compile(
    r"^(?:BÁO\s+CÁO|GHI\s+CHÚ|GHI\s+NHỚ|TỜ\s+TRÌNH|CÔNG\s+VĂN|THÔNG\s+BÁO|BẢN\s+TIN|ĐỀ\s+ÁN"
    r"|KẾ\s+HOẠCH|TÀI\s+LIỆU\s+THAM\s+KHẢO|TÓM\s+TẮT|THÔNG\s+TIN|NOTE|MEMORANDUM|REPORT)(?:\s+(?:TÓM\s+TẮT|THAM\s+KHẢO|NHANH))?\.?$"
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_upper(text: str) -> bool:
    """Written in capitals (at least two letters, no lower-case letter)."""
    # Prose stops at its first lower-case letter: cheap on a long paragraph.
    return not any(c.islower() for c in text) and sum(c.isalpha() for c in text) >= 2


def ends_sentence(text: str) -> bool:
    # Lines come stripped; rstrip() would copy a whole paragraph to look at its last mark.
    if text[-1:].isspace():
        text = text.rstrip()
    return text.endswith((".", "!", "?", "…", ".”", '."'))


# A byline's opening: "By" and a capitalised name (no section of a site reads so).
BY_NAME: Final = re.compile(rf"^(?:By|BY|Bởi){_B}+[{_UPPER}]")


def menu(text: str) -> bool:
    """Navigation or a breadcrumb: three or more short items, or two behind ›/»/>."""
    if len(text) > 200 or ends_sentence(text) or not _SEPARATORS.search(text):
        return False
    text = _PATH_LABEL.sub("", text)  # "Chuyên mục: A › B": the path after its label
    items = [i for i in _SEPARATORS.split(text.strip()) if i.strip()]
    separators = _SEPARATORS.findall(text)
    strong = sum(1 for s in separators if s.strip() in ("›", "»", ">", "|", "·", "•"))
    # "Thế giới / Quân sự": a section and its subsection, short, between spaced slashes.
    spaced_slashes = len(re.findall(r"\s/\s", text))
    pointed = strong or (spaced_slashes and len(text) <= 40)
    if len(items) < 2 or not (pointed or spaced_slashes >= 2):
        return False
    if BY_NAME.match(items[0]):
        return False  # "By Name / Outlet", "Bởi Name | Desk": a byline, its cells the credits
    short = all(len(words(i)) <= 4 and len(i) <= 32 for i in items)
    # pointed is a non-zero count or a bool here (0 returned above): the result is a bool
    return short and (len(items) >= 3 or (pointed and len(items) >= 2 and len(text) <= 60))  # type: ignore[return-value]


def section_path(text: str) -> bool:
    """A section and its subsection joined by a dash ("Chính trị - Hà Nội", "Thế giới –
    Châu Á"): two or three parts of one to three capitalised words, no figures."""
    parts = re.split(rf"{_B}+[-–]{_B}+", text.strip())
    return (
        2 <= len(parts) <= 3
        and not _DIGIT.search(text)
        and all(
            1 <= len(words(p)) <= 3 and p[:1].isupper() and not re.search(r"[.,:;!?]", p)
            for p in parts
        )
    )


def share(text: str) -> bool:
    """A share or follow row: nothing but networks and the words that offer them."""
    if len(text) > 120 or ends_sentence(text):
        return False
    rest = re.sub(r"[:|,•·/()\[\]-]", " ", text.casefold())
    # (with the page's print and send-by-mail buttons beside them)
    for phrase in ("chia sẻ bài viết", "copy link", "sao chép liên kết", "google news",
                   "follow us", "theo dõi", "share this", "share on", "share via",
                   "gửi bài viết", "in trang", "in bài", "print"):  # fmt: skip
        rest = rest.replace(phrase, " ")
    tokens = [t for t in rest.split() if len(t) > 1 or t == "x"]  # ("f": a network's icon)
    label, colon, items = text.casefold().partition(":")
    listed = [t for t in re.split(r"[\s|,•·/]+", items) if t]
    if colon and len(label.split()) <= 5 and len(listed) >= 2 and all(t in _SOCIAL for t in listed):
        return True  # "Gửi cho bạn bè: Zalo · Email": whatever the label says, networks follow
    return (
        bool(tokens)
        and all(t in _SOCIAL for t in tokens)
        and any(
            t in ("facebook", "zalo", "twitter", "email", "linkedin", "telegram", "share", "chia")
            for t in tokens
        )
    )


# "Đại sứ … và Tổng thư ký …. (Nguồn: Đại sứ quán Việt Nam tại Áo)": a source in brackets
# after a short line without figures is a picture's credit (prose that cites its source
# carries the figures it cites).
_SOURCE_CREDIT: Final = re.compile(rf"\((?:Nguồn|Source){_B}*:{_B}*[^()\d]{{2,60}}\)\.?$")


def photo_credit(text: str) -> bool:
    """A caption ending with its credit (the whole line is the caption)."""
    if len(text) <= 160 and _SOURCE_CREDIT.search(text) and not _DIGIT.search(text):
        return True
    if len(text) <= 250 and _LEADING_CREDIT.match(text) and not _DIGIT.search(text):
        return True  # "(Photo: …) Viceministro … recibe al embajador …": credit, then caption
    return len(text) <= 320 and bool(_TRAILING_CREDIT.search(text))


def credit_only(text: str) -> bool:
    """A credit on a line of its own: "Ảnh: BỘ NGOẠI GIAO", "ẢNH: THANH DUY", "(Photo: VNA)"."""
    return len(text) <= 70 and bool(_CREDIT_ONLY.match(text.strip()))


def bracketed(text: str) -> bool:
    return bool(_BRACKETED.match(text.strip())) and not ends_sentence(text.strip("[]"))


def boilerplate(text: str) -> str:
    if len(text) > 400:
        return ""
    if _COOKIE.search(text):
        return "cookie notice"
    if _COPYRIGHT.search(text) and len(text) <= 300:
        return "copyright"
    if _TAGLINE.search(text) and len(words(text)) <= 25:
        return "copyright"
    if _COMMENT_WORD.search(text) and _CALL_TO_ACT.search(text) and len(words(text)) <= 12:
        return "comments"
    if _FORM_NOTE.search(text) and len(words(text)) <= 14:
        return "comments"
    if len(words(text)) <= _PROMPT_WORDS and (
        _TYPE_NOTE.search(text)
        or (_READER.search(text) and _SEND.search(text) and _COMMENT_WORD.search(text))
    ):
        return "comments"
    if _TAGS.match(text) and len(text) <= 300:
        return "tags"
    if _COMMENTS.match(text) and len(text) <= 160 and not ends_sentence(text):
        return "comments"
    if re.search(r"\(\d{1,5}\)$", text) and len(words(text)) <= 4:
        return "comments"
    return ""


def letterhead(text: str) -> str:
    """The parts of an administrative document that are not its text."""
    if _MOTTO.match(text):
        return "national motto"
    if _DOC_NUMBER.match(text) and len(text) <= 80:
        return "document number"
    if _SUBJECT.match(text) and len(text) <= 200:
        return "subject line"
    if PLACE_DATE.match(text):
        return "place and date"
    if _SIGNED.match(text):
        return "signature"
    return ""


def document_number(text: str) -> str:
    match = _DOC_NUMBER.match(text)
    return match.group("number") if match else ""


def signature_role(text: str) -> bool:
    """ "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "VỤ TRƯỞNG": a signer's title in capitals."""
    return is_upper(text) and bool(_SIGNATURE_ROLE.match(text)) and len(words(text)) <= 6


__all__ = [
    "ADDRESSEE",
    "BY_NAME",
    "DOCUMENT_KIND",
    "PLACE_DATE",
    "RECIPIENTS",
    "UPPER",
    "boilerplate",
    "bracketed",
    "credit_only",
    "document_number",
    "ends_sentence",
    "is_upper",
    "letterhead",
    "menu",
    "photo_credit",
    "share",
    "signature_role",
    "words",
]
