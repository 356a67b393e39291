"""Writing amounts back: a value, unit and qualifier → "khoảng 1,3 tỷ USD" / "about
USD 1.3 billion", as briefs print figures.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Final

from briefer.text.amountwords import CODES, QUALIFIER_OUT, QUALIFIERS, UNIT_WORDS


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
    words = UNIT_WORDS.get(unit)
    if unit == "%":
        body = f"{quantity}%"
    elif not unit:
        body = quantity
    elif words is None:
        # An unknown unit or another ISO code: codes go first in English, words after.
        is_code = unit in CODES
        body = f"{unit} {quantity}" if lang == "en" and is_code else f"{quantity} {unit}"
    elif lang == "vi":
        body = f"{quantity} {words[0]}"
    elif words[3]:
        body = f"{words[1]} {quantity}"
    else:
        noun = words[1] if exact == 1 and not scale else words[2]
        body = f"{quantity} {noun}"
    lead = QUALIFIER_OUT[lang][qualifier]
    return f"{lead} {body}" if lead else body


__all__ = ["format_amount"]
