"""Round r70 (furniture, lost sentences, title, date, author on the new sets): own variants."""

from __future__ import annotations

import pytest

from briefer.ingest.replyboxes import reply_widget


@pytest.mark.parametrize(
    "line",
    [
        "Chưa có bình luận nào về bài viết này.",
        "Hiện chưa có bình luận nào",
        "Không có ý kiến bạn đọc nào cho tin bài này!",
        "No comments yet.",
        "There are no comments on this story. Be the first to share your view!",
    ],
)
def test_an_empty_threads_notice_is_a_widget(line: str) -> None:
    assert reply_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "Đại diện Bộ Công Thương chưa có bình luận nào về đề xuất này.",
        "Chưa có bình luận chính thức từ phía Bộ Ngoại giao về vụ việc.",
        "The embassy had no comments on the proposal.",
        "No comments were offered by either delegation after the talks.",
    ],
)
def test_a_sentence_about_no_comment_stays(line: str) -> None:
    assert not reply_widget(line)
