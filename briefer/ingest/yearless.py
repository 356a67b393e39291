"""The year of a date written without one, by the tense of its clause (pure).

The date reader completes "in March", "tháng 3", "25/8" with the year the text was published
in. That is right for what a report tells of its own months, and wrong at a year's turn:
"Boric will pay a state visit to Vietnam in March" in a November report is next March, and
"paid a state visit in December" in a January report is last December — each dated a year
off, and a brief's "latest visit" with it. Here such a date moves by one year when its own
clause says so: a clause that tells of what is to come ("will", "sẽ", "dự kiến", "is
scheduled to") and names a time more than a month before publication is next year's (a
report out a day after the plan it tells of keeps its year); a clause told in
the past ("paid", "visited", "đã", "vừa") that names a time more than a month after
publication is last year's. A date whose clause says neither keeps the publication's year
("the fair takes place in December"), as does a run of months ("6 tháng đầu năm").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from briefer.domain.periods import date_bounds, period_bounds
from briefer.domain.visittense import EXPECTED, FUTURE
from briefer.text.dates import DateRef

# What is still to come, near before the date in its own clause: a plan or a future (the
# words a visit's quote is read by, :mod:`briefer.domain.visittense`), or a thing planned or
# prepared for ("a planned visit … in June", "ahead of the visit in March").
_PLANNED: Final = re.compile(
    r"(?<![^\W\d_])(?:planned|scheduled|proposed|ahead\s+of|prepare\s+for|chuẩn\s+bị\s+cho)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# What was done: a past-tense verb or Vietnamese's past markers.
_DONE: Final = re.compile(
    r"(?<![^\W\d_])(?:đã|vừa|hồi|was|were|had|paid|made|held|met|took|visited|signed"
    r"|travel+ed|received|hosted|welcomed|agreed|attended|arrived|concluded|[a-z]{3,}ed)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# Words between a future cue and the date that tell of something done before it ("will
# implement the deals signed in March": the signing was in March, already past).
_DONE_BETWEEN: Final = re.compile(
    r"(?<![^\W\d_])(?:signed|agreed|reached|held|adopted|đã|vừa|ký\s+kết|ký)(?![^\W\d_])",
    re.IGNORECASE,
)
_YEAR_WRITTEN: Final = re.compile(
    r"\d{4}|\b(?:last|this|next)\s+year\b|năm\s+(?:nay|ngoái|trước|tới|sau)"
)
_SLACK: Final = timedelta(days=31)


def _clause_before(text: str, at: int) -> str:
    """The clause of ``text`` that ends at ``at``: back to a stop, a semicolon or a comma."""
    return re.split(r"[.;!?,]\s|[–—]\s", text[:at])[-1]


def _shifted(ref: DateRef, years: int) -> DateRef:
    def move(iso: str) -> str:
        year = int(iso[:4]) + years
        moved = f"{year:04d}{iso[4:]}"
        return moved if not moved.endswith("-02-29") else f"{year:04d}-02-28"

    return replace(ref, start=move(ref.start), end=move(ref.end))


def settled_years(text: str, refs: list[DateRef], published: str) -> list[DateRef]:
    """``refs`` (the dates of ``text``, their missing years filled with ``published``'s)
    with a day or month whose year the text does not write moved to the year before or
    after when its clause's tense says so (see the module's docstring). ``published`` is an
    ISO day or month; nothing moves without one."""
    published_on = date_bounds(published[:10]) if len(published) >= 7 else None
    if published_on is None:
        return refs
    pub = published_on[0]
    out = []
    for ref in refs:
        bounds = period_bounds(ref.iso)
        if (
            bounds is None
            or ref.start[:7] != ref.end[:7]  # (a run of months keeps its year)
            or ref.start[:4] != published[:4]
            or _YEAR_WRITTEN.search(ref.text)
        ):
            out.append(ref)
            continue
        first, last = bounds
        clause = _clause_before(text, ref.pos)
        ahead = [m.end() for cue in (EXPECTED, FUTURE, _PLANNED) for m in cue.finditer(clause)]
        if ahead and not _DONE_BETWEEN.search(clause[max(ahead) :]):
            out.append(_shifted(ref, 1) if last < pub - _SLACK else ref)
        elif not ahead and _DONE.search(clause) and first > pub + _SLACK:
            out.append(_shifted(ref, -1))
        else:
            out.append(ref)
    return out


__all__ = ["settled_years"]
