"""Facts' values, periods and dates on wording of our own (r30): a second milestone joined on
with its cue after its date, relations a successor state inherited, a rank of one kind of
trade, a year said in words carried to the part flow after it, a visit that "took place in"
a city, a visit named by its guest's possessive, and a Vietnamese guest "who is visiting"."""

from __future__ import annotations

from briefer.ingest.visitdirection import direction_of
from tests.mined import candidates as _found


def _events(body: str, partner: str) -> set[tuple[str, str]]:
    return {(c.event_date, c.metric) for c in _found(body, partner) if c.kind == "event"}


def test_a_milestone_joined_on_takes_the_cue_after_its_own_date() -> None:
    vi = (
        "Ông Kouassi cho biết quan hệ Việt Nam - Bờ Biển Ngà được thiết lập ngày 6/10/1975 "
        "và năm 2019 hai nước đã ký Hiệp định hợp tác thương mại."
    )
    events = _events(vi, "CI")
    assert ("1975-10-06", "relations.established") in events
    assert any(date == "2019" for date, _ in events)
    en = (
        "Norway and Vietnam established diplomatic relations on 3 March 1990 and in 2015 "
        "the two countries signed an investment protection agreement."
    )
    events = _events(en, "NO")
    assert ("1990-03-03", "relations.established") in events
    assert any(date == "2015" for date, _ in events)


def test_relations_a_successor_state_inherited_date_from_its_own_day() -> None:
    body = (
        "Cộng hòa Séc kế thừa quan hệ ngoại giao với Việt Nam từ ngày 1/1/1993, trên cơ sở "
        "quan hệ Việt Nam - Tiệp Khắc được thiết lập ngày 2/2/1950."
    )
    events = _events(body, "CZ")
    assert ("1993-01-01", "relations.established") in events


def test_a_rank_of_one_kind_of_trade_is_a_trade_rank() -> None:
    body = "Vietnam is now Norway's third-largest goods trading partner in ASEAN."
    ranks = [(c.value, c.unit) for c in _found(body, "NO") if c.kind == "figure"]
    assert ranks == [(3.0, "rank")]


def test_a_year_said_in_words_dates_the_part_flow_after_it() -> None:
    body = (
        "Two-way trade between Norway and Vietnam reached USD 600 million last year. "
        "Norway's exports to Vietnam, mostly fish and fertiliser, were worth about "
        "USD 250 million."
    )
    found = {(c.value, c.period) for c in _found(body, "NO") if c.kind == "figure"}
    assert (250_000_000.0, "2024") in found


def test_a_mission_that_took_place_in_a_city_of_vietnam_is_a_visit_in() -> None:
    body = (
        "The mission, which took place in Da Nang from 3 to 5 March 2025, included twenty "
        "Norwegian seafood companies."
    )
    assert ("2025-03-03..2025-03-05", "visit.inbound") in _events(body, "NO")


def test_a_visit_named_by_its_guests_possessive_is_the_occasion_of_a_milestone() -> None:
    body = (
        "The two countries upgraded ties to a Strategic Partnership in March 2024, during "
        "King Harald's state visit to Vietnam."
    )
    assert ("2024-03", "visit.inbound") in _events(body, "NO")


def test_a_vietnamese_guest_who_is_visiting_goes_out() -> None:
    said = (
        "The Vietnamese deputy minister, who is visiting the Kingdom from 5 to 8 October, "
        "said Vietnam sees Morocco as a gateway to Africa."
    )
    assert direction_of(said, "MA") == "outbound"
    guest = "The Moroccan minister, who is visiting Vietnam from 5 to 8 October, said"
    assert direction_of(guest, "MA") == "inbound"
