"""Amounts and ranks in Vietnamese and English text: "hơn 1,3 tỷ USD", "USD 500 million".

Owns: :class:`Amount`, :func:`parse_amount` and :func:`find_amounts`. The words it reads
are in :mod:`~briefer.text.amountwords`; :func:`format_amount` (writing amounts,
:mod:`~briefer.text.amountformat`) and :func:`find_ordinal_rank` (ranks,
:mod:`~briefer.text.ranks`) are re-exported here.

Vietnamese writes a decimal comma and a thousands dot ("1.234,5 tỷ đồng"), English the
reverse. Most numbers say which convention they follow by their shape (a separator followed
by anything but exactly three digits is a decimal mark; two different separators settle it).
Only one dot or comma followed by exactly three digits ("4.500 USD") is ambiguous; it is
read by the language of the words around it (scale word, unit, currency before or after the
number, Vietnamese letters in the text), or by the ``lang`` argument when the caller knows.

Expected input is NFC text (see :func:`briefer.text.normalize.normalize`); offsets index it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

from briefer.text.amountformat import format_amount
from briefer.text.amountwords import (
    BLANK,
    CODES,
    COMPARATIVES,
    NOT_LETTER_AFTER,
    QUALIFIER_WORDS,
    QUALIFIERS,
    SCALES,
    SUFFIX_UNITS,
    SYMBOL_UNITS,
    SYMBOLS,
    alternation,
    unit_key,
)
from briefer.text.ranks import find_ordinal_rank


@dataclass(frozen=True, slots=True)
class Amount:
    """A quantity found in text: ``text == source[start:end]``.

    ``unit`` is canonical: ISO 4217 codes for money ("USD", "VND", "EUR"), "%" for
    percentages, the Vietnamese word for counts ("người", "tấn"), "" for a bare number
    with a scale ("2 tỷ").
    """

    value: float
    unit: str
    qualifier: str  # one of QUALIFIERS
    text: str
    start: int
    end: int


# The number itself. Not preceded by a letter, digit, separator, slash or dash, so that
# dates ("25/3/1971"), codes ("COVID-19", "G20"), times ("0:00") and ranges ("2014-2024")
# do not yield amounts from their parts. A leading minus is allowed only when attached.
_NUMBER: Final = re.compile(
    # (a currency code glued to its number, "USD1.2 billion", "RM2.5mil", is no word before it)
    r"(?:(?<![\w.,/:\-−–])|(?<=\bUSD)|(?<=\bEUR)|(?<=\bVND)|(?<=\bRM)|(?<=\bRp)"
    # (and a shilling's: "KSh24bn", "Sh24 billion", "USh5bn")
    r"|(?<=\b[KkTtUu][Ss]h)|(?<=\b[Ss]h)|(?<=\b[KkTtUu][Ss]hs)|(?<=\b[Ss]hs)|(?<=\bKES)"
    r"|(?<=\bTZS)|(?<=\bUGX))"
    r"(?P<neg>[-−](?=\d))?(?P<num>\d++(?:[.,]\d++)*+)(?![/:]\d)"
)

_SCALE_ALT: Final = alternation(list(SCALES))
_GLUED_SCALE: Final = re.compile(r"([kmbKMB])(?![^\W\d_])")
_SUFFIX_ALT: Final = alternation([form for form, _, _ in SUFFIX_UNITS] + CODES)
# "tỷ lệ" (rate), "tỷ trọng" (share), "tỷ giá" (exchange rate) are not billions.
_NOT_RATIO: Final = rf"(?!{BLANK}+(?:lệ|trọng|giá|suất)(?![^\W\d_]))"
_RIGHT: Final = re.compile(
    rf"(?P<scales>(?:{BLANK}*(?:{_SCALE_ALT}){NOT_LETTER_AFTER}{_NOT_RATIO}){{0,3}})"
    rf"(?:{BLANK}+(?P<num2>\d{{1,3}}){BLANK}*(?P<scale2>trăm|nghìn|ngàn|triệu)"
    rf"{NOT_LETTER_AFTER})?"
    rf"(?:{BLANK}*(?P<unit>{_SUFFIX_ALT})(?:(?<=%)|{NOT_LETTER_AFTER}))?",
    re.IGNORECASE,
)
_RIGHT_SIMPLE: Final = re.compile(
    rf"(?P<scales>(?:{BLANK}*(?:{_SCALE_ALT}){NOT_LETTER_AFTER}{_NOT_RATIO}){{0,3}})"
    rf"(?:{BLANK}*(?P<unit>{_SUFFIX_ALT})(?:(?<=%)|{NOT_LETTER_AFTER}))?",
    re.IGNORECASE,
)
_SCALE_WORD: Final = re.compile(_SCALE_ALT, re.IGNORECASE)


def _reversed_alternation(words: list[str]) -> str:
    return alternation([w[::-1] for w in words])


# Everything that may stand between the start of an amount and its number: "vượt mức ",
# "more than USD ", "US$", "hơn ". It is matched backwards from the number, on the reversed
# text before it: one anchored match instead of a search through a window.
_LEFT_WINDOW: Final = 40
_LEFT_REVERSED: Final = re.compile(
    rf"(?:{BLANK}?(?P<pre>(?:{_reversed_alternation(list(SYMBOLS))}"
    rf"|{_reversed_alternation(CODES)})(?![^\W\d_])))?"
    rf"(?:{BLANK}+(?:(?P<comp>nơh{BLANK}+(?:{_reversed_alternation(COMPARATIVES)}))"
    rf"|(?P<qual>{_reversed_alternation(list(QUALIFIER_WORDS))}))(?![^\W\d_]))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Left:
    start: int  # where the amount starts (the qualifier, else the currency, else the number)
    prefix: str | None  # the currency written before the number
    qualifier: str


def _left_of(text: str, pos: int) -> _Left:
    """Qualifier and currency before the number at ``pos``: "vượt mức ", "more than US$"."""
    window = text[max(0, pos - _LEFT_WINDOW) : pos][::-1]
    match = _LEFT_REVERSED.match(window)
    assert match is not None  # every part is optional
    prefix = match.group("pre")[::-1] if match.group("pre") else None
    start = pos - match.end("pre") if prefix else pos
    qualifier = "exact"
    if match.group("qual"):
        qualifier = QUALIFIER_WORDS[unit_key(match.group("qual")[::-1])]
        start = pos - match.end("qual")
    return _Left(start, prefix, qualifier)


_VIETNAMESE_LETTERS: Final = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)

_SUFFIX_LOOKUP: Final[dict[str, tuple[str, str | None]]] = {
    " ".join(form.split()).casefold(): (unit, lang) for form, unit, lang in SUFFIX_UNITS
}
_SUFFIX_LOOKUP.update({code.casefold(): (code, None) for code in CODES})


# --- reading numbers --------------------------------------------------------------------


def _read_number(digits: str, lang: str) -> Decimal | None:
    """``digits`` ("1.234,5", "1,3", "4.500") as a Decimal, or None when it is no number."""
    seps = [c for c in digits if c in ".,"]
    if not seps:
        return Decimal(digits)
    groups = re.split(r"[.,]", digits)
    last = seps[-1]
    if len(set(seps)) == 2:
        if seps.count(last) != 1 or not _grouped(groups[:-1]):
            return None
        return Decimal("".join(groups[:-1]) + "." + groups[-1])
    if len(seps) > 1:  # "1.234.567": only thousands separators can repeat
        return Decimal("".join(groups)) if _grouped(groups) else None
    head, tail = groups
    if len(tail) != 3 or head == "0" or len(head) > 3 or head.startswith("0"):
        return Decimal(head + "." + tail)
    decimal_mark = "," if lang == "vi" else "."
    return Decimal(head + "." + tail) if last == decimal_mark else Decimal(head + tail)


def _grouped(groups: list[str]) -> bool:
    """Thousands groups: a first group of 1-3 digits (no leading zero), then threes."""
    first, rest = groups[0], groups[1:]
    return 1 <= len(first) <= 3 and not first.startswith("0") and all(len(g) == 3 for g in rest)


def _scale_power(words: str) -> tuple[int, str | None]:
    power = 0
    lang: str | None = None
    for match in _SCALE_WORD.finditer(words):
        p, scale_lang = SCALES[match.group().casefold()]
        power += p
        lang = lang or scale_lang
    return power, lang


def _guess_lang(text: str) -> str:
    return "vi" if _VIETNAMESE_LETTERS.search(text) else "en"


def _amount_at(
    text: str, number: re.Match[str], lang: str | None, text_lang: list[str]
) -> Amount | None:
    """The amount whose number is ``number``, or None when the number has no scale or unit."""
    right = _RIGHT.match(text, number.end())
    assert right is not None  # every part of _RIGHT is optional
    power, scale_lang = _scale_power(right.group("scales"))
    extra = Decimal(0)
    if right.group("num2"):
        power2, _ = _scale_power(right.group("scale2"))
        small = int(right.group("num2")) * 10**power2
        # "1 tỷ 300 triệu": the second part must be smaller than one unit of the first.
        if right.group("scales") and 0 < power2 < power and small < 10**power:
            extra = Decimal(small)
        else:
            right = _RIGHT_SIMPLE.match(text, number.end())
            assert right is not None
    left = _left_of(text, number.start())
    prefix, glued_end = left.prefix, 0
    unit, unit_lang = "", None
    if right.group("unit"):
        unit, unit_lang = _SUFFIX_LOOKUP[unit_key(right.group("unit"))]
        if unit_lang is None and unit != "%":
            unit_lang = "vi"  # "500 USD": a code after the number is the Vietnamese order
    if prefix:
        prefix_unit = SYMBOL_UNITS.get(prefix.casefold(), prefix.upper())
        if right.group("unit") and unit != prefix_unit:
            # "$2 billion people": the word after is not this amount's unit; stop before it.
            right = _RIGHT_SIMPLE.match(text, number.end(), right.start("unit"))
            assert right is not None
            extra = Decimal(0)
        # A currency before its number is the English order ("USD 500 million", "$2 bn").
        unit, unit_lang = prefix_unit, "en"
        glued = _GLUED_SCALE.match(text, number.end())
        if glued and not right.group("scales") and right.end() <= glued.end():
            # "$600m", "£3b", "$40k": a scale's initial glued to a currency's number (never
            # without the currency: "a 5m road" is metres)
            power, glued_end = {"k": 3, "m": 6, "b": 9}[glued.group(1).casefold()], glued.end()
    if not (unit or right.group("scales")):
        return None
    if lang is None and not (scale_lang or unit_lang) and not text_lang:
        text_lang.append(_guess_lang(text))
    chosen = lang or scale_lang or unit_lang or text_lang[0]
    value = _read_number(number.group("num"), chosen)
    if value is None:
        return None
    value = value * (Decimal(10) ** power) + extra
    if number.group("neg"):
        value = -value
    qualifier, start = left.qualifier, left.start
    end = max(right.end(), glued_end)
    return Amount(float(value), unit, qualifier, text[start:end], start, end)


def find_amounts(text: str, lang: str | None = None) -> list[Amount]:
    """Every amount in ``text`` with its offsets: "gần 300 triệu USD", "tăng 15,2%", "2 tỷ".

    A number counts as an amount when it has a scale word or a unit; plain numbers (years,
    days, "APEC 25") do not. ``lang`` ("vi"/"en") settles "1.234"-like numbers when known.
    """
    found: list[Amount] = []
    text_lang: list[str] = []  # guessed once, only if some number needs it
    pos = 0
    source, text = text, _digits_for_words(text)
    for number in _NUMBER.finditer(text):
        if number.start() < pos:
            continue
        amount = _amount_at(text, number, lang, text_lang)
        if amount is not None:
            found.append(replace(amount, text=source[amount.start : amount.end]))
            pos = amount.end
    return found


# A count written as a word before a scale and a currency: "gần một tỷ USD", "hai triệu đô
# la", "two billion dollars". Read as if written in digits (padded to the word's length, so
# every offset holds).
_NUMBER_WORDS: Final[dict[str, str]] = {
    "một": "1", "hai": "2", "ba": "3", "bốn": "4", "năm": "5", "sáu": "6", "bảy": "7",
    "tám": "8", "chín": "9", "mười": "10", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
}  # fmt: skip
_WORD_AMOUNT: Final = re.compile(
    rf"(?<![^\W\d_])(?P<word>{alternation(list(_NUMBER_WORDS))})(?={BLANK}+(?:tỷ|tỉ|triệu"
    rf"|billion|million|trillion){BLANK}+(?:USD|EUR|VND|đô|đồng|euros?|(?:US{BLANK}+)?dollars)"
    r"(?![^\W\d_]))",
    re.IGNORECASE,
)


def _digits_for_words(text: str) -> str:
    if not _WORD_AMOUNT.search(text):
        return text
    return _WORD_AMOUNT.sub(
        lambda m: _NUMBER_WORDS[m.group("word").casefold()].ljust(len(m.group("word"))), text
    )


_BARE: Final = re.compile(
    rf"(?P<qual>{alternation(list(QUALIFIER_WORDS))})?{BLANK}*"
    r"(?P<neg>[-−])?(?P<num>\d++(?:[.,]\d++)*+)",
    re.IGNORECASE,
)


def parse_amount(text: str, lang: str | None = None) -> Amount | None:
    """The amount in one expression ("hơn 1 tỷ USD", "USD 500 million", "1.234,5").

    Returns the first amount in ``text``. A lone number, with or without a qualifier
    ("1.234,5", "khoảng 40"), is accepted when it is the whole text (the value of a field),
    though :func:`find_amounts` would not report it in running text.
    """
    found = find_amounts(text, lang)
    if found:
        return found[0]
    stripped = text.strip()
    bare = _BARE.fullmatch(stripped)
    if bare is None:
        return None
    value = _read_number(bare.group("num"), lang or _guess_lang(text))
    if value is None:
        return None
    if bare.group("neg"):
        value = -value
    qual = bare.group("qual")
    qualifier = QUALIFIER_WORDS[unit_key(qual)] if qual else "exact"
    start = len(text) - len(text.lstrip())
    return Amount(float(value), "", qualifier, stripped, start, start + len(stripped))


__all__ = [
    "QUALIFIERS",
    "Amount",
    "find_amounts",
    "find_ordinal_rank",
    "format_amount",
    "parse_amount",
]
