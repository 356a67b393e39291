"""A forum's, a network's and a reviewer's lines around a passed-on article leave the body."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.found import Line
from briefer.ingest.readerposts import action_row, mark_comments, post_line


def test_reposter_note_in_the_head_only() -> None:
    vi = "Em đăng lại bài này để các bác trong nhóm xem, ai làm hàng gạo thì lưu ý."
    en = "Sharing this article for reference, worth a read for anyone shipping coffee."
    assert post_line(vi, head=True) == "reposter's note"
    assert post_line(en, head=True) == "reposter's note"
    assert post_line(vi, head=False) == ""
    # an article's sentence about sharing is no note
    assert post_line("Hai bên chia sẻ kinh nghiệm quản lý cảng biển.", head=True) == ""


def test_signature_with_a_messenger_handle() -> None:
    assert post_line("Trần Bình | Đại lý vận tải biển - Viber 0912 xxx 377", False) == "signature"
    assert post_line("Mark Low – Freight agent – WhatsApp +1 555 010 0199", False) == "signature"
    # a sentence giving a number is the text's
    sentence = "Doanh nghiệp có thể gọi hotline 1900 1234 để được tư vấn miễn phí."
    assert post_line(sentence, False) == ""


def test_handle_reply_and_login_notice() -> None:
    assert post_line("lan_anh88: Giá cước tháng này cũng giảm rồi bác ơi.", False) == "comments"
    assert post_line("pete.w: Same here, rates dropped last week.", False) == "comments"
    assert post_line("Note: figures are provisional.", False) == ""
    assert post_line("1998: Hai nước ký hiệp định thương mại.", False) == ""  # a timeline's
    assert post_line("Bạn cần đăng nhập để trả lời bài viết.", False) == "comments"
    assert post_line("You must be logged in to reply to this topic.", False) == "comments"


def test_reviewer_comment_in_a_draft() -> None:
    assert post_line("[Góp ý - Lê Hòa: Kiểm tra lại tên đoàn nhé.]", False) == "reviewer's comment"
    assert post_line("[Comment - Ann Bell: Please confirm the 2024 figure.]", False) == (
        "reviewer's comment"
    )
    assert post_line("[Reply [JD2]: Done, the figure is right.]", False) == "reviewer's comment"
    assert post_line("[Kim ngạch năm 2024 đạt 12 triệu USD.]", False) == ""


def test_labelled_postal_address() -> None:
    assert post_line("Địa chỉ: Tầng 9, số 45 Lê Duẩn, quận 1, TP. Hồ Chí Minh", False) == "address"
    assert post_line("Address: 12 Harbour Road, Suva, Fiji", False) == "address"
    assert post_line("Địa chỉ: đang cập nhật", False) == ""


def test_comment_closed_by_its_action_row() -> None:
    assert action_row("Thích · Trả lời · 3 ngày")
    assert action_row("Like · Reply · 2w")
    assert not action_row("Thích Bình luận Chia sẻ")  # (the post's own bar: no reply)
    lines = [
        Line("Xuất khẩu cà phê sang Chile tăng 20% trong quý III, theo số liệu hải quan."),
        Line("Like · Reply", reason="menu"),  # the post's own row: opens the comments only
        Line("Great news, we ship to Valparaíso next month."),
        Line("Like · Reply · 1d", reason="menu"),
    ]
    mark_comments(lines)
    assert lines[0].kept
    assert lines[2].reason == "comments"


def test_forum_page_cleaned() -> None:
    page = "\n\n".join(
        [
            "Mình chép nguyên văn bài báo về cho anh em cùng đọc nhé.",
            "Xuất khẩu hạt điều sang Peru tăng mạnh",
            "Theo số liệu hải quan, 9 tháng năm 2026 xuất khẩu hạt điều sang Peru đạt 18"
            " triệu USD, tăng 25% so với cùng kỳ năm trước.",
            "Các doanh nghiệp kỳ vọng nhu cầu sẽ tiếp tục tăng trong dịp cuối năm tới.",
            "Thanh Tùng | Xuất nhập khẩu nông sản - Zalo 0988 xxx 123",
            "Thích · Trích dẫn · Trả lời",
            "hai_dang: Cảm ơn bác đã chia sẻ thông tin.",
            "Thích · Trích dẫn · Trả lời",
            "Bạn phải đăng nhập để trả lời chủ đề này.",
        ]
    )
    body = clean(page).body
    assert "chép nguyên văn" not in body
    assert "Zalo" not in body
    assert "hai_dang" not in body
    assert "đăng nhập" not in body
    assert "đạt 18 triệu USD" in body
    assert "cuối năm tới." in body
