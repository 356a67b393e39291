"""A communiqué's routine (pure): a sentence that only reviews the ties, trades views on
issues of mutual interest, tells a courtesy call or the fields of cooperation two sides talked
over, naming nothing a briefing could cite. (A delegation's stops, "Đoàn đã thăm … và làm việc
với …", are none: the corpus's keys accept them as facts of the pair.) Split from
:mod:`briefer.ingest.keywords`."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.keywords import ACCORD, PROPOSAL
from briefer.ingest.rxparts import CAPITAL


def _spaced(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` with each space matching a run of blanks."""
    return re.compile(pattern.replace(" ", r"[^\S\n]+"), flags)


# What may open a courtesy call or the fields talked over: an occasion ("Nhân dịp này, ",
# "Tại buổi tiếp, ", "During the visit, ") or nothing.
_OCCASION: Final = (
    r"(?:(?:Nhân dịp này|Cũng trong dịp này|Trong (?:thời gian|chuyến) [^,]{1,60}"
    r"|Tại (?:buổi|cuộc) [^,]{1,40}|During (?:the|his|her|their) [^,]{1,60}"
    r"|On the occasion|At the (?:meeting|reception|talks)), )?"
)
# A communiqué's routine, naming nothing a briefing could cite (no claim to brief unless the
# sides agree on something):
_ROUTINE: Final = _spaced(
    r"^(?:\d+\. )?(?:"
    # a review or an exchange of views over the whole of the ties: "the two sides reviewed the
    # entire spectrum of bilateral relations", "exchanged views on regional and international
    # issues of mutual interest", "trao đổi về các vấn đề quốc tế và khu vực cùng quan tâm";
    r"(?:[^.;:]{0,60}? )?(?:reviewed|exchanged (?:views|opinions) on|discussed"
    r"|điểm lại|trao đổi(?: ý kiến| quan điểm)?(?: về)?) (?:the |các |những )?"
    r"(?:(?:entire|full|whole|wide|broad) (?:spectrum|range|gamut) of (?:the )?(?:bilateral )?"
    r"(?:relations|relationship|ties|cooperation)|(?:state of )?bilateral (?:relations|ties)\b"
    r"|(?:regional and international|international and regional|global and regional)"
    r" (?:issues|matters|developments) of (?:mutual|common) (?:interest|concern)"
    r"|vấn đề (?:khu vực và quốc tế|quốc tế và khu vực) cùng quan tâm)"
    # a courtesy call, its host or guest first: "X đã chào xã giao Y", "X tiếp xã giao Y",
    # "X paid a courtesy call on Y";
    rf"|(?P<call>{_OCCASION}[^,;.]{{2,120}}? (?:đã |cũng |sau đó )?(?:chào xã giao"
    r"|tiếp xã giao|thăm xã giao|chào từ biệt|(?:also )?paid (?:a )?courtesy calls? on)\b)"
    # the fields of cooperation two sides talked over: "Hai bên trao đổi về hợp tác trong các
    # lĩnh vực …", "The two sides discussed cooperation in …" (a named project or partner,
    # "trao đổi khả năng Tập đoàn X tham gia dự án Y", is a claim: not this)
    rf"|(?P<talked>{_OCCASION}(?:Hai bên|Hai Bộ trưởng|The (?:two )?sides|The two (?:ministers"
    r"|officials))(?: đã| cũng)? (?:trao đổi|thảo luận|bàn|discussed|exchanged views on"
    r"|talked about)(?: về| on)?(?: (?:việc|the))? (?:(?:tăng cường |thúc đẩy )?hợp tác"
    r" (?:trong|về|ở) (?:các )?(?:lĩnh vực|ngành)|(?:bilateral )?cooperation in)\b)"
    r")",
    re.IGNORECASE,
)
# … whose object runs to the sentence's end: a second clause after it may commit ("…, and Chile
# pledged to open its market", "… chào xã giao Thủ tướng … và trao thư mời …")
_SECOND_CLAUSE: Final = re.compile(r";|,\s*(?:and|và|while|but|nhưng|đồng\s+thời)\s", re.IGNORECASE)
# … and, after a courtesy call's guest, an act of its own ("… và trao thư mời", "… and
# invited him"; "… and the Speaker", "… và Phó Thủ tướng" name another guest, "… và thăm
# Trung tâm …", "… and visited …" another stop of the same round)
_ANOTHER_ACT: Final = re.compile(
    rf"\s(?:and|và)\s+(?!the\s|các\s|những\s|thăm\s|làm\s+việc\s|visited\s|toured\s)"
    rf"[^\W\d_{CAPITAL}]"
)
# … but the fields of cooperation a call went on to talk over are a list, no act ("…, làm việc
# với Bộ Nông nghiệp về hợp tác nông nghiệp, du lịch và hàng không")
_FIELDS: Final = _spaced(
    r"\s(?:về|on|in) (?:việc )?(?:tăng cường |thúc đẩy |bilateral )?(?:hợp tác|cooperation)\b",
    re.IGNORECASE,
)


