"""Round 87: the corpus judge reads a key's ``outlet_also`` given as one string (the writers'
brief allows "a list or one string") as one name, not as the string's characters."""

from __future__ import annotations

from benchmarks.eval_import import _same_outlet


def test_one_string_is_one_other_name() -> None:
    key = "Tổng Lãnh sự quán Việt Nam tại Xít-ni Ô-xtrây-li-a"
    assert _same_outlet(
        key, "Tổng Lãnh sự quán Việt Nam tại Sydney", "Tổng Lãnh sự quán Việt Nam tại Sydney"
    )


def test_string_and_list_agree() -> None:
    got = "Harbour Gazette"
    assert _same_outlet("The Harbour Daily", got, "Harbour Gazette") == _same_outlet(
        "The Harbour Daily", got, ["Harbour Gazette"]
    )


def test_a_string_other_name_does_not_admit_an_unrelated_outlet() -> None:
    # near miss: a one-letter "outlet" matched a character of the string before the fix
    assert not _same_outlet("The Harbour Daily", "H", "Harbour Gazette")
    assert not _same_outlet("The Harbour Daily", "Coastline Post", "Harbour Gazette")
