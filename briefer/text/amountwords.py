"""The words of amounts: scales ("tỷ", "billion"), units and currencies, qualifiers.

Owns the vocabulary the amount reader (:mod:`briefer.text.numbers`), the amount writer
(:mod:`briefer.text.amountformat`) and the rank reader (:mod:`briefer.text.ranks`) share,
and the helper that turns a word list into a regex alternation. Data tables mostly.
"""

from __future__ import annotations

import re
from typing import Final

QUALIFIERS: Final = ("exact", "approx", "more_than", "less_than")

SCALES: Final[dict[str, tuple[int, str]]] = {
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
    "mil": (6, "en"),  # the Malaysian press's "RM2.5mil"
    "billion": (9, "en"),
    "bn": (9, "en"),
    "bil": (9, "en"),  # "US$13.5bil"
    "trillion": (12, "en"),
    "tn": (12, "en"),
    # South Asia's own scales: "Rs 5,000 crore" (5 × 10¹⁰), "2 lakh" (2 × 10⁵)
    "lakh": (5, "en"),
    "crore": (7, "en"),
}

# Units written after the number: (form, canonical unit, language or None when neutral).
SUFFIX_UNITS: Final[list[tuple[str, str, str | None]]] = [
    ("%", "%", None),
    ("phần trăm", "%", "vi"),
    ("percent", "%", "en"),
    ("per cent", "%", "en"),
    # another country's dollar, named after it, before the bare "đô la"/"dollars" (the
    # alternation tries the longest first)
    ("đô la Úc", "AUD", "vi"),
    ("đô la Australia", "AUD", "vi"),
    ("đô la Singapore", "SGD", "vi"),
    ("đô la Canada", "CAD", "vi"),
    ("đô la New Zealand", "NZD", "vi"),
    ("đô la Hồng Kông", "HKD", "vi"),
    ("Australian dollars", "AUD", "en"),
    ("Singapore dollars", "SGD", "en"),
    ("Canadian dollars", "CAD", "en"),
    ("New Zealand dollars", "NZD", "en"),
    ("Hong Kong dollars", "HKD", "en"),
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
    ("won", "KRW", None),
    ("rupiah", "IDR", None),
    ("ringgit", "MYR", None),
    ("baht", "THB", "en"),
    ("bạt", "THB", "vi"),
    ("rúp", "RUB", "vi"),
    ("rubles", "RUB", "en"),
    ("roubles", "RUB", "en"),
    ("reais", "BRL", "en"),
    ("soles", "PEN", "en"),
    ("rand", "ZAR", "en"),
    ("naira", "NGN", None),
    # East Africa's shillings, named with their country (a bare "shillings" is any of them,
    # and some others: it stays no unit rather than a wrong one)
    ("Kenyan shillings", "KES", "en"),
    ("Kenya shillings", "KES", "en"),
    ("Tanzanian shillings", "TZS", "en"),
    ("Tanzania shillings", "TZS", "en"),
    ("Ugandan shillings", "UGX", "en"),
    ("Uganda shillings", "UGX", "en"),
    ("shilling Kenya", "KES", "vi"),
    ("shilling Tanzania", "TZS", "vi"),
    ("shilling Uganda", "UGX", "vi"),
    ("shekels", "ILS", "en"),
    ("zloty", "PLN", "en"),
    ("forint", "HUF", None),
    ("tenge", "KZT", None),
    ("kip", "LAK", None),
    ("riel", "KHR", None),
    ("kyat", "MMK", None),
    ("taka", "BDT", None),
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
    ("metric tons", "tấn", "en"),
    ("metric tonnes", "tấn", "en"),
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
CODES: Final = [
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
    # (no code that is also an English word: "TRY", "CUP", "ALL")
    "TWD",
    "PHP",
    "MYR",
    "IDR",
    "ZAR",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "HUF",
    "CZK",
    "AED",
    "SAR",
    "QAR",
    "KWD",
    "ILS",
    "EGP",
    "NGN",
    "KES",
    "TZS",
    "UGX",
    "PKR",
    "BDT",
    "LKR",
    "NPR",
    "KZT",
    "UAH",
    "LAK",
    "KHR",
    "MMK",
    "ARS",
    "COP",
    "DOP",
]
# Symbols before the number. Another country's dollar carries its letters ("A$", "S$",
# "NZ$"): read as a bare "$" it would turn Australian dollars into US dollars in a brief. A
# symbol with a letter right before it that is none of these is no currency we know (the
# reader then takes no unit rather than a wrong one).
SYMBOLS: Final[dict[str, str]] = {
    "US$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "A$": "AUD",
    "AU$": "AUD",
    "S$": "SGD",
    "NZ$": "NZD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "R$": "BRL",
    "NT$": "TWD",
    "MX$": "MXN",
    "J$": "JMD",
    "TT$": "TTD",
    "EC$": "XCD",
    "B$": "BND",
    "N$": "NAD",
    "FJ$": "FJD",
    "¥": "JPY",
    "₩": "KRW",
    "₹": "INR",
    "฿": "THB",
    "₱": "PHP",
    "₫": "VND",
    "RM": "MYR",
    "Rp": "IDR",
    # the shillings' symbols with their country's letter (plural "KShs" in older prints)
    "KSh": "KES",
    "KShs": "KES",
    "TSh": "TZS",
    "TShs": "TZS",
    "USh": "UGX",
    "UShs": "UGX",
    # A bare "Sh" is Kenya's, Tanzania's, Uganda's or Somalia's: an amount, but no unit
    # (the empty unit), never a wrong one.
    "Sh": "",
    "Shs": "",
}
# A dollar written with its ISO code before the sign ("CAD$16.8 billion", "AUD$3 bn") is that
# dollar: without these the letters before "$" make it an unknown currency and no unit.
SYMBOLS.update({f"{unit}$": unit for unit in set(SYMBOLS.values()) if unit.endswith("D")})
# Symbols are read in any case ("Ksh24bn", "KSH 24 billion"); this finds each one's unit.
SYMBOL_UNITS: Final[dict[str, str]] = {symbol.casefold(): unit for symbol, unit in SYMBOLS.items()}
# Every unit that is money: the codes, the symbols' and the currency words' units.
CURRENCIES: Final = frozenset(
    [
        *CODES,
        *(u for u in SYMBOLS.values() if u),
        *(u for _, u, _ in SUFFIX_UNITS if len(u) == 3 and u.isupper()),
    ]
)

# How each canonical unit is written back: (vi, en singular, en plural, currency?).
UNIT_WORDS: Final[dict[str, tuple[str, str, str, bool]]] = {
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
QUALIFIER_WORDS: Final[dict[str, str]] = {
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
COMPARATIVES: Final = [
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

QUALIFIER_OUT: Final[dict[str, dict[str, str]]] = {
    "vi": {"exact": "", "approx": "khoảng", "more_than": "hơn", "less_than": "dưới"},
    "en": {"exact": "", "approx": "about", "more_than": "more than", "less_than": "less than"},
}


def alternation(words: list[str]) -> str:
    # Longest first, so "vượt mức" wins over "vượt"; spaces match any run of blanks.
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]+") for w in ordered)


BLANK: Final = r"[^\S\n]"  # whitespace that does not end a line (NBSP included)
NOT_LETTER_AFTER: Final = r"(?![^\W\d_])"


def unit_key(form: str) -> str:
    return " ".join(form.split()).casefold()


__all__ = [
    "BLANK",
    "CODES",
    "COMPARATIVES",
    "CURRENCIES",
    "NOT_LETTER_AFTER",
    "QUALIFIERS",
    "QUALIFIER_OUT",
    "QUALIFIER_WORDS",
    "SCALES",
    "SUFFIX_UNITS",
    "SYMBOLS",
    "SYMBOL_UNITS",
    "UNIT_WORDS",
    "alternation",
    "unit_key",
]
