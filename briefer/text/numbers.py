"""Amounts and ranks in Vietnamese and English text: "hơn 1,3 tỷ USD", "USD 500 million".

Owns: :class:`Amount`, :func:`parse_amount`, :func:`find_amounts`, :func:`format_amount`
and :func:`find_ordinal_rank` ("đối tác thương mại lớn thứ tư" → 4).

Vietnamese writes a decimal comma and a thousands dot ("1.234,5 tỷ đồng"), English the
reverse. Most numbers say which convention they follow by their shape (a separator followed
by anything but exactly three digits is a decimal mark; two different separators settle it).
Only one dot or comma followed by exactly three digits ("4.500 USD") is ambiguous; it is
read by the language of the words around it (scale word, unit, currency before or after the
number, Vietnamese letters in the text), or by the ``lang`` argument when the caller knows.

Expected input is NFC text (see :func:`briefer.text.normalize.normalize`); offsets index it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from briefer.text import daytime

QUALIFIERS: Final = ("exact", "approx", "more_than", "less_than")


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


# --- vocabulary -------------------------------------------------------------------------

_SCALES: Final[dict[str, tuple[int, str]]] = {
    # word: (power of ten, language)
    "trăm": (2, "vi"),
    "nghìn": (3, "vi"),
    "ngàn": (3, "vi"),
    "triệu": (6, "vi"),
    "tỷ": (9, "vi"),
    "tỉ": (9, "vi"),
    "thousand": (3, "en"),
    "million": (6, "en"),
    "mn": (6, "en"),
    "mln": (6, "en"),
    "billion": (9, "en"),
    "bn": (9, "en"),
    "trillion": (12, "en"),
    "tn": (12, "en"),
}

# Units written after the number: (form, canonical unit, language or None when neutral).
_SUFFIX_UNITS: Final[list[tuple[str, str, str | None]]] = [
    ("%", "%", None),
    ("phần trăm", "%", "vi"),
    ("percent", "%", "en"),
    ("per cent", "%", "en"),
    ("đô la Mỹ", "USD", "vi"),
    ("đô-la Mỹ", "USD", "vi"),
    ("đôla Mỹ", "USD", "vi"),
    ("đô la", "USD", "vi"),
    ("đô-la", "USD", "vi"),
    ("đôla", "USD", "vi"),
    ("US dollars", "USD", "en"),
    ("U.S. dollars", "USD", "en"),
    ("dollars", "USD", "en"),
    ("dollar", "USD", "en"),
    ("đồng", "VND", "vi"),
    ("VNĐ", "VND", None),
    ("VNÐ", "VND", None),  # with U+00D0, as seed 000 writes Đ
    ("dong", "VND", "en"),
    ("euro", "EUR", None),
    ("euros", "EUR", "en"),
    ("yên Nhật", "JPY", "vi"),
    ("yên", "JPY", "vi"),
    ("yen", "JPY", "en"),
    ("nhân dân tệ", "CNY", "vi"),
    ("yuan", "CNY", "en"),
    ("bảng Anh", "GBP", "vi"),
    ("pounds", "GBP", "en"),
    ("người", "người", "vi"),
    ("people", "người", "en"),
    ("persons", "người", "en"),
    ("person", "người", "en"),
    ("lượt người", "lượt", "vi"),
    ("lượt khách", "lượt", "vi"),
    ("lượt", "lượt", "vi"),
    ("visits", "lượt", "en"),
    ("visit", "lượt", "en"),
    ("tấn", "tấn", "vi"),
    ("tonnes", "tấn", "en"),
    ("tonne", "tấn", "en"),
    ("tons", "tấn", "en"),
    ("ton", "tấn", "en"),
    ("dự án", "dự án", "vi"),
    ("projects", "dự án", "en"),
    ("project", "dự án", "en"),
    ("doanh nghiệp", "doanh nghiệp", "vi"),
    ("businesses", "doanh nghiệp", "en"),
    ("business", "doanh nghiệp", "en"),
    ("enterprises", "doanh nghiệp", "en"),
    ("thùng", "thùng", "vi"),
    ("barrels", "thùng", "en"),
    ("barrel", "thùng", "en"),
    ("héc-ta", "ha", "vi"),
    ("hecta", "ha", "vi"),
    ("hectares", "ha", "en"),
    ("hectare", "ha", "en"),
    ("ha", "ha", None),
    ("km", "km", None),
]
# ISO 4217 codes the briefs meet (PEN: Peruvian sol, CLP: Chilean peso); neutral words.
_CODES: Final = [
    "USD",
    "EUR",
    "VND",
    "JPY",
    "CNY",
    "GBP",
    "AUD",
    "CAD",
    "CHF",
    "KRW",
    "SGD",
    "PEN",
    "CLP",
    "MXN",
    "BRL",
    "THB",
    "INR",
    "RUB",
    "NZD",
    "HKD",
]
_SYMBOLS: Final[dict[str, str]] = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP"}

# How each canonical unit is written back: (vi, en singular, en plural, currency?).
_UNIT_WORDS: Final[dict[str, tuple[str, str, str, bool]]] = {
    "USD": ("USD", "USD", "USD", True),
    "VND": ("đồng", "VND", "VND", True),
    "EUR": ("EUR", "EUR", "EUR", True),
    "JPY": ("yên", "JPY", "JPY", True),
    "CNY": ("nhân dân tệ", "CNY", "CNY", True),
    "GBP": ("bảng Anh", "GBP", "GBP", True),
    "người": ("người", "person", "people", False),
    "lượt": ("lượt", "visit", "visits", False),
    "tấn": ("tấn", "tonne", "tonnes", False),
    "dự án": ("dự án", "project", "projects", False),
    "doanh nghiệp": ("doanh nghiệp", "business", "businesses", False),
    "thùng": ("thùng", "barrel", "barrels", False),
    "ha": ("ha", "hectare", "hectares", False),
    "km": ("km", "km", "km", False),
}

# Words before the number that qualify it. "gần như" before "gần", "vượt mức" before "vượt":
# the alternation is sorted longest first.
_QUALIFIER_WORDS: Final[dict[str, str]] = {
    "gần như": "approx",
    "gần": "approx",
    "khoảng": "approx",
    "khoảng chừng": "approx",
    "chừng": "approx",
    "xấp xỉ": "approx",
    "ước tính": "approx",
    "ước đạt": "approx",
    "ước khoảng": "approx",
    "hơn": "more_than",
    "nhiều hơn": "more_than",
    "trên": "more_than",
    "vượt": "more_than",
    "vượt mức": "more_than",
    "vượt ngưỡng": "more_than",
    "vượt quá": "more_than",
    "dưới": "less_than",
    "chưa đến": "less_than",
    "chưa tới": "less_than",
    "chưa đầy": "less_than",
    "không đến": "less_than",
    "không tới": "less_than",
    "không quá": "less_than",
    "ít hơn": "less_than",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "nearly": "approx",
    "almost": "approx",
    "close to": "approx",
    "an estimated": "approx",
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "exceeding": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
}
# "cao hơn 15%" is "15% higher", a comparison, not "more than 15%".
_COMPARATIVES: Final = [
    "cao",
    "thấp",
    "lớn",
    "nhỏ",
    "tăng",
    "giảm",
    "nhanh",
    "chậm",
    "mạnh",
    "đắt",
    "rẻ",
]

_QUALIFIER_OUT: Final[dict[str, dict[str, str]]] = {
    "vi": {"exact": "", "approx": "khoảng", "more_than": "hơn", "less_than": "dưới"},
    "en": {"exact": "", "approx": "about", "more_than": "more than", "less_than": "less than"},
}


def _alternation(words: list[str]) -> str:
    # Longest first, so "vượt mức" wins over "vượt"; spaces match any run of blanks.
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]+") for w in ordered)


_BLANK: Final = r"[^\S\n]"  # whitespace that does not end a line (NBSP included)
_NOT_LETTER_AFTER: Final = r"(?![^\W\d_])"

# The number itself. Not preceded by a letter, digit, separator, slash or dash, so that
# dates ("25/3/1971"), codes ("COVID-19", "G20"), times ("0:00") and ranges ("2014-2024")
# do not yield amounts from their parts. A leading minus is allowed only when attached.
_NUMBER: Final = re.compile(
    r"(?<![\w.,/:\-−–])(?P<neg>[-−](?=\d))?(?P<num>\d++(?:[.,]\d++)*+)(?![/:]\d)"
)

_SCALE_ALT: Final = _alternation(list(_SCALES))
_SUFFIX_ALT: Final = _alternation([form for form, _, _ in _SUFFIX_UNITS] + _CODES)
# "tỷ lệ" (rate), "tỷ trọng" (share), "tỷ giá" (exchange rate) are not billions.
_NOT_RATIO: Final = rf"(?!{_BLANK}+(?:lệ|trọng|giá|suất)(?![^\W\d_]))"
_RIGHT: Final = re.compile(
    rf"(?P<scales>(?:{_BLANK}*(?:{_SCALE_ALT}){_NOT_LETTER_AFTER}{_NOT_RATIO}){{0,3}})"
    rf"(?:{_BLANK}+(?P<num2>\d{{1,3}}){_BLANK}*(?P<scale2>trăm|nghìn|ngàn|triệu)"
    rf"{_NOT_LETTER_AFTER})?"
    rf"(?:{_BLANK}*(?P<unit>{_SUFFIX_ALT})(?:(?<=%)|{_NOT_LETTER_AFTER}))?",
    re.IGNORECASE,
)
_RIGHT_SIMPLE: Final = re.compile(
    rf"(?P<scales>(?:{_BLANK}*(?:{_SCALE_ALT}){_NOT_LETTER_AFTER}{_NOT_RATIO}){{0,3}})"
    rf"(?:{_BLANK}*(?P<unit>{_SUFFIX_ALT})(?:(?<=%)|{_NOT_LETTER_AFTER}))?",
    re.IGNORECASE,
)
_SCALE_WORD: Final = re.compile(_SCALE_ALT, re.IGNORECASE)


def _reversed_alternation(words: list[str]) -> str:
    return _alternation([w[::-1] for w in words])


# Everything that may stand between the start of an amount and its number: "vượt mức ",
# "more than USD ", "US$", "hơn ". It is matched backwards from the number, on the reversed
# text before it: one anchored match instead of a search through a window.
_LEFT_WINDOW: Final = 40
_LEFT_REVERSED: Final = re.compile(
    rf"(?:{_BLANK}?(?P<pre>{_reversed_alternation(list(_SYMBOLS))}"
    rf"|(?:{_reversed_alternation(_CODES)})(?![^\W\d_])))?"
    rf"(?:{_BLANK}+(?:(?P<comp>nơh{_BLANK}+(?:{_reversed_alternation(_COMPARATIVES)}))"
    rf"|(?P<qual>{_reversed_alternation(list(_QUALIFIER_WORDS))}))(?![^\W\d_]))?",
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
        qualifier = _QUALIFIER_WORDS[_unit_key(match.group("qual")[::-1])]
        start = pos - match.end("qual")
    return _Left(start, prefix, qualifier)


_VIETNAMESE_LETTERS: Final = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)

_SUFFIX_LOOKUP: Final[dict[str, tuple[str, str | None]]] = {
    " ".join(form.split()).casefold(): (unit, lang) for form, unit, lang in _SUFFIX_UNITS
}
_SUFFIX_LOOKUP.update({code.casefold(): (code, None) for code in _CODES})


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
        p, scale_lang = _SCALES[match.group().casefold()]
        power += p
        lang = lang or scale_lang
    return power, lang


def _guess_lang(text: str) -> str:
    return "vi" if _VIETNAMESE_LETTERS.search(text) else "en"


def _unit_key(form: str) -> str:
    return " ".join(form.split()).casefold()


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
    prefix = left.prefix
    unit, unit_lang = "", None
    if right.group("unit"):
        unit, unit_lang = _SUFFIX_LOOKUP[_unit_key(right.group("unit"))]
        if unit_lang is None and unit != "%":
            unit_lang = "vi"  # "500 USD": a code after the number is the Vietnamese order
    if prefix:
        prefix_unit = _SYMBOLS.get(prefix, prefix.upper())
        if right.group("unit") and unit != prefix_unit:
            # "$2 billion people": the word after is not this amount's unit; stop before it.
            right = _RIGHT_SIMPLE.match(text, number.end(), right.start("unit"))
            assert right is not None
            extra = Decimal(0)
        # A currency before its number is the English order ("USD 500 million", "$2 bn").
        unit, unit_lang = prefix_unit, "en"
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
    end = right.end()
    return Amount(float(value), unit, qualifier, text[start:end], start, end)


def find_amounts(text: str, lang: str | None = None) -> list[Amount]:
    """Every amount in ``text`` with its offsets: "gần 300 triệu USD", "tăng 15,2%", "2 tỷ".

    A number counts as an amount when it has a scale word or a unit; plain numbers (years,
    days, "APEC 25") do not. ``lang`` ("vi"/"en") settles "1.234"-like numbers when known.
    """
    found: list[Amount] = []
    text_lang: list[str] = []  # guessed once, only if some number needs it
    pos = 0
    for number in _NUMBER.finditer(text):
        if number.start() < pos:
            continue
        amount = _amount_at(text, number, lang, text_lang)
        if amount is not None:
            found.append(amount)
            pos = amount.end
    return found


_BARE: Final = re.compile(
    rf"(?P<qual>{_alternation(list(_QUALIFIER_WORDS))})?{_BLANK}*"
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
    qualifier = _QUALIFIER_WORDS[_unit_key(qual)] if qual else "exact"
    start = len(text) - len(text.lstrip())
    return Amount(float(value), "", qualifier, stripped, start, start + len(stripped))


# --- writing amounts --------------------------------------------------------------------


def _plain(value: Decimal, lang: str) -> str:
    """``value`` in positional notation with the language's separators: "1.234,5" / "1,234.5"."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    thousands, decimal_mark = (".", ",") if lang == "vi" else (",", ".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + thousands.join(groups)
    return out + decimal_mark + fraction if fraction else out


