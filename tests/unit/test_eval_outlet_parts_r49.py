"""The corpus judge (benchmarks/eval_import.py::_same_outlet) reads a dash between a name's
parts as the space it stands for, and a place's level word ("thành phố", "tỉnh") inside a
body's name as no part of what tells bodies apart; another body or place stays wrong."""

from __future__ import annotations

import pytest

from benchmarks.eval_import import _same_outlet


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Kingdom of Norway Ministry of Trade", "Kingdom of Norway – Ministry of Trade"),
        ("Republic of Chile - Foreign Ministry", "Republic of Chile Foreign Ministry"),
        ("Sở Công Thương Đà Nẵng", "Sở Công Thương thành phố Đà Nẵng"),
        ("Sở Ngoại vụ tỉnh Lào Cai", "Sở Ngoại vụ Lào Cai"),
        ("Ủy ban nhân dân Thành phố Cần Thơ", "Ủy ban nhân dân Cần Thơ"),
    ],
)
def test_a_dash_or_a_places_level_does_not_tell_outlets_apart(key: str, got: str) -> None:
    assert _same_outlet(key, got)


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Kingdom of Norway Ministry of Trade", "Kingdom of Sweden – Ministry of Trade"),
        ("Sở Ngoại vụ tỉnh Lào Cai", "Sở Ngoại vụ Yên Bái"),
        ("Sở Công Thương Đà Nẵng", "Sở Tài chính thành phố Đà Nẵng"),
    ],
)
def test_another_state_place_or_body_is_still_another_outlet(key: str, got: str) -> None:
    assert not _same_outlet(key, got)
