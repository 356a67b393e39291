"""One fact's own line, when its sentence says more than it: "Việt Nam và Peru thiết lập quan
hệ Đối tác toàn diện tháng 11/2017." for a partnership drawn from a sentence that also tells
of a state visit.

A source sentence often holds several facts (a founding and an upgrade, a visit and the
partnership it brought, three ranks in a row); each fact's statement is then the whole
sentence. Where the brief shows them in different sections, or the facts list shows them in
a column, each should say its own fact. :func:`own_line` writes it from the fact's fields,
in the brief's language:

- English: the desk's suggestion (:func:`briefer.domain.english.suggest_english`), only
  for a fact whose English words are the editor's — not an English source's own words,
  which the importer puts there (an unreviewed translation is never printed in their place);
- Vietnamese: the same shapes, written the Vietnamese way, only where the suggestion found
  the fields enough (the two languages make the same choice).

"" when the fields do not say enough: the caller keeps the sentence. So is a visit whose
visitor the quote does not name (never "a delegation" made up), and a rank whose group the
Vietnamese words would not carry as the quote names it ("trong khối Mercosur", "the EU").
"""

from __future__ import annotations

import re
from typing import Final

from briefer.domain.english import (
    HOME_NAMES,
    PARTNERSHIPS,
    REGIONS,
    TERMS,
    TITLE_TERMS,
    on_date,
    suggest_english,
    visit_names,
    visit_when,
)
from briefer.domain.model import Country, Fact
from briefer.domain.visitorname import visitor
from briefer.text.display import format_date, format_figure
from briefer.text.fold import fold

# ("Đối tác chiến lược toàn diện": the partnerships' Vietnamese names from the term list)
_PARTNERSHIPS_VI: Final = {
    metric: next(vi for vi, en in TERMS if f"a {en}" == name)
    for metric, name in PARTNERSHIPS.items()
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
_VISIT_VERBS_VI: Final = {"expected": "dự kiến thăm", "future": "sẽ thăm"}
_RANKED_VI: Final = {  # family → (the English line's noun, the Vietnamese one)
    "trade": ("trading partner", "đối tác thương mại"),
    "investment": ("investor", "nhà đầu tư"),
}


def _names(home: Country | None, partner: Country | None, fact: Fact) -> tuple[str, str]:
    return (home.name_vi if home else HOME_NAMES[0]), (
        partner.name_vi if partner else fact.pair.partition("-")[2]
    )


def _visitor(fact: Fact, quote: str, home: Country | None, partner: Country | None) -> str:
    """The visitor the quote names, "Thủ tướng Nguyễn Văn An" ("" for none, or a host)."""
    return visitor(quote, _TITLES_VI, *visit_names(fact, home, partner))


def _vi_event(fact: Fact, quote: str, who: str, home: str, partner: str) -> str:
    when = on_date(fact.event_date, "vi")
    if fact.metric == "relations.established":
        return f"{home} và {partner} thiết lập quan hệ ngoại giao {when}."
    if fact.metric in _PARTNERSHIPS_VI:
        return f"{home} và {partner} thiết lập quan hệ {_PARTNERSHIPS_VI[fact.metric]} {when}."
    if fact.metric == "agreement.fta_signed":
        return f"{home} và {partner} ký Hiệp định Thương mại tự do {when}."
    if fact.metric not in ("visit.outbound", "visit.inbound") or not who:
        return ""
    verb = _VISIT_VERBS_VI.get(visit_when(fact, quote), "thăm")
    where = partner if fact.metric == "visit.outbound" else home
    return f"{who} {verb} {where} ({format_date(fact.event_date, 'vi')})."


def _vi_rank(fact: Fact, english: str, home: str, partner: str) -> str:
    """A trading partner's or an investor's rank, only where the English line ranks it among
    all or in the metric's own region by its plain name: a group the quote names another way
    ("trong khối GCC", "Liên minh châu Âu") has no Vietnamese words here."""
    head, _, region_key = fact.metric.partition("_in_")
    family, _, role = head.partition(".")
    if family not in _RANKED_VI or (region_key and region_key not in _REGIONS_VI):
        return ""
    noun_en, noun_vi = _RANKED_VI[family]
    among = f" in {REGIONS[region_key]}" if region_key else ""
    if not english.endswith(f"largest {noun_en}{among}."):
        return ""
    ranked, other = (home, partner) if role.startswith("home_") else (partner, home)
    nth = "lớn nhất" if fact.value == 1 else f"lớn thứ {int(fact.value or 0)}"
    where = f" {_REGIONS_VI[region_key]}" if region_key else ""
    return f"{ranked} là {noun_vi} {nth} của {other}{where}."


def _vi_figure(fact: Fact, english: str, home: str, partner: str) -> str:
    """A figure's line without its period: the brief adds it as the tag of every figure."""
    if fact.unit == "rank":
        return _vi_rank(fact, english, home, partner)
    value = float(fact.value or 0)
    amount = format_figure(abs(value), fact.unit, "vi", fact.qualifier)
    trade = f"Kim ngạch thương mại hai chiều {home} – {partner}"
    subjects = {
        "trade.total": f"{trade} đạt {amount}",
        "trade.exports": f"Xuất khẩu của {home} sang {partner} đạt {amount}",
        "trade.imports": f"Nhập khẩu của {home} từ {partner} đạt {amount}",
        "investment.total": f"Vốn đầu tư giữa {home} và {partner} đạt {amount}",
        "trade.growth": f"{trade} {'giảm' if value < 0 else 'tăng'} {amount}",
    }
    # (a flow of named goods — "exports of rice to …" — has no Vietnamese words here)
    goods = fact.metric in ("trade.exports", "trade.imports") and not re.search(
        r"\b(?:exports to|imports from) ", english
    )
    return f"{subjects[fact.metric]}." if fact.metric in subjects and not goods else ""


def _editors_english(fact: Fact, quote: str) -> bool:
    """Whether ``fact``'s English is the editor's: an English source's draft carries the
    source's own words (the importer's), which read in order in its quote."""
    words = re.findall(r"\w+", fold(fact.statement_en))
    said = iter(re.findall(r"\w+", fold(quote)))
    return bool(words) and not all(word in said for word in words)


def own_line(fact: Fact, lang: str, home: Country | None, partner: Country | None) -> str:
    """``fact``'s own statement in ``lang`` from its fields, or "" (see module doc)."""
    if not fact.metric:
        return ""
    quote = fact.citations[0].quote if fact.citations else ""
    english = suggest_english(fact, quote, home, partner).text
    visit = fact.kind == "event" and fact.metric in ("visit.outbound", "visit.inbound")
    who = _visitor(fact, quote or fact.statement_vi, home, partner) if visit else ""
    if not english or (visit and not who):
        return ""
    if lang == "en":
        return english if _editors_english(fact, quote) else ""
    home_vi, partner_vi = _names(home, partner, fact)
    if fact.kind == "event" and fact.event_date:
        return _vi_event(fact, quote or fact.statement_vi, who, home_vi, partner_vi)
    if fact.kind == "figure" and fact.value is not None:
        return _vi_figure(fact, english, home_vi, partner_vi)
    return ""


__all__ = ["own_line"]