def routine(text: str) -> bool:
    """A sentence that only reviews the ties, trades views on issues of mutual interest, tells
    a courtesy call or the fields of cooperation talked over (nothing agreed, asked, counted,
    and no second clause)."""
    text = text.strip()
    match = _ROUTINE.match(text)
    if match is None or ACCORD.search(text) or PROPOSAL.search(text):
        return False  # ("… and agreed to …", "… đề nghị …": a claim)
    rest = text[match.end() :]
    if (match["call"] or match["talked"]) and re.search(r"\d", text):
        return False  # (a count is a claim after all)
    if match["call"] and _ANOTHER_ACT.search(_FIELDS.split(rest, maxsplit=1)[0]):
        return False
    return not _SECOND_CLAUSE.search(rest)


# Who else was there, listed: "Cùng dự buổi làm việc có đại diện …", "Tiếp đoàn có Phó Hiệu
# trưởng …", "Also present were …" (a claim of the pair only when the list names the partner's
# side: "Dự lễ ký có Đại sứ Ô-xtrây-li-a …").
_PRESENT: Final = _spaced(
    r"^(?:(?:Cùng )?(?:tham )?dự(?: buổi \w+(?: \w+)?| lễ \w+)?|(?:Cùng )?(?:tiếp|đón) đoàn"
    r"|Về phía [^,]{1,40}?)(?:,)? (?:còn )?có "
    r"|^(?:Also )?(?:present|attending)(?: at the \w+)?(?: were| was)? "
    # (or told in the passive: "The meeting was also attended by …")
    r"|^(?:The|This) (?:\w+ ){0,2}(?:meeting|talks|session|ceremony|event|reception"
    r"|consultations?|visit) (?:was|were) (?:also )?attended by "
    r"|^(?:Buổi|Cuộc|Lễ|Hội nghị|Hội thảo|Diễn đàn) [^,.;]{0,40}?(?:còn )?có sự (?:tham dự|tham gia"
    r"|hiện diện) của ",
    re.IGNORECASE,
)
# A country named only as a Vietnamese envoy's post: "the Ambassador of Viet Nam to the
# Kingdom of X", "Đại sứ Việt Nam tại X", "concurrently accredited to X", "kiêm nhiệm X".
_HOME_POST: Final = re.compile(
    r"(?:(?:Vi[eệ]t\s?Nam|Vietnam(?:ese)?)(?:['’]s)?\s+(?:[Aa]mbassador\s+)?(?:to|in|tại)"
    r"|accredited\s+to|kiêm\s+nhiệm(?:\s+tại)?)\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,2}(?:of\s+)?$"
)


def home_attendance(text: str) -> bool:
    """A list of who attended naming no country but Việt Nam (or a country only as a
    Vietnamese envoy's post): no claim of the pair."""
    listed = _PRESENT.match(text.strip())
    if not listed or re.search(r"\d", text):
        return False  # (how many came is a claim: "… có sự tham dự của gần 80 đại biểu")
    return all(
        m.code == HOME or _HOME_POST.search(text[max(0, m.start - 60) : m.start])
        for m in find_countries(text)
    )


# A treaty's or a joint statement's closing formula: "Done in X on 10 May 2025, in the A, B
# and C languages", "Làm tại Hà Nội, ngày …, thành hai bản, bằng tiếng Việt và tiếng Anh"
# (where and how the text was signed, no claim of its own).
_SIGNING: Final = re.compile(
    # (its subject may open it: "Văn bản được làm tại …", "This Agreement was signed at …")
    r"^(?:[^.;,]{0,40}?\s)?(?:Done|Signed|Made|[Ll]àm|[Kk]ý)\s+(?:in|at|tại)\s+[^.;]{1,160}?"
    r"(?:\blanguages?\b|\boriginals?\b|\bcopies\b|\bduplicate\b|\btriplicate\b"
    r"|\bthành\s+\S+\s+bản\b|\bbằng\s+tiếng\b)",
    re.IGNORECASE,
)
# An outlet telling that a text was made public, before printing it: "The Office of the
# President published the joint statement adopted …" (the act of publishing, no claim; a
# date in it makes it an event the other rules judge).
_PUBLISHED: Final = re.compile(
    r"\b(?:published|posted|released|made\s+public)\s+(?:the\s+|a\s+)?(?:full\s+)?"
    r"(?:text|joint\s+(?:statement|declaration|communiqu[ée])|communiqu[ée]|declaration)\b",
    re.IGNORECASE,
)
_DIGIT: Final = re.compile(r"\d")


