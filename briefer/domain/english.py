"""English for a draft: a suggested statement from its parsed fields, and the terms it uses.

An English brief must never print Vietnamese as English, and editors translate many short
statements a day. :func:`suggest_english` writes the sentence a desk officer would write
for the kinds of facts the importer reads fully — a figure of a known metric with its
value and period, a dated event of a known kind (relations, partnerships, agreements,
visits with the visitor's title) — from the fields, never by word-for-word translation.
For anything else it suggests nothing and :func:`term_hints` lists the terms of the
quote the editor will need ("Đối tác toàn diện" → "Comprehensive Partnership", "tỷ USD"
→ "USD … billion", country names in English).

The term list is :data:`TERMS`; country names come from the store's country table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from briefer.domain.figurescope import not_the_pairs
from briefer.domain.flowgoods import flow_goods, flow_seller
from briefer.domain.model import Country, Fact
from briefer.domain.rankwords import rank_head, rank_places
from briefer.domain.regionnames import bloc_among, group_is_ranks, in_sentence, region_phrase
from briefer.domain.titles import HOME_NAMES, TITLE_TERMS, visit_names
from briefer.domain.visitorname import visitor as visitor_name
from briefer.domain.visittense import visit_tense
from briefer.text.dates import format_date
from briefer.text.fold import fold
from briefer.text.normalize import vietnamese_marked
from briefer.text.numbers import format_amount

# (Vietnamese, English): titles, partnership and agreement names, institutions, units.
TERMS: Final[tuple[tuple[str, str], ...]] = (
    *TITLE_TERMS,
    # relations and partnerships
    ("Đối tác chiến lược toàn diện", "Comprehensive Strategic Partnership"),
    ("Đối tác chiến lược", "Strategic Partnership"),
    ("Đối tác toàn diện", "Comprehensive Partnership"),
    ("quan hệ ngoại giao", "diplomatic relations"),
    ("Hiệp định Thương mại tự do", "Free Trade Agreement"),
    ("Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương",
     "Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)"),
    ("Hiệp định", "Agreement"),
    ("Bản ghi nhớ", "Memorandum of Understanding"),
    ("Biên bản ghi nhớ", "Memorandum of Understanding"),
    ("Ủy ban hỗn hợp", "Joint Committee"),
    ("tham vấn chính trị", "political consultations"),
    ("Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương",
     "Asia-Pacific Economic Cooperation (APEC)"),
    ("Liên hợp quốc", "United Nations"),
    ("Mỹ Latinh", "Latin America"),
    ("Hiệp hội các quốc gia Đông Nam Á", "Association of Southeast Asian Nations (ASEAN)"),
    # units
    ("tỷ USD", "USD … billion"),
    ("triệu USD", "USD … million"),
    ("nghìn tỷ đồng", "VND … trillion"),
    ("tỷ đồng", "VND … billion"),
    ("kim ngạch thương mại", "trade turnover"),
    ("thương mại song phương", "bilateral trade"),
    ("đầu tư trực tiếp", "direct investment"),
)  # fmt: skip

# (the English titles, longest first: "Vice President" before "President")
_TITLES: Final = sorted({(len(en), en) for _, en in TITLE_TERMS}, reverse=True)

REGIONS: Final = {
    "latam": "Latin America",
    "asean": "ASEAN",
    "asia": "Asia",
    "europe": "Europe",
    "africa": "Africa",
    "northeast_asia": "Northeast Asia",
    "south_asia": "South Asia",
    "central_asia": "Central Asia",
    "middle_east": "the Middle East",
    "central_eastern_europe": "Central and Eastern Europe",
    "northern_europe": "Northern Europe",
    "western_europe": "Western Europe",
    "caribbean": "the Caribbean",
    "central_america": "Central America",
    "oceania": "Oceania",
    "americas": "the Americas",
    "region": "the region",
    "world": "the world",
}
_ORDINALS: Final = ("", "", "second-", "third-", "fourth-", "fifth-", "sixth-", "seventh-",
                    "eighth-", "ninth-", "tenth-")  # fmt: skip
PARTNERSHIPS: Final = {
    "relations.comprehensive_strategic_partnership": "a Comprehensive Strategic Partnership",
    "relations.strategic_partnership": "a Strategic Partnership",
    "relations.comprehensive_partnership": "a Comprehensive Partnership",
}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggested English statement ("" when the fields are not enough) and the terms."""

    text: str
    terms: tuple[tuple[str, str], ...] = ()


