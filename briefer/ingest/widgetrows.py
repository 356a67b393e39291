"""A page's weather and exchange-rate widget left in the text column (pure).

News sites print a row of live readings near the top: the capital's temperature, the day's
rates of the main currencies ("Tashkent +31°C   USD 12 580.45 UZS   EUR 14 702.10 UZS",
"Hà Nội 28°C | USD 25.410 | EUR 27.650"). Saved as text the row stands as a line of its own
above the headline; it is the site's, never a headline or a line of the article. It is told
by its shape: readings (a temperature, a currency's code with its rate) and, around them,
only a place's or a label's few words.

This module owns :func:`widget_row`.
"""

from __future__ import annotations

import re
from typing import Final

_TEMPERATURE: Final = re.compile(r"[+\-−]?\d{1,2}(?:[.,]\d)?\s?(?:°\s?[CF]?|℃|℉)")
# "USD 12 580.45 UZS", "EUR/VND 27.650", "USD: 25.410", "1 USD = 25.410 VND"
_RATE: Final = re.compile(
    r"(?:\b1\s)?\b[A-Z]{3}(?:\s?/\s?[A-Z]{3})?\s?[:=]?\s?\d{1,3}(?:[\s.,]\d{3})*(?:[.,]\d{1,4})?"
    r"(?:\s?[A-Z]{3}\b(?!\s?[:=]?\s?\d))?(?:\s?[▲▼↑↓+\-−]\s?\d+(?:[.,]\d+)?%?)?"
)
# One quote on its line is the widget's too: a pair's rate ("Interbank: USD/PKR 281.02
# (Close)") or a label over a bare price in thousands ("Gold (Karachi, per tola): Rs 416,900");
# an article's figure goes on with its unit's word ("$2 billion") or its sentence.
_PAIR: Final = re.compile(r"\b[A-Z]{3}\s?/\s?[A-Z]{3}\s?[:=]?\s?\d")
_PRICE: Final = re.compile(
    r"^[^:.!?]{2,40}:\s*(?:Rs\.?|₨|US\$|\$|€|£|¥|₫)\s?\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?$"
)
_LABEL_WORDS: Final = 4  # "Tashkent", "Tỷ giá hôm nay", "Weather"
_MAX_CHARS: Final = 160


def widget_row(text: str) -> bool:
    """Whether ``text`` (one line) is a row of a site's live readings (see the docstring)."""
    line = text.strip()
    if len(line) > _MAX_CHARS or line.endswith((".", "!", "?")):
        return False
    if _PRICE.match(line):
        return True
    temperatures = _TEMPERATURE.findall(line)
    rest = _TEMPERATURE.sub(" ", line)
    rates = _RATE.findall(rest)
    rest = _RATE.sub(" ", rest)
    words = re.findall(r"[^\W\d_]{2,}", rest)
    if len(words) > _LABEL_WORDS:
        return False
    return bool(temperatures) or len(rates) >= 2 or bool(rates and _PAIR.search(line))


__all__ = ["widget_row"]
