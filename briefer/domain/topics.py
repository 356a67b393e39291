"""The topics of a brief, in the section order of a full visit brief, with headings in vi and en."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    heading_vi: str
    heading_en: str


TOPICS: tuple[Topic, ...] = (
    Topic("overview", "Tổng quan", "Overview"),
    Topic("diplomatic", "Quan hệ ngoại giao", "Diplomatic relations"),
    Topic("visits", "Trao đổi đoàn cấp cao", "High-level exchanges"),
    Topic("mechanisms", "Cơ chế hợp tác", "Cooperation mechanisms"),
    Topic("agreements", "Hiệp định và thỏa thuận", "Agreements"),
    Topic("economic", "Kinh tế – thương mại", "Trade and economy"),
    Topic("investment", "Đầu tư", "Investment"),
    Topic("multilateral", "Hợp tác đa phương", "Multilateral cooperation"),
    Topic("people", "Văn hóa, giáo dục, địa phương", "People, culture and localities"),
    Topic("proposals", "Vấn đề đang triển khai và đề xuất", "Open issues and proposals"),
    Topic("talking_points", "Gợi ý nội dung trao đổi", "Talking points"),
)

TOPIC_KEYS: tuple[str, ...] = tuple(t.key for t in TOPICS)
_BY_KEY = {t.key: t for t in TOPICS}


def topic_heading(key: str, lang: str) -> str:
    """The section heading of topic ``key`` in ``lang`` ("vi" or "en")."""
    topic = _BY_KEY[key]
    return topic.heading_vi if lang == "vi" else topic.heading_en


def is_topic(key: str) -> bool:
    return key in _BY_KEY
