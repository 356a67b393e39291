"""A speech's salutation line is its text, not a box's headline (ingest/salutations.py)."""

from briefer.ingest.blocks import mark_sidebars
from briefer.ingest.lines import Line
from briefer.ingest.salutations import is_salutation


def test_salutation_lines() -> None:
    assert is_salutation("Kính thưa Bà Tổng Lãnh sự Maria Olsen,")
    assert is_salutation("Thưa quý vị đại biểu!")
    assert is_salutation("Your Excellency Ambassador Smith,")
    assert is_salutation("Ladies and gentlemen,")
    assert not is_salutation("Thưa ông, xuất khẩu năm nay tăng bao nhiêu?")
    assert not is_salutation("Kim ngạch năm 2024 đạt 120 triệu USD.")


def test_salutation_under_a_capital_heading_stays() -> None:
    lines = [
        Line("BÀI PHÁT BIỂU"),
        Line("Kính thưa Ngài Bộ trưởng Hans Berg,"),
        Line("Kính thưa các vị khách quý!"),
        Line("Hôm nay chúng ta gặp mặt kỷ niệm 50 năm quan hệ ngoại giao giữa hai nước."),
    ]
    mark_sidebars(lines)
    assert [line.kept for line in lines[1:]] == [True, True, True]
