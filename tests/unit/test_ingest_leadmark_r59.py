"""r59: a known outlet's bare mark before the lead's dash ("VOV.VN - Sáng 3/4, …") is the
paper's tag, taken off like a bracketed one; a subject and a dash opening a sentence stays."""

from __future__ import annotations

from briefer.ingest.found import Found
from briefer.ingest.leadtag import strip_lead_tag


def test_a_known_outlets_bare_mark_before_the_dash_is_taken_off() -> None:
    paragraphs = [
        "Thủ tướng tiếp Đại sứ Phần Lan",
        "VOV.VN - Sáng 3/4, Thủ tướng đã tiếp Đại sứ Phần Lan tại Hà Nội.",
    ]
    assert strip_lead_tag(paragraphs, Found()) == "VOV.VN -"
    assert paragraphs[1] == "Sáng 3/4, Thủ tướng đã tiếp Đại sứ Phần Lan tại Hà Nội."


def test_a_sentences_subject_before_a_dash_stays() -> None:
    paragraphs = ["Hai bên - Việt Nam và Phần Lan - nhất trí tăng cường hợp tác giáo dục."]
    assert strip_lead_tag(paragraphs, Found()) == ""
    assert paragraphs[0].startswith("Hai bên - ")
