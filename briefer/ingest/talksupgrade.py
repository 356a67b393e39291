"""Ties raised at the talks, told without a date of their own (pure): "Vietnamese Prime
Minister X held talks with his Fijian counterpart … on Monday" and, below, "The two leaders
agreed to elevate relations to a Comprehensive Partnership …"; "Ngày 12/3, … hội đàm với …"
and "Hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược …". The leaders decided it at
the talks the text tells (a standfirst's summing-up above them too), so the raising is a
milestone on the talks' day — an event, not an undated statement."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefer.ingest.candidate import Candidate
from briefer.ingest.occasions import occasion_day
from briefer.text.dates import find_dates, weekday_dates

# Talks held (the event that dates the day), or the official welcome that opens them the
# same day ("Sáng 27/10, … chủ trì lễ đón chính thức Thủ tướng …", "hosted an official
# welcome ceremony for …": the talks follow it).
_TALKS: Final = re.compile(
    # ("… agreed to expand cooperation following talks at the Kremlin on May 10")
    r"(?<![^\W\d_])(?:hội\s+đàm|held\s+talks|talks\s+with|holds\s+talks|(?:following|after)\s+talks"
    r"|lễ\s+đón\s+chính\s+thức|official\s+welcom\w*\s+ceremony)(?![^\W\d_])",
    re.IGNORECASE,
)
# The sides agreeing to raise the ties to a named partnership.
# (or a joint statement issued on the raising: "ra Tuyên bố chung về việc nâng cấp quan hệ …
# lên Đối tác toàn diện", "issued a joint statement on elevating ties to …")
_AGREED_RAISE: Final = re.compile(
    # ("hai Thủ tướng thông báo nâng cấp …", "announced the elevation of …": made known there)
    # ("tuyên bố nâng cấp …", "declared the elevation of …": a raising proclaimed there)
    r"(?<![^\W\d_])(?:(?:agreed|decided|announced|declared|nhất\s+trí|quyết\s+định|thống\s+nhất"
    r"|thông\s+báo|tuyên\s+bố)\s+(?:to\s+|the\s+)?"
    # ("X and Y have elevated their relationship to …": the news of the day, done)
    r"|(?P<done>(?:have|has)\s+(?:officially\s+|formally\s+)?)"
    r"|(?:ra|ký|thông\s+qua)\s+[Tt]uyên\s+bố\s+chung\s+về\s+(?:việc\s+)?"
    r"|(?:issued|adopted|signed)\s+a\s+joint\s+statement\s+on\s+)"
    # (the ties may be named with both sides, in the clause: "quan hệ Việt Nam - Bồ Đào Nha",
    # "ties between A and B"; the kind may take four words after the noun: "Đối tác Chiến
    # lược Toàn diện")
    r"(?:elevat\w*|upgrad\w*|rais\w*|lift\w*|nâng\s+cấp|nâng)\s+(?:[^\s,.;]+\s+){0,10}?(?:to|lên|thành)\s+"
    r"(?:an?\s+|the\s+)?(?P<kind>(?:[\w-]+\s+){0,3}?)(?:Partnership|Đối\s+tác|đối\s+tác)"
    r"(?P<after>(?:\s+[\w-]+){0,4})",
    re.IGNORECASE,
)

# A joint statement the leaders adopt at the talks, on anything ("adopted a joint statement on
# the main directions of …", "ra Tuyên bố chung về …"): a milestone of that day too.
_JOINT_STATEMENT: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:adopted|issued|signed)\s+a\s+joint\s+statement"
    r"|(?:ra|ký|thông\s+qua)\s+[Tt]uyên\s+bố\s+chung)(?![^\W\d_])",
    re.IGNORECASE,
)

# A raising put off to later ("… trong thời gian tới", "sớm nâng cấp", "consider elevating",
# "in the near future"): an aim, not a milestone.
_LATER: Final = re.compile(
    r"(?<![^\W\d_])(?:thời\s+gian\s+tới|tương\s+lai|sớm|hướng\s+tới|xem\s+xét|nghiên\s+cứu"
    r"|in\s+the\s+(?:near\s+)?future|soon|consider\w*|explor\w+|work\s+towards?|at\s+an"
    r"\s+appropriate\s+time|thời\s+điểm\s+phù\s+hợp)(?![^\W\d_])",
    re.IGNORECASE,
)


def agreed_raise(text: str) -> re.Match[str] | None:
    """The sides agreeing in ``text`` to raise the ties to a named partnership, or None."""
    return _AGREED_RAISE.search(text)


def put_off(text: str) -> bool:
    """Whether ``text`` puts a raising off to later ("in the near future", "sớm …")."""
    return _LATER.search(text) is not None


def partnership_metric(kind: str) -> str:
    words = kind.casefold()
    if ("strategic" in words or "chiến lược" in words) and (
        "comprehensive" in words or "toàn diện" in words
    ):
        return "relations.comprehensive_strategic_partnership"
    if "strategic" in words or "chiến lược" in words:
        return "relations.strategic_partnership"
    if "comprehensive" in words or "toàn diện" in words:
        return "relations.comprehensive_partnership"
    return "relations.partnership"


# Where a clause ends: a comma, semicolon or full stop before a space or the end.
_CLAUSE_END: Final = re.compile(r"[,;.](?:\s|$)")


def _talks_day(candidates: list[Candidate], published: str) -> str:
    """The day of the talks the text tells: an event of talks dated by one day, else the
    day that opens the sentence of the talks held within a visit's span ("Chiều 19/6, …
    hội đàm với …, nhân dịp … thăm … từ ngày 18 đến 20/6/2025": the 19th), or a weekday
    counted from the report's ``published`` day ("announced after talks … on Wednesday")."""
    for c in candidates:
        talks = _TALKS.search(c.quote) if c.kind == "event" else None
        if talks is not None:
            if len(c.event_date) == 10 and not c.metric.startswith("relations."):
                # (a milestone's day is not the talks': "The upgrade was announced after
                # talks … on Wednesday, exactly 50 years after … established … on …")
                return c.event_date
            year = int(c.event_date[:4]) if c.event_date[:4].isdigit() else None
            dates = find_dates(c.quote, year)
            # (the welcome's day opens its sentence: "Sáng 27/10, … lễ đón chính thức …")
            before = [
                d.start
                for d in dates
                if d.endpos <= talks.start() and d.precision == "day" and d.start == d.end
            ]
            day = occasion_day(c.quote, dates, 0) or (before[-1] if before else "")
            weekdays = weekday_dates(c.quote, published) if len(published) == 10 else []
            day = day or next((d.start for d in weekdays if d.precision == "day"), "")
            if day:
                return day
    return ""


