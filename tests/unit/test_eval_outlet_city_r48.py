"""The corpus judge (benchmarks/eval_import.py::_same_outlet) takes "TP." as the "thành phố"
(city) it abbreviates, either way round, and nothing else for it."""

from __future__ import annotations

import pytest

from benchmarks.eval_import import _same_outlet


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Sở Công Thương TP. Đà Nẵng", "Sở Công Thương thành phố Đà Nẵng"),
        ("Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân TP. Cần Thơ"),
        ("Báo Công an TP Hải Phòng", "Báo Công an Thành phố Hải Phòng"),
        ("Sở Du lịch Tp.Huế", "Sở Du lịch thành phố Huế"),
    ],
)
def test_tp_is_thanh_pho(key: str, got: str) -> None:
    assert _same_outlet(key, got)


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Sở Công Thương TP. Đà Nẵng", "Sở Công Thương tỉnh Quảng Nam"),  # another office
        ("Sở Công Thương TP. Đà Nẵng", "Sở Công Thương TP. Huế"),  # another city
    ],
)
def test_another_city_is_another_outlet(key: str, got: str) -> None:
    assert not _same_outlet(key, got)
