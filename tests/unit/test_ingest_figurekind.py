"""One project's or plant's capital is no country's investment stock: it is drafted as
``investment.project`` (no sentence about all investment is suggested for it), while a
count of projects with their capital stays the stock."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import find_candidates


def _investment(sentence: str) -> list[tuple[str, float | None]]:
    return [
        (c.metric, c.value)
        for c in find_candidates(sentence)
        if c.kind == "figure" and c.metric.startswith("investment.") and c.unit != "dự án"
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Nhà máy sữa của Tập đoàn Arla tại Bình Dương, với tổng vốn đầu tư 500 triệu USD, "
            "khánh thành tháng 4/2025.",
            500e6,
        ),
        ("Dự án điện gió của Ørsted tại Thái Bình có tổng vốn đầu tư khoảng 13 tỷ USD.", 13e9),
        (
            "The Danish plant in Binh Duong, an investment of over US$1 billion, opened in 2024.",
            1e9,
        ),
    ],
)
def test_one_projects_capital_is_no_stock(sentence: str, value: float) -> None:
    assert _investment(sentence) == [("investment.project", value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Đan Mạch hiện có 185 dự án còn hiệu lực tại Việt Nam với tổng vốn đăng ký 2,1 tỷ USD.",
        "Hiện nay, trên địa bàn tỉnh có 02 dự án của Đan Mạch, tổng vốn đăng ký 24 triệu USD.",
        "Danish firms have seven registered projects in Vietnam with capital of US$45 million.",
        "Năm 2024, vốn đầu tư của Đan Mạch vào Việt Nam đạt 300 triệu USD.",
    ],
)
def test_a_count_of_projects_or_a_flow_stays_the_investment(sentence: str) -> None:
    assert [m for m, _ in _investment(sentence)] == ["investment.total"]
