"""A mailing's "why you receive this" and "forward this to a colleague" lines are notices."""

from __future__ import annotations

import pytest

from briefer.ingest.mailfoot import mailing_notice


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("You are receiving this because you signed up at example.org.", True),
        ("You're receiving this email as a member of the chamber.", True),
        ("Forward this newsletter to a friend", True),
        ("Share this digest with a colleague", True),
        ("Bạn nhận được bản tin này vì đã đăng ký tại trang của Hiệp hội.", True),
        ("Chuyển tiếp bản tin này cho đồng nghiệp", True),
        # an article's sentence that speaks of a message is no notice
        ("The minister said he would forward this message to the cabinet.", False),
        ("Doanh nghiệp nhận được thư mời của Đại sứ quán vào tháng 9.", False),
    ],
)
def test_why_and_how_to_pass_it_on_are_notices(line: str, notice: bool) -> None:
    assert mailing_notice(line) is notice
