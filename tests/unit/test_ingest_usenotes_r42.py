"""A publication's note on its own use and a blog post's meta row are no article text; a
sentence of the text about a bulletin or a note of data is kept."""

from briefer.ingest.looselines import loose_line
from briefer.ingest.usenotes import use_note


def test_a_bulletins_use_note_vi() -> None:
    assert use_note("Lưu ý: Tài liệu này chỉ để tham khảo, không sao chép khi chưa được phép.")
    assert use_note("Ấn phẩm mang tính tham khảo. Thông tin chi tiết xin liên hệ Phòng Thương mại")


def test_a_bulletins_use_note_en() -> None:
    assert use_note("Note: This digest is for information purposes only.") == "use note"
    assert use_note("This report is provided for reference only and may not be reproduced.")


def test_a_posts_meta_row() -> None:
    row = "Posted By Anna Berg On May 2, 2025 @ 9:40 am In Economy,World | 4 Comments"
    assert use_note(row) == "post meta"
    assert loose_line(row) == "post meta"
    assert use_note("Đăng bởi Minh Anh vào 12/3/2025 | 0 bình luận") == "post meta"


def test_the_texts_own_sentences_stay() -> None:
    assert use_note("Bản tin tháng này cho thấy xuất khẩu gạo tăng 12%.") == ""
    assert use_note("Note: figures for 2025 are estimates by the ministry.") == ""
    assert use_note("Posted troops returned home on Monday, officials said.") == ""
