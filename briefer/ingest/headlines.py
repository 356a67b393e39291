"""A headline inside the body and a topic sentence are no facts (pure).

- A headline (a short line of its own without a sentence's end, see
  :func:`briefer.ingest.spans.is_heading`) that tells a figure — "Viet Nam – Nigeria trade
  rises 22.7% in nine months", "X - Y: Đưa kim ngạch thương mại vượt mốc 1 tỷ USD", "5
  startup … gọi vốn thành công" — is a title: the title of this story repeated or of a
  related one, and the story states its figure in a sentence with its period. A fact box's
  line is no headline: its label, a colon, then the value ("Kim ngạch thương mại năm 2024:
  khoảng 1,7 tỷ USD", "Thiết lập quan hệ ngoại giao: ngày 14/1/1992").
- A topic sentence ("Trade has grown steadily.", "Danish investment is more significant
  still.", "Thương mại tăng đều.") opens a paragraph whose next sentences hold the facts: a
  statement of a few words, with no figure and no name other than a country's, says nothing
  an editor would cite.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import find_countries

# "label: value": the value opens with a number, an approximation or a date's word.
_BOX_LINE: Final = re.compile(
    r":\s*(?:(?:khoảng|gần|hơn|trên|đạt|about|around|nearly|over|more\s+than|approx\.?)\s+)?"
    r"(?:(?:ngày|tháng|năm|quý)\s+)?[\d$€£]",
    re.IGNORECASE,
)
# What a headline counts: a share, money, a scale, or a count at its head ("5 startup …").
_TOLD_FIGURE: Final = re.compile(
    r"\d\s*(?:%|phần\s+trăm|per\s*cent|percent)|[$€£]\s*\d|\d\s*(?:tỷ|triệu|nghìn|billion"
    r"|million|bn|USD|EUR|đồng)(?![^\W\d_])|^\s*\d+\s+[^\W\d_]",
    re.IGNORECASE,
)
_TOPIC_WORDS: Final = 7
# A standfirst, the body's first paragraph in one sentence over the article, sums the piece
# up: without figure or name it is a topic line at a longer length ("Cashew and rice lead
# the trade between the two countries.").
STANDFIRST_WORDS: Final = 15
_WORD: Final = re.compile(r"(?<![^\W\d_])[^\W\d_][\w'’-]*")


def figure_headline(line: str) -> bool:
    """Whether a heading ``line`` tells a figure as a title does (no fact box's line)."""
    return bool(_TOLD_FIGURE.search(line)) and not _BOX_LINE.search(line)


def topic_sentence(text: str, most: int = _TOPIC_WORDS) -> bool:
    """Whether a statement ``text`` is a few words (``most`` at most) with no figure and no
    name but a country's (or its people's)."""
    words = text.split()
    if len(words) > most or re.search(r"\d", text):
        return False
    countries = find_countries(text)
    names = [
        m
        for m in _WORD.finditer(text)
        if m.start() > 0
        and m.group()[0].isupper()
        and not any(c.start <= m.start() < c.end for c in countries)
    ]
    return not names
