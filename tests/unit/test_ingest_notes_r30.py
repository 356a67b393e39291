"""The newsroom's notes on its text's versions, a reply box's words and a mailing list's
notice leave the body (r30): a correction of an earlier version, an "edited for length"
note, a comment box's placeholder, a feedback question with bare answers, "if you no longer
wish to receive"."""

from briefer.ingest.clean import clean
from briefer.ingest.corrections import correction_note, edited_note, version_note
from briefer.ingest.mailfoot import mailing_notice
from briefer.ingest.replyboxes import reply_widget

_PROSE = (
    "Kim ngạch xuất khẩu gạo của Việt Nam sang Senegal trong 8 tháng đạt 95 triệu USD, tăng "
    "12% so với cùng kỳ năm trước, theo số liệu của Thương vụ."
)
_PROSE_EN = (
    "Two-way trade between Vietnam and Chile reached US$1.9 billion in 2024, up 8 percent on "
    "the year before, the ministry said on Tuesday."
)
_PROSE_2 = (
    "The two ministers agreed to open talks on a new shipping route between the ports of "
    "Valparaiso and Cai Mep next year."
)
_PROSE_3 = (
    "Senegal hiện là thị trường nhập khẩu gạo lớn thứ hai của Việt Nam tại châu Phi, sau "
    "Bờ Biển Ngà, với nhu cầu ổn định quanh năm."
)


def test_a_labelled_correction_of_an_earlier_version() -> None:
    assert correction_note(
        "Cải chính: Bản đăng trước đây ghi sai tên đơn vị tổ chức là Sở Công Thương. Tòa soạn "
        "xin lỗi bạn đọc."
    )
    assert correction_note(
        "Correction: This article incorrectly gave the value of the deal as $40 million; it "
        "is $4 million."
    )
    assert correction_note("Clarification: An earlier headline misidentified the minister.")
    assert correction_note("A previous version of this story gave the wrong date of the visit.")
    assert correction_note("Editor's note: The original version of this report misspelled a name.")
    assert correction_note("Ghi chú của tòa soạn: Bản đăng trước ghi nhầm thời gian diễn đàn.")


def test_a_correction_label_without_a_version_is_the_texts_own() -> None:
    # (the word as part of a sentence, or a label over something else)
    assert not correction_note("Đính chính hồ sơ là thủ tục bắt buộc với doanh nghiệp xuất khẩu.")
    assert not correction_note("Corrections to the tariff schedule take effect on 1 July.")


def test_an_edited_for_length_note() -> None:
    assert edited_note("This conversation has been lightly edited for clarity.")
    assert edited_note("The transcript was condensed and translated from Spanish.")
    assert edited_note("Cuộc phỏng vấn đã được biên tập, lược bớt cho ngắn gọn.")
    assert not edited_note("The agreement has been translated into three languages.")
    assert not version_note("Bài viết phân tích quan hệ thương mại hai nước.")


def test_the_notes_leave_the_body() -> None:
    cleaned = clean(
        "Vietnam and Chile set a new trade goal\n\n"
        "Correction: An earlier version of this article misstated the trade figure.\n\n"
        f"{_PROSE_EN}\n\nThis interview has been edited for length and clarity.\n\n{_PROSE_2}"
    )
    assert "misstated" not in cleaned.body
    assert "edited for length" not in cleaned.body
    assert "US$1.9 billion" in cleaned.body


def test_a_comment_box_placeholder() -> None:
    assert reply_widget("Viết bình luận của bạn…")
    assert reply_widget("Add a public comment...")
    assert reply_widget("Leave a reply")
    assert not reply_widget("Viết tiếp trang sử hào hùng của hai dân tộc")
    assert not reply_widget("Add value to exports, the minister urged.")


def test_a_feedback_question_with_bare_answers() -> None:
    assert reply_widget("Was this article helpful? Yes No")
    assert reply_widget("Bài viết này có hữu ích với bạn không? Có Không")
    # (an interviewer's question with no answer buttons is the text's)
    assert not reply_widget("PV: Ông có lạc quan không? Có chứ")


def test_the_widgets_leave_the_body() -> None:
    cleaned = clean(
        f"Xuất khẩu gạo sang Senegal tăng mạnh\n\n{_PROSE}\n\n{_PROSE_3}\n\n"
        "Viết bình luận công khai…\n\nIs this page useful? Yes No"
    )
    assert cleaned.body == f"{_PROSE}\n\n{_PROSE_3}"


def test_if_you_no_longer_wish_to_receive() -> None:
    assert mailing_notice("Nếu quý vị không muốn tiếp tục nhận bản tin, vui lòng phản hồi email.")
    assert mailing_notice("If you no longer wish to receive these updates, reply STOP.")
    assert not mailing_notice("Nếu không muốn nhận hàng, nhà nhập khẩu phải báo trước 30 ngày.")