# The words before a day and before a month or a year, in each language.
_ON: Final = {"en": ("on", "in"), "vi": ("ngày", "vào")}


def on_date(iso: str, lang: str = "en") -> str:
    """ "on 25 March 1971" / "in May 2007" / "in 1994"; "ngày 25/3/1971" / "vào tháng 5/2007"
    / "vào năm 1994"; "" for no date."""
    if not iso:
        return ""
    try:
        label = format_date(iso, lang)
    except (ValueError, TypeError, KeyError):
        return ""
    day, other = _ON[lang]
    return f"{day} {label}" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso) else f"{other} {label}"


def _amount(fact: Fact) -> str:
    if fact.value is None:
        return ""
    try:
        return format_amount(float(fact.value), fact.unit, "en", fact.qualifier)
    except (ValueError, TypeError):
        return ""


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# "the world's largest exporter of …": a rank among all the world's sellers, not the pair's
_WORLDS: Final = re.compile(r"world['’]s\s+(?:\w+[- ])?(?:largest|biggest)", re.IGNORECASE)


# A rank by new capital in a period, not by the capital invested in all: "tính theo vốn đăng ký
# mới", "vốn đầu tư mới", "by newly registered capital", "in new FDI pledges"
_NEW_CAPITAL: Final = re.compile(
    r"vốn(?:\s+\w+){0,3}\s+mới|đăng\s+ký\s+mới"
    r"|\bnew(?:ly)?\s+(?:registered\s+)?(?:capital|investment|FDI|pledges|commitments)",
    re.IGNORECASE,
)


def _invested_in(quote: str, names: Sequence[str]) -> bool:
    """Whether ``quote`` says money goes into a country of ``names`` ("đầu tư tại Lào",
    "rót vốn vào Lào", "investors in Laos")."""
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)
    if not alternation:
        return False
    return bool(
        re.search(
            rf"(?:đầu\s+tư|rót\s+vốn|invest\w*|FDI)\s+(?:[^\W\d_]+\s+){{0,2}}?"
            rf"(?:vào|tại|ở|sang|in|into)\s+(?:{alternation})(?![^\W\d_])",
            quote,
            re.IGNORECASE,
        )
    )


