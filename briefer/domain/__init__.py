"""Domain objects and pure rules: facts, sources, citations, briefs. No Qt, no SQL."""

from briefer.domain.model import (
    KINDS,
    RANKS,
    STATUSES,
    Citation,
    Country,
    Fact,
    Pair,
    Source,
)
from briefer.domain.topics import TOPICS, Topic, topic_heading

__all__ = [
    "KINDS",
    "RANKS",
    "STATUSES",
    "TOPICS",
    "Citation",
    "Country",
    "Fact",
    "Pair",
    "Source",
    "Topic",
    "topic_heading",
]
