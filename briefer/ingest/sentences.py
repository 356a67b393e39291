"""A sentence splitter for Vietnamese (and English) news text, by offsets.

:func:`split_sentences` returns ``(start, end)`` spans into the text it is given: in order,
never overlapping, trimmed of blanks, and together covering every non-blank character. A
line break always ends a sentence (the cleaned body has one paragraph per line). Inside a
line, a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets after
it) followed by a blank and a capital letter, a digit or an opening quote, except:

- after an abbreviation (``TP.``, ``TS.``, ``PGS.``, ``ThS.``, ``Mr.``, ``St.``), a dotted
  one (``U.S.``, ``v.v.``, ``PGS.TS.``) or an initial (``Nguyễn V. A.``, ``Th.``), but not
  after a dotted name whose last part is a word ("… tại TP.HCM. Năm 2023, …");
- after a list number opening the sentence ("1. Quan hệ …");
- at an ellipsis (``…``, ``...``): news writes them inside sentences ("văn hóa… và");
- inside matched quotes or brackets (“Trao quyền. Bao trùm. Tăng trưởng”).

Dates ("25/3/1971", "25.3.1971") and decimals ("1,3 tỷ", "1.5") hold no blank after their
dots, so they never end a sentence.
"""

from __future__ import annotations

import re
from typing import Final

ABBREVIATIONS: Final = frozenset(
    (
        # Vietnamese titles and degrees, English titles, company words, months, units.
        "TP", "Tp", "tp", "TS", "Ts", "PGS", "GS", "ThS", "Ths", "BS", "Bs", "KS", "CN", "NCS",
        "TSKH", "TTND", "NSND", "NSƯT", "NGƯT", "Th", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr",
        "St", "Mt", "Ft", "Co", "Corp", "Inc", "Ltd", "Bros", "No", "Nos", "Vol", "vol", "tr",
        "Tr", "pp", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Q", "P", "TT", "H", "Gen", "Col", "Lt", "Capt", "Sen", "Rep", "Gov",
        "Hon", "Rev", "approx", "est",
    )
)  # fmt: skip
_LINE_BREAKS: Final = re.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_BOUNDARY: Final = re.compile(r"(?P<term>[.!?]+|…+)(?P<close>[\"”’)\]»]*)(?P<space>\s+)(?=\S)")
_DOTTED: Final = re.compile(r"^(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}$")
_TOKEN_STOPS: Final = frozenset('("“«[')
_LONGEST_TOKEN: Final = 40
_OPENERS: Final = "\"“«([‘'-–—•*"
_PAIRS: Final = {"(": ")", "[": "]", "“": "”", "«": "»"}
_CLOSERS: Final = {v: k for k, v in _PAIRS.items()}
_MARKS: Final = re.compile(r'[()\[\]“”«»"]')


def _protected(line: str) -> list[tuple[int, int]]:
    """Spans of matched brackets and quotes in ``line`` (unmatched marks are ignored)."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for mark in _MARKS.finditer(line):
        i, char = mark.start(), mark.group()
        if char in _PAIRS:
            stack.append((char, i))
        elif char in _CLOSERS:
            opener = _CLOSERS[char]
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == opener:
                    regions.append((stack[depth][1], i + 1))
                    del stack[depth:]
                    break
        elif char == '"':
            if straight is None:
                straight = i
            else:
                regions.append((straight, i + 1))
                straight = None
    return regions


def _inside(regions: list[tuple[int, int]], pos: int) -> bool:
    return any(start < pos < end for start, end in regions)


def _token_before(line: str, floor: int, pos: int) -> str:
    """The word just before ``pos`` (no further back than ``floor`` or 40 characters)."""
    start = pos
    limit = max(floor, pos - _LONGEST_TOKEN)
    while start > limit and not line[start - 1].isspace() and line[start - 1] not in _TOKEN_STOPS:
        start -= 1
    return line[start:pos]


def _ends_sentence(line: str, match: re.Match[str], sentence_start: int) -> bool:
    term = match.group("term")
    if term.startswith("…") or term.startswith(".."):
        return False
    following = line[match.end()]
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    if term == ".":
        token = _token_before(line, sentence_start, match.start())
        if token in ABBREVIATIONS:
            return False
        if _DOTTED.match(token):
            # "U.S.", "v.v.", "PGS.TS." hold their last dot; "… tại TP.HCM. Năm 2023, …" ends
            # a sentence: the name's last part is a word of its own, not a title or initial.
            last = token.rsplit(".", 1)[1]
            if len(last) < 2 or last in ABBREVIATIONS:
                return False
        if len(token) == 1 and token.isalpha() and token.isupper():
            return False  # an initial
        if token.isdigit() and line[sentence_start : match.start()].strip() == token:
            return False  # a list number: "1. Quan hệ chính trị"
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _split_line(line: str, offset: int, out: list[tuple[int, int]]) -> None:
    regions: list[tuple[int, int]] | None = None
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end("close")
        if regions is None:
            regions = _protected(line)
        if _inside(regions, end) or not _ends_sentence(line, match, start):
            continue
        span = _trimmed(line, start, end)
        if span:
            out.append((offset + span[0], offset + span[1]))
        start = match.end()
    span = _trimmed(line, start, len(line))
    if span:
        out.append((offset + span[0], offset + span[1]))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(start, end)`` offsets: ``text[start:end]`` is one."""
    spans: list[tuple[int, int]] = []
    position = 0
    for brk in _LINE_BREAKS.finditer(text):
        if brk.start() > position:
            _split_line(text[position : brk.start()], position, spans)
        position = brk.end()
    if position < len(text):
        _split_line(text[position:], position, spans)
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (see :func:`split_sentences`)."""
    return [text[a:b] for a, b in split_sentences(text)]


__all__ = ["ABBREVIATIONS", "sentences", "split_sentences"]
