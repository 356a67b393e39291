"""A shared draft's review comments and their anchors, and a treaty's closing formula, leave
the body (commentmarks.py, signedat.py)."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.commentmarks import mark_review_comments
from briefer.ingest.found import Line
from briefer.ingest.signedat import signing_line

_VI = [
    "Bản tin thị trường Chile tháng 3/2026",
    "Kim ngạch thương mại hai chiều Việt Nam - Chile quý I/2026 đạt 412 triệu USD, tăng 8% so "
    "với cùng kỳ.[a]",
    "Xuất khẩu điện thoại và linh kiện tiếp tục dẫn đầu với 150 triệu USD.[b]",
    "[a]Trần Văn Bình: Cần ghi rõ nguồn số liệu.",
    "Phạm Thu Hà: Đã bổ sung.",
    "[b]Phạm Thu Hà: Số liệu tạm tính.",
]
_EN = [
    "Market brief: Peru, April 2026",
    "Two-way trade between Viet Nam and Peru reached USD 95 million in the first quarter.[a]",
    "Shrimp exports grew 12 per cent on the same period last year.",
    "[a]Anna Smith: Is this the customs figure or the ministry's?",
]


def test_comments_and_anchors_leave_a_vietnamese_draft() -> None:
    cleaned = clean("\n\n".join(_VI))
    assert "[a]" not in cleaned.body and "[b]" not in cleaned.body
    assert "Cần ghi rõ nguồn" not in cleaned.body
    assert "Đã bổ sung" not in cleaned.body  # (a reply in the thread)
    assert "Số liệu tạm tính" not in cleaned.body
    assert "đạt 412 triệu USD, tăng 8% so với cùng kỳ." in cleaned.body
    assert "dẫn đầu với 150 triệu USD." in cleaned.body
    assert [r.reason for r in cleaned.removed].count("comments") == 3


def test_comments_and_anchors_leave_an_english_draft() -> None:
    cleaned = clean("\n\n".join(_EN))
    assert "[a]" not in cleaned.body
    assert "customs figure" not in cleaned.body
    assert "USD 95 million in the first quarter." in cleaned.body


def test_a_bracketed_letter_without_a_comment_stays() -> None:
    lines = [Line("The clause reads: the parties[a] shall consult."), Line("Nothing else.")]
    mark_review_comments(lines)
    assert lines[0].text == "The clause reads: the parties[a] shall consult."
    assert all(line.kept for line in lines)
    # (a mark opening a line with no anchor above it is no comment)
    lines = [Line("[a] First option: raise the quota."), Line("[b] Second option: keep it.")]
    mark_review_comments(lines)
    assert all(line.kept for line in lines)


def test_signing_formula_is_a_line_of_its_own() -> None:
    assert signing_line(
        "Làm tại Lima, ngày 4 tháng 5 năm 2026, thành hai bản, mỗi bản bằng tiếng Việt và "
        "tiếng Tây Ban Nha."
    )
    assert signing_line(
        "Done at Lima on 4 May 2026, in two originals in the Vietnamese, Spanish and English "
        "languages, all texts being equally authentic."
    )
    # (the formula with a sentence of its own after it: the paragraph stays)
    assert not signing_line(
        "Done at Lima on 4 May 2026 in two copies. Trade reached USD 95 million last year."
    )
    assert not signing_line("Hai bên đã ký Hiệp định thương mại tự do tại Lima năm 2026.")


def test_signing_formula_leaves_a_communique() -> None:
    text = "\n\n".join(
        [
            "TUYÊN BỐ CHUNG VIỆT NAM - PERU",
            "1. Hai bên hoan nghênh kim ngạch thương mại song phương năm 2025 đạt 1,2 tỷ USD.",
            "2. Hai bên nhất trí phấn đấu nâng kim ngạch lên 2 tỷ USD vào năm 2030.",
            "Làm tại Lima, ngày 4 tháng 5 năm 2026, thành hai bản, mỗi bản bằng tiếng Việt và "
            "tiếng Tây Ban Nha.",
        ]
    )
    cleaned = clean(text)
    assert "Làm tại Lima" not in cleaned.body
    assert "đạt 1,2 tỷ USD." in cleaned.body
    assert any(r.reason == "signing formula" for r in cleaned.removed)
