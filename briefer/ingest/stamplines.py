"""Date stamps and the bylines set in them, recognised by their shape (pure).

- :func:`timestamp`: a short line that is a date with a clock time, weekday or time zone and
  little else ("Thứ Sáu, 10-01-2025, 06:25", "January 14, 2025 - 08:30", "12:45 | 07/01/2025"),
  also when it carries a byline ("By Viet Anh   January 12, 2025 | 05:30 pm GMT+7");
- :func:`stamp_row`: a byline row with a dated clock time inside it ("Name · Sep 10, 2025
  08:15 AM Follow …"): the words before the stamp, its date, the words after it;
- :func:`stamp_remainder`: what a stamp holds besides its date, time, weekday, zone and labels;
- :func:`byline_in`: the author of "By …", "Bởi: …" inside such a line.

Split out of :mod:`briefer.ingest.furniture` (which keeps the other page furniture).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.furniture import UPPER as _UPPER
from briefer.ingest.furniture import ends_sentence, is_upper, words
from briefer.ingest.handling import handling_marking
from briefer.ingest.rxparts import BLANK as _B
from briefer.text.dates import DateRef, find_dates

_DIGIT: Final = re.compile(r"\d")
# A stamp may write its day year first with slashes or dots ("10:46, 2025/12/09",
# "2025.12.09 | 08:30"), as East Asian pages and some CMS templates do: read as ISO.
_YEAR_FIRST: Final = re.compile(
    r"(?<![\w/.-])((?:19|20)\d{2})([/.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\w/]|\.\d)"
)


# A stamp's day written with dots ("Name |09.07.2025 - Update : 09.07.2025", Anadolu's and
# many European CMS templates'): a date where it opens a cell of the row (after a bar or a
# bullet, two-digit day and month as a stamp writes them) or follows a label of publication or
# update; elsewhere "2.10.2024" may be a version, so the date reader wants a cue before it.
_CELL_DOTTED: Final = re.compile(
    r"(?:(?<=[|·•])\s*(?=\d{2}\.\d{2}\.)"
    r"|\b(?:Update[ds]?|Last\s+update[ds]?|Published|Posted|Cập\s+nhật|Đăng)(?:\s+on)?\s*:?\s*)"
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\w/]|\.\d)",
    re.IGNORECASE,
)


def _slashed(match: re.Match[str]) -> str:
    head = match.group()[: match.start("d") - match.start()]
    return f"{head}{match['d']}/{match['m']}/{match['y']}"


def _stamp_dates(text: str) -> list[DateRef]:
    """The dates of a stamp line, a year-first day and a dotted day opening a cell among them
    (positions kept: the separators are swapped one for one)."""
    return find_dates(_CELL_DOTTED.sub(_slashed, _YEAR_FIRST.sub(r"\1-\3-\4", text)))


_CLOCK: Final = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm|AM|PM|SA|CH))?(?!\d)")
# (in round or square brackets: "(GMT+7)", "[GMT+7]")
_ZONE: Final = re.compile(r"[(\[]?\b(?:GMT|UTC|ICT)\s*[+-]?\s*\d{0,2}[)\]]?", re.IGNORECASE)
_WEEKDAY: Final = re.compile(
    r"\b(?:Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ\s+[Nn]hật|CN"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|nesday|sday|rsday|urday)?\b",
    re.IGNORECASE,
)
# A stamp's age or reading time beside its date ("2 ngày trước", "3 min read", "5 phút đọc"):
# the widget's words, not a page title or a name.
AGE: Final = re.compile(
    r"\b\d{1,3}\s*(?:phút|giờ|ngày|tuần|tháng|năm|min(?:ute)?s?|hours?|hrs?|days?|weeks?)"
    r"\s+(?:trước|đọc|ago|read)\b"
    r"|\b(?:reading\s+time|thời\s+gian\s+đọc)\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?|phút)\b",
    re.IGNORECASE,
)
_LABEL: Final = re.compile(
    r"\b(?:Cập\s+nhật|Đăng\s+(?:lúc|ngày)|Ngày\s+đăng|Xuất\s+bản|Phát\s+hành|Posted(?:\s+on)?"
    r"|Published(?:\s+on)?|Update[ds]?(?:\s+on)?|Last\s+updated?(?:\s+on)?|lúc|ngày)\b\s*:?",
    re.IGNORECASE,
)
_MONTH: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Tháng|Ngày)\b"
)
# A weekday written out, which no name's word is ("By Name Thursday, Sep 18, …": the stamp
# glued to the byline starts there; a short "Thu" may be a name, "Thanh Thu").
_DAY_WORD: Final = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu"
    r"|[Bb]ảy)|Chủ\s+[Nn]hật)\b"
)
_BY: Final = re.compile(
    rf"(?:^|[|—–·•]\s*|\s{{2,}}|(?<=[\d,])\s+|(?<=[ap]m)\s+)(?:By|by|Bởi|bởi|Tác\s+giả)\s*:?\s*"
    rf"(?P<name>(?!{_MONTH}|{_DAY_WORD})[{_UPPER}][\w'.-]*(?:\s(?!{_MONTH}|{_DAY_WORD})"
    rf"(?:[a-z]{{1,3}}-)?[{_UPPER}][\w'.-]*){{0,4}})"
)
_MARKED: Final = re.compile(r"^(?P<day>.+?)\s+[–—|-]\s+(?P<mark>[^–—|\d]+)$")
_GLUED_CLOCK: Final = re.compile(r"(?<=\d{4}),(?=\d{1,2}:\d{2}(?!\d))")


def timestamp(text: str) -> tuple[str, str]:
    """("timestamp", ISO date) when the line is a date stamp, with the byline's author or
    nothing else; ("", "") otherwise. The author is returned through :func:`byline_in`."""
    if len(text) > 110 or (ends_sentence(text) and len(text) > 40) or not _DIGIT.search(text):
        return "", ""
    # "Wednesday, June 11, 2025 – For reference only": a bulletin's day with its handling
    # marking after a dash or bar is its stamp all the same
    marked = _MARKED.match(text)
    if marked and handling_marking(marked["mark"]):
        return timestamp(marked["day"])
    # "Dec 10, 2024,16:44": a comma glued between year and time (else read as a decimal comma)
    text = _GLUED_CLOCK.sub(", ", text)
    if is_upper(text):  # "THURSDAY, JUNE 12, 2025": read as in a sentence
        text = " ".join(w[:1] + w[1:].lower() if w.isalpha() else w for w in text.split())
    clocked = bool(_CLOCK.search(text)) or bool(_WEEKDAY.search(text)) or bool(_ZONE.search(text))
    # (a span of days, "7-16/11/2025", is an event's — a fair's, a visit's — never a stamp)
    dates = [d for d in _stamp_dates(text) if d.precision == "day" and d.start == d.end]
    # "12.06.2025" alone, written as a stamp is (two-digit day and month; "2.10.2024" alone
    # may be a version)
    alone = re.fullmatch(r"\d{2}\.\d{2}\.(?:19|20)\d{2}\.?", text.strip())  # ("11.03.2025.")
    if not dates and (clocked or alone):
        # "04.12.2025 09:15": a dotted day is a date only beside a time of day or a weekday
        # (alone, "2.10.2024" may be a version).
        dotted = _DOTTED_DAY.search(text)
        if dotted:
            day, month, year = (int(g) for g in dotted.groups())
            if 1 <= day <= 31 and 1 <= month <= 12:
                left = words(_stamp_rest(text[: dotted.start()] + " " + text[dotted.end() :]))
                if len(left) <= 2:
                    return "timestamp", f"{year:04d}-{month:02d}-{day:02d}"
        return "", ""
    if not dates:
        return "", ""
    rest = text
    for d in sorted(dates, key=lambda d: -d.pos):
        rest = rest[: d.pos] + " " + rest[d.endpos :]
    by = _BY.search(rest)
    if by:
        rest = rest[: by.start()] + " " + rest[by.end() :]
    left = words(_stamp_rest(rest))
    # "Abebe Kebede - June 12, 2025": a name, a dash or bar, the day
    named = len(left) <= 4 and _NAME_THEN_DAY.match(text[: dates[0].pos]) is not None
    if (
        (clocked and len(left) <= 2)
        or (not left and len(text) <= 40)
        or (by and len(left) <= 1)
        or (named and len(dates) == 1 and not rest[dates[0].pos :].strip(" ,|·-–"))
    ):
        return "timestamp", dates[0].start
    return "", ""


_CELL_EDGES: Final = " ·•|-–—/"  # what parts a row's cells
_EDGE: Final = re.compile(r"(?:^|[·•|:–-])\s*$")  # a cell's start ("… lúc 9:30 ngày …": prose)


def stamp_row(text: str) -> tuple[str, str, str]:
    """A byline row with a date stamp inside it: ("Linh Pham", ISO date, "Follow … on …")
    for "Linh Pham · Sep 10, 2025 08:15 AM Follow … on …" — the words before a dated clock
    time and after it, separators aside; ("", "", "") when the line holds no such stamp."""
    if len(text) > 160 or ends_sentence(text) or not _CLOCK.search(text):
        return "", "", ""
    dates = [d for d in _stamp_dates(text) if d.precision == "day"]
    if not dates:
        return "", "", ""
    first = dates[0]
    clock = _CLOCK.search(text, first.endpos)
    start, end = first.pos, clock.end() if clock else 0
    if not clock or text[first.endpos : clock.start()].strip(" ,|·-–"):
        # "Name • 11:03 | 27/08/2024 • …", "08:12, Thứ Sáu 21-3-2025": the time before the day
        ahead = [c for c in _CLOCK.finditer(text[: first.pos]) if _EDGE.search(text, 0, c.start())]
        if not ahead or _FULL_WEEKDAY.sub("", text[ahead[-1].end() : first.pos]).strip(" ,|·-–"):
            return "", "", ""
        start, end = ahead[-1].start(), first.endpos
    zone = _ZONE.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
    end = zone.end() if zone else end
    before = text[:start].strip(_CELL_EDGES)
    before = _LABEL.sub(" ", _FULL_WEEKDAY.sub(" ", before)).strip(_CELL_EDGES + ",")
    return before, first.start, text[end:].strip(_CELL_EDGES)


_NAME_THEN_DAY: Final = re.compile(
    rf"^[{_UPPER}][\w'-]*(?:{_B}[{_UPPER}][\w'-]*){{1,3}}{_B}+[-–|·]{_B}+$"
)
_DOTTED_DAY: Final = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)")
_SHORT_MONTH: Final = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?![^\W\d_])"
)


# A printed paper's issue beside its day on the folio line ("Vol. LXXXII No. 64", "Số 4.512",
# "Issue 12"): the issue's numbering (in figures or roman numerals), no words of a line's own.
_ISSUE: Final = re.compile(
    r"\b(?:Vol(?:ume)?|No|Nr|Issue|Số|Tập)\.?\s*(?:\d{1,3}(?:[.,]\d{3})*|[IVXLCDM]{1,8})\b"
)

# Its cover price there ("Price Birr 15.00", "Giá: 5.000 đồng"): the price and its currency.
_PRICE: Final = re.compile(
    r"\b(?:Price|Giá(?:\s+bán)?)\s*:?\s*(?:[A-Z][a-z]{1,5}\s*)?\d[\d.,]*"
    r"(?:\s*(?:đồng|đ|VND|USD|[A-Z][a-z]{1,5})\b)?"
)


def _folio(text: str) -> str:
    """A line without a printed paper's issue and cover price (see ``_ISSUE``, ``_PRICE``)."""
    return _PRICE.sub(" ", _ISSUE.sub(" ", text))


