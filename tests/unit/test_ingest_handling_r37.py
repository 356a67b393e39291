"""A document's handling markings leave the body and the title (r37)."""

from briefer.ingest.clean import clean
from briefer.ingest.handling import handling_marking


def test_draft_stamps_and_bars_are_markings() -> None:
    assert handling_marking("BẢN DỰ THẢO SỐ 3 - CHƯA CÔNG BỐ")
    assert handling_marking("Dự thảo để lấy ý kiến")
    assert handling_marking("DRAFT v2 – NOT FOR CITATION")
    assert handling_marking("Confidential | For internal use only")
    assert handling_marking("TUYỆT MẬT")


def test_a_press_kits_note_is_a_marking() -> None:
    assert handling_marking("Thông tin gửi các cơ quan báo chí - Đề nghị giữ nguyên nội dung")
    assert handling_marking("For media use only. Please do not alter the text.")


def test_a_marking_inside_a_sentence_is_no_marking() -> None:
    assert not handling_marking("Dự thảo Nghị định về xuất xứ hàng hóa")
    assert not handling_marking("Draft rules on steel imports were published on Monday.")
    assert not handling_marking("Khẩn trương hoàn thiện hồ sơ")
    assert not handling_marking("Press release")  # (a kind, read by the head's rules)


def test_a_reports_title_is_no_draft_stamp() -> None:
    text = (
        "SỞ NÔNG NGHIỆP TỈNH MẪU\n\n"
        "Thành phố Mẫu, ngày 3 tháng 9 năm 2025\n\n"
        "BẢN NHÁP - KHÔNG PHỔ BIẾN\n\n"
        "BÁO CÁO\n\n"
        "Tình hình xuất khẩu nông sản sang thị trường Mẫu\n\n"
        "Kính gửi: Ủy ban nhân dân tỉnh.\n\n"
        "Tám tháng đầu năm 2025, kim ngạch xuất khẩu nông sản của tỉnh sang thị trường Mẫu "
        "đạt 42 triệu USD, tăng 12% so với cùng kỳ.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Tình hình xuất khẩu nông sản sang thị trường Mẫu"
    assert cleaned.body == (
        "Tám tháng đầu năm 2025, kim ngạch xuất khẩu nông sản của tỉnh sang thị trường Mẫu "
        "đạt 42 triệu USD, tăng 12% so với cùng kỳ."
    )


def test_an_english_draft_stamp_leaves_the_body() -> None:
    text = (
        "DRAFT – DO NOT CITE\n\n"
        "Exports of farm goods to Sampleland rose 12 percent in the first eight months of "
        "2025 to US$42 million, the ministry said in its quarterly review.\n\n"
        "Rice and coffee made up most of the shipments, according to the report.\n"
    )
    cleaned = clean(text)
    # (no stamp for the title either: the text's first line heads it)
    assert (cleaned.title, cleaned.body) == (
        "Exports of farm goods to Sampleland rose 12 percent in the first eight months of "
        "2025 to US$42 million, the ministry said in its quarterly review.",
        "Rice and coffee made up most of the shipments, according to the report.",
    )