def signing_formula(text: str) -> bool:
    """A treaty's closing formula: where, when and in what languages it was done."""
    return bool(_SIGNING.match(text.strip()))


# … or introducing the text printed below it, dated or not: "The following is the Joint
# Statement issued in X on …", "The Ministry on Tuesday issued the following press release
# on …:" (the document's own sentences below tell its claims).
_FOLLOWING: Final = re.compile(
    r"\b(?:the\s+following\s+is\s+the|(?:issued|published|released|posted)\s+the\s+following)"
    r"\s+(?:full\s+text\s+of\s+the\s+)?(?:joint\s+)?(?:press\s+)?(?:statement|release"
    r"|communiqu[ée]|declaration|text)\b",
    re.IGNORECASE,
)


# An editor's note on the article itself ("(Editor's note: This story was corrected on …)",
# "(Ghi chú của tòa soạn: …)"): its own history, no claim of the pair.
_EDITORS_NOTE: Final = _spaced(
    r"^[(\[]?(?:Editor['’]?s? note|Editorial note|Note from the editor|N\.B\."
    r"|Ghi chú (?:của )?(?:tòa soạn|toà soạn|BBT|ban biên tập|biên tập viên))\s*:",
    re.IGNORECASE,
)


def publication_notice(text: str) -> bool:
    """A sentence telling that a text was published (undated: no event of its own), one
    introducing the text that follows, or an editor's note on the article itself."""
    if _FOLLOWING.search(text) or _EDITORS_NOTE.match(text.strip()):
        return True
    return bool(_PUBLISHED.search(text)) and not _DIGIT.search(text)


# A plan's budget line: where the money for its own work comes from ("Kinh phí đón tiếp được
# chi từ nguồn ngân sách …", "Kinh phí thực hiện do Sở X bảo đảm", "Costs of the programme
# will be met from the city's budget"), no amount named: the plan's housekeeping, no claim.
_BUDGET_LINE: Final = _spaced(
    r"^(?:(?:Nguồn )?[Kk]inh phí|Chi phí)\b[^.;]{0,120}?(?:(?:chi|bố trí|trích|cấp|sử dụng"
    r"|chi trả|đảm bảo|bảo đảm)(?: từ| theo| bằng)|do [^.;]{1,80}? (?:bảo đảm|đảm bảo|chi trả"
    r"|bố trí))\b"
    r"|^(?:The )?(?:costs?|expenses?|expenditures?|funding)\b[^.;]{0,80}?\b(?:covered|met|funded"
    r"|paid|borne|financed|drawn) (?:by|from|out of|under)\b",
    re.IGNORECASE,
)
_AMOUNT: Final = re.compile(
    r"\d[\d.,]*\s*(?:tỷ|triệu|nghìn|ngàn|billion|million|thousand|USD|EUR|VND|đồng|%)"
    r"|(?:US)?\$\s*\d|€\s*\d",
    re.IGNORECASE,
)


def plan_budget(text: str) -> bool:
    """A plan's line saying where the money for its work comes from, naming no amount."""
    return bool(_BUDGET_LINE.match(text.strip())) and not _AMOUNT.search(text)


# A view credited to an unnamed or private source: "Theo ông X, đại diện một doanh nghiệp,
# …", "Theo một chuyên gia, …", "According to an analyst, …" (the indefinite "một", "an").
_UNNAMED_SOURCE: Final = re.compile(
    r"^(?:Theo|According\s+to)\s+(?:[^,]{0,40},\s+)?(?:đại\s+diện\s+)?(?:một|an?)\s", re.I
)
# … or to experts unnamed: "Theo các chuyên gia, …", "Theo đánh giá của giới phân tích, …",
# "Industry analysts in Lima said …" (what they advise is kept: "… doanh nghiệp cần …").
_EXPERTS: Final = re.compile(
    r"^(?:Theo\s+(?:(?:đánh\s+giá|nhận\s+định)\s+của\s+)?(?:các|nhiều|giới|một\s+số)"
    r"|According\s+to\s+(?:some\s+|many\s+)?)\s*(?:chuyên\s+gia|nhà\s+(?:phân\s+tích|quan\s+sát"
    r"|nghiên\s+cứu)|phân\s+tích|experts|analysts|observers)\b"
    r"|^(?:Some\s+|Many\s+)?(?:[A-Z]?[a-z]+\s+)?(?:experts|analysts|observers)(?:\s+in\s+[A-Z]\w+)?"
    r"\s+(?:said|say|believe|noted|note|expect)\b",
    re.IGNORECASE,
)
_ADVICE: Final = re.compile(r"\b(?:cần|nên|phải|should|need\s+to|needs\s+to|must)\b", re.I)


