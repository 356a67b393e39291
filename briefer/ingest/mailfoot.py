"""The foot and the head of a letter or an e-mail pasted as text (pure).

A letter (a unit's mailing to businesses, a bulletin sent by mail) closes the same way in
every language, whoever sends it:

- the **contact block** the sender ends with: a line announcing it ("Mọi thông tin chi tiết
  xin liên hệ:", "For further information, please contact:") over the unit's name, its
  address, telephone and mail address;
- the **valediction** ("Trân trọng,", "Best regards,", "Sincerely,") and everything under it:
  the signer's role and name, the unit, its address, and the notices a mailing system adds
  (sent automatically, how to unsubscribe, confidentiality). Nothing of the letter's own
  text follows a valediction.

A mailing system's notices ("This email was sent automatically", "To unsubscribe …") are
furniture wherever they stand, under a valediction or not.

At its head, a bulletin's masthead block ends with a rule ("-----"): the unit's name printed
over the rule, right under the bulletin's name, belongs to the masthead, not to the text.

Each function marks lines (``Line.reason``) and returns nothing.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line
from briefer.ingest.lines import ends_sentence, is_prose
from briefer.ingest.printrequest import print_request

# A valediction alone on its line: the courtesy a letter closes with, then a comma, "!" or
# a stop (or nothing), in Vietnamese and the languages mail reaches Việt Nam in.
_VALEDICTION: Final = re.compile(
    r"^(?:trân\s+trọng|kính\s+thư|thân\s+(?:ái|mến|chào)"
    r"|(?:(?:with\s+)?(?:best|kind|warm|warmest|kindest)\s+)?regards|best\s+wishes"
    r"|(?:yours\s+)?(?:sincerely|faithfully|truly)|respectfully(?:\s+yours)?"
    r"|cordialement|bien\s+cordialement|saludos(?:\s+cordiales)?|atentamente"
    r"|mit\s+freundlichen\s+grüßen)\s*[,!.]?$",
    re.IGNORECASE,
)
# The line that announces the sender's contact block: "Mọi thông tin chi tiết xin liên hệ:",
# "Thông tin liên hệ:", "For more information, please contact:", "Contact:".
_CONTACT_HEAD: Final = re.compile(
    r"(?:\bliên\s+hệ|\bcontact(?:\s+us)?|\bthông\s+tin\s+liên\s+lạc)\s*:$", re.IGNORECASE
)
_CONTACT_HEAD_WORDS: Final = 12
# A contact block's own lines: labelled fields (address, telephone, fax, mail, web) …
_FIELD: Final = re.compile(
    r"^(?:địa\s+chỉ|đ/c|trụ\s+sở|address|add|tel|điện\s+thoại|đt|phone|mobile|di\s+động"
    r"|hotline|fax|e-?mail|website|web)\b\.?\s*:",
    re.IGNORECASE,
)
_UNIT_WORDS: Final = 14  # … or the unit's name: a short line that is no sentence
_FOOT_LINES: Final = 12  # at most this many lines under a valediction (signature, notices)
_FOOT_CHARS: Final = 300  # none of them a paragraph of prose
_RULE: Final = re.compile(r"^[-–—_=*~.·\s]{3,}$")
_HEAD_LOOK: Final = 12  # the head's lines where a bulletin's masthead block ends


def _after_prose(lines: list[Line], index: int) -> bool:
    return any(line.kept and ends_sentence(line.text) for line in lines[:index])


def mark_valediction(lines: list[Line]) -> None:
    """The valediction under the letter's text and every line after it (its signature, the
    unit's address, a mailing system's notices) when those are few and none is a paragraph.
    (A valediction another rule took off, as a headline under the text, ends the letter as
    well.)"""
    for index, line in enumerate(lines):
        if not _VALEDICTION.match(line.text) or not _after_prose(lines, index):
            continue
        rest = [below for below in lines[index + 1 :] if below.kept]
        if len(rest) > _FOOT_LINES or any(len(below.text) > _FOOT_CHARS for below in rest):
            continue  # (a quoted letter inside an article: the article goes on)
        for below in [line, *rest]:
            below.reason = below.reason or "signature"
        return


def mark_contact_block(lines: list[Line]) -> None:
    """A line announcing the sender's contact ("… xin liên hệ:") after the text has begun
    (taken off already or not: a closing referral is furniture on its own as well), and the
    contact lines under it: labelled fields, or the unit's name (a short line that
    ends no sentence), whether or not another rule took them off already. The block ends at
    the first line of another kind."""
    for index, line in enumerate(lines):
        text = line.text
        if (
            not _CONTACT_HEAD.search(text)
            or len(text.split()) > _CONTACT_HEAD_WORDS
            or not _after_prose(lines, index)
        ):
            continue
        block = []
        for below in lines[index + 1 :]:
            sentence = below.text.rstrip().endswith((".", "!", "?"))
            unit = len(below.text.split()) <= _UNIT_WORDS and not sentence
            if not (_FIELD.match(below.text) or (unit and not _VALEDICTION.match(below.text))):
                break
            block.append(below)
        # (the unit's name heads its fields; a short line after the last field is the text's
        # again, a heading say)
        fields = [i for i, below in enumerate(block) if _FIELD.match(below.text)]
        if not fields:
            continue  # (a sentence after the colon: the text says whom to contact)
        block = block[: fields[-1] + 1]
        for contact in [line, *block]:
            contact.reason = contact.reason or "contact"


def mark_masthead_rule(lines: list[Line]) -> None:
    """In the head, the one line between a line taken off as the masthead's (the bulletin's
    name) and a rule ("-----") under it: the unit that issues the bulletin, printed in its
    masthead block, not its text's first line."""
    for index in range(1, min(len(lines) - 1, _HEAD_LOOK)):
        line = lines[index]
        if not line.kept or _after_prose(lines, index) or is_prose(line.text):
            continue
        above, below = lines[index - 1], lines[index + 1]
        if (
            not above.kept
            and above.reason != "title"
            and not _RULE.match(above.text)
            and below.reason == "rule"
            and _RULE.match(below.text)
        ):
            line.reason = "masthead"


