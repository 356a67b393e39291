"""Round r70 (furniture, lost sentences, title, date, author on the new sets): own variants."""

from __future__ import annotations

import lxml.html
import pytest

from briefer.ingest.clean import clean
from briefer.ingest.dochead import title_under_kind
from briefer.ingest.furniture import share
from briefer.ingest.pageauthor import page_author
from briefer.ingest.replyboxes import reply_widget
from briefer.ingest.titleguards import flat_menu, past_head_line


@pytest.mark.parametrize(
    "line",
    [
        "Chưa có bình luận nào về bài viết này.",
        "Hiện chưa có bình luận nào",
        "Không có ý kiến bạn đọc nào cho tin bài này!",
        "No comments yet.",
        "There are no comments on this story. Be the first to share your view!",
    ],
)
def test_an_empty_threads_notice_is_a_widget(line: str) -> None:
    assert reply_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "Đại diện Bộ Công Thương chưa có bình luận nào về đề xuất này.",
        "Chưa có bình luận chính thức từ phía Bộ Ngoại giao về vụ việc.",
        "The embassy had no comments on the proposal.",
        "No comments were offered by either delegation after the talks.",
    ],
)
def test_a_sentence_about_no_comment_stays(line: str) -> None:
    assert not reply_widget(line)


_LEAD_EN = (
    "Governor Jane Roe received Ambassador Mart Kask of Estonia in the provincial capital on "
    "Tuesday, at the start of a three-day working visit to the province."
)
_NEXT_EN = (
    "The ambassador said two-way trade reached 118 million USD in 2024, up 9% on the year "
    "before, mostly phones and seafood."
)


def test_a_present_tense_reception_caption_between_paragraphs_goes() -> None:
    caption = "Governor Jane Roe receives Ambassador Mart Kask of Estonia in the capital."
    body = clean("\n".join(["Estonia and the province", _LEAD_EN, caption, _NEXT_EN])).body
    assert caption not in body
    assert _LEAD_EN in body and _NEXT_EN in body


def test_a_verbless_caption_after_the_last_paragraph_goes_despite_a_title() -> None:
    caption = "Gov. Jane Roe and Ambassador Mart Kask at the talks on Tuesday."
    body = clean("\n".join(["Estonia and the province", _LEAD_EN, _NEXT_EN, caption])).body
    assert caption not in body
    assert _LEAD_EN in body and _NEXT_EN in body


def test_a_closing_sentence_with_its_verb_stays() -> None:
    last = "Mr. Kask will return to the province for the talks in May."
    body = clean("\n".join(["Estonia and the province", _LEAD_EN, _NEXT_EN, last])).body
    assert last in body


_RELEASE = "\n".join(
    [
        "EMBASSY OF VIET NAM IN THE KINGDOM OF NORWAY",
        "Thomas Heftyes gate 18, Oslo",
        "MEDIA RELEASE: Viet Nam and Norway open talks on a green shipping corridor",
        "Oslo, 3 March 2026",
        "On 2 March 2026, the Ambassador met the State Secretary to open the talks.",
    ]
)


def test_a_kind_and_subject_line_outranks_the_letterhead_in_capitals() -> None:
    want = "MEDIA RELEASE: Viet Nam and Norway open talks on a green shipping corridor"
    assert title_under_kind(_RELEASE, "EMBASSY OF VIET NAM IN THE KINGDOM OF NORWAY") == want


def test_a_headline_in_its_own_case_over_a_kind_line_stays() -> None:
    text = _RELEASE.replace("EMBASSY OF VIET NAM IN THE KINGDOM OF NORWAY", "Green shipping")
    assert title_under_kind(text, "Green shipping") == "Green shipping"


def _page(box: str) -> str:
    return (
        "<html><head><title>Hai tỉnh kết nghĩa</title></head><body>"
        "<h1>Hai tỉnh kết nghĩa</h1><div class='content'><p>Sáng 3/5, lãnh đạo hai tỉnh ký "
        "biên bản ghi nhớ kết nghĩa, mở ra giai đoạn hợp tác mới về du lịch và nông nghiệp.</p>"
        f"</div>{box}</body></html>"
    )


def test_a_short_author_class_names_the_writer() -> None:
    root = lxml.html.fromstring(_page("<div class='auth'>MINH THƯ</div>"))
    assert page_author(root).casefold() == "minh thư"


def test_a_sign_in_box_with_the_short_class_names_no_writer() -> None:
    root = lxml.html.fromstring(_page("<div class='auth'><a>Đăng nhập</a> | <a>Đăng ký</a></div>"))
    assert page_author(root) == ""


def test_a_menu_copied_flat_from_its_home_item_is_no_headline() -> None:
    assert flat_menu("Trang chủ Thời sự Kinh doanh Thế giới Giáo dục Sức khỏe")
    assert not flat_menu("Trang chủ mới của Bộ Ngoại giao ra mắt ngày 2/9")
    assert not flat_menu("Home Secretary meets Vietnamese Ambassador in London")
    text = "\n".join(
        [
            "Trang chủ Thời sự Kinh doanh Thế giới Giáo dục Sức khỏe",
            "Thứ Hai, 04/05/2026, 09:10",
            "Hai tỉnh kết nghĩa hữu nghị",
            "Sáng 3/5, lãnh đạo hai tỉnh ký biên bản ghi nhớ kết nghĩa hữu nghị.",
        ]
    )
    title = "Trang chủ Thời sự Kinh doanh Thế giới Giáo dục Sức khỏe"
    assert past_head_line(text, title) == "Hai tỉnh kết nghĩa hữu nghị"


def test_a_share_bar_with_its_save_button_beside_the_stamp_credits_no_writer() -> None:
    assert share("Zalo Facebook Lưu")
    assert not share("Lưu Quang Minh")
    text = "\n".join(
        [
            "Báo Ví Dụ Online",
            "Thời sự",
            "Thế giới",
            "Hai tỉnh kết nghĩa hữu nghị với tỉnh của Lào",
            "04/05/2026 09:10 GMT+7",
            "Zalo Facebook Lưu",
            "Sáng 3/5, lãnh đạo hai tỉnh ký biên bản ghi nhớ kết nghĩa hữu nghị, mở ra giai "
            "đoạn hợp tác mới về du lịch, nông nghiệp và thương mại biên giới.",
            "Hai bên nhất trí mở thêm một cặp chợ biên giới trong năm 2026 để tăng trao đổi hàng.",
        ]
    )
    assert "Zalo" not in clean(text).metadata.author


def test_a_flat_menu_over_a_section_label_gives_the_headline_under_the_stamp() -> None:
    menu = "Trang chủ Thời sự Kinh doanh Thế giới Giáo dục Sức khỏe"
    text = "\n".join(
        [
            menu,
            "Thời sự - Đối ngoại",
            "Thứ Hai, 04/05/2026, 09:10",
            "Hai tỉnh kết nghĩa hữu nghị với tỉnh của Lào",
            "Sáng 3/5, lãnh đạo hai tỉnh ký biên bản ghi nhớ kết nghĩa hữu nghị, mở ra giai "
            "đoạn hợp tác mới về du lịch, nông nghiệp và thương mại biên giới.",
        ]
    )
    assert past_head_line(text, menu) == "Hai tỉnh kết nghĩa hữu nghị với tỉnh của Lào"
