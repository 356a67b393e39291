"""The pure rules behind assembly: periods, staleness, choice, ordering, visit direction."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from briefer.domain.model import Fact
from briefer.domain.rules import (
    INBOUND,
    OUTBOUND,
    STALENESS_RULES,
    choose,
    chronological,
    completed_years,
    is_eligible,
    is_relations_established,
    is_stale,
    newest_first,
    normalize_period,
    period_bounds,
    resolve,
    staleness_limit,
    visit_direction,
)
from tests.unit.test_assemble_data import (
    CL,
    ESTABLISHED,
    EXPORTS_2021,
    FTA,
    MECHANISM,
    RANK_OTHER,
    RANK_PREFERRED,
    TRADE_9M_2024,
    TRADE_2025_A,
    TRADE_2025_B,
    VISIT_2016,
    VISIT_2023_SIDELINE,
    VISIT_2024_INBOUND,
    VISIT_2024_OUTBOUND,
    VN,
    fact,
)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("1971-03-25", date(1971, 3, 25), date(1971, 3, 25)),
        ("2024-01..2024-09", date(2024, 1, 1), date(2024, 9, 30)),
        ("2024-08-25..2024-08-27", date(2024, 8, 25), date(2024, 8, 27)),
    ],
)
def test_period_bounds(text: str, start: date, end: date) -> None:
    assert period_bounds(text) == (start, end)


@pytest.mark.parametrize("text", ["", "2024-13", "soon", "2024-09..2024-01", "2023-02-30"])
def test_period_bounds_refuses_nonsense(text: str) -> None:
    assert period_bounds(text) is None


def test_normalize_period() -> None:
    assert normalize_period("2023-01..2023-12") == "2023"
    assert normalize_period("2024-05-01..2024-05-31") == "2024-05"
    assert normalize_period("2024-01..2024-09") == "2024-01..2024-09"


def test_staleness_table() -> None:
    limits = {rule.metric: rule.months for rule in STALENESS_RULES if rule.kind == "*"}
    assert limits["trade.*"] == 18
    assert limits["*rank*"] == 24
    assert staleness_limit(TRADE_9M_2024) == 18
    assert staleness_limit(RANK_PREFERRED) == 24
    assert staleness_limit(ESTABLISHED) is None  # events never go stale
    assert staleness_limit(MECHANISM) is None  # a statement without a figure


def test_is_stale_counts_months_after_the_period_ends() -> None:
    # 9 months of 2024 end on 2024-09-30; 18 months later is 2026-03-30.
    assert not is_stale(TRADE_9M_2024, date(2026, 3, 30))
    assert is_stale(TRADE_9M_2024, date(2026, 3, 31))
    assert is_stale(EXPORTS_2021, date(2026, 3, 25))
    assert not is_stale(ESTABLISHED, date(2100, 1, 1))


def test_an_undated_figure_cannot_pass_as_current() -> None:
    undated = dataclasses.replace(TRADE_9M_2024, period="")
    assert is_stale(undated, date(2024, 10, 1))


def test_eligibility() -> None:
    assert is_eligible(TRADE_9M_2024, "VN-CL")
    assert not is_eligible(TRADE_9M_2024, "VN-PE")
    assert not is_eligible(dataclasses.replace(TRADE_9M_2024, status="draft"))
    assert not is_eligible(dataclasses.replace(TRADE_9M_2024, status="retired"))
    assert not is_eligible(dataclasses.replace(TRADE_9M_2024, rank="deprecated"))


def test_choose_prefers_preferred_and_never_shows_deprecated() -> None:
    choice = choose([RANK_OTHER, RANK_PREFERRED])
    assert choice is not None
    assert choice.shown is RANK_PREFERRED and not choice.conflict
    assert choice.outranked == (RANK_OTHER,)
    only_deprecated = dataclasses.replace(RANK_OTHER, rank="deprecated")
    assert choose([only_deprecated]) is None


def test_choose_flags_disagreement_at_the_same_rank() -> None:
    choice = choose([TRADE_2025_A, TRADE_2025_B])
    assert choice is not None and choice.conflict
    assert {choice.shown.uuid, *(f.uuid for f in choice.conflicting)} == {
        TRADE_2025_A.uuid,
        TRADE_2025_B.uuid,
    }


def test_choose_merges_agreeing_facts() -> None:
    twin = dataclasses.replace(TRADE_2025_B, uuid="f-twin", statement_vi="Cùng số liệu.")
    choice = choose([TRADE_2025_B, twin])
    assert choice is not None and not choice.conflict
    assert len(choice.agreeing) == 1


def test_a_rounded_figure_agrees_with_the_figure_it_rounds() -> None:
    # (the outside check of session 26: "khoảng 68 triệu USD" from one paper and "US$68
    # million" from another were flagged as approved figures that disagree)
    exact = dataclasses.replace(TRADE_2025_A, uuid="f-exact", qualifier="exact")
    choice = choose([TRADE_2025_A, exact])
    assert choice is not None and not choice.conflict and len(choice.agreeing) == 1
    # "more than" the figure is another claim, still flagged
    over = dataclasses.replace(TRADE_2025_A, uuid="f-over", qualifier="more_than")
    choice = choose([exact, over])
    assert choice is not None and choice.conflict


def test_a_milestone_told_in_two_sources_own_words_agrees_on_its_date() -> None:
    """Seen in an exported fact sheet: "The two countries upgraded their ties to a
    Comprehensive Strategic Partnership in September 2016 …" and "… nâng cấp lên Đối tác
    chiến lược toàn diện vào tháng 9/2016" were called contradictory: they agree."""
    upgrade = Fact(None, "f-up-en", "VN-IN", "diplomatic", "event",
                   "The two countries upgraded their ties to a Comprehensive Strategic "
                   "Partnership in September 2016.", event_date="2016-09",
                   metric="relations.comprehensive_strategic_partnership",
                   status="approved")  # fmt: skip
    told_again = dataclasses.replace(
        upgrade, uuid="f-up-vi",
        statement_vi="Hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào tháng 9/2016.",
    )  # fmt: skip
    choice = choose([upgrade, told_again])
    assert choice is not None and not choice.conflict and len(choice.agreeing) == 1
    # another month is another value: that is a conflict to rank
    other_month = dataclasses.replace(told_again, uuid="f-up-aug", event_date="2016-08")
    choice = choose([upgrade, other_month])
    assert choice is not None and choice.conflict


