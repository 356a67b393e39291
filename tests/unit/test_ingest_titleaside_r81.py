"""A short title (five words or fewer) over a bracketed note on what the paper is for is
the title: the note is no headline that would make the title a label over it."""

from __future__ import annotations

import pytest

from briefer.ingest.clean import clean

_BODY = (
    "Viet Nam and Ghana established diplomatic relations on 7 March 1965. In 2025, two-way "
    "trade reached 780 million USD, up 9 per cent.\n\n"
    "Viet Nam mainly exports rice, steel and garments to Ghana and imports cashew nuts and "
    "cocoa beans."
)


@pytest.mark.parametrize(
    ("title", "note"),
    [
        (
            "Quan hệ Việt Nam - Ghana",
            "(Tài liệu phục vụ chuyến công tác của Thứ trưởng Bộ Công Thương)",
        ),
        (
            "Viet Nam - Ghana relations",
            "(Prepared for the Deputy Minister's working visit to Accra and Kumasi)",
        ),
    ],
)
def test_a_short_title_over_its_bracketed_note(title: str, note: str) -> None:
    cleaned = clean(f"BACKGROUND NOTE\n\n{title}\n\n{note}\n\n{_BODY}")
    assert cleaned.title == title
    assert note not in cleaned.body
    assert "two-way trade reached" in cleaned.body


def test_a_label_over_a_headline_is_still_a_label() -> None:
    # near miss: no bracketed note under the headline, so the short line over it is a label
    headline = "Ghana and Viet Nam agree to double rice trade by 2030"
    cleaned = clean(f"World news\n\n{headline}\n\n{_BODY}")
    assert cleaned.title == headline


def test_the_note_counts_only_right_under_the_line() -> None:
    # near miss: a kind in capitals over the title in capitals, the note under the title:
    # the kind is no title for the note two lines below it
    text = (
        "BỘ CÔNG THƯƠNG\n\nVỤ THỊ TRƯỜNG CHÂU PHI\n\nSố: 58/TTCP-TH\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Hà Nội, ngày 3 tháng 4 năm 2026\n\nTHÔNG TIN CƠ BẢN\n\n"
        "VỀ QUAN HỆ THƯƠNG MẠI VIỆT NAM - GHANA\n\n"
        f"(Tài liệu phục vụ phiên họp Ủy ban hỗn hợp)\n\n{_BODY}"
    )
    assert clean(text).title == "VỀ QUAN HỆ THƯƠNG MẠI VIỆT NAM - GHANA"
