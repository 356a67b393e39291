"""A clause a PDF's column or page break cuts in two (pure): the line after the break
continues the sentence above whatever the break looks like.

- After a semicolon or a comma, a line in lower case is the same sentence's next clause
  ("… đạt 1,08 tỷ USD;" / "trong đó xuất khẩu …"): a new paragraph opens with a capital,
  a list's next item with its mark.
- After a word that wants what follows — a range's or a day's preposition ("từ ngày 29
  đến" / "31/7/2025.", "from 3" / "to 5 May") — a line opening on a figure completes it,
  though alone it reads as a date line; so does one opening on a month's name and a figure
  ("established on" / "February 2, 1950.").
- After a comma inside a bracket the line left open, a line that closes that bracket is the
  bracket's rest, capital or not: a list of names in brackets ("… EFTA (gồm Iceland," /
  "Liechtenstein, Na Uy và Thụy Sĩ) đang …", "… partners (Kenya," / "Uganda and Rwanda) …").
- A headline's first row that is only two countries joined by a hyphen ("Vietnam-Australia")
  is an attributive; the row under it gives its noun (:func:`pair_atop`).

And the other way: a byline in lower case ("by Ana Souza") under a line that had room for its
first word is the writer's own line, not the end of the line above it (a deck with no stop:
"… last year, Minister says" / "by Ana Souza"); a numbered line ("3. The sides …", "1. Đặt
vấn đề") opens a list's item or a section under a line that ended, a heading in capitals, or
a short line (the keywords "… châu Phi, Suez" over a paper's first heading), unless that line
ends on an open word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from briefer.ingest.rxparts import NAME_WORD

_CLAUSE_END: Final = re.compile(r"[;,]$")
_WANTS_FIGURE: Final = re.compile(
    r"(?:^|\s)(?:từ|đến|tới|ngày|tháng|năm|đạt|khoảng|from|to|until|till|through|on|since|by"
    r"|about|reached|of)$",
    re.IGNORECASE,
)


# An English day written month first ("February 2, 1950", "Sept. 5"): a figure's words.
_MONTH_DAY: Final = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
)


_NUMBERED: Final = re.compile(r"\d{1,2}[.)]\s+[^\W\d_a-zđ]")  # "2. The sides …"
# A word that never ends a sentence: the line runs on ("… relations between" / "1. …").
_OPEN_WORD: Final = re.compile(r"\s(?:of|the|a|an|and|or|to|và|của|với|các|những|về|tại)$")


def numbered(line: str) -> bool:
    """``line`` opens on an item's or a section's number ("2. The sides …")."""
    return _NUMBERED.match(line) is not None


def numbered_opens(previous: str, line: str, short: bool) -> bool:
    """``line``, numbered, starts a new paragraph under ``previous`` (``short``: a line
    shorter than the text's usual width)."""
    if _NUMBERED.match(line) is None:
        return False
    if previous.endswith((".", ";")) or previous.isupper():
        return True
    # (a dated line, "Bogotá, 7 March 2025" over "1. The …", is the lead's dateline: it stays
    # with the lead, whose reader takes the day from it and cuts it)
    return (
        short
        and not previous.endswith((",", ":", "-", "–"))
        and not previous[-1:].isdigit()
        and not _OPEN_WORD.search(previous)
    )


def _closes_open_bracket(previous: str, line: str) -> bool:
    """``previous`` leaves a bracket open and ``line`` closes it before opening another."""
    if previous.rfind("(") <= previous.rfind(")"):
        return False
    close = line.find(")")
    return close >= 0 and not 0 <= line.find("(") < close


def clause_runs_on(previous: str, line: str) -> bool:
    """``line`` continues the sentence ``previous`` leaves open (see the module docstring)."""
    if _CLAUSE_END.search(previous) and (
        line[:1].islower() or _closes_open_bracket(previous, line)
    ):
        return True
    return bool(_WANTS_FIGURE.search(previous)) and (
        line[:1].isdigit() or _MONTH_DAY.match(line) is not None
    )


# "by Ana Souza": the word and a name of two to four words, nothing else (no stop: a sentence
# ending "… signed" / "by Ana Souza." runs on)
_BY_NAME: Final = re.compile(rf"^by\s+{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}$")


def by_name(line: str) -> bool:
    """``line`` is a lower-case byline alone: "by" and a name."""
    return _BY_NAME.match(line) is not None


def pair_modifier(line: str) -> bool:
    """ "Vietnam-Australia", "Viet Nam-New Zealand": a line that is only two countries' names
    joined by a hyphen, no space around it. Set so, the pair is an attributive that wants its
    noun ("Vietnam-Australia" / "Comprehensive Strategic Partnership …": a headline's first
    row), never a headline's end; a label of two sides is spaced ("Việt Nam - Úc")."""
    from briefer.ingest.countries import country_of_name

    sides = line.strip().split("-")
    return len(sides) == _PAIR and all(
        side[:1].isupper() and side == side.strip() and country_of_name(side) for side in sides
    )


_PAIR: Final = 2


def pair_atop(rows: list[str], after_prose: Callable[[], bool]) -> bool:
    """A paragraph so far of one row, :func:`pair_modifier`'s pair, not under the text's
    prose: a headline's first row, which the next row goes on. (``after_prose`` is asked
    last: the layout calls this for every row, and most paragraphs have more than one.)"""
    return len(rows) == 1 and pair_modifier(rows[0]) and not after_prose()


__all__ = ["by_name", "clause_runs_on", "numbered", "numbered_opens", "pair_atop", "pair_modifier"]