def _rank_sentence(
    fact: Fact, quote: str, home: str, partner: str, into: tuple[bool, bool] = (False, False)
) -> str:
    """A rank's sentence by its metric's side and role (``briefer.ingest.rankside``): the
    partner or Việt Nam ranked, as a trading partner, an investor or a place invested in; a
    trade rank says what its quote ranks (a supplier, an export market: ``rankwords``)."""
    head, _, region_key = fact.metric.partition("_in_")
    if fact.value is None or not 1 <= int(fact.value) < len(_ORDINALS):
        return ""
    ordinal = _ORDINALS[int(fact.value)]
    # (the group as the quote names it: "Liên minh châu Âu" is the EU, not Europe; a group
    # another rank's words name is not this rank's — no sentence then)
    places = rank_places(quote)
    held = next((at for at, n in places if n == int(fact.value)), places[0][0] if places else 0)
    if not group_is_ranks(region_key, quote, [at for at, _ in places], held):
        return ""
    region = region_phrase(region_key, quote, REGIONS.get(region_key, ""), held)
    where = f" in {region}" if region else ""
    family, _, role = head.partition(".")
    ranked, other = (home, partner) if role.startswith("home_") else (partner, home)
    role = role.removeprefix("home_")
    if family == "trade" and role in ("partner_rank", "rank"):
        named = rank_head(quote, int(fact.value))
        if named is not None and not named.known:
            return ""  # one commodity's rank, its goods not in English: no sentence
        noun = "trading partner" if named is None or named.noun == "partner" else named.noun
        noun += f" of {named.goods}" if named is not None and named.goods else ""
        if named is not None and named.among and not region:
            # (a group the metric names no region for: the quote's own words, or nothing)
            # ("trong khối GCC": a bloc by its own name is said; a Vietnamese name is not)
            among = bloc_among(named.among) if named.among.startswith("trong") else named.among
            if not among:
                return ""
            return f"{ranked} is {_possessive(other)} {ordinal}largest {noun} {among}."
        if region_key == "world" and noun != "trading partner" and _WORLDS.search(quote):
            # "the world's largest exporter of black pepper": a rank among all sellers
            return f"{ranked} is the world's {ordinal}largest {noun}."
        if named is not None and named.goods[:1].isupper():
            # "the largest buyer of Vietnamese rice": the goods say whose, not "Viet Nam's"
            return f"{ranked} is the {ordinal}largest {noun}{where}."
        return f"{ranked} is {_possessive(other)} {ordinal}largest {noun}{where}."
    # (into = whether the quote says money goes into Viet Nam, into the partner: an investor
    # ranked among those investing in the other country, never in its own)
    into_ranked = into[0] if ranked == home else into[1]
    into_other = into[1] if ranked == home else into[0]
    if family == "investment" and into_ranked and not into_other:
        return ""  # "Việt Nam có … dự án tại Lào, đứng thứ 3 … đầu tư vào Lào": Laos is no investor
    if family == "investment" and role == "rank":
        if _NEW_CAPITAL.search(quote):
            # a rank by one period's new capital ("tính theo vốn đăng ký mới … 10 tháng") is
            # no rank among all investors: said with its period, or not at all
            when = on_date(fact.period)
            measure = "by newly registered capital"
            return (
                f"{ranked} was {_possessive(other)} {ordinal}largest investor {measure} {when}."
                if when
                else ""
            )
        return f"{ranked} is {_possessive(other)} {ordinal}largest investor{where}."
    if family == "investment" and role == "destination_rank":
        destination = f"{ordinal}largest destination of {_possessive(other)} investment"
        return f"{ranked} is the {destination}{where}."
    return ""


_CURRENCY: Final = re.compile(r"[A-Z]{3}")


def _figure(
    fact: Fact,
    quote: str,
    home: str,
    partner: str,
    into: tuple[bool, bool] = (False, False),
    sides: dict[str, list[str]] | None = None,
) -> str:
    if fact.unit == "rank":
        return _rank_sentence(fact, quote, home, partner, into)
    amount = _amount(fact)
    money = fact.unit == "%" if fact.metric.endswith(".growth") else _CURRENCY.fullmatch(fact.unit)
    if not amount or not money or not_the_pairs(quote, float(fact.value or 0), fact.unit):
        # (no money or no percent: a count, a tonnage; a figure of an economy or the world)
        return ""
    if fact.metric.startswith("trade.") and not fact.period:
        return ""  # a flow is over a period: one read with a date only is misdated
    when = (
        on_date(fact.period)
        if fact.period
        else (f"(as of {format_date(fact.as_of, 'en')})" if fact.as_of else "")
    )
    tail = f" {when}" if when else ""
    subjects = {
        "trade.total": f"Two-way trade between {home} and {partner} reached",
        "trade.exports": f"{_possessive(home)} exports to {partner} reached",
        "trade.imports": f"{_possessive(home)} imports from {partner} reached",
        "investment.total": f"Investment between {home} and {partner} totals",
        "aid.total": f"Aid between {home} and {partner} totals",
        "trade.growth": f"Two-way trade between {home} and {partner} grew by",
        "trade.exports.growth": f"{_possessive(home)} exports to {partner} grew by",
        "trade.imports.growth": f"{_possessive(home)} imports from {partner} grew by",
        "investment.growth": f"Investment between {home} and {partner} grew by",
    }
    subject = subjects.get(fact.metric)
    if subject and fact.period and subject.endswith(" totals"):
        # ("Aid … totalled about USD 3 billion in 1967–2010": a period's sum is told as done)
        subject = f"{subject.removesuffix(' totals')} totalled"
    if fact.metric.removesuffix(".goods") in ("trade.exports", "trade.imports"):
        subject = _flow_subject(fact, quote, home, partner, sides)
    if subject and fact.metric.endswith(".growth") and float(fact.value or 0) < 0:
        # a fall is stored as a negative growth: "fell by 8%", never "grew by -8%"
        fallen = replace(fact, value=-float(fact.value or 0))
        return f"{subject.removesuffix('grew by')}fell by {_amount(fallen)}{tail}."
    return f"{subject} {amount}{tail}." if subject else ""


