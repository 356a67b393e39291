"""A day told relative to the report's own day, set between a subject and its verb (pure).

"Trinidad and Tobago and Vietnam yesterday signed a memorandum …", "The two ministers today
opened …", "Hai bên hôm qua đã ký …", a minister's own "Today I met …": the report's day or
the one before it. (A "today" or
"yesterday" at a clause's end is read by :func:`briefer.text.dates.weekday_dates`; "Vietnam
today is …", nowadays, is no day: only a verb of something done follows the word here.)
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from briefer.text.dates import DateRef

# (the verb a past act is told by: a regular past, or one of the irregular ones news uses)
_BEFORE_VERB: Final = re.compile(
    r"(?<![^\W\d_])(?P<w>yesterday|today|hôm\s+qua|hôm\s+nay)\s+"
    # (a pronoun subject after an opening word: "Today I met …", "Yesterday we signed …")
    r"(?=(?:(?<=^Today\s)(?:I|we)\s+|(?<=^Yesterday\s)(?:I|we)\s+)?(?:đã\s+|chính\s+thức\s+|officially\s+|formally\s+|jointly\s+)?"
    r"(?:[a-z]+ed|met|held|began|made|paid|took|gave|led|sent|won|ký|tổ\s+chức|hội\s+đàm"
    r"|tiếp|khai\s+mạc|khánh\s+thành|thăm)(?![^\W\d_]))",
    re.IGNORECASE,
)
_BEFORE: Final = frozenset({"yesterday", "hôm qua"})


def near_days(text: str, published: str) -> list[DateRef]:
    """Each "yesterday"/"today" before a verb in ``text`` as a day, counted back from
    ``published`` (an ISO day); none when the report's day is not known to the day."""
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return []
    refs = []
    for match in _BEFORE_VERB.finditer(text):
        word = " ".join(match.group("w").casefold().split())
        when = (day - timedelta(days=word in _BEFORE)).isoformat()
        refs.append(DateRef(when, when, match.group("w"), *match.span("w"), "day"))
    return refs


__all__ = ["near_days"]
