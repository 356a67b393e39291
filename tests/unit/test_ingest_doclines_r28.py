"""Lines a document says about itself or its form leave the body (r28): a reservation on its
use or figures, a mail's lead-in to its items, a transcript's speaker labels."""

from briefer.ingest.clean import clean
from briefer.ingest.doclines import doc_line, mail_lead_in, reservation, speaker_label


def test_a_reservation_on_the_document_is_a_disclaimer() -> None:
    assert reservation("Bản tin chỉ mang tính tham khảo. Dữ liệu có thể được điều chỉnh.")
    assert reservation("This information is for reference only. Figures are provisional.")
    assert doc_line("Thông tin này chỉ dùng để tham khảo.") == "disclaimer"


def test_a_sentence_with_news_is_no_reservation() -> None:
    # (a figure, or a sentence that is no reservation, keeps the line)
    assert not reservation("Số liệu có thể được cập nhật sau ngày 15/3.")
    assert not reservation("Bản tin chỉ mang tính tham khảo. Hai nước ký hiệp định mới.")
    assert not reservation("The data show exports rose sharply.")
    assert not reservation(
        "Số liệu có thể thay đổi nếu hai bên ký thêm hợp đồng mua bán gạo trong quý tới."
    )
    assert reservation("Figures may be revised without notice.")


def test_a_mails_lead_in_to_its_items() -> None:
    assert mail_lead_in("Phòng Thị trường châu Âu trân trọng gửi bản tin tháng như sau:")
    assert mail_lead_in("Please find below the weekly summary of trade news:")
    assert doc_line("Cục Xúc tiến trân trọng gửi tới Quý doanh nghiệp thông tin dưới đây:") == (
        "mail lead-in"
    )
    # (a sentence of the news that ends on a colon is no lead-in)
    assert not mail_lead_in("Bộ trưởng nhấn mạnh ba ưu tiên như sau:")


def test_speaker_labels_of_a_transcript() -> None:
    assert speaker_label("Hỏi (phóng viên Báo Kinh tế):")
    assert speaker_label("Đáp (bà Trần Thị Lan, Giám đốc Sở Ngoại vụ):")
    assert speaker_label("Question (Reuters):")
    assert speaker_label("A:")
    # (a question on the label's line is what is said: it stays)
    assert not speaker_label("Hỏi: Xin bà cho biết kết quả chuyến công tác?")


def test_clean_keeps_the_questions_and_answers() -> None:
    text = (
        "HỌP BÁO VỀ KẾT QUẢ XÚC TIẾN THƯƠNG MẠI\n\n"
        "Chủ trì họp báo: ông Nguyễn Văn An, Chánh Văn phòng.\n\n"
        "Hỏi (phóng viên Báo Công Thương):\n\n"
        "Xin ông cho biết kim ngạch thương mại với Hungary năm nay?\n\n"
        "Trả lời (ông Phạm Văn Bình, Giám đốc Sở):\n\n"
        "Năm 2024, kim ngạch thương mại hai chiều đạt 45 triệu USD, tăng 9%.\n"
    )
    paragraphs = clean(text).paragraphs
    assert "Xin ông cho biết kim ngạch thương mại với Hungary năm nay?" in paragraphs
    assert "Năm 2024, kim ngạch thương mại hai chiều đạt 45 triệu USD, tăng 9%." in paragraphs
    assert not any(p.startswith(("Hỏi (", "Trả lời (")) for p in paragraphs)