def _stamp_rest(text: str) -> str:
    """What a date stamp holds besides its time of day, weekday, zone, labels and issue."""
    text = _folio(AGE.sub(" ", text))
    return _ZONE.sub(" ", _CLOCK.sub(" ", _WEEKDAY.sub(" ", _LABEL.sub(" ", text))))


# A weekday among a stamp's words: a full name, or a short one with its comma ("Thu Hằng"
# is a name, "Thu, Dec 4" a Thursday).
_FULL_WEEKDAY: Final = re.compile(
    r"\b(?:Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ\s+[Nn]hật"
    rf"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?=[,.]|\s+{_MONTH}))",
    re.IGNORECASE,
)


def stamp_remainder(text: str) -> str:
    """The words of a date stamp that are not its date, time, weekday, zone or label
    ("Updated 4 Dec 2025, 9:15 am" → ""; "Jean-Yves Lê 04/12/2025 09:15" → "Jean-Yves Lê")."""
    cells = re.split(r"\s[·•|]\s", text)
    if len(cells) > 1:
        # a row of cells ("Name · day · Updated 3 hours ago"): the one cell left holding words
        rests = [r for r in (stamp_remainder(c) for c in cells) if r]
        return rests[0] if len(rests) == 1 else ""
    # ("Name 2 hours ago": the stamp's age is no name; nor is a folio's issue and price)
    text = _folio(AGE.sub(" ", text))
    rest = _ZONE.sub(" ", _CLOCK.sub(" ", _FULL_WEEKDAY.sub(" ", _LABEL.sub(" ", text))))
    for d in sorted(_stamp_dates(rest), key=lambda d: -d.pos):
        rest = rest[: d.pos] + " " + rest[d.endpos :]
    rest = _SHORT_MONTH.sub(" ", re.sub(rf"\b{_MONTH}", " ", rest))
    return " ".join(re.sub(r"[\d:/|,.()+·•]|(?<![^\W\d_])-|-(?![^\W\d_])", " ", rest).split())


def byline_in(text: str) -> str:
    """The author of "By Viet Anh …", "by Omar el-Sayed", "Bởi: …" (else "")."""
    match = _BY.search(text)
    return match.group("name").strip() if match else ""


__all__ = ["AGE", "byline_in", "stamp_remainder", "stamp_row", "timestamp"]
