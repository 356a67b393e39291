"""A brief prints a partner's name as the press and the ministry write it, never pycountry's
old Sino-Vietnamese one (the outside check of session 26: a Việt Nam – Iceland brief was
titled "Việt Nam – Băng Đảo")."""

from __future__ import annotations

import pytest

from briefer.ingest.countries import country_names, find_countries


@pytest.mark.parametrize(
    ("code", "printed", "old"),
    [
        ("IS", "Iceland", "Băng Đảo"),
        ("AF", "Afghanistan", "A Phú Hãn"),
        ("LU", "Luxembourg", "Lục Xâm Bảo"),
        ("GL", "Greenland", "Đảo Băng"),
        ("HK", "Hồng Kông", "Hông Kông"),
    ],
)
def test_a_partner_is_named_as_the_press_names_it(code: str, printed: str, old: str) -> None:
    assert country_names(code)[0] == printed
    # an old text naming it the old way still counts toward the pair
    assert code in [m.code for m in find_countries(f"Quan hệ Việt Nam - {old} phát triển tốt.")]


def test_sino_vietnamese_names_the_press_still_writes_are_kept() -> None:
    assert country_names("AT")[0] == "Áo"
    assert country_names("BE")[0] == "Bỉ"
