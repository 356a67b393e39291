"""A comment form's instruction to the reader is furniture (r59): the reader, a verb of
sending or sharing and a comment word, or the note to type with diacritics."""

from __future__ import annotations

from briefer.ingest.furniture import boilerplate


def test_a_reader_asked_to_send_views_is_a_comment_prompt() -> None:
    assert (
        boilerplate("Quý độc giả có thể gửi bình luận, góp ý cho bài viết tại đây.") == "comments"
    )
    assert boilerplate("Readers can share their comments on this story below.") == "comments"


def test_the_note_to_type_with_diacritics_is_a_comment_prompt() -> None:
    assert boilerplate("Vui lòng nhập bình luận bằng tiếng Việt có dấu") == "comments"


def test_an_article_sentence_about_views_stays() -> None:
    assert not boilerplate(
        "Bộ Công Thương đã gửi văn bản lấy ý kiến các hiệp hội ngành hàng về dự thảo nghị định "
        "sửa đổi quy định xuất khẩu gạo trong tháng 9."
    )
