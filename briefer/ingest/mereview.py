"""Which statements are a speaker's view, a first-person remark or advice to firms (pure).

A statement is proposed for a sentence with a topic's cue words; some such sentences tell
what someone thinks rather than what was done or agreed: an assessment ("Bộ trưởng X đánh
giá cao kinh nghiệm của …", "Y affirmed that Z regards … as a priority partner"), a remark in
the first person ("Tôi tin rằng …", "We want …") or a trade office's advice to businesses
("Thương vụ khuyến nghị doanh nghiệp …"). The keys count these as facts in a small share
only, and only when they carry something done: a figure or a date, an agreement or a
signing, a request or an accord between the sides ("… đề nghị Chile sớm phê chuẩn …",
"hai bên nhất trí …"), or a fact set out after a colon. Those stay statements; the rest are
views, not facts of the pair.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import keywords as kw
from briefer.ingest.rxparts import WORD_END, WORD_START, rx

# An assessment or a belief told of a speaker ("đánh giá cao", "khẳng định", "tin rằng",
# "cho rằng", "nhấn mạnh", "bày tỏ"; "believes", "affirmed", "stressed", "praised" …).
_VIEW: Final = rx(
    rf"{WORD_START}(?:đánh giá|khẳng định|tin rằng|tin tưởng|cho rằng|nhấn mạnh|bày tỏ"
    rf"|believ(?:e|es|ed)|(?:re)?affirm(?:s|ed)?|stress(?:es|ed)|emphasi[sz](?:es|ed)"
    rf"|praised|appreciat(?:es|ed)|highly valu(?:es|ed)|expressed){WORD_END}",
    re.IGNORECASE,
)
# A remark in the first person: the sentence, or a quotation in it, opens with "I"/"we".
_FIRST_PERSON: Final = re.compile(r"(?:^|[“\"])\s*(?:Tôi|Chúng tôi|I|We)\b")
# Advice to businesses or investors ("khuyến nghị doanh nghiệp …", "lưu ý các doanh
# nghiệp …", "advised Vietnamese exporters …"): what firms should do, no act of the sides.
_ADVICE: Final = rx(
    rf"{WORD_START}(?:khuyến nghị|lưu ý|khuyên|advis(?:e|es|ed)|recommend(?:s|ed)?)"
    rf" (?:that )?(?:các )?(?:doanh nghiệp|nhà đầu tư|nhà xuất khẩu"
    rf"|(?:\w+ )?(?:investors|businesses|companies|firms|exporters)){WORD_END}",
    re.IGNORECASE,
)
# A call on someone (a view that asks is a proposal, kept as one).
_CALL: Final = rx(rf"{WORD_START}(?:kêu gọi|khuyến nghị){WORD_END}", re.IGNORECASE)
# An agreement named, or a signing (the event cues' "agreement" misses a memorandum's short
# name "Bản ghi nhớ" and a lower-case "hiệp định" inside a sentence).
_AGREEMENT: Final = rx(
    rf"{WORD_START}(?:[Hh]iệp định|[Tt]h[oỏ]a thuận|[Bb](?:iên b)?ản ghi nhớ|MoU|MOU|FTA|CEPA"
    rf"|(?<![Đđ]ăng\s)ký(?: kết)?|signed|agreements?|[Mm]emorand(?:um|a)){WORD_END}"
)
_DIGIT: Final = re.compile(r"\d")
# A side's support for something of the other's ("… đồng thời ủng hộ các bước đi của Chile
# …", "Uruguay strongly supports the launch of negotiations …"): a stance the keys count as a
# fact, not a view — the verb only, not the noun ("đánh giá cao sự ủng hộ", "thanked Việt
# Nam for the support", "reaffirmed their support for …").
_SUPPORT: Final = re.compile(
    r"(?<![Ss]ự\s)(?<![Tt]he\s)(?<![Tt]heir\s)(?<![Ii]ts\s)(?<![Hh]is\s)(?<![Hh]er\s)"
    rf"(?<![Oo]ur\s){WORD_START}(?:ủng\s+hộ|support(?:s|ed)?){WORD_END}(?!\s+by\b)"
)
# (support as the noun a view expresses: "bày tỏ ủng hộ", "expressed support for",
# "reaffirmed support for": still the speaker's view)
_VIEWED_SUPPORT: Final = re.compile(
    r"(?:bày\s+tỏ|expressed|reaffirmed|voiced)\s+(?:(?:sự|strong|full|continued)\s+)?\Z",
    re.IGNORECASE,
)
# A government's measure told beside the advice ("…, những lĩnh vực Chính phủ X đang ưu đãi
# thuế"): the partner's policy, a fact the advice points to. (Not a ministry's: "… chú ý
# các gói thầu của Bộ Lương thực X" and the advising ministry itself, "Bộ Công Thương
# khuyến nghị …", are advice the keys count no fact; nor a rule alone, "quy định nhãn mác
# của Liên minh châu Âu".)
_STATE: Final = rx(rf"{WORD_START}(?:[Cc]hính phủ|[Nn]hà nước|[Gg]overnment){WORD_END}")


def _accord(text: str) -> bool:
    """What the sides agree on or commit to (``keywords.ACCORD``), or the sides named as one
    as a clause's subject ("Hai nước khẳng định sẽ …", "Hai bên khuyến khích doanh nghiệp
    …", ``keywords.SIDES``): an accord, never a mere view. A wish is a view's word ("…
    khẳng định X coi Việt Nam là đối tác tin cậy và mong muốn Việt Nam tham gia …": the keys
    count no such sentence), and so are one side ("Phía Nga, …"), two persons ("The two
    leaders reaffirmed …") and the sides further on ("vì lợi ích của nhân dân hai nước")."""
    if any(not _WISH.match(found.group()) for found in kw.ACCORD.finditer(text)):
        return True
    return any(
        _AS_ONE.search(found.group()) and _SUBJECT_BEFORE.search(text, 0, found.start())
        for found in kw.SIDES.finditer(text)
    )


_WISH: Final = re.compile(r"mong|wish", re.IGNORECASE)
# (the sides as one: the two countries, nations or sides, not "phía X" or two persons)
_AS_ONE: Final = re.compile(r"(?:bên|nước|sides|countries|nations|parties)$", re.IGNORECASE)
# (where a clause's subject stands: the text's start or after a comma; not a speaker's
# "cho rằng hai nước còn nhiều dư địa …", what the speaker thinks of them)
_SUBJECT_BEFORE: Final = re.compile(r"(?:\A|,)\s*\Z")


def _something_done(text: str) -> bool:
    """A figure or a date, an agreement or a signing, a request, an accord or a side's
    support, or a fact set out after a colon: what keeps a view's sentence a statement."""
    if _DIGIT.search(text) or ":" in text:
        return True
    if kw.PROPOSAL.search(text) or _accord(text) or _CALL.search(text):
        return True
    if any(not _VIEWED_SUPPORT.search(text, 0, m.start()) for m in _SUPPORT.finditer(text)):
        return True
    return _AGREEMENT.search(text) is not None


# A head of state's or government's words at talks ("Tổng thống Peru nhấn mạnh …", "Chủ
# tịch nước … đánh giá cao …", "the Prime Minister affirmed …"): the pair's own stated
# positions, which a brief quotes (the seed articles' reference counts them; the keys' views
# that are no facts are officials', envoys', counsellors' and firms').
_LEADER: Final = re.compile(
    r"(?<![^\W\d_])(?:Tổng\s+thống|Chủ\s+tịch\s+nước|Thủ\s+tướng|Tổng\s+Bí\s+thư"
    r"|Chủ\s+tịch\s+Quốc\s+hội|Quốc\s+vương|Nhà\s+vua|President|Prime\s+Minister|King"
    r"|General\s+Secretary)(?![^\W\d_])"
)


# (a title that is not the speaker's own: a deputy's, or another's "chuyến thăm của Thủ
# tướng", "the visit of the President"; "the Prime Minister's visit" by its "'s")
_NOT_THE_HEAD: Final = re.compile(r"(?:Phó|Deputy|Vice|của|of)\s+\Z", re.IGNORECASE)


def _leader_speaks(text: str) -> bool:
    """Whether a head of state or government speaks in the text: a title that is not a
    deputy's, nor another's named after "của"/"of" or with "'s" (the view may come first:
    "Nhấn mạnh …, Chủ tịch nước cảm ơn và đánh giá cao …")."""
    return any(
        not _NOT_THE_HEAD.search(text, 0, found.start())
        and not text.startswith(("'s", "’s"), found.end())
        for found in _LEADER.finditer(text)
    )


def mere_view(text: str) -> bool:
    """Whether the clause ``text`` is only a view, a first-person remark or advice to firms."""
    if _ADVICE.search(text):
        return not (_DIGIT.search(text) or _accord(text) or _STATE.search(text))
    if not (_VIEW.search(text) or _FIRST_PERSON.search(text)):
        return False
    return not (_something_done(text) or _leader_speaks(text))


__all__ = ["mere_view"]
