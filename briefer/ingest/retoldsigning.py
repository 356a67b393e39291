"""A signing told undated, then dated by the next sentence that retells it (pure).

A lead tells the news with no date: "Uganda and Vietnam have signed a memorandum of
understanding on …", "Hai nước đã ký Bản ghi nhớ hợp tác …"; the sentence right after it
goes back to the same paper by a definite noun and gives the day: "The agreement was signed
in Kampala on Monday by …", "Văn kiện được ký ngày 17/11 tại …". The signing happened that
day: the lead is an agreements event of that date, not an undated statement. (A signing
told with a date of its own is the event finder's; one after a dated visit is
:mod:`briefer.ingest.signingday`'s.)

Owns :func:`dated_by_retelling`, a pass over the candidate finder's output.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefer.ingest.candidate import Candidate
from briefer.ingest.cleantypes import Metadata
from briefer.ingest.signingday import signs_undated
from briefer.text.dates import DateRef, find_dates, weekday_dates

# The next sentence opens on the same paper, signed: "The agreement was signed …", "The MoU,
# signed in Kampala on Monday, …", "Văn kiện (này) được ký …", "Bản ghi nhớ đã được ký kết …".
_RETOLD: Final = re.compile(
    r"\s*(?:(?:The|This|That)\s+(?:\w+\s+){0,2}?(?:agreement|memorandum|MoU|deal|accord"
    r"|document|pact|protocol|plan|declaration)s?(?:\s+(?:was|were|had\s+been))?,?\s+signed"
    r"|(?:Văn\s+kiện|Bản\s+ghi\s+nhớ|Thỏa\s+thuận|Thoả\s+thuận|Hiệp\s+định|Biên\s+bản)"
    r"(?:\s+(?:này|trên|nói\s+trên))?\s+(?:đã\s+)?được\s+ký)(?![^\W\d_])",
)
# The retelling sentence, after the blanks (a paragraph's break too): up to its full stop.
_SENTENCE: Final = re.compile(r"\s*([^\n]*?[.!?](?=\s|$)|[^\n]+)")


def _signing_day(sentence: str, after: int, meta: Metadata) -> str:
    """The single day the retelling gives after the verb ("on Monday", "ngày 17/11")."""
    refs: list[DateRef] = find_dates(sentence, meta.context_year)
    if len(meta.published_on) == 10:
        refs += weekday_dates(sentence, meta.published_on)
    days = [r for r in refs if r.pos >= after and r.precision == "day" and r.start == r.end]
    return min(days, key=lambda r: r.pos).start if days else ""


def dated_by_retelling(body: str, candidates: list[Candidate], meta: Metadata) -> list[Candidate]:
    """``candidates`` with each undated signing statement dated by the sentence after it
    that retells the signing with its day ("The agreement was signed … on Monday")."""
    out = []
    events = {c.quote for c in candidates if c.kind != "figure"}
    for c in candidates:
        # (the cheap look at the next sentence first: few statements are retold)
        retold = _SENTENCE.match(body, c.end) if c.kind in ("statement", "figure") else None
        opened = _RETOLD.match(retold.group(1)) if retold else None
        if retold and opened and c.kind == "figure" and c.quote not in events:
            # "X and Y have signed an MoU …, targeting trade of $2 billion by 2030": the
            # figure's sentence signs too, its only date the aim's; the signing is an event
            events.add(c.quote)
            day = _signing_day(retold.group(1), opened.end(), meta)
            dates = find_dates(c.quote, meta.context_year)
            if day and signs_undated(c.quote, dates, 0) >= 0:
                why = f"signed on {day}, as the next sentence retells"
                out.append(
                    replace(c, kind="event", topic="agreements", event_date=day, value=None,
                            unit="", period="", metric="", reasons=(why,))
                )  # fmt: skip
            out.append(c)
            continue
        undated = opened is not None and not find_dates(c.quote, meta.context_year)
        if (
            retold
            and opened
            and c.kind == "statement"
            and undated
            and signs_undated(c.quote, [], 0) >= 0
        ):
            day = _signing_day(retold.group(1), opened.end(), meta)
            why = f"signed on {day}, as the next sentence retells"
            retimed = replace(c, kind="event", topic="agreements", event_date=day)
            out.append(replace(retimed, reasons=(*c.reasons, why)) if day else c)
        else:
            out.append(c)
    return out


__all__ = ["dated_by_retelling"]
