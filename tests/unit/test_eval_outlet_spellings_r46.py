"""The corpus judge (benchmarks/eval_import.py::_same_outlet) takes one name's spellings alike:
"Viet Nam"/"Vietnam" are one word, a name's "+" is its "Plus"."""

from __future__ import annotations

import pytest

from benchmarks.eval_import import _same_outlet


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Vietnam News", "Viet Nam News"),
        ("Viet Nam News", "Vietnam News"),
        ("Đại sứ quán Việt Nam tại Pháp", "Đại sứ quán Viet Nam tại Pháp"),
        ("VietnamPlus", "Vietnam+"),
        ("Vietnam+", "VietnamPlus"),
        ("Canal+", "CanalPlus"),
    ],
)
def test_spellings_of_one_name_are_the_same_outlet(key: str, got: str) -> None:
    assert _same_outlet(key, got)


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Vietnam News", "Vietnam Economic Times"),  # another paper
        ("VietnamPlus", "Vietnam"),  # the "+" is part of the name
        ("Viet Nam News", "Nam News"),
    ],
)
def test_other_names_stay_other_outlets(key: str, got: str) -> None:
    assert not _same_outlet(key, got)
