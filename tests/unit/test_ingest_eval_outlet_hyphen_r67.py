"""Round 67: the corpus judge (benchmarks/eval_import.py::_same_outlet) takes a hyphen between
a name's words as a space — an outlet spells its own name both ways (masthead and <title>)."""

from __future__ import annotations

import pytest

from benchmarks.eval_import import _same_outlet


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Island-Herald", "Island Herald"),
        ("Island Herald", "Island-Herald"),
        ("Đại sứ quán Việt Nam tại Timor-Leste", "Đại sứ quán Việt Nam tại Timor Leste"),
        ("The Coast-Ledger", "Coast Ledger"),
    ],
)
def test_a_hyphen_between_words_is_a_space(key: str, got: str) -> None:
    assert _same_outlet(key, got)


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Island-Herald", "Island"),  # a word short
        ("Island-Herald", "IslandHerald Weekly"),
        ("Coast-Ledger", "Coast Ledger 2025"),  # a year is junk
    ],
)
def test_other_names_stay_other_outlets(key: str, got: str) -> None:
    assert not _same_outlet(key, got)
