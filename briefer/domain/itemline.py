"""What a brief item says when the officer wrote nothing: its machine line, or its fact's
statement — derived from the current facts every time the item is shown or rendered.

A computed item ("33 năm thiết lập quan hệ ngoại giao (25/3/1993)", "Chuyến thăm cấp cao
gần nhất từ A sang B (tháng 11/2017): …") is derived the same way, from its cited facts as
they are now and the brief's date (:func:`computed_line`): its ``text_vi``/``text_en`` too
are the officer's wording only, so an editor's correction of the founding date or of a
visit reaches a brief saved before it.

A source sentence holding facts filed under different sections would otherwise print whole
in each; the assembler marks such an item (``BriefItem.says_own_line``) and the item then
says its own facts' lines (:func:`briefer.domain.ownline.own_line`). The line is never stored:
``text_vi``/``text_en`` are the officer's own wording only, so an unedited item shows as
unedited, and an editor's correction of the fact (its value, its date) reaches the line the
next time the brief is shown or exported. This module owns that derivation (the assembler
decides which items are marked: ``briefer.assemble.shared``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from briefer.domain.brief import (
    ROLE_ANNIVERSARY,
    ROLE_LAST_VISIT_INBOUND,
    ROLE_LAST_VISIT_OUTBOUND,
    BriefItem,
)
from briefer.domain.founding import Founding
from briefer.domain.model import Country, Fact, Pair
from briefer.domain.periods import completed_years, fact_when
from briefer.domain.rules import is_eligible, relations_founding
from briefer.text.display import format_date

# The date a visit's own line ends with, which the "latest visit" head says already.
_TRAILING_DATE = re.compile(r"\s*\([^()]*\)(?=\.?$)")


def sentence(fact: Fact | None, lang: str) -> str:
    """``fact``'s statement in ``lang`` with its spaces squeezed ("" for no fact): the key
    by which items are found to share one source sentence."""
    if fact is None:
        return ""
    return " ".join((fact.statement_en if lang == "en" else fact.statement_vi).split())


def last_visit_text(pair: Pair, fact: Fact, role: str, lang: str, body: str) -> str:
    """ "Chuyến thăm cấp cao gần nhất từ A sang B (tháng 11/2017): <body>" ("… (date)" alone
    for no body: an English line never says the Vietnamese statement)."""
    src, dst = (
        (pair.home, pair.partner) if role == ROLE_LAST_VISIT_OUTBOUND else (pair.partner, pair.home)
    )
    when = format_date(fact_when(fact), lang)
    if lang == "en":
        head = f"Latest high-level visit from {src.name_en} to {dst.name_en} ({when})"
    else:
        head = f"Chuyến thăm cấp cao gần nhất từ {src.name_vi} sang {dst.name_vi} ({when})"
    return f"{head}: {body}" if body else head


def anniversary_text(established: str, on: date, lang: str) -> str:
    """ "33 năm thiết lập quan hệ ngoại giao (25/3/1993)" / "33 years of diplomatic relations
    (25 March 1993)" on ``on`` ("" before the first whole year, or for no founding date)."""
    years = completed_years(established, on) if established else None
    if years is None or years < 1:
        return ""
    when = format_date(established, lang)
    if lang == "en":
        return f"{years} {'year' if years == 1 else 'years'} of diplomatic relations ({when})"
    return f"{years} năm thiết lập quan hệ ngoại giao ({when})"


def shared_line(item: BriefItem, facts: Mapping[str, Fact], pair: Pair, lang: str) -> str:
    """What ``item`` says instead of its fact's sentence, which another section prints too:
    the own lines of the facts it states (those whose statement is that sentence), joined;
    "" when one has none, or its figures are of different dates (the brief tags a figure's
    line with its item's period once)."""
    wording = sentence(facts.get(item.fact_uuid or ""), lang)
    stated = [
        fact
        for uuid in item.cited_fact_uuids()
        if (fact := facts.get(uuid)) is not None and sentence(fact, lang) == wording
    ]
    if not wording or not stated:
        return ""
    # Loaded here, not with the module: a sentence shared by two sections is rare, and
    # ``own_line`` brings the English wording's whole chain (figure scope, amounts, ranks,
    # regions: ~50 ms of an export's start-up, mostly regular expressions compiled on import).
    from briefer.domain.ownline import own_line

    lines = [own_line(fact, lang, pair.home, pair.partner) for fact in stated]
    if not all(lines):
        return ""
    if len({fact_when(f) for f in stated if f.kind == "figure"}) > 1:
        return ""
    if item.kind == "computed":  # the head says the date already
        fact = stated[0]
        return last_visit_text(pair, fact, item.role, lang, _TRAILING_DATE.sub("", lines[0]))
    return " ".join(dict.fromkeys(lines))


