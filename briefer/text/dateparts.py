"""The date patterns' shared parts: the regex pieces every language's patterns use
(blanks, days, months, years, the edges a date may not be glued to), :class:`Atom` (a
single date or a span, maybe without its year yet) and the pattern record with its
registration helper. The patterns themselves live in :mod:`briefer.text.datepatterns`
(Vietnamese and numeric) and :mod:`briefer.text.datepatterns_en` (English, Iberian).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from briefer.text.ymd import YMD

# --- parts of patterns ------------------------------------------------------------------

B: Final = r"[^\S\n]"  # a blank that does not end the line (NBSP included)
DAY: Final = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH: Final = r"(?:0?[1-9]|1[0-2])"
YEAR: Final = r"\d{4}"
# Not glued to a word, number, decimal or other date part on the left / right.
L: Final = r"(?<![\w.,/:\-–])"
R: Final = r"(?![\w/]|[.,:]\d|[-–]\d)"
DASH: Final = rf"{B}*[-–—]{B}*"

# Numbers written as words, one to twelve: a count of months ("Sáu tháng đầu năm") and,
# with "giêng" and "chạp", a month's name ("tháng Mười Một").
VI_NUMBERS: Final[dict[str, int]] = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
}  # fmt: skip


def word_alternation(words: Iterable[str]) -> str:
    """``words`` as a regex alternation, longest first, a space matching any blank run."""
    return "|".join(w.replace(" ", f"{B}+") for w in sorted(words, key=len, reverse=True))


# Words after a four-digit number that make it a quantity, not a year ("2000 người").
QUANTITY_AFTER: Final = (
    rf"(?!{B}*(?:%|(?:người|năm|tháng|ngày|tuổi|tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng|VNĐ|tấn|km"
    r"|ha|lượt|doanh|dự|people|million|billion|thousand|years?|tonnes?)(?![^\W\d_])))"
)


# --- atoms: single dates, maybe without a year yet -------------------------------------


@dataclass(slots=True)
class Atom:
    pos: int
    endpos: int
    start: YMD
    end: YMD
    kind: str  # "single" | "range" (already a range or period in itself)
    needs_cue: bool = False  # a day/month pair: a date only after a cue, or within a range
    join_only: bool = False  # "January": a date only as the start of a range

    @property
    def precision(self) -> str:
        if self.start[2] is not None:
            return "day"
        return "month" if self.start[1] is not None else "year"


Handler = Callable[[re.Match[str], str], "Atom | None"]


@dataclass(slots=True)
class Pattern:
    source: str
    flags: int
    handler: Handler
    # Cheap prefilter: the pattern can only match if one of these (case-folded) is in the
    # text. Scanning a 10,000-character article costs about as much per pattern as all
    # these substring tests together, and most articles are Vietnamese-only or English-only.
    needs: tuple[str, ...]
    english: bool  # needs a capitalised English month name (checked once per text)
    # Compiled on first use: compiling all of them cost every process ~35 ms at start-up,
    # although most commands (`pairs`, `facts`, exports) never read a date out of text.
    compiled: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = re.compile(self.source, self.flags)
        return self.compiled


def registrar(into: list[Pattern]) -> Callable[..., Callable[[Handler], Handler]]:
    """A decorator factory that appends each handler's pattern to ``into``, in the order
    the handlers are defined (the order the reader tries them)."""

    def pattern(
        regex: str, needs: tuple[str, ...] = (), english: bool = False
    ) -> Callable[[Handler], Handler]:
        # Month names are matched case-sensitively ("may" and "march" are also English words);
        # the Vietnamese words are not ("Ngày", "Tháng" at the start of a sentence).
        flags = 0 if english else re.IGNORECASE

        def register(handler: Handler) -> Handler:
            into.append(Pattern(regex, flags, handler, needs, english))
            return handler

        return register

    return pattern


def int_group(match: re.Match[str], group: str) -> int | None:
    value = match.group(group)
    return int(value) if value else None


def single(match: re.Match[str], ymd: YMD) -> Atom:
    return Atom(match.start(), match.end(), ymd, ymd, "single")


def span(match: re.Match[str], start: YMD, end: YMD) -> Atom:
    return Atom(match.start(), match.end(), start, end, "range")
