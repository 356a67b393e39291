"""Round r102 (unseen99–102's key-fact misses, by structure): "US" as the United States's
short name (not the dollar's mark nor the pronoun in capitals); a rank with no subject of its
own told right after an investor's capital ranks that investor; "nâng quan hệ lên …" during a
dated visit is the relationship's raising on the sentence's own day. Wording of our own, not the
corpus'."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.countries import find_countries


def _codes(text: str) -> list[str]:
    return [m.code for m in find_countries(text)]


# --- "US": the United States, or the pronoun / the dollar's mark ------------------------


def test_us_alone_names_the_united_states() -> None:
    assert _codes("US buyers took 40% of Cambodia's cashew shipments last year") == ["US", "KH"]
    assert _codes("The US was Thailand's third largest source of tourists") == ["US", "TH"]
    assert _codes("Exports to the US and Mexico rose in the quarter") == ["US", "MX"]
    assert _codes("TARIFF TALKS: THE US SETS A DEADLINE") == ["US"]


def test_us_as_a_dollar_mark_or_a_pronoun_in_capitals_is_no_country() -> None:
    # near-misses: the currency's mark, the currency's name, a site's call in capitals
    assert _codes("Peru shipped US$3.4 billion of copper") == ["PE"]
    assert _codes("Trade with Colombia reached US $1.1 billion") == ["CO"]
    assert _codes("Prices in Chile are quoted in US dollars") == ["CL"]
    assert _codes("SUBSCRIBE NOW AND FOLLOW US ON SOCIAL MEDIA") == []
    assert _codes("WRITE TO US") == []
    assert _codes("CONNECT WITH US") == []  # (a short line of capitals)


def test_us_in_a_headline_in_capitals_names_the_united_states() -> None:
    # review finding 7: a conjunction, a preposition or a noun before "US" in a headline set
    # in capitals takes no pronoun (country names in capitals are read by other means)
    assert _codes("THAILAND AND US SIGN A RICE DEAL") == ["US"]
    assert _codes("LAOS' COFFEE SALES TO US CLIMB") == ["US"]
    assert _codes("PRIME MINISTER OF US VISITS PERU") == ["US"]
    assert _codes("Trade with Chile and the US reached US $2.3 billion") == ["CL", "US"]


# --- a rank told after the capital ranks its investor -----------------------------------


def _ranks(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.pair, c.value, c.metric) for c in find_candidates(text) if c.unit == "rank"]


def test_a_bare_rank_after_the_registered_capital_ranks_the_investor() -> None:
    vi = (
        "Hà Lan hiện có 390 dự án tại Việt Nam với tổng vốn đăng ký hơn 14 tỷ USD, đứng thứ 2"
        " trong các nước châu Âu."
    )
    assert [(p, v) for p, v, _ in _ranks(vi)] == [("VN-NL", 2.0)]
    assert _ranks(vi)[0][2].startswith("investment.rank")
    en = (
        "Chile has 45 projects in Vietnam with registered capital of $96 million, ranking 61st"
        " among 150 economies."
    )
    assert _ranks(en) == [("VN-CL", 61.0, "investment.rank")]


def test_a_rank_with_its_own_subject_after_the_capital_is_not_the_investors() -> None:
    # near-miss: a province ranked after the capital's clause is no rank of the investor
    text = (
        "Năm nay Hàn Quốc rót thêm vốn vào Việt Nam với tổng vốn đăng ký 9 tỷ USD, tỉnh Bắc Ninh"
        " đứng thứ 3 cả nước."
    )
    assert any(c.unit == "USD" for c in find_candidates(text))
    assert _ranks(text) == []


# --- "nâng quan hệ lên …" during a visit: a milestone of the sentence's day -------------

_DURING = (
    "Ngày 14/6/2024, trong chuyến thăm chính thức Peru của Thủ tướng Phạm Minh Chính từ ngày"
    " 13 đến 15/6/2024, hai nước đã nâng {what} lên {level}."
)


def test_raising_the_relationship_during_a_visit_is_a_milestone_of_the_day() -> None:
    found = find_candidates(_DURING.format(what="quan hệ", level="Đối tác toàn diện"))
    milestones = [c for c in found if c.metric.startswith("relations.")]
    assert [(c.pair, c.kind, c.event_date) for c in milestones] == [
        ("VN-PE", "event", "2024-06-14")
    ]


def test_raising_a_figure_during_a_visit_is_no_milestone() -> None:
    # near-miss: the same verb raising trade, not the relationship
    found = find_candidates(_DURING.format(what="kim ngạch thương mại", level="2 tỷ USD"))
    assert any(c.metric.startswith("visit.") for c in found)
    assert not any(c.metric.startswith("relations.") for c in found)


# --- a side's balance "with the world" is its own, not the pair's -----------------------


def _world(clause: str, amount: str) -> bool:
    from briefer.ingest.candidateparts import CLAUSE_COMMA
    from briefer.ingest.spans import clause_bounds
    from briefer.ingest.worldflow import world_flow

    return world_flow(clause, clause_bounds(clause, clause.index(amount), CLAUSE_COMMA))


def test_a_balance_with_the_world_is_the_sides_own() -> None:
    text = (
        "Chile's trade surplus with the world, by contrast, reached US$21 billion in 2024,"
        " and Peru remains its main copper rival"
    )
    assert _world(text, "US$21")
    assert _world("Thâm hụt thương mại của Ấn Độ với thế giới vượt 200 tỷ USD", "200")
    # near-miss: trade between two named countries is the pair's
    assert not _world("Chile's trade surplus with Peru reached US$2 billion in 2024", "US$2")


def test_a_rank_after_capital_spread_over_the_world_ranks_no_pair() -> None:
    # review finding 4: a side's outward capital in many countries is its own, not the
    # pair's with the country named after it
    en = (
        "Vietnam has invested in 75 countries with total registered capital of $21 billion,"
        " ranking fourth in ASEAN; Cambodia is the top destination."
    )
    assert _ranks(en) == []
    # near miss: capital put in one partner keeps the investor's rank
    near = (
        "Cambodia has 30 projects in Vietnam with registered capital of $80 million, ranking"
        " 70th among 150 economies."
    )
    assert _ranks(near) == [("VN-KH", 70.0, "investment.rank")]


def test_the_bare_raise_reads_the_ties_as_the_partnership_cues_do() -> None:
    # review finding 10: one spelling of "the ties" for the cues and the visit's milestone
    from briefer.ingest import duringmilestone, partnershipverbs

    assert partnershipverbs.TIES in duringmilestone._ACT.pattern
    found = find_candidates(_DURING.format(what="quan hệ hai nước", level="Đối tác toàn diện"))
    assert [c.pair for c in found if c.metric.startswith("relations.")] == ["VN-PE"]
    # near miss: a cooperation raised "to a new height" is no relationship raised
    found = find_candidates(_DURING.format(what="hợp tác kinh tế", level="tầm cao mới"))
    assert not any(c.metric.startswith("relations.") for c in found)
