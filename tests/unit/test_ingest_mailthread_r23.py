"""The thread around a pasted e-mail: a forwarder's note, a quoted reply, a confidentiality
notice (ingest/mailthread.py, ingest/mailfoot.py)."""

from briefer.ingest.found import Line
from briefer.ingest.mailfoot import mailing_notice
from briefer.ingest.mailthread import mark_thread


def _kept(texts: list[str]) -> list[str]:
    lines = [Line(t) for t in texts]
    mark_thread(lines)
    return [line.text for line in lines if line.kept]


def test_forwarders_note_above_the_forwarded_message() -> None:
    kept = _kept(
        [
            "Anh Minh xem giúp em báo cáo dưới đây nhé, số liệu đã được cập nhật.",
            "---------- Forwarded message ---------",
            "Năm 2024, kim ngạch thương mại hai chiều đạt 85 triệu USD, tăng 12%.",
        ]
    )
    assert kept == [
        "---------- Forwarded message ---------",
        "Năm 2024, kim ngạch thương mại hai chiều đạt 85 triệu USD, tăng 12%.",
    ]


def test_quoted_reply_under_its_attribution() -> None:
    kept = _kept(
        [
            "Exports to Chile rose 9% in the first half of 2025.",
            "On Tue, 4 Mar 2025 at 09:12 Trade Desk <desk@example.org> wrote:",
            "> Please send the half-year figures by Friday.",
            "> Thanks.",
        ]
    )
    assert kept == ["Exports to Chile rose 9% in the first half of 2025."]
    kept = _kept(
        [
            "Vào Th 3, 4 thg 3, 2025 lúc 09:12 Phòng Tổng hợp <th@example.vn> đã viết:",
            "> Đề nghị gửi số liệu trước thứ Sáu.",
        ]
    )
    assert kept == []


def test_without_a_thread_nothing_goes() -> None:
    texts = ["> Xuất khẩu gạo tăng 5%", "Hai bên ký biên bản ghi nhớ về hợp tác thương mại."]
    assert _kept(texts) == texts


def test_confidentiality_notice() -> None:
    assert mailing_notice(
        "Thư này có thể chứa thông tin mật. Nếu bạn không phải là người nhận, vui lòng xóa thư."
    )
    assert mailing_notice(
        "If you are not the intended recipient, please notify the sender and delete this email."
    )
    assert not mailing_notice("Bộ trưởng cho biết hai bên đã trao đổi thông tin về thị trường.")