def machine_line(
    item: BriefItem,
    facts: Mapping[str, Fact],
    home: Country | None,
    partner: Country | None,
    lang: str,
) -> str:
    """The line a marked fact (or "latest visit") item says in ``lang`` from the current
    facts, or "" (not marked, the pair unknown, or the facts' fields no longer say enough:
    the item then says its fact's sentence, as an unmarked one does)."""
    if not item.says_own_line or item.kind not in ("fact", "computed"):
        return ""
    if home is None or partner is None:
        return ""
    return shared_line(item, facts, Pair(home, partner), lang)


def _founding(item: BriefItem, facts: Mapping[str, Fact], pair_code: str | None) -> Founding | None:
    """The founding an anniversary item's cited facts still give (retired, rejected or
    deprecated ones no longer count), or None."""
    cited = [facts[u] for u in item.cited_fact_uuids() if u in facts]
    return relations_founding(f for f in cited if is_eligible(f, pair_code))


def _visit(item: BriefItem, facts: Mapping[str, Fact], pair_code: str | None) -> Fact | None:
    """A latest-visit item's fact while it still counts (not retired, rejected or deprecated)."""
    fact = facts.get(item.fact_uuid or "")
    return fact if fact is not None and is_eligible(fact, pair_code) else None


def derivable(item: BriefItem, facts: Mapping[str, Fact], pair_code: str | None) -> bool:
    """Whether a computed item still has a fact to say its line from: a founding for the
    years of relations (however young: a founding less than a year old says nothing
    rightly), the visit itself for a latest visit."""
    if item.kind != "computed":
        return False
    if item.role == ROLE_ANNIVERSARY:
        return _founding(item, facts, pair_code) is not None
    latest_visit = item.role in (ROLE_LAST_VISIT_OUTBOUND, ROLE_LAST_VISIT_INBOUND)
    return latest_visit and _visit(item, facts, pair_code) is not None


def computed_line(
    item: BriefItem,
    facts: Mapping[str, Fact],
    home: Country | None,
    partner: Country | None,
    lang: str,
    on: str,
) -> str:
    """The line a computed item says in exactly ``lang`` from the current facts on the
    brief's date ``on`` (ISO), or "" (not a computed item, or nothing left to say it from:
    :func:`derivable`).

    The anniversary counts the years from the founding its cited facts still give; the
    latest visit says its fact's date and statement as they are now — never the Vietnamese
    statement in an English line (the line then says only when)."""
    if item.kind != "computed":
        return ""
    pair_code = f"{home.code}-{partner.code}" if home and partner else None
    if item.role == ROLE_ANNIVERSARY:
        founding = _founding(item, facts, pair_code)
        try:
            day = date.fromisoformat(on)
        except ValueError:
            return ""
        return anniversary_text(founding.value, day, lang) if founding else ""
    latest_visit = item.role in (ROLE_LAST_VISIT_OUTBOUND, ROLE_LAST_VISIT_INBOUND)
    fact = _visit(item, facts, pair_code)
    if fact is None or home is None or partner is None or not latest_visit:
        return ""
    if line := machine_line(item, facts, home, partner, lang):
        return line  # (its sentence is another section's too: the visit's own line)
    body = fact.statement_en if lang == "en" else fact.statement_vi
    return last_visit_text(Pair(home, partner), fact, item.role, lang, body)


def default_wording(
    item: BriefItem,
    facts: Mapping[str, Fact],
    home: Country | None,
    partner: Country | None,
    lang: str,
    on: str,
) -> str:
    """What a fact or computed item says in exactly ``lang`` when the officer wrote nothing
    there: a fact item its machine line, else its fact's statement ("" for a fact gone); a
    computed item its line from the current facts on the brief's date ``on`` (ISO); a text
    item nothing."""
    if item.kind == "computed":
        return computed_line(item, facts, home, partner, lang, on)
    fact = facts.get(item.fact_uuid or "")
    if item.kind != "fact" or fact is None:
        return ""
    line = machine_line(item, facts, home, partner, lang)
    return line or (fact.statement_en if lang == "en" else fact.statement_vi)


__all__ = [
    "anniversary_text",
    "computed_line",
    "default_wording",
    "derivable",
    "last_visit_text",
    "machine_line",
    "sentence",
    "shared_line",
]
