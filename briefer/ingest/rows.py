"""Rows of a page's head whose cells ran together on one line: a byline row ("By NAME Role
mail day"), a row of labelled fields with one stamp ("Ngày đăng: … · Người đăng: …"), a
release's place-and-day line, a speech's header with its delivery notice and a bare domain line.
Split from :mod:`briefer.ingest.lines` (what one line is), which asks these two questions."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest import stamplines
from briefer.ingest.rxparts import HOST
from briefer.text.dates import find_dates

_B: Final = r"[^\S\n]"


def ends_sentence(text: str) -> bool:
    """A line that ends like a sentence (four words or more and a final stop; a wiki's
    citation marks may follow the stop: "… 52 triệu USD.[4]")."""
    return bool(re.search(r"[.!?…][”\"’)]?(?:\[\d{1,3}\])*$", text)) and len(fur.words(text)) >= 4


# "BY NAME Staff reporter name@site.com Wednesday, July 9, 2025": a byline row that runs the
# writer, a role, a mail address and a day together on one line.
_BY_ROW: Final = re.compile(
    rf"^(?:By|BY){_B}+(?P<name>{meta.NAME_WORD}(?:{_B}+{meta.NAME_WORD}){{1,3}})"
)
_MAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def by_row(text: str) -> str:
    """The writer a byline row names ("" when the line is not one): it opens on "By" and a
    name, carries a mail address or a date, and ends no sentence."""
    row = _BY_ROW.match(text)
    if not row:
        return ""
    dates = find_dates(text)
    shared = _share_from(text, row.start("name"))
    if ends_sentence(text) or not (_MAIL.search(text) or dates or shared):
        return ""
    # the name ends where the row's date starts ("By Viet Anh   January 12, 2025 | …"), or
    # its share buttons ("By Viet Anh  Share: Facebook X")
    end = min([row.end("name")] + [d.pos for d in dates] + shared)
    words = meta.name_before_stamp(text[row.start("name") : end]).split()
    if not words:
        return ""
    if fur.is_upper(words[0]):
        # a name in capitals ends where the capitals do ("ALICIA KING Senior reporter")
        words = words[: next((i for i, w in enumerate(words) if not fur.is_upper(w)), len(words))]
    elif len(words) > 2 and text[row.end() :].strip()[:1].islower():
        words = words[:-1]  # "Oliver Grant Business reporter": the role opens on a capital
    return " ".join(words) if len(words) >= 2 else ""


def _share_from(text: str, start: int) -> list[int]:
    """[where the row's share buttons start] after ``start`` ("… Share: Facebook Email"), or
    [] (buttons glued to the byline: a page's row of cells read as one line)."""
    for word in re.finditer(r"(?<=\s)\S+", text[start:]):
        # (from a button's own word: a label's colon takes any words before it for its own)
        if fur.share(word.group()) and fur.share(text[start + word.start() :]):
            return [start + word.start()]
    return []


# A labelled field of a stamp row ("Người đăng: Ban Biên tập", "Lượt xem: 1.204"), or one
# whose label is a word before it: the poster ("bởi Phòng X", "by the Press Office"), the
# count of views ("418 lượt xem", "1,204 views").
_FIELD: Final = re.compile(
    r"^[^\W\d_][\w ]{1,24}:\s*\S.{0,40}$|^(?:[Bb]ởi|[Bb]y|BY)\s+\S.{0,40}$"
    r"|^\d[\d.,]*[KkMm]?\s+(?:lượt\s+(?:xem|đọc|truy\s+cập)|views?|reads?)$"
)
# A document's circulation marking beside its day ("Phát hành ngày 15/9/2025 · Lưu hành nội
# bộ", "Issued 3 May 2025 | For internal use only"): no field of its own, no text either.
_MARKING: Final = re.compile(
    r"^(?:Lưu\s+hành\s+nội\s+bộ|(?:For\s+)?internal\s+(?:use|circulation)(?:\s+only)?)\.?$",
    re.IGNORECASE,
)


# (a dash parts the fields too when a label follows it: "… - Người đăng: X")
_CELLS: Final = re.compile(r"\s[|·•]\s|\s[-–]\s(?=[^\W\d_][\w ]{1,24}:)")


def labelled_stamp(text: str) -> str:
    """ "Ngày đăng: 31/10/2025 · Người đăng: Ban Biên tập": the ISO day of the one stamp in a
    row of labelled fields, "" when the line is not one."""
    cells = [c.strip() for c in _CELLS.split(text)]
    cells = [c for c in cells if c]
    if len(cells) < 2 or len(text) > 160:
        return ""
    stamps = [stamplines.timestamp(c)[1] for c in cells]
    dated = [s for s in stamps if s]
    fields = all(
        s or _FIELD.match(c) or _MARKING.match(c) for c, s in zip(cells, stamps, strict=True)
    )
    return dated[0] if len(dated) == 1 and fields else ""


def labelled_writer(text: str) -> str:
    """The writer a row of labelled fields names in a writer's field ("October 30, 2025 |
    Reporter: X | Editor: Y" → "X": the reporter wrote it, the editor did not), or ""."""
    writers = {meta.writer_field(c) for c in _CELLS.split(text)} - {""}
    return writers.pop() if len(writers) == 1 else ""


# "Addis Ababa, 12 June 2025", "Canberra, June 12, 2025": a release's place and day (a place
# of up to four words: "Ho Chi Minh City")
_PLACE_DAY: Final = re.compile(
    r"^[A-Z][\w'.-]+(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'.-]+){0,3},\s+(?P<day>[\w ,./]{6,24})$"
)


def place_and_day(text: str) -> str:
    """The ISO day of an English place-and-date line and nothing else, or ""."""
    match = _PLACE_DAY.match(text)
    if match is None:
        return ""
    day = re.sub(
        r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", r"\1/\2/\3", match.group("day")
    )  # "03.06.2025"
    qualifier, comma, rest = day.partition(", ")
    if comma and _QUALIFIER.match(qualifier) and _whole_day(rest):
        # ("Bogotá, D.C., 7 March 2025", "London, Ontario, June 5, 2025": the place's region)
        return _whole_day(rest)
    return _whole_day(day)


# A place's region after its name: one to three capitalised words or initials ("D.C.")
_QUALIFIER: Final = re.compile(r"^[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,2}$")


def _whole_day(text: str) -> str:
    """The ISO day ``text`` gives and nothing else, or ""."""
    days = [d for d in find_dates(text) if d.precision == "day"]
    whole = days and not fur.words(text[: days[0].pos] + text[days[0].endpos :])
    return days[0].start if whole else ""


# "June 5, 2025 - Ottawa, Ontario - Department of X": a release's row giving its day first,
# then where it was issued and (last, when there are three cells) who issued it
_CELL_SPLIT: Final = re.compile(r"\s+[-–—|]\s+")
_PLACE_WORDS: Final = 6  # ("Ho Chi Minh City, Viet Nam")
_ISSUER_WORDS: Final = 8


def _place_cell(cell: str) -> bool:
    """A place's name: a few capitalised words ("Hanoi, Viet Nam", "Hà Nội", "City of X"),
    never an item of a list of events ("Hội nghị viên chức", "Lễ kỷ niệm")."""
    words = fur.words(cell)
    return 0 < len(words) <= _PLACE_WORDS and all(
        w[:1].isupper() or w in ("of", "de", "del", "da", "do", "upon") for w in words
    )


def release_dateline(text: str) -> tuple[str, str]:
    """The ISO day and the issuer of a release's day-place-issuer row, or ("", "")."""
    cells = _CELL_SPLIT.split(text)
    if not 2 <= len(cells) <= 3 or len(text) > 120:
        return "", ""
    days = [d for d in find_dates(cells[0]) if d.precision == "day"]
    whole = days and not fur.words(cells[0][: days[0].pos] + cells[0][days[0].endpos :])
    issuer = cells[2] if len(cells) == 3 else ""
    named = _place_cell(cells[1]) and (
        not issuer or (issuer[:1].isupper() and len(fur.words(issuer)) <= _ISSUER_WORDS)
    )
    if not whole or not named:
        return "", ""
    return days[0].start, issuer


# A speech's notice that the text as spoken prevails ("Check against delivery", "Embargoed
# until 10:00", "Only the spoken word counts", "Chỉ lời phát biểu mới có giá trị").
_DELIVERY: Final = re.compile(
    r"^(?:\(?(?:Please\s+)?check\s+against\s+(?:delivery|the\s+spoken\s+word)\)?"
    r"|Embargoed(?:\s+until\b.{0,40})?|(?:Only\s+)?the\s+spoken\s+(?:word|version)\s+"
    r"(?:counts|prevails|is\s+authoritative)|Chỉ\s+lời\s+phát\s+biểu\s+mới\s+có\s+giá\s+trị"
    r"|Kiểm\s+tra\s+(?:lại\s+)?khi\s+(?:phát\s+biểu|trình\s+bày))[.!]?$",
    re.IGNORECASE,
)
_BY_SPEAKER: Final = re.compile(r"^By\s+(?:[A-Z][\w'.-]*\s?){2,6}$")


def speech_header(text: str) -> str:
    """A speech's header line with its delivery notice: the notice alone, or with the
    speaker ("By …") and the place and day ("Hanoi, 4 November 2025"), nothing else. The
    ISO day if there is one, "-" if none, "" if the line is no such header."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!])\s+(?=[A-Z(])", text.strip()) if s]
    if not any(_DELIVERY.match(s) for s in sentences) or len(sentences) > 4:
        return ""
    days = [place_and_day(s.rstrip(".")) for s in sentences]
    others = [
        s for s, day in zip(sentences, days, strict=True)
        if not (day or _DELIVERY.match(s) or _BY_SPEAKER.match(s.rstrip(".")))
    ]  # fmt: skip
    return "" if others else next((d for d in days if d), "-")


def bare_domain(text: str) -> bool:
    """A web address alone, without scheme or path ("example.to", "www.site.vn"), whose
    name is three letters or more ("www" itself counts: "www.ab.vn")."""
    match = HOST.match(text)
    return match is not None and (len(match["label"]) >= 3 or text[:4].lower() == "www.")


__all__ = [
    "bare_domain",
    "by_row",
    "ends_sentence",
    "labelled_stamp",
    "place_and_day",
    "release_dateline",
    "speech_header",
]
