"""Round 87: a share button naming the network the post goes to ("Chia sẻ bài viết lên
Facebook", "Chia sẻ qua Zalo") is the page's control, not article text."""

from __future__ import annotations

import pytest

from briefer.ingest.pagechrome import chrome_line


@pytest.mark.parametrize(
    "line", ["Chia sẻ bài viết lên twitter", "Chia sẻ qua Zalo", "Chia sẻ bài viết trên Facebook"]
)
def test_share_to_a_network(line: str) -> None:
    assert chrome_line(line) == "page control"


@pytest.mark.parametrize(
    "line",
    [
        "Chia sẻ kinh nghiệm xuất khẩu lên Facebook",  # (a sentence on sharing, not a button)
        "Chia sẻ bài viết lên trang cá nhân của bạn để nhận quà",
    ],
)
def test_near_miss_sentences_stay(line: str) -> None:
    assert chrome_line(line) == ""
