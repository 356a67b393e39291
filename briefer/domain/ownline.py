"""One fact's own line, when its sentence says more than it: "Việt Nam và Peru thiết lập quan
hệ Đối tác toàn diện tháng 11/2017." for a partnership drawn from a sentence that also tells
of a state visit.

A source sentence often holds several facts (a founding and an upgrade, a visit and the
partnership it brought, three ranks in a row); each fact's statement is then the whole
sentence. Where the brief shows them in different sections, or the facts list shows them in
a column, each should say its own fact. :func:`own_line` writes it from the fact's fields,
in the brief's language:

- English: the desk's suggestion (:func:`briefer.domain.english.suggest_english`), only
  for a fact the editor has given English words (an unreviewed translation is never
  printed in their place);
- Vietnamese: the same shapes, written the Vietnamese way, only where the suggestion found
  the fields enough (the two languages make the same choice).

"" when the fields do not say enough: the caller keeps the sentence.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.domain.english import TITLE_TERMS, suggest_english
from briefer.domain.model import Country, Fact
from briefer.domain.visitorname import visitor
from briefer.text.display import format_date, format_figure

_HOME_VI: Final = "Việt Nam"
_PARTNERSHIPS_VI: Final = {
    "relations.comprehensive_strategic_partnership": "Đối tác chiến lược toàn diện",
    "relations.strategic_partnership": "Đối tác chiến lược",
    "relations.comprehensive_partnership": "Đối tác toàn diện",
}
_REGIONS_VI: Final = {
    "latam": "tại khu vực Mỹ Latinh",
    "asean": "trong ASEAN",
    "asia": "tại châu Á",
    "europe": "tại châu Âu",
    "africa": "tại châu Phi",
    "world": "trên thế giới",
}
# (the titles said as they are: the visitor's own words, in Vietnamese)
_TITLES_VI: Final = tuple((vi, vi) for vi, _ in TITLE_TERMS)


def _vi_on(iso: str) -> str:
    """ "ngày 25/3/1971" / "vào tháng 5/2007" / "vào năm 1994"."""
    label = format_date(iso, "vi")
    return f"ngày {label}" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso) else f"vào {label}"


def _names(home: Country | None, partner: Country | None, fact: Fact) -> tuple[str, str]:
    return (home.name_vi if home else _HOME_VI), (
        partner.name_vi if partner else fact.pair.partition("-")[2]
    )


def _vi_event(fact: Fact, quote: str, english: str, home: str, partner: str) -> str:
    when = _vi_on(fact.event_date)
    if fact.metric == "relations.established":
        return f"{home} và {partner} thiết lập quan hệ ngoại giao {when}."
    if fact.metric in _PARTNERSHIPS_VI:
        return f"{home} và {partner} thiết lập quan hệ {_PARTNERSHIPS_VI[fact.metric]} {when}."
    if fact.metric == "agreement.fta_signed":
        return f"{home} và {partner} ký Hiệp định Thương mại tự do {when}."
    if fact.metric not in ("visit.outbound", "visit.inbound"):
        return ""
    outbound = fact.metric == "visit.outbound"
    side = (home, _HOME_VI) if outbound else (partner,)
    who = visitor(quote, _TITLES_VI, (home, partner, _HOME_VI), side)
    who = who or f"Đoàn cấp cao {home if outbound else partner}"
    # (the tense the English suggestion read from the quote: a visit still to come says so)
    verb = (
        "dự kiến thăm" if " expected " in english else "sẽ thăm" if " will " in english else "thăm"
    )
    return f"{who} {verb} {partner if outbound else home} ({format_date(fact.event_date, 'vi')})."


def _vi_figure(fact: Fact, english: str, home: str, partner: str) -> str:
    """A figure's line without its period: the brief adds it as the tag of every figure."""
    amount = format_figure(fact.value, fact.unit, "vi", fact.qualifier)
    trade = f"Kim ngạch thương mại hai chiều {home} – {partner}"
    growth = float(fact.value or 0)
    subjects = {
        "trade.total": f"{trade} đạt {amount}",
        "trade.exports": f"Xuất khẩu của {home} sang {partner} đạt {amount}",
        "trade.imports": f"Nhập khẩu của {home} từ {partner} đạt {amount}",
        "investment.total": f"Vốn đầu tư giữa {home} và {partner} đạt {amount}",
        "trade.growth": f"{trade} {'giảm' if growth < 0 else 'tăng'} {abs(growth):g}%",
    }
    # (a flow of named goods — "exports of rice to …" — has no Vietnamese words here)
    goods = fact.metric in ("trade.exports", "trade.imports") and not re.search(
        r"\b(?:exports to|imports from) ", english
    )
    if fact.metric in subjects and not goods:
        return subjects[fact.metric] + "."
    head, _, region_key = fact.metric.partition("_in_")
    family, _, role = head.partition(".")
    ranked, other = (home, partner) if role.startswith("home_") else (partner, home)
    where = f" {_REGIONS_VI[region_key]}" if region_key in _REGIONS_VI else ""
    if region_key and not where:
        return ""
    nth = "lớn nhất" if fact.value == 1 else f"lớn thứ {int(fact.value or 0)}"
    if family == "trade" and "largest trading partner" in english:
        return f"{ranked} là đối tác thương mại {nth} của {other}{where}."
    if family == "investment" and re.search(r"largest investor(?: in [^.]+)?\.$", english):
        return f"{ranked} là nhà đầu tư {nth} của {other}{where}."
    return ""


def own_line(fact: Fact, lang: str, home: Country | None, partner: Country | None) -> str:
    """``fact``'s own statement in ``lang`` from its fields, or "" (see module doc)."""
    if not fact.metric:
        return ""
    quote = fact.citations[0].quote if fact.citations else ""
    english = suggest_english(fact, quote, home, partner).text
    if not english:
        return ""
    if lang == "en":
        return english if fact.statement_en else ""
    home_vi, partner_vi = _names(home, partner, fact)
    if fact.kind == "event" and fact.event_date:
        return _vi_event(fact, quote or fact.statement_vi, english, home_vi, partner_vi)
    if fact.kind == "figure" and fact.value is not None:
        return _vi_figure(fact, english, home_vi, partner_vi)
    return ""


__all__ = ["own_line"]
