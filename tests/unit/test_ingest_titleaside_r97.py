"""Round 97: a paper's bracketed note on what it serves sits under its whole title — the
title's further lines in capitals come between the line taken as the title and the note."""

from __future__ import annotations

from briefer.ingest.found import Line
from briefer.ingest.titleaside import mark_title_aside


def _lines(*texts: str) -> list[Line]:
    lines = [Line(t) for t in texts]
    lines[0].reason = "title"
    return lines


def test_the_note_under_a_title_of_two_lines_is_the_papers() -> None:
    lines = _lines(
        "TÀI LIỆU CƠ BẢN",
        "VỀ CỘNG HÒA CHILE VÀ QUAN HỆ VIỆT NAM - CHILE",
        "(Tài liệu phục vụ cuộc hội đàm với Bộ trưởng Ngoại giao Chile)",
        "I. KHÁI QUÁT",
        "Chile có diện tích khoảng 756.000 km², dân số khoảng 19,6 triệu người.",
    )
    mark_title_aside(lines)
    assert lines[2].reason == "title note"
    assert lines[1].kept and lines[3].kept and lines[4].kept


def test_a_bracketed_line_under_a_section_heading_is_the_texts() -> None:
    lines = _lines(
        "BACKGROUND NOTE ON PERU",
        "I. OVERVIEW",
        "(Preliminary customs figures for the first nine months)",
        "Peru's exports to Vietnam rose to USD 410 million in 2024.",
    )
    mark_title_aside(lines)
    assert lines[2].kept


def test_a_bracketed_sentence_under_the_title_is_the_texts() -> None:
    lines = _lines(
        "THÔNG TIN CƠ BẢN",
        "VỀ QUAN HỆ VIỆT NAM - PERU",
        "(Kim ngạch thương mại năm 2024 tăng 12% so với năm trước.)",
    )
    mark_title_aside(lines)
    assert lines[2].kept