def test_resolve_groups_by_metric_and_period() -> None:
    equal_year = dataclasses.replace(TRADE_2025_B, uuid="f-year", period="2025-01..2025-12")
    choices = resolve([TRADE_9M_2024, TRADE_2025_A, equal_year, MECHANISM, FTA])
    assert len(choices) == 4  # 9M2024, 2025 (two facts, conflicting), and two without metric
    assert sum(c.conflict for c in choices) == 1


def test_ordering() -> None:
    assert newest_first([EXPORTS_2021, TRADE_9M_2024, TRADE_2025_A]) == [
        TRADE_2025_A,
        TRADE_9M_2024,
        EXPORTS_2021,
    ]
    visits = [VISIT_2024_OUTBOUND, VISIT_2016, VISIT_2024_INBOUND, VISIT_2023_SIDELINE]
    assert chronological(visits) == [
        VISIT_2016,
        VISIT_2023_SIDELINE,
        VISIT_2024_INBOUND,
        VISIT_2024_OUTBOUND,
    ]


def test_completed_years() -> None:
    assert completed_years("1971-03-25", date(2026, 3, 25)) == 55
    assert completed_years("1971-03-25", date(2026, 3, 24)) == 54
    assert completed_years("2007-05", date(2026, 4, 30)) == 18
    assert completed_years("2007-05", date(2026, 5, 1)) == 19
    assert completed_years("1994", date(2024, 1, 1)) == 30
    assert completed_years("not a date", date(2024, 1, 1)) is None


def test_visit_direction_from_metric_and_words() -> None:
    assert visit_direction(VISIT_2016, VN, CL) == OUTBOUND  # metric visit.outbound
    assert visit_direction(VISIT_2024_OUTBOUND, VN, CL) == OUTBOUND  # "thăm chính thức Chile"
    assert visit_direction(VISIT_2024_INBOUND, VN, CL) == INBOUND  # "... thăm chính thức Việt Nam"
    assert visit_direction(VISIT_2023_SIDELINE, VN, CL) == ""  # a summit elsewhere


def test_visit_direction_reads_english_and_ignores_look_alike_verbs() -> None:
    english_only: Fact = fact(
        "f-en", "visits", "event", "", "Chilean President Boric visited Viet Nam."
    )
    assert visit_direction(english_only, VN, CL) == INBOUND
    attend = fact(
        "f-attend", "visits", "event", "Đoàn Việt Nam tham dự hội nghị tại Chile về Việt Nam."
    )
    # "tham dự" (attend) is not "thăm" (visit), but a meeting hosted in Chile is a visit to
    # Chile (the venue decides when no visiting verb names a country).
    assert visit_direction(attend, VN, CL) == OUTBOUND
    elsewhere = fact("f-else", "visits", "event", "Đoàn Việt Nam tham dự hội nghị về Chile.")
    assert visit_direction(elsewhere, VN, CL) == ""
    eth = fact("f-eth", "visits", "event", "Ðoàn đại biểu cấp cao Việt Nam thăm chính thức Chile.")
    assert visit_direction(eth, VN, CL) == OUTBOUND


def test_relations_established_by_metric_or_words() -> None:
    assert is_relations_established(ESTABLISHED)
    assert is_relations_established(dataclasses.replace(ESTABLISHED, metric=""))
    assert not is_relations_established(FTA)


def test_one_grouping_by_conflict_key_for_brief_desk_and_warnings() -> None:
    """Assembly, the brief's warnings and the editor's desk group facts the same way."""
    from dataclasses import replace as _replace

    from briefer.domain.conflicts import conflict_groups, disagreeing_groups

    base = Fact(
        id=None,
        uuid="a",
        pair="VN-PE",
        topic="trade",
        kind="figure",
        statement_vi="Kim ngạch thương mại năm 2023 đạt 500 triệu USD.",
        metric="trade.total",
        value=5e8,
        unit="USD",
        period="2023",
        status="approved",
    )
    same_period = _replace(base, uuid="b", value=6e8, period="2023-01..2023-12", rank="preferred")
    other_pair = _replace(base, uuid="c", pair="VN-CL", value=7e8)
    no_metric = _replace(base, uuid="d", metric="")
    gone = _replace(base, uuid="e", value=9e8, rank="deprecated")
    facts = [base, no_metric, same_period, other_pair, gone]
    groups = conflict_groups(facts)
    assert [[f.uuid for f in g] for g in groups.values()] == [["a", "b", "c", "e"]]
    # The desk: per pair, deprecated left out, preferred first; one pair agrees with itself.
    assert [[f.uuid for f in g] for g in disagreeing_groups(facts)] == [["b", "a"]]
