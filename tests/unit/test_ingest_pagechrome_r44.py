"""A pasted page's own controls and notices leave the body as lines (pagechrome, r44)."""

from __future__ import annotations

import pytest

from briefer.ingest.clean import clean
from briefer.ingest.pagechrome import chrome_line
from briefer.ingest.widgetrows import widget_row


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Lưu tin", "page control"),
        ("Share on Telegram", "page control"),
        ("Cỡ chữ A- A+", "page control"),
        ("Tốc độ: 1.5x", "page control"),
        ("01:12 / 07:45", "page control"),
        ("Search…", "page control"),
        ("Theo dõi Báo Mẫu trên Google News", "page control"),
        ("Comments are disabled for this story.", "comments"),
        ("12 bình luận", "comments"),
        ("Ý kiến (3)", "comments"),
        ("Please read our community guidelines before replying.", "comments"),
        ("Tin này có hữu ích? Đánh giá", "reader prompt"),
        ("Was this story helpful? Yes / No", "reader prompt"),
        ("What do you think of this story? Like · Wow · Sad", "reader prompt"),
        ("Thăm dò: Bạn có định du lịch châu Âu năm nay? Có Không", "reader prompt"),
        ("Mời quý vị gửi ý kiến", "reader prompt"),
        ("Unlimited digital access from €2.50/month", "subscription"),
        ("The morning briefing, delivered to your inbox.", "subscription"),
        ("Become a Sample Daily supporter now.", "subscription"),
        ("Thank you for subscribing to our paper.", "subscription"),
        ("Register now and read 3 free articles every week.", "subscription"),
        ("Stay informed — join our Telegram channel", "subscription"),
        ("Morning Markets newsletter", "subscription"),
        ("Đăng ký nguồn cấp này qua trình đọc RSS", "subscription"),
        ("© Báo Mẫu bảo lưu toàn bộ bản quyền.", "rights"),
        ("All rights to the articles on this site belong to Sample Media.", "rights"),
        ("Sample Gazette, 2024. Republication is strictly prohibited.", "rights"),
        ("Content licensed under a Creative Commons BY-SA licence.", "rights"),
        ("Cơ quan chủ quản: Hội X. Giấy phép số 12/GP-BTTTT", "rights"),
        ("Chịu trách nhiệm nội dung: Nguyễn Văn A", "rights"),
        ("URL to article: https://example.org/2025/01/a-story/", "print view"),
        ("[2] the ministry said: https://example.gov/notice", "print view"),
        ("Filed under: Trade, Asia, Shipping", "categories"),
        ("Chuyên mục: Kinh tế | Thế giới", "categories"),
        ("Read also: Port volumes climb for a third month", "related headline"),
        ("Xem thêm: Giá lúa gạo tăng mạnh đầu vụ", "related headline"),
        ("Check against delivery", "delivery mark"),
        # a row of controls run on in one line, or parted by dots
        ("Lưu tin Chia sẻ Zalo In bài Bình luận (4)", "page control"),
        ("Like 31 Share on Facebook Email Print", "page control"),
        ("Nghe bài 01:02 / 06:10 Speed: 1.25x", "page control"),
        ("3 comments · Be the first to comment on this story", "comments"),
        ("Follow Sample Post on Facebook and Telegram and stay informed!", "page control"),
        ("Related Port of Sample adds two berths", "related headline"),
        ("Weekly Trade Brief: our editors' picks on global trade. Sign up now", "subscription"),
        ("Mời quý vị chia sẻ ý kiến về bài viết này.", "reader prompt"),
        # a page's time stamp on its own line
        ("Last updated: 3 March 2025, 14:20 GMT+7", "time stamp"),
        ("Posted on 12 June 2024 in Media Releases", "time stamp"),
        ("Ngày đăng: 14:05, Chủ nhật 9-2-2025", "time stamp"),
        ("3 hours ago", "time stamp"),
        ("5 phút trước", "time stamp"),
        ("This page was last edited on 2 May 2025, at 10:11.", "time stamp"),
    ],
)
def test_page_chrome_lines(line: str, reason: str) -> None:
    assert chrome_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # an article's own sentences and headings with the same words
        "Workers at the plant earn about $300 a month, the union said.",
        "The ministry said comments on the draft decree are closed until March.",
        "Bài viết của ông được nhiều độc giả đánh giá cao vì tính hữu ích của nó.",
        "Read also the minister's statement, which said exports rose 12% in 2024.",
        "Doanh nghiệp cần xin giấy phép số 15/GP-UBND trước khi xuất khẩu lô hàng này.",
        "Thank you for supporting our farmers and our exporters.",
        "Tìm kiếm thị trường mới cho nông sản Việt Nam",
        "Share of exports to Africa rose to 4%.",
        "Category A goods enter duty-free under the agreement.",
        "Related talks were held in Hanoi in June.",
        "Published in 2024, the report said exports rose 8%.",
        "Updated figures show trade rose in 2025",
        "Lưu ý: doanh nghiệp cần đăng ký trước ngày 15/12/2025.",
        "Follow-up talks on the agreement will take place in Hanoi on 3 March.",
    ],
)
def test_article_lines_stay(line: str) -> None:
    assert chrome_line(line) == ""


