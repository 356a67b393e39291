"""The time a rank with none of its own takes from the results told before it in its sentence.

A rank that follows a whole year's result ("Năm 2024, thương mại đạt 1,4 tỷ USD; X là đối
tác lớn thứ 2 …", "… reached $8 billion in 2024, making X the fifth-largest …") is the rank
that year gave. After a run of months told on its own ("9 tháng …; X tiếp tục là …") the
standing stays undated — unless the sentence grounds the rank on that result with an opening
"with" clause ("Với kim ngạch 11 tháng năm 2025 đạt 8,3 tỷ USD, X tiếp tục là đối tác lớn
nhất …", "With trade of $5 billion in the first ten months, X remained …"): then the rank is
the one those months gave. The clause may follow the rank as well: "X tiếp tục là đối tác lớn
thứ 4 …, với kim ngạch hai chiều 10 tháng đầu năm 2025 đạt …", "X remained …, with trade of
$5 billion in the first ten months" (the first dated result after the clause's "with").
So is a rank told as the result's consequence ("… in the first half, keeping X as Y's largest
export market", "…, đưa X trở thành đối tác lớn nhất …"): the standing that result gave.
"""

from __future__ import annotations

import re
from typing import Final

# A sentence that opens on the result its claim stands on: "Với kim ngạch …", "With trade …".
_GROUNDED: Final = re.compile(r"\s*(?:Với|With)\s", re.IGNORECASE)
# A rank told as the result's consequence, in a clause of its own after it: "… reached $7
# billion in the period, keeping X as …", "…, making X the …", "…, đưa X trở thành …": the
# standing that result gave (the clause from its comma to the rank holds no other stop).
_CONSEQUENCE: Final = re.compile(
    r",\s*(?:keeping|making|putting|leaving|cementing|maintaining|đưa|giúp)\s[^,;.]*$",
    re.IGNORECASE,
)
# The same clause after the rank: "…, với kim ngạch …", "…, with two-way trade of …".
_TRAILING: Final = re.compile(r",\s*(?:với|with)\s", re.IGNORECASE)


def grounded_period(text: str, rank_at: int, dated: list[tuple[int, str]]) -> str:
    """The period of the last result before ``rank_at`` that dates the rank, or ""."""
    before = [iso for where, iso in dated if where < rank_at]
    if not before:
        return _trailing_period(text, rank_at, dated)
    if _GROUNDED.match(text) or _CONSEQUENCE.search(text[:rank_at]):
        return before[-1]
    years = [iso for iso in before if iso.isdigit()]
    return years[-1] if years else ""


def _trailing_period(text: str, rank_at: int, dated: list[tuple[int, str]]) -> str:
    """The period of the first result after a "with" clause that follows the rank, or ""."""
    clause = _TRAILING.search(text, rank_at)
    if clause is None:
        return ""
    # (another rank's sentence part, "…; còn Y là …", is no ground of this one: the clause
    # must follow the rank in the same part of the sentence)
    if ";" in text[rank_at : clause.start()]:
        return ""
    after = [iso for where, iso in dated if where >= clause.end()]
    return after[0] if after else ""


__all__ = ["grounded_period"]
