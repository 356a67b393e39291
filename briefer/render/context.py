"""Brief + facts → the plain data a template sees (dicts, lists and strings only).

Every human text in the context is already escaped for the markup (``markup.escape``), so
a template prints it as it is and a stray ``*``, ``|`` or ``[@`` in a statement stays text.
Keys never use the names of dict methods (``items``, ``keys``, ``values``…), which jinja
would resolve to the method instead of the entry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from briefer.domain.brief import BRIEF_TYPES, Brief, BriefItem, BriefSection
from briefer.domain.itemline import default_wording
from briefer.domain.model import Fact, Source
from briefer.domain.rules import (
    INBOUND,
    OUTBOUND,
    fact_when,
    is_figure,
    met_elsewhere,
    visit_direction,
)
from briefer.render.labels import fill
from briefer.render.markup import escape
from briefer.render.saidperiod import without_said_period
from briefer.text.display import format_date, period_label

_TRAILING_PUNCT = re.compile(r"[.;:!?…]+$")


def source_of(fact: Fact, sources: Mapping[int, Source] | None) -> tuple[str, str]:
    """(outlet or title, formatted-later published date) of the fact's first citation."""
    if not fact.citations:
        return "", ""
    citation = fact.citations[0]
    source = sources.get(citation.source_id) if sources else None
    if source is not None:
        return source.outlet or source.title, source.published_on
    return citation.source_outlet or citation.source_title, citation.source_published_on


def when_label(fact: Fact, lang: str, labels: Mapping[str, str]) -> str:
    """The period/as-of of a fact, as printed after a figure ("năm 2023", "as of May 2024")."""
    if fact.period:
        return period_label(fact.period, lang)
    if fact.as_of:
        return fill(labels.get("as_of", "{when}"), {"when": format_date(fact.as_of, lang)})
    if fact.event_date:
        return format_date(fact.event_date, lang)
    return ""


def with_period(text: str, label: str, fact: Fact) -> str:
    """``text`` with ``(label)`` before its final full stop: every figure ends with its period
    in the same words. Where ``text`` says ``fact``'s period in its own words as well, they
    go (``saidperiod``); where they cannot go and say the label already, no tag is added."""
    if not label:
        return text
    if when := fact_when(fact):
        text = without_said_period(text, when, as_of=not fact.period and bool(fact.as_of))
    if label.casefold() in text.casefold():
        return text
    body = text.rstrip()
    match = _TRAILING_PUNCT.search(body)
    end = match.group(0) if match else ""
    body = body[: len(body) - len(end)] if end else body
    return f"{body} ({label}){end}"


# Words whose date is what they say, not a label the table repeats ("dự kiến trong năm 2026",
# "is expected in March 2026"): without it a planned visit's line would end "… dự kiến."
_PLANNED_FOR = re.compile(
    r"(?:dự\s+kiến|dự\s+định|kế\s+hoạch|expected|scheduled|planned|due|slated)\s*$", re.IGNORECASE
)


def without_date(text: str, date_label: str) -> str:
    """``text`` without the date a table column already shows: "(tháng 7/1998)", a leading
    "Ngày 17/11/2023," / "On 17 November 2023", or "vào tháng 11/2024" / "in November 2024".
    Text that does not repeat the date exactly is returned unchanged."""
    if not date_label:
        return text
    label = re.escape(date_label)
    out = re.sub(rf"\s*\(\s*{label}\s*\)", "", text)
    out = re.sub(rf"^\s*(?:Ngày|Vào|On|In)\s+{label}\s*,?\s*", "", out, flags=re.IGNORECASE)
    out = re.sub(  # (never the date a plan is for: "dự kiến trong năm 2026" keeps it)
        rf"\s+(?:vào|trong|in|on)\s+{label}\b",
        lambda m: m.group(0) if _PLANNED_FOR.search(m.string, 0, m.start()) else "",
        out,
    )
    out = re.sub(rf"^\s*{label}\s*[,:]\s*", "", out)
    out = out.strip()
    if not out or not re.search(r"\w", out):
        return text
    return out[:1].upper() + out[1:]


def _first_lower(text: str) -> str:
    return text[:1].lower() + text[1:]


