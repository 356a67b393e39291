"""A press review's rubrics (pure): the beats it files its clippings under.

A press review ("Điểm báo", "Điểm tin", "Press review", "Media digest", "Revue de presse")
retells what the papers wrote and files each clipping under a newspaper's beat, numbered
("1. Chính trị - Ngoại giao", "2. Economy & Trade", "III. ENERGY"): the section labels of
the review, as a paper's section names are a page's, not a heading of anyone's text. A
numbered heading stands for such a rubric when it is made of beats only (politics,
diplomacy, economy, trade, investment, energy, defence, security, society, culture,
education, health, science, technology, environment, agriculture, tourism, sport …);
a report's headings ("1. Tình hình thương mại song phương", "II. Kết quả làm việc") say
what their section tells, and stay. Nothing here touches a text that is no press review.

This module owns :func:`mark_review_rubrics`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

_REVIEW: Final = re.compile(
    r"\b(?:điểm\s+(?:báo|tin)|tổng\s+hợp\s+báo\s+chí|press\s+(?:review|digest|summary|clippings)"
    r"|media\s+(?:review|digest|monitoring)|revue\s+de\s+(?:presse|la\s+presse))\b",
    re.IGNORECASE,
)
_HEAD_LINES: Final = 12  # where a review names itself
_NUMBER: Final = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[A-Da-d])[.)]\s+")
# A newspaper's beats, and the words that join two of them.
_BEAT: Final = (
    r"chính\s+trị|ngoại\s+giao|đối\s+ngoại|kinh\s+tế|thương\s+mại|đầu\s+tư|tài\s+chính"
    r"|năng\s+lượng|quốc\s+phòng|an\s+ninh|xã\s+hội|văn\s+hóa|văn\s+hoá|giáo\s+dục|y\s+tế"
    r"|khoa\s+học|công\s+nghệ|môi\s+trường|nông\s+nghiệp|du\s+lịch|thể\s+thao|pháp\s+luật"
    r"|politics|political|diplomacy|foreign\s+affairs|economy|economic|business|trade|investment"
    r"|finance|energy|defen[cs]e|security|society|social|culture|education|health|science"
    r"|technology|environment|agriculture|tourism|sports?|law"
)
_RUBRIC: Final = re.compile(
    rf"^(?:{_BEAT})(?:\s*(?:[-–—&,/]|và|and)\s*(?:{_BEAT}))*$",
    re.IGNORECASE,
)


def _rubric(text: str) -> bool:
    number = _NUMBER.match(text.strip())
    return number is not None and _RUBRIC.match(text.strip()[number.end() :].strip()) is not None


def mark_review_rubrics(lines: list[Line]) -> None:
    """In a press review (it names itself so in its head), mark its numbered beat rubrics."""
    head = [line.text for line in lines[:_HEAD_LINES]]
    if not any(_REVIEW.search(text) for text in head):
        return
    for line in lines:
        if line.kept and _rubric(line.text):
            line.reason = "section label"


__all__ = ["mark_review_rubrics"]