def unnamed_view(text: str) -> bool:
    """A view credited to no one named (a statement keeps it only as a proposal)."""
    if _UNNAMED_SOURCE.match(text):
        return True
    return bool(_EXPERTS.match(text)) and not _ADVICE.search(text)


# A table's caption: its unit in brackets (no number) closing it, before a colon or nothing
# ("Kim ngạch … giai đoạn 2022 - 2024 (triệu USD):", "Table 2. Exports (US$ million)").
_CAPTION: Final = re.compile(
    r"\((?:[^()\d]{0,12}\s)?(?:triệu|tỷ|nghìn|ngàn|tấn|USD|US\$|EUR|VND|đồng|%|million|billion"
    r"|thousand|tonnes?)(?:\s[^()\d]{0,12})?\)\s*:?\s*$",
    re.IGNORECASE,
)
_CAPTION_WORDS: Final = 25


def table_caption(text: str) -> bool:
    """A short line closed by its unit in brackets: a table's caption, no claim itself."""
    return len(text.split()) <= _CAPTION_WORDS and _CAPTION.search(text.strip()) is not None


# A clause going on, with no subject of its own, with the goods of the trade figure before it:
# "… xuất khẩu … 150 triệu USD; nhập khẩu từ X chủ yếu sữa, ngũ cốc …", "…; imports were …".
_GOODS_GO_ON: Final = re.compile(r"(?:nhập|xuất)\s+khẩu|imports?\b|exports?\b")


def goods_go_on(clause: str) -> bool:
    """A clause (lower case: no subject) going on with the goods of the figure before it."""
    return _GOODS_GO_ON.match(clause.lstrip()) is not None


# A plan's section of aims ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Purpose:"): what the
# plan means to do, not what anyone did or agreed.
_AIM_HEADING: Final = re.compile(
    r"^(?:[IVX]+|\d{1,2}|[a-z])?[.)]?\s*(?:mục\s+đích|yêu\s+cầu|purposes?|objectives?)\b",
    re.IGNORECASE,
)
_HEADING_WORDS: Final = 12


def plan_aim(above: str) -> bool:
    """A paragraph under a plan's heading of aims (``above``: the text before it), no other
    heading between."""
    for paragraph in reversed([p.strip() for p in above.split("\n") if p.strip()]):
        if len(paragraph.split()) <= _HEADING_WORDS and not paragraph.endswith((".", "!", "?")):
            return bool(_AIM_HEADING.match(paragraph))  # the nearest heading above
    return False


# An administrative document ends its last sentence with "./." (Vietnamese office style): a
# closing that asks or informs its readers ("Đề nghị các đơn vị … thực hiện./.", "Sở … thông
# tin để các doanh nghiệp biết, tham khảo./.") is the document's words to its readers.
_CLOSING_MARK: Final = re.compile(r"\./\.\s*$")
# (one that moves an agreement on, "… hướng dẫn thủ tục ký kết Bản ghi nhớ …./.", says something)
_DOCUMENT: Final = re.compile(r"bản ghi nhớ|thỏa thuận|hiệp định|memorandum|agreement", re.I)


def closing_request(text: str) -> bool:
    """A document's closing sentence (ending "./.") naming no foreign country, no figure and
    no agreement."""
    return (
        bool(_CLOSING_MARK.search(text))
        and not _DIGIT.search(text)
        and not _DOCUMENT.search(text)
        and all(m.code == HOME for m in find_countries(text))
    )


def housekeeping(text: str) -> bool:
    """A document's own housekeeping, no claim of the pair: a treaty's "Done in …", a notice
    that a text was published or follows, a table's caption, a plan's budget line, the
    closing request of a note."""
    return (
        closing_request(text)
        or signing_formula(text)
        or publication_notice(text)
        or table_caption(text)
        or plan_budget(text)
    )


__all__ = [
    "closing_request",
    "goods_go_on",
    "home_attendance",
    "housekeeping",
    "plan_aim",
    "plan_budget",
    "publication_notice",
    "routine",
    "signing_formula",
    "table_caption",
    "unnamed_view",
]
