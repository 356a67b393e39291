"""Assembly: brief types, section order, choice of facts, computed lines and warnings."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from briefer.assemble import BRIEF_TYPES, assemble_brief, check_brief
from briefer.domain.brief import (
    ROLE_ANNIVERSARY,
    ROLE_LAST_VISIT_INBOUND,
    ROLE_LAST_VISIT_OUTBOUND,
    Brief,
    BriefItem,
)
from briefer.domain.itemline import computed_line
from briefer.domain.model import Fact, Pair
from briefer.domain.topics import TOPIC_KEYS
from briefer.errors import InputError
from tests.unit.test_assemble_data import (
    ALL_FACTS,
    BRIEF_DATE,
    CL,
    DEPRECATED,
    DRAFT,
    ESTABLISHED,
    EXPORTS_2021,
    INVESTMENT,
    OTHER_PAIR,
    PARTNERSHIP,
    RANK_OTHER,
    RANK_PREFERRED,
    RETIRED,
    TRADE_9M_2024,
    TRADE_2025_A,
    TRADE_2025_B,
    TRADE_OVER_2BN,
    VISIT_2016,
    VISIT_2023_SIDELINE,
    VISIT_2024_INBOUND,
    VISIT_2024_OUTBOUND,
    VN,
    VN_CL,
)


def brief_of(kind: str = "state-visit", lang: str = "vi", on: date = BRIEF_DATE) -> Brief:
    return assemble_brief(VN_CL, kind, lang, on, ALL_FACTS, marking="MẬT")


def said(brief: Brief, item: BriefItem, lang: str, facts: list[Fact] = ALL_FACTS) -> str:
    """What a computed item says in ``lang``: derived from the facts, never stored."""
    by_uuid = {f.uuid: f for f in facts}
    return computed_line(item, by_uuid, brief.home, brief.partner, lang, brief.brief_date)


def shown_facts(brief: Brief) -> set[str]:
    return {u for item in brief.items() for u in item.cited_fact_uuids()}


def codes(brief: Brief) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for w in brief.warnings:
        found.setdefault(w.code, set()).add(w.fact_uuid or w.item_uuid or "")
    return found


def test_state_visit_sections_follow_the_topic_order() -> None:
    brief = brief_of()
    assert tuple(s.topic for s in brief.sections) == TOPIC_KEYS
    assert brief.sections[1].heading == "Quan hệ ngoại giao"
    assert brief_of(lang="en").sections[1].heading == "Diplomatic relations"


def test_ministerial_talks_keeps_its_topics_in_design_order() -> None:
    brief = brief_of("ministerial-talks")
    topics = [s.topic for s in brief.sections]
    assert topics == [
        "diplomatic",
        "visits",
        "mechanisms",
        "agreements",
        "economic",
        "proposals",
        "talking_points",
    ]
    assert topics == sorted(topics, key=TOPIC_KEYS.index)


def test_brief_carries_its_identity() -> None:
    brief = brief_of(lang="en")
    assert (brief.pair, brief.brief_type, brief.language) == ("VN-CL", "state-visit", "en")
    assert brief.brief_date == "2026-03-25"
    assert brief.marking == "MẬT"
    assert brief.title == BRIEF_TYPES["state-visit"].title_en
    assert brief.pair_label == "Viet Nam – Chile"


def test_retired_deprecated_draft_and_other_pairs_never_shown() -> None:
    for kind in BRIEF_TYPES:
        for lang in ("vi", "en"):
            shown = shown_facts(brief_of(kind, lang))
            for fact in (RETIRED, DEPRECATED, DRAFT, OTHER_PAIR):
                assert fact.uuid not in shown, (kind, lang, fact.uuid)


def test_preferred_rank_wins_silently() -> None:
    brief = brief_of()
    shown = shown_facts(brief)
    assert RANK_PREFERRED.uuid in shown
    assert RANK_OTHER.uuid not in shown  # even though it was updated more recently
    assert not any(w.fact_uuid in (RANK_PREFERRED.uuid, RANK_OTHER.uuid) for w in brief.warnings)


def test_conflicting_approved_figures_show_one_and_warn() -> None:
    brief = brief_of()
    shown = shown_facts(brief)
    assert len({TRADE_2025_A.uuid, TRADE_2025_B.uuid} & shown) == 1
    conflicts = [w for w in brief.warnings if w.code == "conflict"]
    assert len(conflicts) == 1
    warning = conflicts[0]
    assert warning.fact_uuid in (TRADE_2025_A.uuid, TRADE_2025_B.uuid)
    assert "trade.total" in warning.message_en
    assert "2,3 tỷ USD" in warning.message_vi and "2,1 tỷ USD" in warning.message_vi
    assert warning.item_uuid in {i.uuid for i in brief.items()}


def test_marking_one_preferred_settles_the_conflict() -> None:
    facts = [
        dataclasses.replace(f, rank="preferred") if f is TRADE_2025_A else f for f in ALL_FACTS
    ]
    brief = assemble_brief(VN_CL, "state-visit", "vi", BRIEF_DATE, facts)
    shown = shown_facts(brief)
    assert TRADE_2025_A.uuid in shown and TRADE_2025_B.uuid not in shown
    assert "conflict" not in codes(brief)


def test_a_stale_figure_is_flagged() -> None:
    brief = brief_of()
    assert EXPORTS_2021.uuid in shown_facts(brief)
    stale = [w for w in brief.warnings if w.code == "stale"]
    assert [w.fact_uuid for w in stale] == [EXPORTS_2021.uuid]
    assert "18" in stale[0].message_vi and "năm 2021" in stale[0].message_vi


def test_a_stale_figure_gives_way_to_a_newer_one_of_its_metric() -> None:
    # "vượt mức 2 tỷ USD" (as of 8/2024) is older than 18 months and trade.total has newer values.
    brief = brief_of()
    assert TRADE_OVER_2BN.uuid not in shown_facts(brief)
    assert TRADE_9M_2024.uuid in shown_facts(brief)


def test_staleness_moves_with_the_brief_date() -> None:
    early = brief_of(on=date(2022, 6, 1))
    assert "stale" not in codes(early)
    # Trade for 9 months of 2024 ended 2024-09-30: current until 2026-03-30. After that it
    # is stale, and since trade.total has a newer value (2025) it simply gives way.
    assert TRADE_9M_2024.uuid in shown_facts(brief_of(on=date(2026, 3, 30)))
    assert TRADE_9M_2024.uuid not in shown_facts(brief_of(on=date(2026, 3, 31)))
    alone = [f for f in ALL_FACTS if f.metric != "trade.total" or f is TRADE_9M_2024]
    late = assemble_brief(VN_CL, "state-visit", "vi", date(2026, 3, 31), alone)
    assert TRADE_9M_2024.uuid in codes(late)["stale"]


def test_english_brief_warns_about_missing_statement_en() -> None:
    assert "untranslated" not in codes(brief_of(lang="vi"))
    untranslated = codes(brief_of(lang="en"))["untranslated"]
    assert untranslated == {INVESTMENT.uuid}


def test_vietnamese_brief_warns_about_a_fact_worded_only_in_its_english_source() -> None:
    """An English source's draft carries its own English words in both languages until an
    editor translates it; a Vietnamese brief would print English lines without a word said
    (seen in an exported fact sheet of English wire copy)."""
    english = "Chile's investment in Vietnam reached 12 valid projects by the end of 2025."
    worded = dataclasses.replace(INVESTMENT, statement_vi=english, statement_en=english)
    facts = [worded if f is INVESTMENT else f for f in ALL_FACTS]
    brief = assemble_brief(VN_CL, "state-visit", "vi", BRIEF_DATE, facts)
    assert codes(brief)["untranslated"] == {INVESTMENT.uuid}
    warning = next(w for w in brief.warnings if w.code == "untranslated")
    assert warning.message_vi.startswith("Chưa có tiếng Việt") and "Chile's investment" in (
        warning.message_vi
    )
    # the English brief is fine with it, and an officer's own Vietnamese wording settles it
    assert "untranslated" not in codes(
        assemble_brief(VN_CL, "state-visit", "en", BRIEF_DATE, facts)
    )
    reworded = dataclasses.replace(
        brief,
        sections=tuple(
            dataclasses.replace(
                s,
                items=tuple(
                    dataclasses.replace(i, text_vi="Chile có 12 dự án đầu tư tại Việt Nam.")
                    if i.fact_uuid == INVESTMENT.uuid
                    else i
                    for i in s.items
                ),
            )
            for s in brief.sections
        ),
    )
    assert all(w.code != "untranslated" for w in check_brief(reworded, facts))


def test_a_short_or_vietnamese_statement_is_never_called_english() -> None:
    from briefer.text.language import reads_english

    assert not reads_english("Peru: 1,3 tỷ USD")  # too short to tell
    assert not reads_english("Hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện.")
    assert not reads_english("Tổng thống Gabriel Boric thăm Việt Nam tháng 11/2024.")
    assert reads_english("The two countries upgraded their ties in September 2016.")
    # a Vietnamese leader's name in English wording does not make it Vietnamese
    assert reads_english("President Lương Cường held talks with President Dina Boluarte in Lima.")


def test_officer_text_without_a_citation_is_warned() -> None:
    brief = brief_of()
    talking = brief.section("talking_points")
    assert talking is not None
    uncited = BriefItem("item-officer-1", "text", text_vi="Đề nghị Chile ủng hộ Việt Nam.")
    cited = BriefItem(
        "item-officer-2", "text", text_vi="Thương mại tăng mạnh.", cites=(TRADE_9M_2024.uuid,)
    )
    sections = tuple(
        dataclasses.replace(s, items=(*s.items, uncited, cited)) if s is talking else s
        for s in brief.sections
    )
    edited = dataclasses.replace(brief, sections=sections)
    warnings = check_brief(edited, ALL_FACTS)
    uncited_items = [w.item_uuid for w in warnings if w.code == "uncited"]
    assert uncited_items == ["item-officer-1"]
    assert "Đề nghị Chile" in next(w for w in warnings if w.code == "uncited").message_vi


def test_anniversary_is_computed_from_the_brief_date() -> None:
    brief = brief_of()
    diplomatic = brief.section("diplomatic")
    assert diplomatic is not None
    first = diplomatic.items[0]
    assert first.kind == "computed" and first.role == ROLE_ANNIVERSARY
    assert first.fact_uuid == ESTABLISHED.uuid  # its citation stays attached
    assert (first.text_vi, first.text_en) == ("", "")  # (the officer's wording only)
    assert said(brief, first, "vi") == "55 năm thiết lập quan hệ ngoại giao (25/3/1971)"
    assert said(brief, first, "en") == "55 years of diplomatic relations (25 March 1971)"
    # The day before the anniversary it is still 54 years.
    earlier = brief_of(on=date(2026, 3, 24))
    before = earlier.section("diplomatic")
    assert before is not None
    assert said(earlier, before.items[0], "vi").startswith("54 năm")
    # The source fact is not repeated under the computed line.
    assert [i.fact_uuid for i in diplomatic.items].count(ESTABLISHED.uuid) == 1
    assert PARTNERSHIP.uuid in [i.fact_uuid for i in diplomatic.items]


def test_anniversary_from_an_event_fact_without_metric() -> None:
    event = dataclasses.replace(ESTABLISHED, metric="")
    brief = assemble_brief(VN_CL, "state-visit", "en", BRIEF_DATE, [event])
    diplomatic = brief.section("diplomatic")
    assert diplomatic is not None
    line = said(brief, diplomatic.items[0], "en", [event])
    assert line == "55 years of diplomatic relations (25 March 1971)"


def test_visits_are_a_timeline_oldest_first() -> None:
    brief = brief_of()
    visits = brief.section("visits")
    assert visits is not None
    timeline = [i.fact_uuid for i in visits.items if i.kind == "fact"]
    assert timeline == [
        VISIT_2016.uuid,
        VISIT_2023_SIDELINE.uuid,
        VISIT_2024_INBOUND.uuid,
        VISIT_2024_OUTBOUND.uuid,
    ]


def test_last_visit_each_way() -> None:
    brief = brief_of()
    visits = brief.section("visits")
    assert visits is not None
    computed = {i.role: i for i in visits.items if i.kind == "computed"}
    outbound = computed[ROLE_LAST_VISIT_OUTBOUND]
    inbound = computed[ROLE_LAST_VISIT_INBOUND]
    assert outbound.fact_uuid == VISIT_2024_OUTBOUND.uuid
    assert inbound.fact_uuid == VISIT_2024_INBOUND.uuid
    assert "từ Việt Nam sang Chile" in said(brief, outbound, "vi")
    assert "from Chile to Viet Nam" in said(brief, inbound, "en")
    # Before the 2024 visits, the 2016 state visit (metric visit.outbound) is the last one.
    earlier = brief_of(on=date(2020, 1, 1)).section("visits")
    assert earlier is not None
    roles = {i.role: i.fact_uuid for i in earlier.items if i.kind == "computed"}
    assert roles == {ROLE_LAST_VISIT_OUTBOUND: VISIT_2016.uuid}


def test_ministerial_talks_is_shorter_and_keeps_the_latest_visits() -> None:
    state = brief_of("state-visit")
    talks = brief_of("ministerial-talks")
    assert len(talks.items()) < len(state.items())
    assert len(talks.sections) < len(state.sections)
    visits = talks.section("visits")
    assert visits is not None
    timeline = [i.fact_uuid for i in visits.items if i.kind == "fact"]
    assert timeline == [VISIT_2023_SIDELINE.uuid, VISIT_2024_INBOUND.uuid, VISIT_2024_OUTBOUND.uuid]


def test_fact_sheet_holds_key_figures_only() -> None:
    sheet = brief_of("fact-sheet")
    items = sheet.items()
    assert 0 < len(items) <= BRIEF_TYPES["fact-sheet"].max_items
    assert items[0].role == ROLE_ANNIVERSARY
    facts = {f.uuid: f for f in ALL_FACTS}
    for item in items:
        if item.kind == "fact":
            fact = facts[item.fact_uuid or ""]
            assert fact.metric, fact.uuid
            assert fact.period or fact.as_of or fact.event_date, fact.uuid
            assert fact.citations, fact.uuid
    shown = shown_facts(sheet)
    assert shown >= {RANK_PREFERRED.uuid, PARTNERSHIP.uuid}
    # The latest full year of trade (2025) is shown; the older nine months of 2024 give way.
    assert {TRADE_2025_A.uuid, TRADE_2025_B.uuid} & shown
    assert TRADE_9M_2024.uuid not in shown


def test_fact_revisions_record_every_cited_fact() -> None:
    bumped = [dataclasses.replace(f, revision=7) if f is TRADE_9M_2024 else f for f in ALL_FACTS]
    brief = assemble_brief(VN_CL, "state-visit", "vi", BRIEF_DATE, bumped)
    assert brief.fact_revisions[TRADE_9M_2024.uuid] == 7
    assert set(brief.fact_revisions) == shown_facts(brief)


def test_same_input_same_brief() -> None:
    assert brief_of() == brief_of()
    assert brief_of("fact-sheet", "en") == brief_of("fact-sheet", "en")


def test_a_pair_without_facts_gives_empty_sections() -> None:
    brief = assemble_brief(Pair(VN, CL), "state-visit", "vi", BRIEF_DATE, [])
    assert tuple(s.topic for s in brief.sections) == TOPIC_KEYS
    assert brief.items() == []
    assert brief.warnings == ()


def test_unknown_brief_type_and_language_are_user_errors() -> None:
    with pytest.raises(InputError, match="brief type 'gala-dinner'"):
        assemble_brief(VN_CL, "gala-dinner", "vi", BRIEF_DATE, ALL_FACTS)
    with pytest.raises(InputError, match="'fr'"):
        assemble_brief(VN_CL, "state-visit", "fr", BRIEF_DATE, ALL_FACTS)
