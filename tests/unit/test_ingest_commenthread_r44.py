"""Readers' comments pasted under an article leave by their heads (commenthread, r44)."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.commenthread import comment_head, mark_comment_heads
from briefer.ingest.found import Line


def test_comment_heads() -> None:
    assert comment_head("Tran B. 3 hours ago")
    assert comment_head("hanoi_reader · 20 minutes ago")
    assert comment_head("Minh Anh 2 ngày trước")
    assert not comment_head("The talks lasted 3 hours, officials said.")
    assert not comment_head("Exports rose 12% two years ago")


def test_thread_of_two_heads_leaves_with_its_texts() -> None:
    lines = [
        Line("Trade between the two countries reached $1.2 billion in 2024."),
        Line("Jane D. 1 hour ago"),
        Line("Great news for our farmers."),
        Line("Minh Anh 2 ngày trước"),
        Line("Mong hai nước sớm mở đường bay thẳng."),
    ]
    mark_comment_heads(lines)
    assert lines[0].kept
    assert [line.reason for line in lines[1:]] == ["comments"] * 4


def test_one_head_alone_is_no_thread() -> None:
    lines = [Line("Jane Doe 2 hours ago"), Line("Exports rose 8% in 2024, the ministry said.")]
    mark_comment_heads(lines)
    assert all(line.kept for line in lines)


def test_pasted_thread_leaves_the_body() -> None:
    text = "\n".join(
        [
            "Nepal and Vietnam to open direct flights",
            "KATHMANDU - Nepal and Vietnam agreed on Monday to open direct flights next year.",
            "Bilateral trade reached $92.6 million in 2024, the ministry said.",
            "Comments (2)",
            "Hari P. 2 hours ago",
            "Finally some good news for traders.",
            "reader_77 45 minutes ago",
            "We must export more tea.",
        ]
    )
    body = clean(text).body
    assert "Bilateral trade reached $92.6 million in 2024" in body
    assert "good news for traders" not in body
    assert "export more tea" not in body
