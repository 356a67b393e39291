"""Single lines that are a page's widgets or credits, told by their shape whatever outlet or
channel they name (pure): a follow offer ("Follow X on Facebook and X for …", "Theo dõi X
trên Google News | Chia sẻ"), a view counter ("Total Views: 1,234", "Lượt xem: 987"), a
translator's credit ("Translated by Name."), a publication stamp ("Published by X - x.com -
on May 2, 2024."), a newsroom's address ("Tòa soạn: 12 đường …"), a note's writer label
("Người viết: ThS. Name, Phòng …"), an "Also on X: headline" link and a picture's caption
closed by an agency's credit ("… in Riyadh. — SPA photo"), the site's terms for reusing its
material ("Reproduction without consent is prohibited."). :func:`widget` names the reason.
Split from :mod:`briefer.ingest.lines`, which asks it last."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.keywords import IMPRINT

_B: Final = r"[^\S\n]"
_NAME: Final = r"[A-ZĐÀ-Ỹ][\w'’.-]*"
# "Theo dõi Baoquocte.vn trên", "Theo dõi VOV trên Google News": an offer cut short (its
# networks are icons), the outlet it names before "trên"/"on".
_FOLLOW_SHORT: Final = re.compile(
    rf"^(?:Theo{_B}+dõi|Follow(?:{_B}+us)?)(?:{_B}+(?P<outlet>\S+(?:{_B}\S+){{0,3}}?))?"
    rf"{_B}+(?:trên|on)(?:{_B}+.{{0,30}})?$",
    re.IGNORECASE,
)
# Social networks and news aggregators a page offers to follow it on.
_NETWORK: Final = (
    r"(?:Facebook|X|Twitter|Instagram|YouTube|Youtube|TikTok|Tiktok|Zalo|Telegram|LinkedIn"
    r"|Linkedin|Threads|WhatsApp|Viber|Google(?:\s+News)?|Apple\s+News|Flipboard|Bluesky"
    r"|Mastodon|Pinterest|Line|Kakao)"
)
# "Bấm theo dõi …", "Nhấn vào đây để theo dõi …", "Click here to follow …": the button's verb.
_CLICK: Final = (
    rf"(?:(?:Bấm|Nhấn|Click|Tap)(?:{_B}+(?:vào{_B}+)?(?:đây|here))?(?:{_B}+(?:để|to))?{_B}+)?"
)
_NETWORKS: Final = rf"{_NETWORK}(?:{_B}*(?:,|and|và|&|or|hoặc){_B}*{_NETWORK})*"
# "Follow X on Facebook and X for the latest news.", "Theo dõi Báo Y trên Zalo, TikTok":
# the offer's subject is any name of six words at most; what it is offered on, networks.
_FOLLOW: Final = re.compile(
    rf"^(?:Hãy{_B}+)?{_CLICK}(?:Follow|Theo{_B}+dõi|Like|Subscribe{_B}+to|Join)(?:{_B}+us)?"
    rf"(?:{_B}+\S+){{0,6}}?{_B}+(?:on|trên|qua|via){_B}+{_NETWORKS}"
    rf"(?:{_B}+(?:for|to|để|nhận|cập{_B}+nhật)\b.{{0,60}})?[.!]?$",
    re.IGNORECASE,
)
# "Share", "Chia sẻ", "Lưu bài", "Bookmark": a row's other buttons, short and without figures.
_BUTTON: Final = re.compile(r"^[^\d.!?:]{1,20}$")
# "Total Views: 2,184", "Lượt xem: 1.204", "Số lượt đọc 310", "1,203 views", "987 lượt xem".
_COUNTED: Final = (
    r"(?:views?|reads?|page{_B}views|lượt{_B}+(?:xem|đọc|truy{_B}+cập|thích|chia{_B}+sẻ)|hits)"
).replace("{_B}", _B)
_COUNTER: Final = re.compile(
    rf"^(?:(?:Total|Page|All|Tổng|Số){_B}+)?{_COUNTED}{_B}*:?{_B}*\d[\d.,]*[KkMm]?$"
    rf"|^\d[\d.,]*[KkMm]?{_B}+{_COUNTED}$",
    re.IGNORECASE,
)
# "Translated by Name.", "Translated by: the X desk", "Translation: Name", "Người dịch: Name",
# "Edited by Name and Name",
# "Translated from Lao by the AGN English service": a person, or an outlet's desk.
_TRANSLATOR: Final = re.compile(
    rf"^(?:(?:Translated|Adapted|Edited|Copy-?edited|Subtitled)(?:{_B}+from{_B}+\w+)?{_B}+by:?"
    rf"(?:{_B}+the)?|Translation{_B}*:|Translator{_B}*:|(?:Người{_B}+)?(?:[Bb]iên{_B}+dịch|[Dd]ịch)"
    rf"{_B}*:){_B}*{_NAME}(?:{_B}+{_NAME}){{0,3}}(?:{_B}*(?:,|and|và){_B}*{_NAME}(?:{_B}+{_NAME}){{0,3}})?"
    rf"(?:{_B}+(?:service|desk|team|staff|newsroom))?\.?$"
)
_DATE_END: Final = re.compile(r"(?:\b(?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\W{0,3}$")
# "Tòa soạn: 286 đường …", "Trụ sở: Số 5 …", "Head office: 12 Main Street …": an address
# under the newsroom's label, opened by a house number.
_ADDRESS: Final = re.compile(
    rf"^(?:(?:Địa{_B}+chỉ{_B}+)?(?:Tòa|Toà){_B}+soạn|Trụ{_B}+sở(?:{_B}+chính)?|Văn{_B}+phòng"
    rf"(?:{_B}+đại{_B}+diện)?|Địa{_B}+chỉ|(?:Head|Editorial|Registered){_B}+office|Newsroom"
    rf"|Address)(?:{_B}+[^:\d]{{1,30}})?{_B}*:{_B}*(?:Số{_B}+|No\.?{_B}*)?\d",
    re.IGNORECASE,
)
# "Người viết: ThS. Name, Phòng …", "Người thực hiện: TS. Name": a note's writer, by label;
# the label and a title, a name and the writer's unit, no sentence. ("Tác giả: Name, Viện
# …" too, with its unit: "Tác giả: Name" alone is the byline readers'.)
_WRITER: Final = re.compile(
    rf"^(?:Người{_B}+(?:viết|thực{_B}+hiện|soạn(?:{_B}+thảo)?|biên{_B}+soạn|tổng{_B}+hợp)"
    rf"|Cán{_B}+bộ{_B}+(?:thực{_B}+hiện|soạn{_B}+thảo)|Prepared{_B}+by|Written{_B}+by"
    rf"|(?P<author>(?:Nhóm{_B}+)?[Tt]ác{_B}+giả))"
    rf"{_B}*:{_B}*(?:(?:GS|PGS|TS|ThS|CN|KS|NCS|Dr|Prof|Mr|Ms|Mrs)\.?{_B}*)*"
    rf"{_NAME}(?:{_B}+{_NAME}){{0,4}}(?P<unit>{_B}*[,;–-]{_B}*[^.!?]{{0,80}})?$"
)
# "Also on X: headline", "More from X:", "Cũng trên X:": a link to the site's other pages,
# the headline after it (if any) without a final stop.
_ALSO_ON: Final = re.compile(
    rf"^(?:(?:Also|More){_B}+(?:on|from|in|at)|Cũng{_B}+trên|Thêm{_B}+từ){_B}+"
    rf"\S+(?:{_B}+\S+){{0,4}}{_B}*:(?P<rest>.*)$"
)
# "… in Riyadh. — SPA photo", "… at the signing – Reuters photo", "… (AFP photo)": a
# picture's caption closed by an agency's or outlet's credit.
_AGENCY_PHOTO: Final = re.compile(
    rf"(?:[—–]|{_B}-|\(){_B}*(?:[A-Z][\w&.'-]*{_B}+){{1,3}}(?:file{_B}+)?(?:photos?|pictures?)\)?\.?$"
)
_CAPTION_WORDS: Final = 45
# "Mọi ý kiến đóng góp xin gửi về: Ban Biên tập …", "Send your feedback to the editors at …":
# the newsroom asking its readers to write to it (a call for comments sent elsewhere, to an
# organiser in the article's news, is no widget: the editors or an e-mail address must be named).
_WRITE_TO_US: Final = re.compile(
    rf"^(?:Mọi{_B}+)?(?:ý{_B}+kiến(?:{_B}+đóng{_B}+góp)?|thông{_B}+tin{_B}+phản{_B}+hồi|phản{_B}+hồi"
    rf"|góp{_B}+ý|tin{_B}+bài|bài{_B}+vở)(?:{_B}+(?:của{_B}+)?(?:bạn{_B}+)?đọc)?{_B}+(?:xin{_B}+|vui"
    rf"{_B}+lòng{_B}+)?gửi{_B}+(?:về|đến|tới|qua)\b"
    rf"|^(?:Please{_B}+)?(?:Send|Email|Submit|Write){_B}+(?:us{_B}+)?(?:your{_B}+)?(?:feedback"
    rf"|comments|letters|news{_B}+tips|tips|story{_B}+ideas)\b",
    re.IGNORECASE,
)
# The site's terms for reusing what it publishes: the act of reuse opening the line, as a
# noun ("Reproduction …", "Any use of materials …", "Mọi hình thức sao chép …", "Nghiêm cấm
# sao chép …") or after "when" ("When citing …", "Khi trích dẫn …"), then a rule on it
# (mandatory, prohibited, only with a link, without consent; cấm, đồng ý, ghi rõ nguồn).
_REUSE_ACT: Final = re.compile(
    rf"^(?:\S+{_B}+){{0,4}}?(?:reproduction|reprinting|republi(?:shing|cation)|copying"
    rf"|use{_B}+of{_B}+(?:\S+{_B}+)?(?:materials?|content)|sao{_B}+chép"
    rf"|phát{_B}+hành{_B}+lại|đăng{_B}+(?:tải{_B}+)?lại|sử{_B}+dụng{_B}+lại)\b"
    rf"|^(?:When|Khi){_B}+(?:citing|quoting|using|reprinting|republishing|copying|trích{_B}+dẫn"
    rf"|sử{_B}+dụng|đăng{_B}+lại|phát{_B}+hành{_B}+lại|sao{_B}+chép)\b"
    # (the rule first, the reuse after "when": "Ghi rõ nguồn khi trích dẫn thông tin …",
    # "Please credit the source when republishing.")
    rf"|^(?:\S+{_B}+){{1,6}}?(?:when|if|khi|nếu){_B}+(?:citing|quoting|using|reprinting"
    rf"|republishing|reproducing|copying|sharing|trích{_B}+dẫn|sử{_B}+dụng|đăng{_B}+lại"
    rf"|phát{_B}+hành{_B}+lại|sao{_B}+chép|chia{_B}+sẻ)\b"
    # (the reader addressed: "If you use our materials, …", "Nếu bạn sử dụng lại nội dung …")
    rf"|^(?:If|When|Nếu|Khi){_B}+(?:you|bạn|quý{_B}+vị){_B}+(?:\S+{_B}+)?(?:use|cite|quote|reprint"
    rf"|republish|reproduce|copy|share|sử{_B}+dụng|trích{_B}+dẫn|đăng{_B}+lại|sao{_B}+chép)\b",
    re.IGNORECASE,
)
_REUSE_RULE: Final = re.compile(
    rf"\b(?:mandatory|obligatory|prohibited|forbidden|not{_B}+(?:allowed|permitted)"
    rf"|(?:allowed|permitted){_B}+only|only{_B}+(?:with|if)|permission|consent"
    rf"|must{_B}+(?:cite|credit|link|include|indicate|mention|refer)|cấm|đồng{_B}+ý"
    rf"|(?:ghi{_B}+rõ|nêu{_B}+rõ|dẫn){_B}+nguồn(?!{_B}+gốc)|(?:chưa|không){_B}+được{_B}+phép"
    rf"|cho{_B}+phép|requir\w*{_B}+(?:attribution|citation|a{_B}+link|(?:prior{_B}+)?(?:written{_B}+)?"
    rf"(?:permission|consent))|attribution|(?:cite|credit|acknowledge){_B}+(?:the{_B}+|our{_B}+)?source"
    # ("…, a link to the site is required."; "…, a reference to X is obligatory.")
    rf"|(?:link|reference|hyperlink){_B}+(?:\S+{_B}+){{0,5}}?(?:is|are){_B}+required)\b",
    re.IGNORECASE,
)
_REUSE_WORDS: Final = 40
# Where the text itself first appeared, said of itself: "This article first appeared in the
# print edition of X.", "A version of this story ran in X on Monday.", "Bài đăng trên ấn phẩm
# in của X.", "Bài viết thuộc chuyên mục Y." (a subject that is this text, then its
# publication or its section).
_ITSELF_PUBLISHED: Final = re.compile(
    rf"^(?:(?:This|An?{_B}+(?:\w+{_B}+)?version{_B}+of{_B}+this){_B}+(?:article|story|piece|column"
    rf"|interview|commentary|op-ed|essay)(?:{_B}+(?:was|has{_B}+been|is))?(?:{_B}+(?:first"
    rf"|originally|also))?{_B}+(?:appeared|ran|published|printed|part{_B}+of)"
    rf"|Bài(?:{_B}+(?:viết|báo))?(?:{_B}+này)?(?:{_B}+(?:đã|được))?{_B}+(?:đăng|in){_B}+(?:trên|tại)"
    rf"|Bài(?:{_B}+(?:viết|báo))?(?:{_B}+này)?{_B}+thuộc{_B}+(?:chuyên{_B}+mục|mục|số|chuyên{_B}+đề))\b"
)
_ITSELF_WORDS: Final = 25
_EDITORS: Final = re.compile(
    r"\b(?:Ban\s+[Bb]iên\s+tập|[Tt]òa\s+soạn|[Tt]oà\s+soạn|editors?|newsroom|editorial)\b|@\w"
)


def _follow_row(text: str) -> bool:
    """A follow offer alone, or in a row of short buttons ("… | Chia sẻ | Lưu bài")."""
    parts = [p.strip() for p in re.split(r"\s[|·•]\s", text) if p.strip()]
    if not parts or len(text) > 160:
        return False
    offers = [p for p in parts if _FOLLOW.match(p)]
    return bool(offers) and all(p in offers or _BUTTON.match(p) for p in parts)


def follow_offer(text: str) -> str | None:
    """The outlet a follow offer names ("" if none), None if ``text`` is no follow offer:
    "Theo dõi X trên" cut short, or an offer on networks alone or among a row's buttons. (A
    row of networks and share buttons without an offer's verb is furniture.share's.)"""
    text = text.strip()
    short = _FOLLOW_SHORT.match(text)
    if short and len(text) <= 80:
        return short.group("outlet") or ""
    return "" if _follow_row(text) else None


def _headline(text: str) -> bool:
    text = text.strip()
    return not text or (len(text.split()) <= 20 and not re.search(r"[.!;:,]['\"”’)]?$", text))


def reuse_terms(text: str) -> bool:
    """The site's terms for reusing its material ("Reproduction without the publisher's
    consent is prohibited.", "Khi trích dẫn thông tin phải ghi rõ nguồn."): a short line
    without figures (a law on copying, with its dates and fines, is news)."""
    return (
        len(text.split()) <= _REUSE_WORDS
        and _REUSE_ACT.match(text) is not None
        and _REUSE_RULE.search(text) is not None
        and re.search(r"(?<![\w./])\d", text) is None
    )


def widget(text: str) -> str:
    """The reason ``text`` is a page's widget or credit line ("" if it is none)."""
    text = text.strip()
    if follow_offer(text) is not None:
        return "follow-us widget"
    if _COUNTER.match(text):
        return "view counter"
    if reuse_terms(text):
        return "copyright"
    if _ITSELF_PUBLISHED.match(text) and len(text.split()) <= _ITSELF_WORDS:
        return "publication stamp"
    if _TRANSLATOR.match(text):
        return "translator credit"
    if IMPRINT.match(text) and len(text.split()) <= 30 and _DATE_END.search(text):
        return "publication stamp"
    if _ADDRESS.match(text) and len(text.split()) <= 40:
        return "newsroom address"
    if _WRITE_TO_US.match(text) and _EDITORS.search(text) and len(text.split()) <= 40:
        return "newsroom address"
    writer = _WRITER.match(text)
    if writer and (writer.group("unit") or not writer.group("author")):
        return "byline"
    also = _ALSO_ON.match(text)
    if also and _headline(also.group("rest")):
        return "related headline"
    if _AGENCY_PHOTO.search(text) and len(text.split()) <= _CAPTION_WORDS:
        # (a reason of its own: the line above a credit alone may be its caption, the line
        # above a caption with its credit is the article's)
        return "credited caption"
    return ""


__all__ = ["follow_offer", "reuse_terms", "widget"]
