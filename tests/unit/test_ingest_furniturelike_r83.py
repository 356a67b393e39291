"""Article sentences shaped like furniture (round r83): a speaker's line ending on a colon over
the quotation it hands on, a saying closed in quotation marks over a photo's caption, a box's
heading over its marked figures, an editor's note telling the figures' source, and a menu row
whose Vietnamese names run on in lower case."""

from __future__ import annotations

from briefer.ingest.blocks import mark_lone_labels
from briefer.ingest.captions import mark_captions
from briefer.ingest.clean import clean
from briefer.ingest.corrections import correction_note
from briefer.ingest.editornotes import change_note
from briefer.ingest.found import Line
from briefer.ingest.pagechrome import chrome_line
from briefer.ingest.strayrows import mark_run_on_menus

_BEFORE = "Kim ngạch thương mại Việt Nam - Kenya năm 2024 đạt 215 triệu USD, tăng 14% so với 2023."
_NOTE = "Ghi chú của tòa soạn: Bài viết dùng số liệu của Cục Thống kê Kenya, cập nhật tới quý III."
_AFTER = "Hai bên nhất trí sớm tổ chức kỳ họp đầu tiên của Ủy ban hỗn hợp về hợp tác kinh tế."


def _reasons(texts: list[str]) -> list[str]:
    lines = [Line(t) for t in texts]
    mark_lone_labels(lines)
    return [line.reason for line in lines]


def test_a_speaker_line_on_a_colon_over_its_quotation_stays() -> None:
    quote = "“Kenya mong muốn nhập khẩu thêm gạo và cà phê của Việt Nam trong năm tới.”"
    assert _reasons([_BEFORE, "Ông Otieno cho biết:", quote, _AFTER]) == ["", "", "", ""]
    english = '"We want Vietnamese rice on every table in Nairobi within two years."'
    assert _reasons([_BEFORE, "Mr Otieno said:", english, _AFTER])[1] == ""


def test_a_short_label_over_prose_still_goes() -> None:
    # (near miss: no colon, or a colon over a paragraph that opens no quotation)
    assert _reasons([_BEFORE, "Video nổi bật", _AFTER, _BEFORE])[1] == "page furniture"


def test_a_box_heading_over_marked_figures_goes_and_its_figures_stay() -> None:
    reasons = _reasons(
        [
            _BEFORE,
            "Con số chính",
            "- Xuất khẩu chè: 12 triệu USD, tăng 8%.",
            "- Nhập khẩu hạt điều: 30 triệu USD.",
            _AFTER,
        ]
    )
    assert reasons == ["", "page furniture", "", "", ""]


def test_a_heading_announcing_its_list_or_over_one_item_stays() -> None:
    # (items too short to read as prose: the label's fate is the box rule's alone)
    items = ["- Xuất khẩu chè: 12 triệu USD, tăng 8%.", "- Nhập khẩu hạt điều: 30 triệu USD."]
    # (a colon: the text announces its list)
    assert _reasons([_BEFORE, "Số liệu chính:", *items, _AFTER])[1] == ""
    # (one marked item only is no box of figures)
    assert _reasons([_BEFORE, "Con số chính", items[0], "Video", _AFTER])[1] == ""


def test_a_saying_closed_in_quotation_marks_over_a_caption_is_no_caption_heading() -> None:
    saying = 'Bà Wanjiru nói: "Cà phê Việt Nam rất được ưa chuộng."'
    caption = "Ảnh: Hai Bộ trưởng trao đổi văn kiện hợp tác tại Nairobi. Ảnh: Minh Châu"
    lines = [Line(_BEFORE), Line(saying), Line(caption), Line(_AFTER)]
    mark_captions(lines, "Việt Nam và Kenya mở rộng thương mại")
    assert lines[1].reason == ""
    assert lines[2].reason == "photo caption"


