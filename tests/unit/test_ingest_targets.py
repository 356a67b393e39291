"""A target is no result: an aim's figure keeps its metric with ".target" after it, so a
brief never says trade "reached" a sum in a year still to come (nor lets it push out the
latest measured figure); the measured figures beside it keep their metrics."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.targets import aims_at, target_metric


def _metrics(tmp_path: Path, text: str) -> dict[float, tuple[str, str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return {
        c.value: (c.metric, c.period)
        for c in analyse(page).candidates
        if c.kind == "figure" and c.value is not None
    }


def test_a_target_by_a_later_year_is_filed_as_a_target(tmp_path: Path) -> None:
    figures = _metrics(
        tmp_path,
        "Viet Nam and Kenya agree to widen tea and coffee trade\n\n"
        "Nairobi, 3 June 2025 — Trade between Viet Nam and Kenya reached US$220 million in "
        "2024, up 11 percent from 2023. The two ministers agreed to raise two-way trade to "
        "US$500 million by 2030.\n",
    )
    assert figures[220e6] == ("trade.total", "2024")
    assert figures[11.0] == ("trade.growth", "2024")
    assert figures[500e6] == ("trade.total.target", "2030")


def test_a_vietnamese_aim_without_a_year_is_a_target(tmp_path: Path) -> None:
    figures = _metrics(
        tmp_path,
        "Việt Nam - Ghana thúc đẩy thương mại nông sản\n\n"
        "Năm 2024, kim ngạch thương mại Việt Nam - Ghana đạt 780 triệu USD. Hai bên phấn đấu "
        "đưa kim ngạch thương mại song phương lên 1 tỷ USD trong thời gian tới.\n",
    )
    assert figures[780e6] == ("trade.total", "2024")
    assert figures[1e9][0] == "trade.total.target"


@pytest.mark.parametrize(
    ("before", "period", "aim"),
    [
        ("the sides set a goal of ", "", True),
        ("trade is forecast at ", "2025", True),
        ("dự kiến năm nay kim ngạch đạt ", "2025", True),
        ("trade rose to ", "2024", False),
        ("kim ngạch tăng gấp đôi, đạt ", "2024", False),
        ("exports reached ", "2025-01..2025-09", False),
    ],
)
def test_an_aim_is_told_by_its_words_or_a_year_to_come(before: str, period: str, aim: bool) -> None:
    assert aims_at(before, period, "2025-10-01") is aim


def test_the_target_metric_is_named_once() -> None:
    assert target_metric("trade.total") == "trade.total.target"
    assert target_metric("trade.total.target") == "trade.total.target"
    assert target_metric("") == ""
