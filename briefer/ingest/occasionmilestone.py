"""An undated milestone whose occasion is a dated visit happened on the visit's date (pure).

"… nửa năm sau khi hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện nhân chuyến
thăm Pháp của Tổng Bí thư … tháng 10/2024", "… raised their ties to a strategic partnership
during the state visit to Algiers by … in March 2025": the milestone names no date of its
own; the visit it was made on ("nhân", "trong", "during", "on the occasion of") does. Both
are events of that date: the visit (its direction from its own words) and the milestone.

The reverse order too: "chuyến thăm … từ ngày 7 đến 8/5/2025 là dấu mốc quan trọng, khi hai
nước ra Tuyên bố chung nâng cấp quan hệ lên Đối tác chiến lược", "the visit on 3-5 June was a
landmark, as the two countries upgraded their ties …": a clause opened by "khi / when / as"
right after a dated visit tells a milestone of the visit's time (of its month, when the visit
lasted several days, as a signing during it is dated: signingday.py) — :func:`visit_then`.

Owns :func:`occasioned` and :func:`visit_then`, used by
:class:`briefer.ingest.events.EventFinder` beside the milestones each date's own cue gives
(a visit dated in the same sentence may otherwise lose to another, finer date: "chuyến thăm
… từ ngày 25 đến 27/5/2025 …, nửa năm sau khi …").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from briefer.ingest import keywords as kw
from briefer.ingest.eventwords import OCCASION
from briefer.ingest.signingday import days_month
from briefer.text.dates import DateRef

Found = tuple[kw.EventCue, re.Match[str]] | None
_GAP: Final = 40  # characters between the milestone's words and the occasion word
_UNDATED: Final = ("anniversary", "visit", "host")  # cues that are no milestone of their own
# A milestone only foreseen ("could be signed during a visit … planned for …", "sẽ ký … nhân
# chuyến thăm …"): no event on the visit's date
_FORESEEN: Final = re.compile(
    r"(?<![^\W\d_])(?:could|would|will|may|might|can|shall|sẽ|có thể|dự kiến|dự định)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def _own_cues(inside: list[DateRef], cue_of: Callable[[DateRef], Found]) -> set[int]:
    """Where the cues the sentence's dates already hold start (each dates its own milestone)."""
    return {f[1].start() for d in inside for f in [cue_of(d)] if f is not None}


def occasioned(
    text: str,
    cues: list[tuple[int, kw.EventCue, re.Match[str]]],
    inside: list[DateRef],
    s_start: int,
    cue_of: Callable[[DateRef], Found],
) -> list[tuple[DateRef, Found]]:
    """(date, cue) for each dated visit that is the occasion of an undated milestone right
    before it: the visit, then the milestone, both on the visit's date."""
    found: list[tuple[DateRef, Found]] = []
    own = _own_cues(inside, cue_of)
    for occasion in OCCASION.finditer(text):
        for ref in inside:
            at = ref.pos - s_start
            visit = cue_of(ref)
            if (
                at < occasion.end()
                or visit is None
                or visit[0].name != "visit"
                or not occasion.start() <= visit[1].start() <= occasion.end()
            ):
                continue
            before = [
                (cue, m)
                for _, cue, m in cues
                if cue.name not in _UNDATED
                and m.end() <= occasion.start()
                and occasion.start() - m.end() <= _GAP
                and m.start() not in own
                # (no date between: "ký … ngày 5/3, nhân chuyến thăm …" is dated itself)
                and not any(m.end() <= d.pos - s_start < occasion.start() for d in inside)
            ]
            # (a modal between the milestone's words and its occasion: only foreseen)
            words = [text[max(0, m.start() - 24) : occasion.start()] for _, m in before]
            if before and not any(_FORESEEN.search(w) for w in words):
                # (the cue nearest the occasion; of those, the first listed: the narrowest)
                found += [(ref, visit), (ref, max(before, key=lambda cm: cm[1].end()))]
            break  # (the first date after the occasion is its visit's)
    return found


# A clause told of the time just named: ", khi hai nước …", ", when the two sides …", ", as …".
_THEN: Final = re.compile(
    r",\s*(?:khi|lúc|when|as|at\s+which|during\s+which)(?![^\W\d_])", re.IGNORECASE
)
_THEN_REACH: Final = 80  # characters between the visit's date and the clause's opening
_THEN_GAP: Final = 60  # characters between the clause's opening and the milestone's words


def visit_then(
    text: str,
    cues: list[tuple[int, kw.EventCue, re.Match[str]]],
    inside: list[DateRef],
    s_start: int,
    cue_of: Callable[[DateRef], Found],
) -> list[tuple[DateRef, Found]]:
    """(date, cue) for an undated milestone told in a "khi / when / as" clause right after a
    dated visit: on the visit's day, or its month when the visit lasted several days."""
    found: list[tuple[DateRef, Found]] = []
    own = _own_cues(inside, cue_of)
    for ref in inside:
        visit = cue_of(ref)
        end = ref.endpos - s_start
        then = _THEN.search(text, end)
        if visit is None or visit[0].name != "visit" or then is None:
            continue
        if then.start() - end > _THEN_REACH or any(
            d.pos - s_start >= end for d in inside if d is not ref
        ):
            continue  # (too far, or another date after the visit's is the milestone's own)
        after = [
            (cue, m)
            for _, cue, m in cues
            # (a step in the ties, "nâng cấp quan hệ lên …", "upgraded ties to …": a clause of
            # a state, "khi Hiệp định … sắp tròn một năm thực thi", tells no milestone then)
            if cue.metric.startswith("relations.")
            and m.start() >= then.end()
            and m.start() - then.end() <= _THEN_GAP
            and m.start() not in own
        ]
        if not after or _FORESEEN.search(text, then.end(), after[0][1].start()):
            continue
        month = days_month(ref)
        when = replace(ref, start=month, end=month, precision="month") if month else ref
        found.append((when, min(after, key=lambda cm: cm[1].start())))
    return found


__all__ = ["occasioned", "visit_then"]
