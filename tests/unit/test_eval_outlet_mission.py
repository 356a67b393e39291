"""The corpus judge (benchmarks/eval_import.py::_same_outlet) takes two names of one mission
as one outlet — the same kind and the same host, however the host is written (its formal
style, its Vietnamese or Latin spelling, English or Vietnamese) — and nothing else for it."""

from __future__ import annotations

import pytest

from benchmarks.eval_import import _same_outlet


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Đại sứ quán Việt Nam tại Áo", "Đại sứ quán Việt Nam tại Cộng Hòa Áo"),
        ("Đại sứ quán Việt Nam tại Bulgaria", "Đại sứ quán Việt Nam tại Bun-ga-ri"),
        ("Thương vụ Việt Nam tại CHLB Đức", "Thương vụ Việt Nam tại Đức"),
        ("Embassy of Viet Nam in Ethiopia", "Đại sứ quán Việt Nam tại Ethiopia"),
        ("Đại sứ quán Việt Nam tại Nam Phi", "Đại sứ quán Việt Nam tại Cộng hòa Nam Phi"),
        (
            "Embassy of Viet Nam in South Africa",
            "Embassy of Vietnam in the Republic of South Africa",
        ),
    ],
)
def test_one_mission_however_its_host_is_written(key: str, got: str) -> None:
    assert _same_outlet(key, got)


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Đại sứ quán Việt Nam tại Áo", "Đại sứ quán Việt Nam tại Úc"),  # another host
        ("Đại sứ quán Việt Nam tại Đức", "Thương vụ Việt Nam tại Đức"),  # another kind
        ("Đại sứ quán Việt Nam tại Áo", "Đại sứ quán Ba Lan tại Áo"),  # another sender
        # a name with more after its host is not the mission's name alone
        ("Thương vụ Việt Nam tại Romania", "THƯƠNG VỤ VIỆT NAM TẠI ROMANIA | Kiêm nhiệm Moldova"),
    ],
)
def test_another_mission_or_more_than_a_name(key: str, got: str) -> None:
    assert not _same_outlet(key, got)