class _Builder:
    def __init__(
        self,
        brief: Brief,
        facts: Mapping[str, Fact],
        sources: Mapping[int, Source] | None,
        labels: Mapping[str, str],
    ) -> None:
        self.brief = brief
        self.facts = facts
        self.sources = sources
        self.lang = brief.language
        self.labels = labels
        self.raw: dict[str, tuple[str, str]] = {}  # item uuid → (unescaped text, date label)
        self._entries: dict[str, dict[str, Any] | None] = {}  # item uuid → its entry
        kind = BRIEF_TYPES.get(brief.brief_type)
        self.type_label = kind.label(self.lang) if kind else brief.brief_type
        self.date_label = format_date(brief.brief_date, self.lang)
        home, partner = brief.home, brief.partner
        self.home_name = home.name(self.lang) if home else ""
        self.partner_name = partner.name(self.lang) if partner else ""
        self.values = {
            "pair": brief.pair_label or brief.pair,
            "home": self.home_name,
            "partner": self.partner_name,
            "date": self.date_label,
            "type": self.type_label,
            "type_lower": _first_lower(self.type_label),
        }

    def label(self, key: str) -> str:
        return fill(self.labels.get(key, key), self.values)

    def cite(self, item: BriefItem) -> str:
        uuids = [u for u in item.cited_fact_uuids() if u in self.facts and self.facts[u].citations]
        return "".join(f"[@{u}]" for u in uuids)

    def wording(self, item: BriefItem, fact: Fact | None) -> str | None:
        """The item's words in the brief's language only: an English brief never prints
        the Vietnamese in place of a missing translation (it prints a visible gap and the
        brief warns "no English"). None: nothing to show at all."""
        text = item.own_text(self.lang) or self.derived(item, self.lang)
        if text:
            return text
        if fact is None and item.kind != "text":
            return None  # a fact item whose fact is gone, with no wording of its own
        other = "vi" if self.lang == "en" else "en"
        if item.kind == "computed":  # (no founding left: it says nothing, as a fact gone)
            has_other = item.own_text(other)
        else:
            has_other = item.own_text(other) or (fact.statement(other) if fact else "")
        return self.label("missing_wording") if has_other else None

    def derived(self, item: BriefItem, lang: str) -> str:
        """What the item says in ``lang`` without the officer's wording: a fact item's
        machine line or sentence, a computed item's line, from the facts as they are now."""
        brief = self.brief
        return default_wording(item, self.facts, brief.home, brief.partner, lang, brief.brief_date)

    def item(self, item: BriefItem) -> dict[str, Any] | None:
        """The template's entry for ``item`` (a copy: callers may add to it), worked out once
        per build — the sections and the key figures both ask, and a derived line, a visit's
        direction and its source take real work."""
        if item.uuid not in self._entries:
            self._entries[item.uuid] = self._entry(item)
        entry = self._entries[item.uuid]
        return None if entry is None else dict(entry)

    def _entry(self, item: BriefItem) -> dict[str, Any] | None:
        fact = self.facts.get(item.fact_uuid or "")
        text = self.wording(item, fact)
        if not text:
            return None
        self.raw[item.uuid] = (text, format_date(fact_when(fact), self.lang) if fact else "")
        figure = fact is not None and item.kind == "fact" and is_figure(fact)
        when = when_label(fact, self.lang, self.labels) if fact is not None else ""
        display = with_period(text, when, fact) if figure and fact is not None else text
        direction = ""
        known_pair = self.brief.home is not None and self.brief.partner is not None
        if fact is not None and fact.topic == "visits" and known_pair:
            assert self.brief.home is not None and self.brief.partner is not None
            direction = visit_direction(fact, self.brief.home, self.brief.partner)
        if direction == OUTBOUND:
            direction_label = self.label("outbound")
        elif direction == INBOUND:
            direction_label = self.label("inbound")
        elif (
            fact is not None
            and self.brief.home is not None
            and self.brief.partner is not None
            and met_elsewhere(fact, self.brief.home, self.brief.partner)
        ):
            direction_label = self.label("other_direction")  # (a summit abroad: the sidelines)
        else:
            direction_label = ""  # no direction and no place abroad: say nothing, never guess
        outlet, published = source_of(fact, self.sources) if fact is not None else ("", "")
        source = outlet
        if outlet and published:
            source = f"{outlet}, {format_date(published, self.lang, bare=True)}"
        period = when or (self.label("undated") if figure else "")
        return {
            "uuid": item.uuid,
            "kind": item.kind,
            "role": item.role,
            "fact_uuid": item.fact_uuid or "",
            "fact_kind": fact.kind if fact else "",
            "topic": fact.topic if fact else "",
            "metric": fact.metric if fact else "",
            "is_figure": figure,
            "text": escape(text),
            "display": escape(display),
            "period": escape(period),
            "date": escape(format_date(fact_when(fact), self.lang) if fact else ""),
            "date_iso": fact_when(fact) if fact else "",
            "direction": direction,
            "direction_label": escape(direction_label),
            "source": escape(source),
            "cite": self.cite(item),
        }

    def section(self, section: BriefSection) -> dict[str, Any]:
        entries = [e for e in (self.item(i) for i in section.items) if e is not None]
        highlights = [e for e in entries if e["kind"] == "computed"]
        rest = [e for e in entries if e["kind"] != "computed"]
        timeline: list[dict[str, Any]] = []
        if section.topic == "visits":
            timeline = [e for e in rest if e["fact_kind"] == "event"]
            for row in timeline:
                if not row["date"]:
                    row["date"] = escape(self.label("undated"))
                else:  # the date column says when: the event text need not say it again
                    raw_text, raw_date = self.raw[row["uuid"]]
                    row["text"] = escape(without_date(raw_text, raw_date))
            rest = [e for e in rest if e["fact_kind"] != "event"]
        return {
            "topic": section.topic,
            "heading": escape(section.heading),
            "anchor": f"sec-{section.topic}",
            "entries": entries,
            "highlights": highlights,
            "timeline": timeline,
            "others": rest,
            "empty": not entries,
        }

    def key_figure(self, entry: dict[str, Any], item: BriefItem) -> dict[str, Any]:
        period = entry["period"]
        figure = entry["text"]
        if not period and entry["kind"] == "computed":
            fact = self.facts.get(item.fact_uuid or "")
            when = format_date(fact_when(fact), self.lang) if fact else ""
            period = escape(when)
            # "32 năm … (năm 1994)" next to a period column saying "năm 1994": say it once.
            figure = escape(without_date(self.raw[item.uuid][0], when))
        return {
            "figure": figure,
            "period": period or escape(self.label("undated")),
            "source": entry["source"],
            "cite": entry["cite"],
        }

    def build(self) -> dict[str, Any]:
        sections = [self.section(s) for s in self.brief.sections]
        key_figures = []
        for section in self.brief.sections:
            for item in section.items:
                entry = self.item(item)
                if entry is not None:
                    key_figures.append(self.key_figure(entry, item))
        labels = {k: escape(self.label(k)) for k in self.labels if not k.startswith("_")}
        brief = self.brief
        return {
            "lang": self.lang,
            "labels": labels,
            "brief": {
                "title": escape(brief.title),
                "pair": brief.pair,
                "pair_label": escape(brief.pair_label or brief.pair),
                "home": escape(self.home_name),
                "partner": escape(self.partner_name),
                "type": brief.brief_type,
                "type_label": escape(self.type_label),
                "date": brief.brief_date,
                "date_label": escape(self.date_label),
                "marking": escape(brief.marking),
                "has_facts": any(not s["empty"] for s in sections),
            },
            "sections": sections,
            "key_figures": key_figures,
            "warnings": [
                {
                    "code": w.code,
                    "message": escape(w.message(self.lang)),
                    "fact_uuid": w.fact_uuid or "",
                    "item_uuid": w.item_uuid or "",
                }
                for w in brief.warnings
            ],
        }


def build_context(
    brief: Brief,
    facts: Mapping[str, Fact],
    sources: Mapping[int, Source] | None,
    labels: Mapping[str, str],
) -> dict[str, Any]:
    """The template context of ``brief``: plain dicts, lists and strings, nothing live."""
    return _Builder(brief, facts, sources, labels).build()
