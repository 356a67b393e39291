"""Acts the two sides did at talks, told without a date of their own (pure).

Two shapes the sentence-by-sentence finder leaves as undated statements:

- a signing in the clause after the talks' own, in one sentence: "Ngày 4/3, Bộ trưởng X
  đã hội đàm với …; hai bên ký Bản ghi nhớ về …", "On 4 March the ministers held talks …;
  the two sides signed an agreement on …" — signed at those talks, on their day;
- a raising of the ties the sides agreed "during the talks", or the two sides agreed ("Hai
  Thủ tướng nhất trí nâng cấp …" in a joint statement), when the text tells no day of the
  talks but the one visit that held them: "During official talks, the two leaders agreed to
  elevate bilateral relations to a Comprehensive Partnership" in a text of a state visit
  begun on 8 December — the talks' day is untold, so the visit's month dates it (as a signing
  during a visit of several days is dated: :mod:`briefer.ingest.signingday`).

A raising put off ("agreed to consider elevating …"), talks agreed to go on ("agreed to
continue talks …") and a signing still to come are no acts. Run in
:mod:`briefer.ingest.candidatepass` after :mod:`briefer.ingest.talksupgrade`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefer.ingest.candidate import Candidate
from briefer.ingest.signingday import signs_undated
from briefer.ingest.talksupgrade import agreed_raise, partnership_metric, put_off

# Talks held, in the clause that tells them ("đã hội đàm với", "held talks with").
_HELD_TALKS: Final = re.compile(
    r"(?<![^\W\d_])(?:hội\s+đàm|held\s+(?:\w+\s+)?talks|holds\s+(?:\w+\s+)?talks)(?![^\W\d_])",
    re.IGNORECASE,
)
# A clause's own frame of the talks: "During official talks, …", "At the talks, …", "Tại
# hội đàm, …", "Trong cuộc hội đàm, …".
_AT_TALKS: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:during|at|in)\s+(?:the\s+|their\s+)?(?:official\s+|bilateral\s+)?talks"
    r"|(?:tại|trong)\s+(?:cuộc\s+|buổi\s+)?hội\s+đàm)(?![^\W\d_])",
    re.IGNORECASE,
)
# The two sides as the raising's subject, right before it ("Hai Thủ tướng nhất trí nâng cấp
# …", "The two leaders agreed to elevate …"): the visit's hosts and guest, deciding at it.
_TWO_SIDES: Final = re.compile(
    r"(?<![^\W\d_])(?:hai|the\s+two|both)\s+(?:bên|nước|Thủ\s+tướng|Chủ\s+tịch|Tổng\s+thống"
    r"|nhà\s+lãnh\s+đạo|lãnh\s+đạo|Bộ\s+trưởng|sides|leaders|prime\s+ministers|presidents"
    r"|ministers|countries)\s+(?:đã\s+|have\s+)?\Z",
    re.IGNORECASE,
)
# (where a clause's subject stands: the text's start, after a list's number "2. ", or after
# a comma — not "Since the two countries agreed …", "Kể từ khi hai nước nhất trí …", a
# raising recalled)
_SUBJECT_BEFORE: Final = re.compile(r"(?:\A(?:\s*(?:\d{1,2}|[a-zđ])[.)])?|,)\s*\Z")


def _sides_decide(quote: str, at: int) -> bool:
    """Whether the two sides stand as the subject of the raising at ``at``."""
    sides = _TWO_SIDES.search(quote, 0, at)
    return sides is not None and _SUBJECT_BEFORE.search(quote, 0, sides.start()) is not None


# What may stand between the talks' clause and the signing's in one sentence.
_CLAUSE_GAP: Final = re.compile(r"\s*;\s*")
_DAY: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _talks_day(talks: Candidate, body: str, c: Candidate) -> str:
    """The day of ``talks`` (an event told with its day) when ``c`` is the clause right
    after it in the same sentence; "" otherwise."""
    if talks.kind != "event" or not _DAY.match(talks.event_date):
        return ""
    if _HELD_TALKS.search(talks.quote) is None:
        return ""
    gap = body[talks.end : c.start] if body else ""
    return talks.event_date if _CLAUSE_GAP.fullmatch(gap) else ""


def _visit_month(candidates: list[Candidate]) -> str:
    """The month of the one visit the text dates ("" when it dates none or several)."""
    months = {
        c.event_date[:7]
        for c in candidates
        if c.kind == "event" and c.metric.startswith("visit.") and len(c.event_date) >= 7
    }
    return months.pop() if len(months) == 1 else ""


def acts_at_talks(body: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` of ``body`` with a signing told in the clause after dated talks made
    an event of the talks' day, and a raising agreed "during the talks" of an undated day
    made an event of the month of the visit the text tells."""
    month = _visit_month(candidates)
    out: list[Candidate] = []
    for i, c in enumerate(candidates):
        if c.kind != "statement":
            out.append(c)
            continue
        day = next((d for t in candidates[:i] if (d := _talks_day(t, body, c))), "")
        if day and signs_undated(c.quote, [], 0) >= 0:
            why = f"signed at the talks on {day}"
            out.append(replace(c, kind="event", topic="agreements", event_date=day,
                               reasons=(*c.reasons, why)))  # fmt: skip
            continue
        raised = agreed_raise(c.quote)
        framed = raised is not None and (
            _AT_TALKS.search(c.quote) or _sides_decide(c.quote, raised.start())
        )
        if month and raised is not None and framed and not put_off(c.quote):
            metric = partnership_metric(raised.group("kind") + " " + raised.group("after"))
            why = f"agreed at talks during the visit of {month}"
            out.append(replace(c, kind="event", topic="diplomatic", metric=metric,
                               event_date=month, reasons=(*c.reasons, why)))  # fmt: skip
            continue
        out.append(c)
    return out


__all__ = ["acts_at_talks"]
