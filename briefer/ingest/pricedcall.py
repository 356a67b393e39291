"""An advertiser's priced offer beside a call to act (pure): "Vay … lãi suất từ X%/năm - Đăng
ký ngay", "Fibre broadband from $29/month – Sign up".

An advert box left as a bare line in a pasted or printed page pairs a product at a price or a
rate per period with an imperative to take it. The call alone is read as the site's offer by
:mod:`briefer.ingest.notices`; the priced part beside it is too long to pass as an aside, yet
a price or rate *per period* ("/năm", "/month") in a short clause next to a call is the
advertiser's, never a sentence of news (news states rates in sentences, with no call beside
them). This module owns :func:`priced_part`, which the offer reader accepts beside a call.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.furniture import words
from briefer.ingest.rxparts import BLANK as _B

# "5,9%/năm", "99.000đ/tháng", "$29/month", "€4.99 / mo": an amount or a rate, a slash and the
# period it is charged by
_PER_PERIOD: Final = re.compile(
    rf"(?:\d[\d.,]*{_B}*(?:%|đ|₫|đồng|USD|VND|EUR|triệu|k)?|[$€£¥]{_B}*\d[\d.,]*)"
    rf"{_B}*/{_B}*(?:năm|tháng|tuần|ngày|đêm|year|yr|month|mo|week|wk|day|night)\b",
    re.IGNORECASE,
)
_PRICED_WORDS: Final = 12  # (an advert's clause is short; a sentence of news runs on)


def priced_part(part: str) -> bool:
    """A short clause quoting a price or a rate per period, with no sentence's stop."""
    return (
        len(words(part)) <= _PRICED_WORDS
        and not part.rstrip().endswith((".", "!", "?"))
        and _PER_PERIOD.search(part) is not None
    )


__all__ = ["priced_part"]