def _raised_clause(c: Candidate) -> Candidate | None:
    """A raising with no date of its own in a sentence another milestone dates ("…, hai nhà
    lãnh đạo ra Tuyên bố chung về việc nâng cấp quan hệ … lên Đối tác toàn diện, … kể từ khi
    hai nước thiết lập quan hệ ngoại giao ngày 25/3/1971"): its own clause, quoted up to the
    clause's end; None when the event is that raising's, or the clause holds a date. (A
    raising told as done, "… have upgraded their relationship …, following talks … on 29
    October", is the news its sentence's event dates: no clause of its own.)"""
    raised = _AGREED_RAISE.search(c.quote)
    own = raised and partnership_metric(raised.group("kind") + " " + raised.group("after"))
    if raised is None or c.metric == own or raised.group("done"):
        # (the event is that raising, dated; "… nâng cấp … lên Đối tác chiến lược, … sau khi
        # thiết lập Đối tác toàn diện năm 2007": the 2007 event is another milestone's)
        return None
    stop = _CLAUSE_END.search(c.quote, raised.end())
    end = stop.start() if stop else len(c.quote)
    if find_dates(c.quote[raised.start() : end]) or _LATER.search(c.quote, 0, end):
        return None
    return replace(c, quote=c.quote[:end], end=c.start + end, reasons=())


def raised_at_talks(candidates: list[Candidate], published: str = "") -> list[Candidate]:
    """``candidates`` with each undated statement whose sides agree to raise the ties to a
    partnership (or adopt a joint statement) made an event on the day of the talks the text
    tells (and an event of its own for such a raising told beside another dated milestone);
    ``published`` is the report's day, for a weekday."""
    day = _talks_day(candidates, published)
    if not day:
        return candidates
    out: list[Candidate] = []
    for found in candidates:
        c = _raised_clause(found) if found.kind == "event" else None
        if c is not None:
            out.append(found)  # (the other milestone's event stays; the raising is its own)
        c = c or found
        raised = _AGREED_RAISE.search(c.quote) if c is not found or c.kind == "statement" else None
        joint = _JOINT_STATEMENT.search(c.quote) if c.kind == "statement" else None
        if raised is None and joint is not None and not _LATER.search(c.quote):
            why = f"adopted at the talks on {day}"
            out.append(replace(c, kind="event", topic="diplomatic", metric="", event_date=day,
                               reasons=(*c.reasons, why)))  # fmt: skip
            continue
        if raised is None or _LATER.search(c.quote):
            out.append(c)
            continue
        # (the kind may follow the noun in Vietnamese: "Đối tác chiến lược toàn diện")
        metric = partnership_metric(raised.group("kind") + " " + raised.group("after"))
        out.append(
            replace(
                c,
                kind="event",
                topic="diplomatic",
                metric=metric,
                event_date=day,
                reasons=(*c.reasons, f"agreed at the talks on {day}"),
            )
        )
    return out


__all__ = ["agreed_raise", "partnership_metric", "put_off", "raised_at_talks"]