# What a mailing system adds under any message, valediction or not: this message was sent
# automatically, do not reply, how to stop receiving it, it is confidential. (The message
# speaks of itself: "this email", "email này"; an article's "the email said …" is no notice.)
_MAIL: Final = r"(?:e-?mail|thư(?:\s+điện\s+tử)?|tin\s+nhắn|bản\s+tin|message|newsletter|digest)"
_THIS_MAIL: Final = rf"(?:\bthis\s+{_MAIL}|{_MAIL}\s+này)\b"
_NOTICE: Final = re.compile(
    rf"{_THIS_MAIL}.{{0,60}}(?:được\s+gửi\s+tự\s+động|gửi\s+tự\s+động|sent\s+automatically"
    r"|automatically\s+generated|is\s+an?\s+automated)"
    r"|(?:vui\s+lòng|xin|please)\s+(?:đừng|không|do\s+not|don['’]t)\s+(?:trả\s+lời|phản\s+hồi|reply)"
    r"\s+(?:trực\s+tiếp\s+)?(?:to\s+)?(?:email|thư|this)"
    r"|(?:hủy|huỷ|ngừng|dừng)\s+(?:nhận\s+(?:bản\s+)?tin|nhận\s+(?:e-?mail|thư)|đăng\s+ký\s+nhận)"
    r"|\bunsubscribe"
    # ("Nếu không muốn nhận thư, …", "If you no longer wish to receive these emails, …")
    r"|(?:nếu\s+(?:bạn\s+|quý\s+vị\s+)?không\s+(?:còn\s+)?muốn\s+(?:tiếp\s+tục\s+)?nhận"
    r"|if\s+you\s+(?:no\s+longer|do\s+not|don['’]t)\s+(?:wish|want)\s+to\s+(?:receive|get))"
    rf"\s+(?:(?:these|this|our|thêm|các)\s+)?(?:{_MAIL}|e-?mails|messages|updates|thông\s+báo|tin)\b"
    # (why it came and how to pass it on: "You are receiving this because you subscribed …",
    # "Forward this digest to a colleague", "Bạn nhận được bản tin này vì …")
    r"|\byou(?:\s+are|['’]re)\s+receiving\s+this\b|(?:bạn|quý\s+vị)\s+nhận\s+được\s+"
    rf"{_MAIL}\s+này|^\s*(?:forward|share|chuyển\s+tiếp)\s+{_THIS_MAIL}"
    rf"|{_THIS_MAIL}.{{0,80}}(?:thông\s+tin\s+(?:bảo\s+)?mật|confidential|privileged)"
    # (whom alone it is for, said by the mail of itself at a sentence's start: "Email này …
    # chỉ dành cho người nhận", "This e-mail and any attachments are intended solely for the
    # addressee")
    rf"|^\W*{_THIS_MAIL}.{{0,80}}(?:(?:chỉ\s+)?dành\s+(?:riêng\s+)?cho\s+(?:người|cá\s+nhân|đơn\s+vị)"
    r"|intended\s+(?:solely\s+|only\s+|exclusively\s+)?for\s+the"
    r"|for\s+the\s+(?:sole|exclusive)\s+use)"
    # ("If you are not the intended recipient, …": who must delete it)
    r"|(?:nếu\s+(?:bạn\s+|quý\s+vị\s+)?không\s+phải\s+(?:là\s+)?người\s+nhận"
    r"|if\s+you\s+are\s+not\s+the\s+(?:intended\s+)?recipient"
    # ("Nếu nhận nhầm, vui lòng xóa …", "If you received this email in error, …")
    r"|nếu\s+(?:bạn\s+|quý\s+vị\s+)?(?:đã\s+)?nhận\s+(?:được\s+)?(?:\S+\s+){0,3}?nhầm"
    r"|received\s+(?:it\s+|this\s+\S+\s+)?(?:in\s+error|by\s+mistake))",
    re.IGNORECASE,
)
# (beside a notice, a short aside: "Bản tin chỉ mang tính tham khảo.", "Thank you.")
_ASIDE_WORDS: Final = 8
_NOTICE_CHARS: Final = 300


def mailing_notice(text: str) -> bool:
    """A line made of a mailing system's notices (see :data:`_NOTICE`), each sentence a
    notice or a short aside, one notice at least."""
    if len(text) > _NOTICE_CHARS:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    # (a request not to print the mail is its notice as well)
    notices = [s for s in sentences if _NOTICE.search(s) or print_request(s)]
    return bool(notices) and all(s in notices or len(s.split()) <= _ASIDE_WORDS for s in sentences)


__all__ = ["mailing_notice", "mark_contact_block", "mark_masthead_rule", "mark_valediction"]
