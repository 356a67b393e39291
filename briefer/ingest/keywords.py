"""Keyword rules that classify a sentence: its topic, the metric of a figure, the kind of event.

Owns the Vietnamese (and some English) cue words of diplomatic news and what they mean for a
fact: "kim ngạch" / "thương mại" before an amount make it ``trade.total``; "đối tác thương
mại lớn thứ 4 … Mỹ Latinh" is ``trade.partner_rank_in_latam``; "thiết lập quan hệ ngoại
giao" next to a date is ``relations.established``; "thăm" is a visit; "đề nghị", "sớm …",
"thúc đẩy đàm phán" make a proposal. The long names of multilateral bodies are masked first
(CPTPP's Vietnamese name holds "Hiệp định" and "Đối tác toàn diện", which would otherwise
read as an agreement and a partnership).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from briefer.ingest.homesent import WORKED_AT
from briefer.ingest.journeys import HOSTED_GUEST, JOURNEY
from briefer.ingest.partnershipverbs import (
    BECAME,
    RAISED_TO,
    SET_UP_EN,
    SET_UP_VI,
    SETS_UP,
    TIES_RAISED_EN,
    UPGRADE,
)
from briefer.ingest.rxparts import BLANK, WORD_END, WORD_START, rx
from briefer.text.amountwords import CURRENCIES

_B: Final = BLANK
_W: Final = WORD_START
_E: Final = WORD_END
_rx = rx


# First words whose capital is a name's ("Hiệp định", "Đối tác", "Ủy ban", "Hội đồng" are
# matched in both cases by the cues already; a country or a person is a name).
_KEEP_CAPITAL: Final = re.compile(r"(?:Hiệp|Đối|Ủy|Uỷ|Hội|Diễn|Liên|Thỏa|Thoả)\b")


# Long names of multilateral bodies → their short forms, so their words do not count twice.
_MASKS: Final = (
    (_rx(r"Hiệp định Đối tác [Tt]oàn diện và [Tt]iến bộ xuyên Thái Bình Dương"), "CPTPP"),
    (_rx(r"Hiệp định CPTPP"), "CPTPP"),
    (_rx(r"Diễn đàn [Hh]ợp tác [Kk]inh tế [Cc]hâu Á ?- ?Thái Bình Dương"), "APEC"),
    (_rx(r"Diễn đàn [Hh]ợp tác Đông Á ?- ?Mỹ La ?tinh"), "FEALAC"),
    (_rx(r"Hiệp hội các [Qq]uốc gia Đông Nam Á"), "ASEAN"),
)


def masked(text: str) -> str:
    """``text`` with long names of multilateral bodies replaced by their short forms, and a
    sentence's capitalised first word in lower case ("Xuất khẩu …", "Exports …" are the cue
    words "xuất khẩu", "exports"; "APEC …", "Hà Nội …" keep their capitals)."""
    if text[1:2].islower() and text[:1].isupper() and not _KEEP_CAPITAL.match(text):
        text = text[:1].lower() + text[1:]
    if "Hiệp" not in text and "Diễn" not in text:
        return text
    for pattern, short in _MASKS:
        text = pattern.sub(short, text)
    return text


# "was in Botswana" is a stay; "was in January", "was in US dollars" are not.
_NOT_MONTH: Final = (
    r"(?!January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_WHEN: Final = r"(?: on [A-Z][a-z]+day| (?:yesterday|today|this (?:morning|afternoon|week)))?"
VISIT: Final = _rx(
    rf"{_W}(?:thăm(?! (?:dò|hỏi|khám|quan))|hội đàm|hội kiến|hội đàm trực tuyến|điện đàm"
    rf"|tiếp(?= (?:[A-ZĐ]|đoàn|người đồng cấp))"
    # (a working session with a delegation or a province's committee, or a delegation's own
    # working session: a visit's)
    rf"|làm việc với(?= (?:đoàn|UBND|Ủy ban [Nn]hân dân|Tỉnh ủy|Thành ủy))"
    rf"|(?<=[Đđ]oàn\s)làm việc với"
    # ("buổi gặp mặt kỷ niệm …", a gathering held at home, is no visit)
    rf"|(?<!buổi\s)gặp(?! mặt)|(?<!buổi\s)gặp gỡ|tham dự|dự(?= (?:HNCC|Hội nghị|Tuần lễ"
    rf"|Diễn đàn|APEC|[Ll]ễ))|[Cc]huyến công tác|[Cc]huyến khảo sát|[Đđ]oàn khảo sát|trao đổi đoàn"
    rf"|tiếp xúc|[Vv]isit\w*|(?:on )?a tour of|(?:took|taken|taking) part in"
    rf"|đã sang(?= [A-ZĐ]\S*(?: [A-ZĐ]\S*)* (?:khảo sát|công tác|làm việc|tìm hiểu|học tập"
    rf"|kiểm tra|thẩm định|đánh giá|giảng dạy|tập huấn|tham vấn|dự))"
    rf"|(?:sẽ|sắp) sang(?= [A-ZĐ])|(?:đã|sẽ|vừa) khảo sát"
    # a trip, an arrival, a journey, a working session with an official (journeys.py)
    rf"|{JOURNEY}|{WORKED_AT}"  # (… or a delegation's working stay somewhere: homesent.py)
    rf"|talks|met|(?:(?:was|were)(?: held)?|took place) in(?= {_NOT_MONTH}[A-Z][a-z])"
    # ("after meeting Vietnam's minister in Dubai", "the 11th meeting of the … Commission")
    rf"|meeting(?= (?:of |with )?(?:the )?(?:\d+\w* )?[A-Z])|[Cc]onsultations?"
    # a session of a joint body co-chaired ("đồng chủ trì Kỳ họp lần thứ 3 Ủy ban hỗn hợp",
    # "co-chaired the fifth session of the Joint Commission"): the co-chair who came is a visit
    rf"|đồng chủ trì(?= (?:[Kk]ỳ|[Pp]hiên) họp)"
    # two foreign ministries' political consultation ("phiên tham vấn chính trị lần thứ 7",
    # "Tham khảo chính trị"): held in one capital, the other side's delegation came
    rf"|(?:[Pp]hiên|[Vv]òng) [Tt]ham (?:vấn|khảo) chính trị"
    rf"|co-chair(?:ed|s|ing)?(?= (?:the |an? )?(?:\S+ ){{0,2}}(?:session|meeting)\b)"
    # the session itself, held somewhere ("Kỳ họp lần thứ 5 Ủy ban hỗn hợp … đã diễn ra tại
    # …", "the 3rd session of the Joint Commission … held in …"): its guests' visit
    # (held, not planned: "dự kiến tổ chức Kỳ họp lần thứ 9 …" is no visit yet)
    rf"|(?<=diễn\sra\s)[Kk]ỳ họp(?= lần thứ)"
    rf"|(?:[Kk]ỳ|[Pp]hiên) họp(?= lần thứ \S+ (?:của )?(?:Ủy|Uỷ) ban[^.;]{{0,120}}?"
    rf" (?:đã )?diễn ra)"
    rf"|(?<=\d(?:st|nd|rd|th)\s)session(?= of the (?:\S+ ){{0,8}}?(?:Commission|Committee)\b"
    rf"[^.;]{{0,80}}?\b(?:held|took place|convened)\b)"
    # a trade mission organised or led somewhere: "tổ chức đoàn giao thương tại …"
    rf"|[Đđ]oàn (?:giao thương|xúc tiến (?:thương mại|đầu tư))"
    rf"|tổ chức đoàn(?= (?:\S+ ){{0,2}}doanh)"  # ("organised a delegation of 14 businesses")
    # a delegation of businesses taking part in a programme, a fair, somewhere ("đoàn 14
    # doanh nghiệp … đã tham gia chương trình xúc tiến thương mại tại …")
    rf"|(?<=[Đđ]oàn\s)(?:\d+\s)?doanh nghiệp(?=\s(?:[^.;]{{0,80}}?)\btham gia\b)"
    rf"|(?:trade|business|economic|official|working|investment) mission"
    # a host receiving a named guest: "received Vietnamese Deputy Prime Minister …"
    rf"|(?:received|welcomed)(?={_WHEN} (?:the |an? )?(?:[A-Z][a-z]|delegation))"  # (on Sunday)
    # a call paid ("paid a courtesy call on the Minister", "đến chào xã giao") and a
    # delegation led ("led a delegation of 30 companies to …", "headed the mission")
    rf"|courtesy call|chào xã giao"
    rf"|(?:led|leads|leading|headed|heads|heading) (?:an?|the|his|her) (?:\S+ ){{0,4}}?"
    rf"(?:delegation|mission)){_E}"
)
# A sentence that tells how a mission got ready, not what it did: "Trước khi lên đường, các
# cán bộ … đã được tập huấn …", "Before leaving, the team was trained …".
# The article's own imprint, written as a sentence: "Published by X on 17 May 2025.",
# "First published in X on 2 May 2024", "Posted on …", "Đăng lúc …", "Cập nhật ngày …",
# "Bài đăng trên X ngày 3/5/2024": where and when the text first appeared (no claim in the
# text; the importer's widgets drop it as a line of its own when a day closes it).
IMPRINT: Final = re.compile(
    r"^\s*(?:(?:(?:First|Originally)\s+)?(?:Published|Posted|Updated|Appeared)\s+(?:by|on|at|in)\b"
    r"|Bài\s+(?:viết\s+)?(?:đã\s+)?(?:đăng|in)\s+(?:trên|tại|lần\s+đầu)\b"
    r"|(?:Đăng|Cập\s+nhật|Xuất\s+bản)\s+(?:lúc|ngày|vào|bởi|trên|tại)\b)",
    re.IGNORECASE,
)
PREPARATION: Final = re.compile(
    r"^\s*(?:Trước\s+khi\s+(?:lên\s+đường|xuất\s+phát|sang|đi)|Before\s+(?:leaving|departing"
    r"|departure|setting\s+off|they\s+left)|Prior\s+to\s+(?:departure|leaving))\b",
    re.IGNORECASE,
)
# A value set off after its goods ("…, trị giá 210 triệu USD", "…, worth $4 million").
WORTH: Final = re.compile(
    r"[\s,;]*(?:trị\s+giá|tương\s+đương|với\s+giá\s+trị|worth|valued\s+at)\b", re.IGNORECASE
)
# A figure dated by the one before it: "Cùng năm, …", "Cũng trong năm đó, …", "The same year",
# "… bought $42 million from X over the same period", "… in the period" (not "… of 2024",
# "… last year": a base).
SAME_YEAR: Final = re.compile(
    r"\s*(?:cùng\s+năm|cũng\s+trong\s+năm\s+(?:đó|này)|trong\s+cùng\s+năm|(?:in\s+)?the\s+same"
    r"\s+year|trong\s+cùng\s+(?:thời\s+gian|giai\s+đoạn)(?:\s+(?:này|đó|trên))?(?!\s+(?:năm|của))"
    r"|(?:over|in|during|for)\s+the\s+(?:same\s+(?:period|months)|period)"
    r"(?!\s+(?:of|in|last|a\s+year|from|between|to|since|end(?:ing|ed))\b))\b",
    re.IGNORECASE,
)
PROPOSAL: Final = _rx(
    # ("theo đề nghị của Bộ …", "at the request of …": a request granted, the occasion of
    # what was done, no proposal)
    rf"{_W}(?<!theo\s)(?<!at\sthe\s)"
    rf"(?:đề nghị|đề xuất|kiến nghị|xem xét|sớm (?:khởi động|ký|ký kết|hoàn tất|đàm phán"
    rf"|triển khai|nghiên cứu|thông qua|hoàn thành|nâng cấp)|thúc đẩy (?:và )?đàm phán"
    rf"|khởi động đàm phán|trân trọng mời|(?:chuyển|gửi) lời mời|lời mời (?:thực hiện|sang thăm"
    rf"|thăm)|propos\w*|(?<!courtesy\s)call\w* (?:for|on)|urg\w+"  # (a courtesy call is paid)
    rf"|ask\w* (?:\S+ ){{1,3}}?to|ask\w* that"
    rf"|request\w*|suggest\w*"
    # an invitation to come, not a visit made ("at the invitation of …" and "theo lời mời của
    # …" open visits that were made)
    rf"|invit\w* (?:\S+ ){{1,12}}?to (?:visit|pay|attend|co-chair|come)|extend\w* an invitation"
    rf"|(?<!lời\s)mời (?:\S+ ){{1,12}}?(?:sang |đến |tới )?thăm"
    rf"|soon (?:negotiate|sign|start|launch|conclude|open|ratify|recogni[sz]e|resume|hold)){_E}",
    re.IGNORECASE,  # a sentence may open with it: "Đề nghị phía Argentina sớm …"
)
# What the two sides agreed on, or one asks or wishes of the other: a fact of the pair when
# it has no other topic ("Hai bên nhất trí giao các bộ, ngành nghiên cứu …"), provided the
# sentence names the sides (:data:`SIDES`) or a country.
ACCORD: Final = _rx(
    rf"{_W}(?:nhất trí|thống nhất(?= (?:sẽ|về|việc|tiếp tục|tăng cường|thúc đẩy|phối hợp"
    rf"|tổ chức|thành lập|giao|xây dựng|nghiên cứu|triển khai|mở|ký))|đồng ý|cam kết"
    rf"|mong muốn|agreed|agree to|committed to|asked|wish\w* to){_E}",
    re.IGNORECASE,
)
SIDES: Final = _rx(
    rf"{_W}(?:hai bên|hai nước|hai phía|hai Bộ trưởng|hai bộ trưởng|hai nhà lãnh đạo"
    rf"|hai Thủ tướng|hai lãnh đạo|hai Chủ tịch|hai Tổng thống|hai đoàn|[Pp]hía \S+"
    rf"|(?:both|the two) (?:\S+ ){{0,2}}?(?:sides|countries|nations|ministers|leaders"
    rf"|delegations|parties|governments|presidents)){_E}",
    re.IGNORECASE,
)
_TOPIC_CUES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "agreements",
        _rx(
            rf"{_W}(?:Hiệp định|hiệp định|Thỏa thuận|thỏa thuận|Thoả thuận|thoả thuận|MOU|MoU"
            rf"|[Bb]iên bản ghi nhớ|[Bb]ản ghi nhớ|ký kết|FTA|agreements?|[Mm]emorand(?:um|a)){_E}"
        ),
    ),
    (
        "mechanisms",
        _rx(
            rf"{_W}(?:cơ chế|Ủy ban|Uỷ ban|ủy ban|[Tt]ham khảo chính trị|[Tt]ham vấn chính trị"
            rf"|Hội đồng|[Đđ]ối thoại|Nhóm nghị sỹ|Nhóm nghị sĩ|mechanisms?|committee"
            rf"|consultations?){_E}"
        ),
    ),
    (
        "multilateral",
        _rx(
            rf"{_W}(?:APEC|Apec|CPTPP|ASEAN|Liên [Hh]ợp [Qq]uốc|FEALAC|WTO|G20|Liên minh Thái Bình"
            rf" Dương|Liên minh Nghị viện|diễn đàn đa phương|tổ chức quốc tế"
            # "đa phương hoá quan hệ" is the foreign-policy slogan, not multilateral work.
            rf"|đa phương(?! ho[aá]| hóa)|luật pháp quốc tế|tranh chấp|vấn đề (?:quốc tế|khu vực)"
            rf"|United Nations|multilateral){_E}"
        ),
    ),
    (
        "investment",
        _rx(
            rf"{_W}(?:đầu tư|vốn|FDI|dự án|doanh nghiệp|investment"
            rf"|joint (?:projects?|ventures?)|liên doanh){_E}"
        ),
    ),
    (
        "economic",
        _rx(
            rf"{_W}(?:kim ngạch|thương mại|xuất khẩu|nhập khẩu|bạn hàng|hàng hóa|tiếp cận thị"
            rf" trường|trade|exports?|imports?"
            # aid given and goods moved between the two: "will donate 500 tonnes of rice to
            # …", "viện trợ", "được trung chuyển qua cảng …", "transshipped via …"
            rf"|viện trợ|donat(?:e|es|ed|ing|ions?)|trung chuyển|transship\w*){_E}"
        ),
    ),
    ("visits", VISIT),
    (
        "diplomatic",
        _rx(
            rf"{_W}(?:quan hệ ngoại giao|Đối tác [Tt]oàn diện|Đối tác [Cc]hiến lược|đối tác toàn"
            rf" diện|đối tác chiến lược|đối tác quan trọng|đối tác tin cậy|hữu nghị truyền thống"
            rf"|coi trọng (?:\S+ ){{0,6}}quan hệ|diplomatic relations"
            rf"|[Cc]omprehensive [Pp]artnership"
            # a mission accredited to the partner: "Đại sứ quán … tại X kiêm nhiệm Y"
            rf"|kiêm nhiệm|concurrently accredited){_E}"
        ),
    ),
    (
        "people",
        _rx(
            rf"{_W}(?:sinh viên|học giả|giáo dục|văn hóa|văn hoá|du lịch|cộng đồng người Việt"
            rf"|giao lưu nhân dân|địa phương|kết nghĩa|tình đoàn kết|thiện cảm"
            rf"|sự ủng hộ (?:quý báu )?của nhân dân|people-to-people"
            rf"|ngư dân|tàu cá|bảo hộ công dân|fishermen|fishing vessels?){_E}"
            # a count of people or of links between the peoples: "20.000 lao động", "3,500
            # Vietnamese seafarers", "20 scholarships", "3 chuyến/tuần"
            rf"|(?:\d(?:[\d.,]*\d)?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundreds"
            rf"|thousands|hai|ba|bốn|sáu|bảy|tám|chín|mười|hàng trăm|hàng nghìn)"
            rf"(?: [^\W\d_]+){{0,2}}? (?:lao động|chuyên gia|thuyền viên"
            rf"|du học sinh|sinh viên|học viên|kiều bào|người Việt|công dân|(?:suất )?học bổng"
            rf"|chuyến/tuần|chuyến bay|workers|experts|seafarers|students|nationals|citizens"
            rf"|scholarships|(?:weekly )?flights"
            # a community counted by its faith: "7 million Catholics", "700.000 tín đồ"
            rf"|Catholics|Christians|Muslims|Buddhists|believers|faithful|tín đồ|giáo dân"
            rf"|Phật tử|người Công giáo){_E}"
        ),
    ),
)
# Topics a sentence without a figure or a date is a candidate for (the rest are commentary).
STATEMENT_TOPICS: Final = frozenset(
    {"agreements", "mechanisms", "multilateral", "proposals", "diplomatic", "visits", "economic",
     "investment", "people"}
)  # fmt: skip


# A sentence's topic is asked for by each figure, event and statement drawn from it.
@lru_cache(maxsize=4096)
def topic_of(text: str) -> str:
    """The topic of a sentence by its cue words; "" when it has none.

    A proposal cue decides on its own (a proposal to negotiate an agreement is a proposal);
    otherwise the topic with most cues wins, ties going to the order of ``_TOPIC_CUES``.
    """
    text = masked(text)
    if PROPOSAL.search(text):
        return "proposals"
    best, best_count = "", 0
    for topic, pattern in _TOPIC_CUES:
        count = len(pattern.findall(text))
        if count > best_count:
            best, best_count = topic, count
    return best


# ---- figures ---------------------------------------------------------------------------

_MONEY_CUES: Final = (
    ("trade.total", _rx(rf"{_W}(?:kim ngạch|thương mại|trao đổi thương mại|buôn bán"
                        rf"|xuất nhập khẩu|trade){_E}")),
    # The body has single spaces (the cleaner collapses them): a fixed-width look-behind works.
    ("trade.exports", re.compile(rf"{_W}(?<!nhập )(?:xuất{_B}+khẩu|export(?:s|ed|ing)?){_E}")),
    ("trade.imports", re.compile(rf"{_W}(?<!xuất )(?:nhập{_B}+khẩu|import(?:s|ed|ing)?){_E}")),
    # (an investment told by its capital or its projects: "registered capital of", "invested
    # about USD 12 million", "600 projects worth …")
    ("investment.total", _rx(rf"{_W}(?:đầu tư|vốn|FDI|investments?|invest(?:ed|ing|ors?|s)?"
                             rf"|capital(?! city)|projects?){_E}")),
    ("aid.total", _rx(rf"{_W}(?:viện trợ|ODA|tài trợ|aid|(?:official )?development assistance"
                      rf"|development cooperation|hỗ trợ phát triển chính thức){_E}")),
    # the balance, not a flow: "nhập siêu … 34,8 tỷ USD", "leaving a deficit of …" (no sign
    # is claimed: whose deficit the words say, the quote keeps)
    ("trade.balance", _rx(rf"{_W}(?:nhập siêu|xuất siêu|thặng dư|thâm hụt|cán cân"
                          rf"|deficits?|surplus(?:es)?){_E}")),
)  # fmt: skip
# A flow told by its verb alone, for an amount of money only ("hàng Việt Nam xuất sang X …
# 9 triệu USD", "Vietnam shipped goods worth …", "purchases from X"; flowside.py reads
# whose): beside a percentage these words compare prices ("rẻ hơn 10% so với nguồn nhập từ
# Ấn Độ"), no change of the trade.
_VERB_CUES: Final = (
    ("trade.exports", re.compile(rf"{_W}(?:xuất(?={_B}+sang{_B})|shipped){_E}")),
    ("trade.imports", re.compile(rf"{_W}(?:nhập(?={_B}+(?:từ|về){_B})|purchases){_E}")),
)
_COUNT_METRICS: Final = {
    "dự án": "investment.projects",
    "doanh nghiệp": "business.count",
    "lượt": "tourism.arrivals",
    "người": "people.count",
}


# A mark opening a lead ("Hải Phòng - ", "HÀ NỘI (TTXVN) – ", "(Chinhphu.vn) - ").
_LEAD_MARK: Final = re.compile(
    r"^(?:\([^()]{1,30}\)|[^\W\d_][^\s()]*(?:\s[^\W\d_][^\s()]*){0,2}(?:\s\([^()]{1,30}\))?)"
    r"\s*[-–—]\s+"
)


def figure_metric(sentence: str, at: int, unit: str) -> str:
    """The metric of the amount at ``at`` in ``sentence``, from the nearest cue before it."""
    if unit in _COUNT_METRICS:
        metric = _COUNT_METRICS[unit]
        if metric == "people.count" and "cộng đồng" in sentence:
            return "people.community"
        return metric
    before = masked(sentence[:at])
    best, best_at = "", -1
    cues = _MONEY_CUES if unit == "%" else _MONEY_CUES + _VERB_CUES
    for metric, pattern in cues:
        for match in pattern.finditer(before):
            if match.start() > best_at:
                best, best_at = metric, match.start()
    if not best and (mark := _LEAD_MARK.match(sentence)) and mark.end() < at:
        # (the lead's first word comes after its mark, capitalised: "Hải Phòng - Thương mại …")
        return figure_metric(sentence[mark.end() :], at - mark.end(), unit)
    if not best:
        # (the amount's own clause: "… 30.000 tỷ đồng; xuất khẩu thủy sản …" names another's)
        after = re.split(r"[;.](?:\s|$)", sentence[at : at + 60], maxsplit=1)[0]
        for metric, pattern in _MONEY_CUES:
            if pattern.search(after):
                best = metric
                break
    if unit == "%":
        return f"{best.split('.')[0]}.growth" if best else ""
    return best if unit in CURRENCIES or not unit else ""


# ---- events ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventCue:
    """A cue that makes a nearby date an event: what it means and the topic it belongs to."""

    name: str
    topic: str
    metric: str
    pattern: re.Pattern[str]


EVENT_CUES: Final[tuple[EventCue, ...]] = (
    EventCue("anniversary", "diplomatic", "", _rx(
        # ("which marked 49 years of diplomatic relations on July 12": its own day)
        rf"{_W}(?:kỷ niệm|đánh dấu|tròn \d+ năm|anniversary"
        rf"|(?:mark|celebrat)\w* \d{{1,3}} years){_E}")),
    EventCue("relations established", "diplomatic", "relations.established", _rx(
        # also the passive, with the relations named first: "quan hệ hai nước, vốn được
        # thiết lập từ ngày …" (as the English "diplomatic relations were established")
        rf"{_W}(?:thiết lập quan hệ ngoại giao|lập quan hệ ngoại giao|[Qq]uan hệ(?: ngoại giao"
        # ("quan hệ hữu nghị truyền thống giữa hai nước, được thiết lập từ …": the ties named
        # by their kind, set up on the day diplomatic relations were)
        rf"| hữu nghị(?: truyền thống)?| truyền thống)?"
        rf"(?: (?:giữa )?(?:hai nước|Việt Nam ?[-–] ?[A-ZĐ]\w*(?: [A-ZĐ]\w*)*))?,?(?: vốn| đã)*"
        # "set up / forged diplomatic ties": the same act in other words
        rf" được thiết lập|(?:establish\w*|set(?:ting)? up|forg\w*) diplomatic (?:relations|ties)"
        rf"|kế thừa quan hệ(?= ngoại giao)"
        rf"|establishment of (?:the )?diplomatic (?:relations|ties)"
        rf"|diplomatic (?:relations|ties),?(?: (?:which|that))? (?:between (?:\S+ ){{1,6}}?)?"
        rf"(?:were |was |had been )?(?:established|set up)"
        # ("a new chapter in the ties founded on June 25, 1975": the ties' founding day)
        rf"|(?:relations|ties) (?:(?:which|that) )?(?:(?:were|was|had been) )?"
        rf"founded(?= (?:on|in) )"
        rf"){_E}")),
    EventCue("comprehensive strategic partnership", "diplomatic",
             "relations.comprehensive_strategic_partnership", _rx(
        rf"{_W}(?:{RAISED_TO} [Cc]hiến lược [Tt]oàn diện"
        rf"|Đối tác [Cc]hiến lược [Tt]oàn diện{SET_UP_VI}"
        rf"|{UPGRADE}[Cc]omprehensive [Ss]trategic [Pp]artnership"
        rf"|[Cc]omprehensive [Ss]trategic [Pp]artnership{SET_UP_EN}"
        rf"|{BECAME}[Cc]omprehensive [Ss]trategic [Pp]artner(?:s|ship)){_E}")),
    EventCue("strategic partnership", "diplomatic", "relations.strategic_partnership", _rx(
        rf"{_W}(?:{RAISED_TO} [Cc]hiến lược(?! [Tt]oàn diện)"
        rf"|{UPGRADE}[Ss]trategic [Pp]artner(?:ship|s)|"
        # (the passive, the partnership named first: "… Đối tác chiến lược được xác lập năm …")
        rf"Đối tác [Cc]hiến lược(?! [Tt]oàn diện){SET_UP_VI}|"
        rf"(?<!omprehensive\s)[Ss]trategic [Pp]artnership{SET_UP_EN}|"
        rf"{BECAME}[Ss]trategic [Pp]artner(?:s|ship)){_E}")),
    EventCue("comprehensive partnership", "diplomatic", "relations.comprehensive_partnership",
             _rx(rf"{_W}(?:{RAISED_TO} [Tt]oàn diện|[Cc]omprehensive [Pp]artnership"
                 # (the passive: "Đối tác toàn diện Việt Nam - X, được thiết lập năm …")
                 rf"|Đối tác [Tt]oàn diện{SET_UP_VI}"
                 # ("became Comprehensive Partners in 2017", as strategic partners above)
                 rf"|{BECAME}[Cc]omprehensive [Pp]artner(?:s|ship)){_E}")),
    EventCue("partnership", "diplomatic", "relations.partnership", _rx(
        rf"{_W}(?:{SETS_UP} (?:(?:[Qq]uan hệ|lên|thành|khuôn khổ) ){{0,3}}Đối tác"
        rf"(?! [Cc]hiến lược| [Tt]oàn diện)"
        # "upgraded their ties to a Comprehensive Cooperative Partnership": any named kind
        rf"|{UPGRADE}(?:[A-Z][\w-]+ ){{1,3}}Partnership|{TIES_RAISED_EN}){_E}")),
    # A mission opened: "khai trương Đại sứ quán …", "the Embassy of … in Hanoi opened".
    EventCue("mission opened", "diplomatic", "", _rx(
        rf"{_W}(?:(?:mở|khai trương|thành lập) (?:\S+ ){{0,2}}?(?:Đại sứ quán|Tổng Lãnh sự quán"
        rf"|Lãnh sự quán)|(?:Embassy|Consulate(?:-General)?) (?:\S+ ){{0,5}}?(?:was |were )?"
        rf"(?:opened|established)|open\w* (?:its|an|the) (?:\S+ ){{0,2}}?(?:[Ee]mbassy"
        rf"|[Cc]onsulate)){_E}")),
    # Ties normalised after a break: "kể từ khi hai nước bình thường hóa quan hệ năm 1995",
    # "normalized (diplomatic) relations in July 1995" — a milestone of the ties, dated even
    # in a sentence of figures (where a bare year with no cue is the figures' time).
    EventCue("relations normalised", "diplomatic", "", _rx(
        rf"{_W}(?:bình thường hó?a (?:lại )?quan hệ|normali[sz]ed (?:\S+ ){{0,2}}?(?:relations"
        rf"|ties)|normali[sz]ation of (?:\S+ ){{0,2}}?(?:relations|ties)){_E}")),
    # A project's milestones: licensed, started, opened, in operation.
    EventCue("project milestone", "investment", "", _rx(
        rf"{_W}(?:(?:được )?cấp (?:giấy )?phép|(?:được )?cấp giấy chứng nhận đăng ký đầu tư"
        rf"|khởi công|khánh thành|(?:chính thức )?(?:đi vào hoạt động|kinh doanh|vận hành)"
        rf"|licensed|broke ground|inaugurated|(?:began|started|commenced) (?:commercial )?"
        rf"operations?){_E}")),
    EventCue("free trade agreement signed", "agreements", "agreement.fta_signed", _rx(
        rf"{_W}(?:ký|ký kết|signed) (?:\S+ ){{0,3}}(?:Hiệp định thương mại tự do|FTA"
        rf"|free trade agreement){_E}")),
    EventCue("agreement", "agreements", "", _rx(
        # ("đăng ký", to register, signs nothing)
        rf"{_W}(?:(?<![Đđ]ăng\s)ký|ký kết|thực thi|có hiệu lực|Hiệp định|Thỏa thuận"
        rf"|Biên bản ghi nhớ|MOU"
        rf"|signed|agreement"
        rf"|(?:came|comes|come|entered|enters|took|takes) (?:into )?(?:force|effect)){_E}")),
    EventCue("membership", "multilateral", "membership", _rx(
        rf"{_W}(?:tham gia|gia nhập|trở thành thành viên|joined) (?:của )?"
        rf"(?P<org>APEC|ASEAN|WTO|CPTPP|Liên [Hh]ợp [Qq]uốc|FEALAC|G20){_E}")),
    EventCue("host", "multilateral", "", _rx(
        rf"{_W}(?:chủ nhà|đăng cai|chủ tịch|hosted(?!{HOSTED_GUEST})|host){_E}")),
    EventCue("visit", "visits", "", VISIT),
)  # fmt: skip
_ORGS: Final = {"liên hợp quốc": "un"}


def membership_metric(match: re.Match[str]) -> str:
    org = " ".join(match.group("org").split()).casefold()
    return f"membership.{_ORGS.get(org, org)}"


def metric_topic(metric: str) -> str:
    """The statement topic a metric's family belongs to ("trade.exports" → "economic")."""
    family = metric.split(".", 1)[0]
    return {
        "trade": "economic",
        "investment": "investment",
        "aid": "economic",
        "business": "economic",
        "tourism": "people",
        "people": "people",
        "relations": "diplomatic",
        "agreement": "agreements",
        "membership": "multilateral",
        "visit": "visits",
    }.get(family, "")


__all__ = [
    "EVENT_CUES",
    "IMPRINT",
    "PREPARATION",
    "PROPOSAL",
    "SAME_YEAR",
    "STATEMENT_TOPICS",
    "VISIT",
    "WORTH",
    "EventCue",
    "figure_metric",
    "masked",
    "membership_metric",
    "metric_topic",
    "topic_of",
]