def _flow_subject(
    fact: Fact, quote: str, home: str, partner: str, sides: dict[str, list[str]] | None = None
) -> str:
    """A one-way flow's subject, with the goods its quote ties the amount to ("importing raw
    cashew nuts worth …" → "Viet Nam's imports of raw cashew nuts from Ghana"); "" for goods
    not in English, or a flow of goods whose goods the quote does not show."""
    goods = flow_goods(quote, float(fact.value or 0), fact.unit)
    seller = flow_seller(quote, float(fact.value or 0), fact.unit, sides) if sides else ""
    if seller and (seller == "home") != fact.metric.startswith("trade.exports"):
        return ""  # ("Myanmar exporting … to Viet Nam" filed as Viet Nam's exports)
    if (goods is None and fact.metric.endswith(".goods")) or (
        goods is not None and not goods.known
    ):
        return ""
    of = f" of {goods.goods}" if goods is not None else ""
    if fact.metric.startswith("trade.exports"):
        return f"{_possessive(home)} exports{of} to {partner} reached"
    return f"{_possessive(home)} imports{of} from {partner} reached"


def _after_report(fact: Fact) -> bool:
    """Whether the event lies after the day its source was published (a visit announced)."""
    published = fact.citations[0].source_published_on if fact.citations else ""
    start = fact.event_date.split("..")[0]
    if not published or not start:
        return False
    size = min(len(published), len(start))
    return start[:size] > published[:size]


def visit_when(fact: Fact, quote: str) -> str:
    """ "expected", "future" or "past": the quote's own tense first ("is expected to pay a
    visit", "sẽ thăm"), else a visit dated after its source's day is still to come."""
    tense = visit_tense(quote)
    return "future" if tense == "past" and _after_report(fact) else tense


# Travellers counted, not a delegation: "tourists", "lượt khách", "du khách", "arrivals".
_TRAVELLERS: Final = re.compile(
    r"(?<![^\W\d_])(?:tourists?|visitors?\s+arrivals?|arrivals|du\s+khách|khách\s+du\s+lịch"
    r"|lượt\s+khách)(?![^\W\d_])",
    re.IGNORECASE,
)
# An envoy posted in Viet Nam: "Đại sứ … tại Việt Nam", "Ambassador to Vietnam".
_POSTED_HERE: Final = re.compile(
    r"(?:Đại\s+sứ|Ambassador)[^.;:]{0,60}?\b(?:tại|ở|to|in)\s+(?:Việt\s+Nam|Viet\s*Nam)",
    re.IGNORECASE,
)


