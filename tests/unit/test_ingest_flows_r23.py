"""One-way trade flows told after a dated two-way total take its period; a speech's frame
before a fronted period leaves the period to the figure; "exporting"/"imported" are flows."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import Candidate
from tests.mined import candidates


def _money(body: str, partner: str) -> list[tuple[float | None, str, str]]:
    found: list[Candidate] = [c for c in candidates(body, partner) if c.unit == "USD"]
    return [(c.value, c.metric, c.period) for c in found]


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        # the flows in the next paragraph, at its head
        (
            "Trade between Vietnam and Chile reached US$1.8 billion in the first half of 2025.\n\n"
            "Vietnamese exports to Chile made up US$1.2 billion of that, while imports from "
            "Chile came to US$600 million.",
            "CL",
        ),
        # the flows after a semicolon, in the sentence of a breakdown
        (
            "6 tháng đầu năm 2025, kim ngạch thương mại Việt Nam - Chile đạt 1,8 tỷ USD.\n\n"
            "Trong đó, xuất khẩu của Việt Nam sang Chile đạt 1,2 tỷ USD, tăng 5%; nhập khẩu từ "
            "Chile đạt 600 triệu USD.",
            "CL",
        ),
    ],
)
def test_flows_after_a_dated_total_share_its_period(body: str, partner: str) -> None:
    assert [(v, m, p) for v, m, p in _money(body, partner) if m != "trade.total"] == [
        (1_200_000_000, "trade.exports", "2025-01..2025-06"),
        (600_000_000, "trade.imports", "2025-01..2025-06"),
    ]


def test_a_flow_in_the_same_sentence_as_the_total_shares_its_period() -> None:
    body = (
        "Customs figures put two-way trade at US$900 million in 2024, with Vietnam exporting "
        "some US$700 million of garments to Peru."
    )
    assert _money(body, "PE") == [
        (900_000_000, "trade.total", "2024"),
        (700_000_000, "trade.exports", "2024"),
    ]


def test_a_flow_after_a_total_in_brackets_takes_the_lead_period() -> None:
    body = (
        "9 tháng đầu năm 2025, kim ngạch hai chiều Việt Nam - Peru đạt 120 triệu USD, vượt cả "
        "năm 2024 (110 triệu USD).\n\n"
        "Mặt hàng chính là gạo. Việt Nam nhập khẩu bột cá từ Peru 30 triệu USD trong 9 tháng."
    )
    # (fishmeal only: a flow of one kind of goods, in the total's period all the same)
    flows = [(v, p) for v, m, p in _money(body, "PE") if m == "trade.imports.goods"]
    assert flows == [(30_000_000, "2025-01..2025-09")]


@pytest.mark.parametrize(
    "body",
    [
        # two paragraphs away: no longer the total's breakdown
        "Năm 2024, kim ngạch Việt Nam - Peru đạt 120 triệu USD.\n\nGạo là mặt hàng chính.\n\n"
        "Xuất khẩu của Việt Nam sang Peru đạt 80 triệu USD.",
        # an aim keeps its own (missing) year
        "Năm 2024, kim ngạch Việt Nam - Peru đạt 120 triệu USD. Hai bên đặt mục tiêu xuất khẩu "
        "của Việt Nam sang Peru đạt 200 triệu USD.",
    ],
)
def test_a_flow_far_from_the_total_or_an_aim_takes_no_period(body: str) -> None:
    flows = [(m, p) for _, m, p in _money(body, "PE") if m.startswith("trade.exports")]
    assert len(flows) == 1
    assert flows[0][1] == ""


def test_a_total_alone_keeps_no_borrowed_period() -> None:
    body = "Năm 2024, thương mại Việt Nam - Peru đạt 120 triệu USD.\n\nKim ngạch đạt 150 triệu USD."
    assert _money(body, "PE")[1] == (150_000_000, "trade.total", "")


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        (
            "Phát biểu khai mạc, Thứ trưởng Bộ Công Thương cho biết, 6 tháng đầu năm 2025, kim "
            "ngạch thương mại Việt Nam - Peru đạt 90 triệu USD.",
            "PE",
        ),
        (
            "Speaking at the forum, the deputy minister said, in 2024, trade between Vietnam and "
            "Peru reached US$90 million.",
            "PE",
        ),
    ],
)
def test_a_speech_frame_before_a_fronted_period_leaves_it_to_the_figure(
    body: str, partner: str
) -> None:
    periods = [p for _, m, p in _money(body, partner) if m == "trade.total"]
    assert periods in (["2025-01..2025-06"], ["2024"])


def test_a_speaker_without_a_verb_of_saying_is_no_frame() -> None:
    body = "Bộ trưởng Peru, người từng sống ở Hà Nội năm 2010, kim ngạch đạt 90 triệu USD."
    assert [p for _, _, p in _money(body, "PE")] == [""]


def test_a_flow_after_a_target_takes_no_year_ahead() -> None:
    body = (
        "Hai nước đặt mục tiêu kim ngạch thương mại đạt 1 tỷ USD vào năm 2030. Xuất khẩu của "
        "Việt Nam sang Peru đạt 200 triệu USD."
    )
    flows = [(m, p) for v, m, p in _money(body, "PE") if v == 200_000_000]
    assert flows == [("trade.exports", "")]
