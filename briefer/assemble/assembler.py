"""Brief type + pair + facts → a ``Brief``: sections of items in topic order, with warnings.

Assembly is pure: it receives the facts as a list (the store hands them over) and returns
frozen data. The same input always gives the same brief, item uuids included.
"""

from __future__ import annotations

import dataclasses
import re
import uuid as uuidlib
from collections.abc import Sequence
from datetime import date

from briefer.assemble.checks import check_brief
from briefer.assemble.shared import own_lines
from briefer.domain.brief import (
    LANGUAGES,
    ROLE_ANNIVERSARY,
    ROLE_LAST_VISIT_INBOUND,
    ROLE_LAST_VISIT_OUTBOUND,
    Brief,
    BriefItem,
    BriefSection,
    BriefType,
    brief_type,
)
from briefer.domain.itemline import anniversary_text
from briefer.domain.model import Fact, Pair
from briefer.domain.rules import (
    INBOUND,
    OUTBOUND,
    Choice,
    chronological,
    conflict_key,
    group_visits,
    is_eligible,
    is_figure,
    is_stale,
    normalize_period,
    order_for_topic,
    reference_end,
    reference_start,
    relations_founding,
    resolve,
    visit_direction,
)
from briefer.domain.topics import is_topic, topic_heading
from briefer.domain.visitlevel import lower_level_visit
from briefer.domain.visittense import visit_tense
from briefer.errors import InputError

_ITEM_NAMESPACE = uuidlib.UUID("6f1c1d1e-59a4-4d0e-9b4e-3c1b6a0e7b21")


def _item_uuid(pair: str, brief_type_key: str, role: str, fact_uuid: str) -> str:
    return str(uuidlib.uuid5(_ITEM_NAMESPACE, f"{pair}|{brief_type_key}|{role}|{fact_uuid}"))


def assemble_brief(
    pair: Pair,
    brief_type: str,
    lang: str,
    brief_date: date,
    facts: Sequence[Fact],
    marking: str = "",
) -> Brief:
    """Draft a brief of type ``brief_type`` for ``pair`` in ``lang`` as of ``brief_date``.

    Only approved, non-deprecated facts of the pair are used; of several facts for one
    metric and period one is shown (``preferred`` first), and disagreements are warned
    about. Computed lines (anniversary of relations, the last high-level visit each way)
    keep the citations of the facts they come from; their lines are not stored but derived
    whenever the brief is shown (``domain.itemline``).
    """
    if lang not in LANGUAGES:
        raise InputError(
            f"Briefs are written in Vietnamese or English ('vi' or 'en'), not '{lang}'."
        )
    kind = _brief_type(brief_type)
    eligible = [f for f in facts if is_eligible(f, pair.code) and is_topic(f.topic)]
    choices = {c.shown.uuid: c for c in resolve(eligible)}
    shown = _drop_superseded(
        [c.shown for c in choices.values()], brief_date, always=kind.metric_only
    )

    anniversary = _anniversary_item(pair, kind, eligible, brief_date)
    # The facts the anniversary line comes from are cited by it, not repeated below it.
    hidden = set(anniversary.cited_fact_uuids()) if anniversary else set()

    sections: list[BriefSection] = []
    for topic in kind.topics:
        topic_facts = [f for f in shown if f.topic == topic and f.uuid not in hidden]
        topic_facts = [f for f in topic_facts if _fits(kind, f)]
        ordered = order_for_topic(topic, topic_facts)
        merged: dict[str, tuple[Fact, ...]] = {}
        if topic == "visits":
            ordered, merged = _one_row_per_visit(pair, ordered)
        ordered, same = _one_item_per_statement(ordered, lang)
        merged = {u: (*merged.get(u, ()), *same.get(u, ())) for u in merged.keys() | same.keys()}
        ordered = _limit(kind, topic, ordered)
        items: list[BriefItem] = []
        if topic == "diplomatic" and anniversary is not None:
            items.append(anniversary)
        if topic == "visits":
            items.extend(_last_visit_items(pair, kind, eligible, brief_date))
        items.extend(
            _fact_item(pair, kind, choices[f.uuid], merged.get(f.uuid, ())) for f in ordered
        )
        sections.append(BriefSection(topic, topic_heading(topic, lang), tuple(items)))

    # (a sentence holding facts of two topics: each section says its own)
    sections = own_lines(sections, {f.uuid: f for f in eligible}, pair, lang)
    if kind.max_items:
        sections = _cap(sections, kind.max_items)

    by_uuid = {f.uuid: f for f in facts}
    revisions = {
        uuid: by_uuid[uuid].revision
        for section in sections
        for item in section.items
        for uuid in item.cited_fact_uuids()
        if uuid in by_uuid
    }
    brief = Brief(
        pair=pair.code,
        brief_type=kind.key,
        language=lang,
        brief_date=brief_date.isoformat(),
        marking=marking,
        title=kind.title(lang),
        sections=tuple(sections),
        fact_revisions=revisions,
        pair_label=pair.label(lang),
        home=pair.home,
        partner=pair.partner,
    )
    return brief.with_warnings(check_brief(brief, list(facts)))


