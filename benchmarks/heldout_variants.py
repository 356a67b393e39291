"""A second family of held-out variants for ``benchmarks/perturb_import.py`` (``ho2-``),
written after this round's last rule and measured once on the code before and after the
round, never developed against: a <title> parted by "›" with the site first, a stamp labelled
as the posting day or written "dd/mm/yyyy lúc hh:mm", a masthead "NAME ĐIỆN TỬ" or
"Name Online" over the headline, a PDF printed from a page whose <title> puts the site first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from benchmarks.perturbations import (
    _PRINTED_ON,
    _date_form,
    _day_span,
    _english,
    _title_form,
    _title_line,
)
from briefer.text.fold import fold

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip


def _posted(key: dict[str, Any]) -> str:
    day = dt.date.fromisoformat(key["date"])
    if _english(key):
        return f"Published {day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    return f"Ngày đăng: {day.day:02d}/{day.month:02d}/{day.year} 08:30"


def _at_time(key: dict[str, Any]) -> str:
    day = dt.date.fromisoformat(key["date"])
    if _english(key):
        return f"{day.day:02d} {_EN_MONTHS[day.month - 1][:3]} {day.year}, 8:30 AM"
    return f"{day.day:02d}/{day.month:02d}/{day.year} lúc 08:30"


def _masthead(form: str) -> Callable[[list[str], dict[str, Any]], list[str] | None]:
    def rule(lines: list[str], key: dict[str, Any]) -> list[str] | None:
        at = _title_line(lines, key["title"])
        outlet = key.get("outlet", "")
        if at < 0 or not outlet:
            return None
        line = f"{outlet.upper()} ĐIỆN TỬ" if form == "caps" else f"{outlet} Online"
        # (the lines above the headline stay, but an old masthead naming the outlet)
        return [line, *(x for x in lines[:at] if fold(outlet) not in fold(x)), *lines[at:]]

    return rule


def _print_site_first(spec: dict[str, Any], key: dict[str, Any]) -> dict[str, Any] | None:
    old = f"{spec.get('print_header', '')} {spec.get('print_footer', '')}"
    if _day_span(old, key["date"]) or not key.get("outlet"):
        return None
    stamp = f"{_PRINTED_ON.day:02d}/{_PRINTED_ON.month:02d}/{_PRINTED_ON.year}, 09:12"
    spec["print_header"] = f"{stamp}    {key['outlet']} - {key['title']}"
    spec["print_footer"] = "https://example.org/tin/67890.html    {page}/{pages}"
    return spec


HTML_HELD_OUT = {
    "ho2-title:S › C › T": _title_form("{s} › {c} › {t}"),
    "ho2-title:T › S": _title_form("{t} › {s}"),
    "date:ho2-posted": _date_form(_posted),
    "date:ho2-at-time": _date_form(_at_time),
}
TXT_HELD_OUT = {
    "ho2-masthead:edition": _masthead("caps"),
    "ho2-masthead:online": _masthead("online"),
}
PDF_HELD_OUT = {"ho2-print-site-first": _print_site_first}

__all__ = ["HTML_HELD_OUT", "PDF_HELD_OUT", "TXT_HELD_OUT"]