def _event(
    fact: Fact,
    quote: str,
    home: str,
    partner: str,
    names: Sequence[str] = (),
    side: Sequence[str] = (),
) -> str:
    when = on_date(fact.event_date)
    if not when:
        return ""
    if fact.metric == "relations.established":
        return f"{home} and {partner} established diplomatic relations {when}."
    if fact.metric in PARTNERSHIPS:
        return f"{home} and {partner} established {PARTNERSHIPS[fact.metric]} {when}."
    if fact.metric == "agreement.fta_signed":
        return f"{home} and {partner} signed a Free Trade Agreement {when}."
    if fact.metric.startswith("membership."):
        return ""
    if fact.metric in ("visit.outbound", "visit.inbound"):
        if _TRAVELLERS.search(quote):
            return ""  # ("28,000 tourists visited Vietnam": travellers make no visit of state)
        date = when.split(" ", 1)[1]
        # (the visitor's own country's names are no part of the name: "Tổng thống Sri Lanka …")
        visitor = visitor_name(quote, TITLE_TERMS, (home, partner, *names), side)
        tense = visit_when(fact, quote)
        verb = {"expected": "is expected to visit", "future": "will visit"}.get(tense, "visited")
        if fact.metric == "visit.outbound":
            who = visitor or f"A delegation from {home}"
            return f"{who} {verb} {partner} ({date})."
        title = next((en for _, en in _TITLES if visitor.startswith(f"{en} ")), "")
        if title in ("", "Ambassador") and _POSTED_HERE.search(quote):
            # ("Đại sứ Jordan tại Việt Nam … đến thăm tỉnh": an envoy posted in the country
            # travels in it; no visit to Viet Nam)
            return ""
        if title and vietnamese_marked(visitor.removeprefix(title)):
            # ("Chủ tịch nước Trung Quốc Tập Cận Bình": the name's Vietnamese reading is no
            # English name; the office is)
            visitor = f"The {title}"
        who = f"{visitor} of {partner}" if visitor else f"A delegation from {partner}"
        return f"{who} {verb} {home} ({date})."
    return ""


def term_hints(text: str, countries: Iterable[Country] = ()) -> tuple[tuple[str, str], ...]:
    """The terms of :data:`TERMS` and the country names that ``text`` uses, longest first,
    a shorter term left out where a longer one covers it ("Đối tác toàn diện", not "Hiệp định"
    inside "Hiệp định Thương mại tự do")."""
    folded = fold(text)
    entries = [*TERMS, *((c.name_vi, c.name_en) for c in countries if c.name_vi != c.name_en)]
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for vi, en in sorted(entries, key=lambda t: -len(t[0])):
        key = fold(vi)
        for match in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", folded):
            span = (match.start(), match.end())
            if any(a <= span[0] and span[1] <= b for a, b in taken):
                continue
            taken.append(span)
            if (vi, en) not in found:
                found.append((vi, en))
    return tuple(found)


def suggest_english(
    fact: Fact, quote: str = "", home: Country | None = None, partner: Country | None = None
) -> Suggestion:
    """A suggested English statement for ``fact`` and the terms its quote uses."""
    home_name = in_sentence(home.name_en) if home else "Viet Nam"
    partner_name = in_sentence(partner.name_en) if partner else fact.pair.partition("-")[2]
    countries = [c for c in (home, partner) if c is not None]
    text = ""
    if fact.kind == "figure" and fact.metric:
        said = quote or fact.statement_vi
        home_names = [*(n for c in (home,) if c for n in (c.name_vi, c.name_en)), *HOME_NAMES]
        partner_names = [n for c in (partner,) if c for n in (c.name_vi, c.name_en)]
        into = (_invested_in(said, home_names), _invested_in(said, partner_names))
        sides = {"home": home_names, "partner": partner_names}
        text = _figure(fact, said, home_name, partner_name, into, sides)
    elif fact.kind == "event":
        names, side = visit_names(fact, home, partner)
        text = _event(fact, quote or fact.statement_vi, home_name, partner_name, names, side)
    # ("the Philippines is …": a sentence opens with a capital)
    text = text[:1].upper() + text[1:]
    return Suggestion(text, term_hints(quote or fact.statement_vi, countries))


__all__ = [
    "HOME_NAMES",
    "PARTNERSHIPS",
    "REGIONS",
    "TERMS",
    "TITLE_TERMS",
    "Suggestion",
    "on_date",
    "suggest_english",
    "term_hints",
    "visit_names",
    "visit_when",
]