def plain_statement_limits(brief_type_key: str) -> dict[str, int]:
    """How many plain statements (no metric, value or date) of each topic a brief of this
    type can show (0: all of them), so the store need not hand over the rest.

    A plain statement has nothing to choose, date, merge or warn about: it is never a
    figure, a visit or the founding of relations, sorts before the dated facts of its topic
    in store order, and only the topic's limit decides whether it is shown. A type that
    takes no statements, or only facts with a metric, needs none.
    """
    kind = _brief_type(brief_type_key)
    if kind.metric_only or (kind.kinds and "statement" not in kind.kinds):
        return {}
    return {topic: kind.limit(topic) for topic in kind.topics if is_topic(topic)}


def attach_pair(brief: Brief, pair: Pair) -> Brief:
    """``brief`` with its pair's countries and label filled in (a brief loaded from the store
    lacks them; rendering uses them for the pair label and the direction of visits)."""
    return dataclasses.replace(
        brief, pair_label=pair.label(brief.language), home=pair.home, partner=pair.partner
    )


def _brief_type(key: str) -> BriefType:
    return brief_type(key)


def _fits(kind: BriefType, fact: Fact) -> bool:
    if kind.kinds and fact.kind not in kind.kinds:
        return False
    return not (kind.metric_only and not (fact.metric or is_figure(fact)))


def _period_kind(fact: Fact) -> str:
    """ "year" for a figure over a whole calendar year, "partial" for anything else."""
    when = fact.period or fact.as_of
    return "year" if re.fullmatch(r"\d{4}", normalize_period(when)) else "partial"


def _drop_superseded(facts: list[Fact], on: date, always: bool = False) -> list[Fact]:
    """Per metric, the latest full-year figure and a later partial-year one stay; an older
    figure gives way to them when it is stale (or ``always``, for a one-page fact sheet).

    "2023: 500 million USD" and "January–July 2024: 300 million USD" are both shown; a
    "January–September 2022" figure gives way to the full year 2022 or any later figure.
    """
    latest: dict[tuple[str, str], date] = {}
    ends: dict[int, tuple[date, str]] = {}  # id(fact) → (end of its period, period kind)
    for fact in facts:
        end = reference_end(fact)
        if conflict_key(fact) is not None and end is not None:
            kind = _period_kind(fact)
            ends[id(fact)] = (end, kind)
            key = (fact.metric, kind)
            latest[key] = max(end, latest.get(key, end))
    kept = []
    for fact in facts:
        if id(fact) not in ends:
            kept.append(fact)
            continue
        end, kind = ends[id(fact)]
        year_end = latest.get((fact.metric, "year"))
        newest_same = latest.get((fact.metric, kind), end)
        if kind == "year":
            superseded = newest_same > end
        else:  # a partial period gives way to a later partial one, or to a full year
            superseded = newest_same > end or (year_end is not None and year_end >= end)
        if not (superseded and (always or is_stale(fact, on))):
            kept.append(fact)
    return kept


def _limit(kind: BriefType, topic: str, ordered: list[Fact]) -> list[Fact]:
    limit = kind.limit(topic)
    if not limit or len(ordered) <= limit:
        return ordered
    if topic == "visits":
        # The most recent visits, still shown oldest first; undated ones only if room is left.
        dated = [f for f in ordered if reference_start(f) is not None]
        undated = [f for f in ordered if reference_start(f) is None]
        kept = dated[-limit:]
        return kept + undated[: limit - len(kept)]
    return ordered[:limit]


def _cap(sections: list[BriefSection], max_items: int) -> list[BriefSection]:
    capped: list[BriefSection] = []
    room = max_items
    for section in sections:
        items = section.items[: max(room, 0)]
        room -= len(items)
        capped.append(BriefSection(section.topic, section.heading, items))
    return capped


def _fact_item(
    pair: Pair, kind: BriefType, choice: Choice, merged: Sequence[Fact] = ()
) -> BriefItem:
    fact = choice.shown
    # Facts giving the same value from other sources add their citations, and so do facts
    # describing the same visit (one timeline row per visit).
    cites = dict.fromkeys(f.uuid for f in (*choice.agreeing, *merged) if f.cited)
    return BriefItem(
        uuid=_item_uuid(pair.code, kind.key, "fact", fact.uuid),
        kind="fact",
        fact_uuid=fact.uuid,
        cites=tuple(cites),
    )


