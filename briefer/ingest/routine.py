"""A communiqué's routine (pure): a sentence that only reviews the ties or trades views on
issues of mutual interest, naming nothing a briefing could cite. Split from
:mod:`briefer.ingest.keywords`."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.keywords import ACCORD, PROPOSAL


def _spaced(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` with each space matching a run of blanks."""
    return re.compile(pattern.replace(" ", r"[^\S\n]+"), flags)


# A review or an exchange of views over the whole of the ties, naming nothing: "the two sides
# reviewed the entire spectrum of bilateral relations", "exchanged views on regional and
# international issues of mutual interest", "trao đổi về các vấn đề quốc tế và khu vực cùng
# quan tâm" (a communiqué's routine, no claim to brief unless the sides agree on something).
_ROUTINE: Final = _spaced(
    r"^(?:\d+\. )?(?:[^.;:]{0,60}? )?(?:reviewed|exchanged (?:views|opinions) on|discussed"
    r"|điểm lại|trao đổi(?: ý kiến| quan điểm)?(?: về)?) (?:the |các |những )?"
    r"(?:(?:entire|full|whole|wide|broad) (?:spectrum|range|gamut) of (?:the )?(?:bilateral )?"
    r"(?:relations|relationship|ties|cooperation)|(?:state of )?bilateral (?:relations|ties)\b"
    r"|(?:regional and international|international and regional|global and regional)"
    r" (?:issues|matters|developments) of (?:mutual|common) (?:interest|concern)"
    r"|vấn đề (?:khu vực và quốc tế|quốc tế và khu vực) cùng quan tâm)",
    re.IGNORECASE,
)


def routine(text: str) -> bool:
    """A sentence that only reviews the ties or trades views on issues of mutual interest."""
    agreed = ACCORD.search(text) or PROPOSAL.search(text)  # ("… and agreed to …": a claim)
    return bool(_ROUTINE.match(text.strip())) and not agreed


# Who else was there, listed: "Cùng dự buổi làm việc có đại diện …", "Tiếp đoàn có Phó Hiệu
# trưởng …", "Also present were …" (a claim of the pair only when the list names the partner's
# side: "Dự lễ ký có Đại sứ Ô-xtrây-li-a …").
_PRESENT: Final = _spaced(
    r"^(?:(?:Cùng )?(?:tham )?dự(?: buổi \w+(?: \w+)?| lễ \w+)?|(?:Cùng )?(?:tiếp|đón) đoàn"
    r"|Về phía [^,]{1,40}?)(?:,)? (?:còn )?có "
    r"|^(?:Also )?(?:present|attending)(?: at the \w+)?(?: were| was)? ",
    re.IGNORECASE,
)


def home_attendance(text: str) -> bool:
    """A list of who attended naming no country but Việt Nam: no claim of the pair."""
    listed = _PRESENT.match(text.strip())
    return bool(listed) and all(m.code == HOME for m in find_countries(text))


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


__all__ = ["home_attendance", "routine", "unnamed_view"]