def test_a_short_heading_over_a_caption_is_still_the_captions() -> None:
    # (near miss: no stop at its end, so the heading the caption carries)
    caption = "Ảnh: Hai Bộ trưởng trao đổi văn kiện hợp tác tại Nairobi. Ảnh: Minh Châu"
    lines = [Line(_BEFORE), Line("Bộ trưởng Wanjiru tại lễ ký"), Line(caption), Line(_AFTER)]
    mark_captions(lines, "Việt Nam và Kenya mở rộng thương mại")
    assert lines[1].reason == "photo caption"


def test_an_editors_note_naming_its_figures_source_is_the_story() -> None:
    note = _NOTE
    assert not change_note(note)
    assert not correction_note(note)
    assert chrome_line(note) != "site notice"
    english = "Editor's note: This story uses figures from Kenya's customs, updated in September."
    assert not change_note(english)
    assert not correction_note(english)


def test_an_editors_note_on_the_text_changed_or_wrong_still_goes() -> None:
    # (near misses: the change is the text's own verb; the note says what was wrong)
    assert change_note("Ghi chú của tòa soạn: Bài viết đã được cập nhật lúc 15h ngày 3/10.")
    assert change_note("Editor's note: This story was updated with Kenya's tea figures.")
    assert correction_note("Ghi chú của tòa soạn: Bài viết đã ghi nhầm tên Đại sứ Kenya.")
    assert correction_note("Correction: This article gave the wrong tonnage for tea exports.")
    # (a note on the text that cites no figures' source is the newsroom's, as before)
    assert correction_note("Editor's note: This story is one of a series on Kenya's tea trade.")
    # (a newsroom's address on its own is still the paper's imprint)
    assert chrome_line("Tòa soạn: 12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội") != ""


def test_a_menu_row_running_on_in_lower_case_goes_with_its_repeated_label() -> None:
    row = "Tin tức Đối ngoại Kinh tế số Văn hóa Du lịch Thể thao Pháp luật"
    lines = [Line("Báo Mẫu Sơn"), Line(row), Line("Đối ngoại"), Line("Kenya mua thêm gạo Việt")]
    mark_run_on_menus(lines)
    assert lines[1].reason == "menu"


def test_a_headline_with_no_repeated_label_is_no_menu_row() -> None:
    # (near miss: names opening on capitals, but no section label repeats one of them)
    row = "Tin tức Đối ngoại Kinh tế số Văn hóa Du lịch Thể thao Pháp luật"
    lines = [Line("Báo Mẫu Sơn"), Line(row), Line("Kenya mua thêm gạo Việt")]
    mark_run_on_menus(lines)
    assert lines[1].reason == ""
    # (a headline under its section label: too few names to be a row of them)
    headline = "Thủ tướng tiếp Bộ trưởng Ngoại giao Kenya"
    lines = [Line("Báo Mẫu Sơn"), Line("Thủ tướng"), Line(headline), Line("Thứ Hai, 3/11/2025")]
    mark_run_on_menus(lines)
    assert lines[2].reason == ""
    # (a byline parted by its dash, its desk repeated as a top line: no menu copied bare)
    byline = "Wanjiru Kamau Otieno - Nairobi Daily reporter"
    lines = [Line("Nairobi Daily"), Line(byline), Line("Kenya mua thêm gạo Việt")]
    mark_run_on_menus(lines)
    assert lines[1].reason == ""


def test_the_pieces_together_in_a_pasted_article() -> None:
    text = "\n\n".join(
        [
            "Kenya mua thêm gạo Việt Nam",
            _BEFORE,
            "Ông Otieno cho biết:",
            "“Kenya mong muốn nhập khẩu thêm gạo và cà phê của Việt Nam trong năm tới.”",
            _AFTER,
            _NOTE,
            "Việt Nam và Kenya thiết lập quan hệ ngoại giao ngày 21/12/1995.",
        ]
    )
    body = clean(text).body
    assert "Ông Otieno cho biết:" in body
    assert "“Kenya mong muốn nhập khẩu thêm gạo" in body
    assert "Ghi chú của tòa soạn: Bài viết dùng số liệu" in body