_VI_STEPS: Final = ((12, "nghìn tỷ"), (9, "tỷ"), (6, "triệu"))
_EN_STEPS: Final = ((12, "trillion"), (9, "billion"), (6, "million"))


def format_amount(value: float, unit: str, lang: str, qualifier: str = "exact") -> str:
    """Write an amount back as text: (1.3e9, "USD", "vi", "more_than") → "hơn 1,3 tỷ USD";
    with ``lang="en"`` → "more than USD 1.3 billion". Scales from a million up are words;
    smaller numbers are written out ("500.000 USD"). :func:`parse_amount` reads it back.
    """
    if not math.isfinite(value):
        raise ValueError(f"cannot write a non-finite amount: {value!r}")
    if qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}; expected one of {QUALIFIERS}")
    lang = "vi" if lang == "vi" else "en"
    exact = Decimal(repr(float(value)))
    if exact == 0:
        exact = Decimal(0)  # no "-0"
    number = _plain(exact, lang)
    scale = ""
    if unit != "%":
        for power, word in _VI_STEPS if lang == "vi" else _EN_STEPS:
            if abs(exact) >= Decimal(10) ** power:
                number = _plain(exact.scaleb(-power), lang)
                scale = word
                break
    quantity = f"{number} {scale}" if scale else number
    words = _UNIT_WORDS.get(unit)
    if unit == "%":
        body = f"{quantity}%"
    elif not unit:
        body = quantity
    elif words is None:
        # An unknown unit or another ISO code: codes go first in English, words after.
        is_code = unit in _CODES
        body = f"{unit} {quantity}" if lang == "en" and is_code else f"{quantity} {unit}"
    elif lang == "vi":
        body = f"{quantity} {words[0]}"
    elif words[3]:
        body = f"{words[1]} {quantity}"
    else:
        noun = words[1] if exact == 1 and not scale else words[2]
        body = f"{quantity} {noun}"
    lead = _QUALIFIER_OUT[lang][qualifier]
    return f"{lead} {body}" if lead else body