def _one_row_per_visit(
    pair: Pair, ordered: list[Fact]
) -> tuple[list[Fact], dict[str, tuple[Fact, ...]]]:
    """The visits section with facts about the same visit merged into one item."""
    events = [f for f in ordered if f.kind == "event"]
    groups = group_visits(events, pair.home, pair.partner)
    merged = {main.uuid: rest for main, rest in groups if rest}
    dropped = {f.uuid for _, rest in groups for f in rest}
    return [f for f in ordered if f.uuid not in dropped], merged


def _one_item_per_statement(
    ordered: list[Fact], lang: str
) -> tuple[list[Fact], dict[str, tuple[Fact, ...]]]:
    """Facts a source states in one sentence ("Vietnam is Peru's largest trading partner in
    Southeast Asia, while Peru ranks as Vietnam's sixth-largest … in Latin America": two
    ranks) print that sentence once, citing each fact, not twice in a row."""
    first: dict[str, Fact] = {}
    merged: dict[str, tuple[Fact, ...]] = {}
    kept: list[Fact] = []
    for fact in ordered:
        text = " ".join((fact.statement_en if lang == "en" else fact.statement_vi).split())
        # (a plain statement — no metric, value or date — merges with nothing: see
        # plain_statement_limits, which lets the store hand over only as many as are shown)
        plain = not (fact.metric or fact.value is not None or fact.event_date)
        main = first.get(text) if text and not plain else None
        if main is None:
            if not plain:
                first.setdefault(text, fact)
            kept.append(fact)
        else:
            merged[main.uuid] = (*merged.get(main.uuid, ()), fact)
    return kept, merged


# ---- computed items --------------------------------------------------------------------------


def _anniversary_item(
    pair: Pair, kind: BriefType, eligible: Sequence[Fact], on: date
) -> BriefItem | None:
    if ROLE_ANNIVERSARY not in kind.computed:
        return None
    founding = relations_founding(eligible)
    # (before the first whole year there is no anniversary to say)
    if founding is None or not anniversary_text(founding.value, on, "vi"):
        return None
    fact = founding.shown
    # No line is stored: it is derived from the cited facts and the brief's date whenever
    # the brief is shown (domain.itemline.computed_line), so a corrected founding reaches it.
    return BriefItem(
        uuid=_item_uuid(pair.code, kind.key, ROLE_ANNIVERSARY, fact.uuid),
        kind="computed",
        fact_uuid=fact.uuid,
        cites=tuple(f.uuid for f in founding.agreeing if f.cited),
        role=ROLE_ANNIVERSARY,
    )


def _told_as_planned(fact: Fact) -> bool:
    """A visit every one of whose quotes (else statements) says it is still to come."""
    words = [c.quote for c in fact.citations if c.quote] or [
        s for s in (fact.statement_vi, fact.statement_en) if s
    ]
    return bool(words) and all(visit_tense(w) != "past" for w in words)


def _last_visit_items(
    pair: Pair, kind: BriefType, eligible: Sequence[Fact], on: date
) -> list[BriefItem]:
    latest: dict[str, Fact] = {}
    visits = [
        f
        for f in eligible
        if f.topic == "visits"
        and f.kind == "event"
        # undated, or planned after the brief date: not a visit that happened
        and (reference_start(f) or date.max) <= on
        # nor one its own words tell as still to come ("dự kiến trong năm 2026"), whatever
        # its date: a plan this year is no "latest visit" on the brief's day
        and not _told_as_planned(f)
        # nor an envoy's call ("Đại sứ Kenya tại Việt Nam … làm việc tại tỉnh") or a city's
        # delegation: the visits section lists them, but neither is a high-level visit
        and not lower_level_visit(f)
    ]
    # Facts about one visit count once, through the fact that gives its direction.
    merged_into: dict[str, tuple[Fact, ...]] = {}
    for fact, merged in group_visits(chronological(visits), pair.home, pair.partner):
        merged_into[fact.uuid] = merged
        start = reference_start(fact)
        assert start is not None
        direction = visit_direction(fact, pair.home, pair.partner)
        if not direction:
            continue
        current = latest.get(direction)
        if current is None or (start, fact.uuid) > (
            reference_start(current) or start,
            current.uuid,
        ):
            latest[direction] = fact
    items = []
    for direction, role in (
        (OUTBOUND, ROLE_LAST_VISIT_OUTBOUND),
        (INBOUND, ROLE_LAST_VISIT_INBOUND),
    ):
        if direction not in latest or role not in kind.computed:
            continue
        fact = latest[direction]
        # (its line is derived from the fact as it is now whenever the brief is shown:
        # domain.itemline.computed_line)
        items.append(
            BriefItem(
                uuid=_item_uuid(pair.code, kind.key, role, fact.uuid),
                kind="computed",
                fact_uuid=fact.uuid,
                # The other facts about the same visit are cited too.
                cites=tuple(f.uuid for f in merged_into.get(fact.uuid, ()) if f.cited),
                role=role,
            )
        )
    return items