def test_pasted_page_loses_its_chrome_keeps_its_text() -> None:
    text = "\n".join(
        [
            "Cambodia and Vietnam agree to expand rice trade",
            "PHNOM PENH - Cambodia and Vietnam agreed on Monday to expand rice trade.",
            "Related coverage: Thailand raises rice export forecast",
            "Two-way trade reached $9.8 billion in 2024, the ministry said.",
            "What do you think of this article? Happy · Sad · Angry",
            "Comments are closed on this article.",
            "All rights of the published news belong to Sample Daily.",
        ]
    )
    body = clean(text).body
    assert "expand rice trade." in body
    assert "Two-way trade reached $9.8 billion in 2024" in body
    for gone in ("Related coverage", "What do you think", "Comments are closed", "All rights"):
        assert gone not in body


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("Open market: EUR/VND 27,650 (Sell)", True),
        ("Silver (per ounce): $1,234.50", True),
        ("Exports: $631 million", False),
        ("The USD/VND rate rose to 25,400 on Monday.", False),
        ("Trade: USD 2,000", False),
    ],
)
def test_one_quote_widget(line: str, widget: bool) -> None:
    assert widget_row(line) is widget


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("From:", "field label"),
        ("Press contact:", "field label"),
        ("Ngày ban hành:", "field label"),
        ("media@example.org", "field label"),
        ("Distribution channels: Energy, Asia", "categories"),
        ("Bộ trưởng tiếp đoàn doanh nghiệp Nhật Bản... xem thêm", "related headline"),
        ("Ports reopen after the storm… Read more »", "related headline"),
        (
            "The council acknowledges the Traditional Owners of the land on which we work.",
            "site notice",
        ),
    ],
)
def test_labels_teasers_notices(line: str, reason: str) -> None:
    assert chrome_line(line) == reason


def test_labels_with_their_values_stay() -> None:
    assert chrome_line("Trong đó:") == ""
    assert chrome_line("From: Trade Office <trade@example.org>") == ""
    assert chrome_line("Exports rose, and more...") == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Tạp chí Mẫu - Cơ quan của Hội Doanh nghiệp X. Tòa soạn: 12 Lê Lợi, Hà Nội.",
            "site notice",
        ),
        ("Ghi rõ nguồn khi phát hành lại thông tin từ website này.", "site notice"),
        ("25 Nguyễn Du, phường Bến Nghé, quận 1, TP. Hồ Chí Minh", "address"),
        ("No. 7, Harbour Road, Suva, Fiji", "address"),
        (
            "Tạp chí Mẫu · 9 Trần Phú, phường 3, TP Vũng Tàu · Ghi rõ nguồn khi sử dụng",
            "site notice",
        ),
    ],
)
def test_imprint_and_address(line: str, reason: str) -> None:
    assert chrome_line(line) == reason


def test_place_in_a_sentence_stays() -> None:
    assert chrome_line("3 doanh nghiệp tại phường 1, quận 3, TP. Hồ Chí Minh") == ""
    assert chrome_line("Doanh nghiệp ở khu phố 6, phường 2, quận 3 tăng") == ""
    assert chrome_line("Ngày 13/11, tại phường Linh Trung, TP. Thủ Đức, trường ký kết.") == ""


def test_live_page_switches() -> None:
    assert chrome_line("Auto-refresh: OFF | Sort by: Oldest first") == "page control"
    assert chrome_line("Tự động cập nhật: TẮT") == "page control"
    assert chrome_line("Sắp xếp lại chuỗi cung ứng là ưu tiên của doanh nghiệp") == ""


def test_an_ask_glued_to_the_paragraph_under_it_leaves_the_paragraph() -> None:
    # (a printed page's reflow joins an ask with no stop to the next paragraph: a line going on
    # for more than 16 words after its ask is article text, whatever ask opens it)
    glued = (
        "Don't miss out on the latest news — join our Telegram channel The board's chair said "
        "the port could handle 30,000 containers a year within four years, twice what it moves "
        "today."
    )
    assert chrome_line(glued) == ""
    assert chrome_line("Don't miss out on the latest news — join our Telegram channel") == (
        "subscription"
    )
