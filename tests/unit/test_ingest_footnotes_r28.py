"""A paper's footnotes leave the body; the marks in its text stay (r28)."""

from briefer.ingest.clean import clean
from briefer.ingest.footnotes import footnote, split_notes


def test_a_note_run_on_after_the_last_paragraph_is_split_off() -> None:
    line = "Xuất khẩu gạo dự kiến tăng mạnh. ¹ Số liệu sơ bộ của Bộ Nông nghiệp. ² Tính toán riêng."
    assert split_notes(line) == [
        "Xuất khẩu gạo dự kiến tăng mạnh.",
        "¹ Số liệu sơ bộ của Bộ Nông nghiệp.",
        "² Tính toán riêng.",
    ]


def test_a_reference_mark_against_a_word_is_no_note() -> None:
    assert split_notes("Growth reached 4.1% in 2024², driven by exports.") == [
        "Growth reached 4.1% in 2024², driven by exports."
    ]
    assert not footnote("Growth reached 4.1% in 2024², driven by exports.")


def test_a_line_opening_on_a_mark_is_a_footnote() -> None:
    assert footnote("³ Author's calculation from customs data (2019-2024).")
    assert footnote("¹² Tổng cục Thống kê (2025).")
    assert not footnote("2 dự án đầu tư mới được cấp phép.")


def test_clean_drops_the_notes_and_keeps_the_text() -> None:
    text = (
        "Quan hệ thương mại hai nước: thực trạng và triển vọng\n\n"
        "Thương mại hai chiều đạt 120 triệu USD năm 2024¹, tăng 8% so với năm trước.\n\n"
        "Hai bên nhất trí mở rộng hợp tác nông nghiệp. ¹ Số liệu của Cục Hải quan.\n"
    )
    body = clean(text).body
    assert "Số liệu của Cục Hải quan" not in body
    assert "Hai bên nhất trí mở rộng hợp tác nông nghiệp." in body
    assert "năm 2024¹, tăng 8%" in body
