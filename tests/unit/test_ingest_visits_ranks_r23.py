"""Trips told as missions or delegations sent over, their direction; a rank told by the verb
that places a party among a group."""

from __future__ import annotations

import pytest

from tests.mined import candidates, events


@pytest.mark.parametrize(
    ("body", "partner", "want"),
    [
        # an official mission of a Vietnamese guest, abroad
        (
            "The agreement was signed by the Deputy Minister of Trade of Vietnam, Mr Tran Van "
            "Binh, who is on an official mission to Peru from 3 to 6 May 2025.",
            "PE",
            [("2025-05-03..2025-05-06", "visit.outbound")],
        ),
        # an economic mission to a city of Việt Nam's
        (
            "The chairman of a Lima trading house joined the economic mission to Hanoi and Da "
            "Nang from 10 to 14 March 2025.",
            "PE",
            [("2025-03-10..2025-03-14", "visit.inbound")],
        ),
        # a province's own delegation of businesses sent over
        (
            "Từ ngày 2 đến 6/6/2025, Sở Công Thương đã tổ chức đoàn 10 doanh nghiệp của tỉnh "
            "sang khảo sát thị trường Peru.",
            "PE",
            [("2025-06-02..2025-06-06", "visit.outbound")],
        ),
        # a province's working delegation at a region of the partner's
        (
            "Tháng 5/2025, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã thăm và "
            "làm việc tại vùng Cusco (Peru).",
            "PE",
            [("2025-05", "visit.outbound")],
        ),
    ],
)
def test_a_trip_told_as_a_mission_or_a_delegation_sent_has_its_direction(
    body: str, partner: str, want: list[tuple[str, str]]
) -> None:
    assert events(body, partner) == want


def test_a_named_foreign_province_is_no_home_delegation() -> None:
    body = (
        "Tháng 5/2025, đoàn công tác của tỉnh Cusco (Peru) do Phó Thống đốc dẫn đầu đã thăm và "
        "làm việc tại Cần Thơ."
    )
    assert events(body, "PE") == [("2025-05", "visit.inbound")]


def test_a_diplomatic_mission_is_no_trip() -> None:
    body = "The diplomatic mission of Peru in Hanoi moved to a new building in May 2025."
    assert [m for _, m in events(body, "PE")] in ([], [""])


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Peruvian investors hold 40 projects in Vietnam worth US$90 million, placing Peru "
            "15th among foreign investors in the country.",
            15,
        ),
        ("Peruvian firms run 40 projects in Vietnam, which puts Peru third among investors.", 3),
    ],
)
def test_a_party_placed_among_investors_is_ranked(body: str, value: int) -> None:
    ranks = [(c.value, c.metric) for c in candidates(body, "PE") if c.unit == "rank"]
    assert ranks == [(value, "investment.rank")]


def test_a_place_among_things_that_are_no_partners_is_no_rank() -> None:
    body = "A survey placed Lima 15th among 40 cities for living costs in 2025."
    assert [c for c in candidates(body, "PE") if c.unit == "rank"] == []