# --- ranks ------------------------------------------------------------------------------

_VI_ORDINALS: Final[dict[str, int]] = {
    "nhất": 1,
    "nhì": 2,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
_EN_ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_VI_NTH: Final = rf"(?P<n>\d{{1,3}}|{_alternation(list(_VI_ORDINALS))}){_NOT_LETTER_AFTER}"
# "lớn thứ 4", "lớn thứ tư", "lớn nhất", "đứng thứ hai", "xếp hạng thứ 3".
_VI_RANK: Final = re.compile(
    rf"(?<![^\W\d_])(?:(?:lớn|đứng|xếp(?:{_BLANK}+hạng)?){_BLANK}+thứ{_BLANK}+{_VI_NTH}"
    rf"|(?P<top>lớn{_BLANK}+nhất){_NOT_LETTER_AFTER})",
    re.IGNORECASE,
)
# A bare "thứ sáu" is a rank only after a noun that ranks ("đối tác thương mại thứ sáu");
# "lần thứ 30" is a count and "thứ Sáu" / "thứ 4" after a time word is a weekday.
_VI_BARE_RANK: Final = re.compile(
    rf"(?<![^\W\d_])(?P<head>đối tác|bạn hàng|thị trường|nhà đầu tư|nhà cung cấp|quốc gia"
    rf"|nền kinh tế|vị trí|hạng)(?P<between>[^.;:,()\n]{{0,40}}?)"
    rf"(?<![^\W\d_])thứ{_BLANK}+{_VI_NTH}",
    re.IGNORECASE,
)
_WHOLE_RANK: Final = re.compile(rf"thứ{_BLANK}+{_VI_NTH}", re.IGNORECASE)
_NOT_RANK_BEFORE: Final = re.compile(
    rf"(?:lần|ngày|hôm|{daytime.WORD}|vào|lúc|khóa|khoá|kỳ|phiên|đợt|nhiệm)[^\S\n]+\Z",
    re.IGNORECASE,
)
_EN_RANK: Final = re.compile(
    rf"(?<![^\W\d_])(?:(?P<n>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{_alternation(list(_EN_ORDINALS))}))"
    rf"[-\s](?:largest|biggest){_NOT_LETTER_AFTER}"
    rf"|(?<![^\W\d_])(?P<top>largest|biggest){_NOT_LETTER_AFTER}",
    re.IGNORECASE,
)


def _rank_value(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("top"):
        return 1
    n = groups.get("n")
    if n and n.isdigit():
        return int(n)
    if n:
        return _VI_ORDINALS[_unit_key(n)]
    return _EN_ORDINALS[_unit_key(groups.get("word") or "")]


def find_ordinal_rank(text: str) -> tuple[int, str] | None:
    """The first rank in ``text`` and the words that say it.

    "đối tác thương mại lớn thứ 4" → (4, "lớn thứ 4"); "lớn thứ tư" → (4, "lớn thứ tư");
    "lớn nhất" → (1, "lớn nhất"); "fourth-largest" → (4, "fourth-largest"). A bare
    "thứ sáu" counts after a noun that ranks ("bạn hàng thứ sáu") or as the whole text;
    "lần thứ 30" and weekdays ("vào thứ Sáu") do not.
    """
    candidates: list[tuple[int, int, str]] = []
    for pattern in (_VI_RANK, _EN_RANK):
        for match in pattern.finditer(text):
            candidates.append((match.start(), _rank_value(match), match.group()))
    whole = _WHOLE_RANK.fullmatch(text.strip())
    if whole:
        # The value of a field ("thứ sáu"): no noun around it to say it is a rank.
        start = text.index(whole.group())
        candidates.append((start, _rank_value(whole), whole.group()))
    for match in _VI_BARE_RANK.finditer(text):
        start = match.end("between")
        if not _NOT_RANK_BEFORE.search(text, max(0, start - 20), start):
            candidates.append((start, _rank_value(match), text[start : match.end()]))
    ranks = [c for c in candidates if c[1] > 0]  # "thứ 0" ranks nothing
    if not ranks:
        return None
    _, rank, words = min(ranks)
    return rank, words


__all__ = [
    "QUALIFIERS",
    "Amount",
    "find_amounts",
    "find_ordinal_rank",
    "format_amount",
    "parse_amount",
]
