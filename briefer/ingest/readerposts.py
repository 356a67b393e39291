"""What a forum, a social network or a reviewer adds around an article someone passes on
(pure): never the article's own words, whatever outlet or network it is.

- a reposter's note over the copied article, in the first person ("Mình copy nguyên bài về
  cho anh em tham khảo", "Sharing this article for reference, guys");
- a poster's signature: a name and a trade beside a messenger or telephone handle and its
  number ("Name | Trade - Zalo 0909 xxx 418", "Name – Freight agent – WhatsApp +1 555 0100");
- a reader's reply in a thread: a user handle with its colon ("user_name: Thanks …"), and the
  text a comment's action row closes ("Thích · Trả lời · 2 tuần", "Like · Reply · 3d") once a
  comments section has opened (a comment box, or an earlier action row);
- a forum's notice that replying needs an account ("Bạn phải đăng nhập để trả lời chủ đề
  này.", "You must log in to reply to this topic.");
- a reviewer's bracketed comment in a draft ("[Nhận xét - Name: …]", "[Comment - Name: …]",
  "[Trả lời - Name: …]"): the review of the text, not the text;
- a unit's labelled postal address ("Địa chỉ: Lầu 4, số 12 …", "Address: 5 Harbour Road, …")
  set alone under a letter's or a release's contact line.

:func:`post_line` says why a single line leaves the body; :func:`mark_comments` reads a
comment against the action row under it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.commenthread import mark_comment_heads
from briefer.ingest.found import Line

_B: Final = r"[^\S\n]"
# A repost: the poster (first person, or an opening "Sharing"/"Reposting") copies the article
# for the others ("copy nguyên bài về", "đăng lại bài này", "reposting this article").
_REPOST: Final = re.compile(
    r"^(?:(?:mình|em|tôi|tớ|tui|I|I'm|I've|I\s+am|just)\b.{0,25}?\b(?:copy|cóp|chép|đăng\s+lại"
    r"|post\s+lại|share\s+lại|chia\s+sẻ\s+lại|dán|gửi\s+lại|repost(?:ing|ed)?|re-post(?:ing)?"
    r"|shar(?:e|ing)|past(?:e|ing)|copy(?:ing)?)|(?:sharing|reposting|re-posting|copying)\b)"
    r".{0,30}?\b(?:bài|tin|nguyên\s+văn|article|story|piece|post|report|this)\b",
    re.IGNORECASE,
)
_REPOST_WORDS: Final = 35
# A messenger's or a telephone's handle beside its number ("Zalo 0909 xxx 418", "WhatsApp:
# +84 90 123 4567", "Tel 028 3930 xxxx"): a number's last digits may be masked.
_HANDLE: Final = re.compile(
    r"\b(?:Zalo|Viber|WhatsApp|Telegram|Signal|WeChat|Line|Hotline|Tel|Phone|Mobile|Mob|Cell"
    r"|ĐT|SĐT|ĐTDĐ|Điện\s+thoại|Di\s+động)\b\.?:?\s*\+?\d[\d\s.xX-]{6,}(?:[\dxX])",
    re.IGNORECASE,
)
_CELL: Final = re.compile(rf"{_B}[|·•–—-]{_B}")
_SIGNATURE_WORDS: Final = 20
# "minhtuan_bbq: …", "john.doe84: …": a user name (no spaces, lower case or joined by "_"/"."
# or with digits, never a label word, with a letter: "1975:" opens a timeline's entry) and
# the colon opening the reply.
_HANDLE_REPLY: Final = re.compile(r"^@?(?P<user>(?=[\w.]*[a-z])[a-z0-9][\w.]{2,30}):\s+\S")
# A login required to reply ("Bạn phải/cần đăng nhập để trả lời/bình luận", "You must (be)
# log(ged) in to reply/post", "Log in to reply").
_LOGIN_TO_REPLY: Final = re.compile(
    r"\b(?:đăng\s+nhập|log(?:ged)?\s*in|sign(?:ed)?\s*in)\b.{0,20}?\b(?:để|to)\s+(?:có\s+thể\s+)?"
    r"(?:trả\s+lời|phản\s+hồi|gửi\s+bài|viết\s+bài|tham\s+gia|reply|respond|post|answer|join)\b",
    re.IGNORECASE,
)
_LOGIN_WORDS: Final = 16
# "[Nhận xét - Name: …]", "[Comment - Name: …]", "[Trả lời - Name: …]", "[Reply [AB2]: …]".
_REVIEW: Final = re.compile(
    rf"^\[{_B}*(?:Nhận{_B}+xét|Bình{_B}+luận|Góp{_B}+ý|Ý{_B}+kiến|Trả{_B}+lời|Phản{_B}+hồi"
    rf"|Ghi{_B}+chú|Comments?|Reply|Response|Note|Review(?:er)?|Suggestion|Query)"
    rf"(?:{_B}*[-–—:]{_B}*[^\]:]{{1,60}}|{_B}*\[[^\]]{{1,12}}\])?{_B}*:.*\]$",
    re.IGNORECASE,
)
# "Địa chỉ: Lầu 4, số 218 …", "Trụ sở: …", "Address: 5 Harbour Road, …": the label, then a
# place with its number, no sentence.
_ADDRESS: Final = re.compile(
    r"^(?:Địa\s+chỉ|Trụ\s+sở(?:\s+chính)?|Văn\s+phòng|(?:Postal\s+|Mailing\s+|Office\s+)?Address"
    r"|Add|Head\s+office|Registered\s+office|Office)\s*:\s*\S",
    re.IGNORECASE,
)
_ADDRESS_WORDS: Final = 25


def _words(text: str) -> int:
    return len(text.split())


def _signature(text: str) -> bool:
    """A poster's signature: short cells, one of them a handle with its number, no
    sentence (a sentence saying "call 0909 …" is the article's)."""
    if _words(text) > _SIGNATURE_WORDS or not _HANDLE.search(text):
        return False
    return len(_CELL.split(text)) >= 2 and not text.rstrip().endswith((".", "!", "?"))


def _address(text: str) -> bool:
    label = _ADDRESS.match(text)
    if not label or _words(text) > _ADDRESS_WORDS:
        return False
    rest = text[label.end() - 1 :]
    # (an address holds its number and lists its parts by commas; no verb's sentence stop)
    return bool(re.search(r"\d", rest)) and "," in rest and not rest.rstrip().endswith(("!", "?"))


def post_line(text: str, head: bool) -> str:
    """Why a single line is a forum's, a network's or a reviewer's ("" if it is none);
    ``head`` is whether the line lies above the article's text (a reposter's note does)."""
    if _REVIEW.match(text):
        return "reviewer's comment"
    if head and _words(text) <= _REPOST_WORDS and _REPOST.match(text):
        return "reposter's note"
    if _signature(text):
        return "signature"
    if _words(text) <= _LOGIN_WORDS and _LOGIN_TO_REPLY.search(text):
        return "comments"
    user = _HANDLE_REPLY.match(text)
    if user and any(c in user.group("user") for c in "_.0123456789"):
        return "comments"
    if _address(text):
        return "address"
    return ""


# A comment's action row: its buttons ("Thích", "Trả lời", "Like", "Reply", "Quote") and the
# comment's age ("2 tuần", "3d"), set apart by dots or gaps; it holds a reply button.
_ACTION: Final = (
    r"(?:Thích|Trả\s+lời|Trích\s+dẫn|Báo\s+cáo|Chia\s+sẻ|Like|Reply|Quote|Report|Share"
    r"|\d{1,3}\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm|[smhdwy]|mins?|hrs?|days?|weeks?|months?"
    r"|years?)(?:\s+(?:trước|ago))?)"
)
_ACTION_ROW: Final = re.compile(rf"^{_ACTION}(?:(?:\s*[·•|]\s*|\s{{2,}}|\s){_ACTION})+$", re.I)
_REPLY: Final = re.compile(r"\b(?:Trả\s+lời|Reply)\b", re.IGNORECASE)
_COMMENT_LINES: Final = 3
_COMMENT_WORDS: Final = 80


def action_row(text: str) -> bool:
    return bool(_ACTION_ROW.match(text.strip())) and bool(_REPLY.search(text))


def mark_comments(lines: list[Line]) -> None:
    """The text right above a comment's action row, once comments have opened (a comment
    box or an earlier action row above it): a reader's comment, not the article. (The first
    action row may close the post itself, whose text is the article: it only opens.)"""
    opened = False
    for index, line in enumerate(lines):
        if action_row(line.text):
            if opened:
                block: list[Line] = []
                for above in reversed(lines[:index]):
                    if not above.kept:
                        break
                    block.append(above)
                if len(block) <= _COMMENT_LINES and all(
                    _words(b.text) <= _COMMENT_WORDS for b in block
                ):
                    for b in block:
                        b.reason = "comments"
            opened = True
        elif not line.kept and line.reason == "comments":
            opened = True
    mark_comment_heads(lines)  # ("Name 2 hours ago" over each comment: a thread's heads)


__all__ = ["action_row", "mark_comments", "post_line"]
