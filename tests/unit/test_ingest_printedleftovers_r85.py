"""Leftovers of pasted and printed pages (round r85): a share row with the link's own button,
a related link filling a printed line over the next paragraph, a list of related headlines
ending on a name at a page's foot, a weekday glued to the byline, a writer's initial after a
stamp, a run-on menu row taken for the title, a breadcrumb under its menu item."""

from __future__ import annotations

from briefer.ingest.crumbrows import mark_crumb_rows
from briefer.ingest.found import Found, Line
from briefer.ingest.menutitle import title_past_menu
from briefer.ingest.pagechrome import chrome_line
from briefer.ingest.pdflayout import reflow
from briefer.ingest.stamplines import byline_in
from briefer.ingest.stampwriter import stamp_writer

# a paragraph of full lines, the printed text's width, over the lines under test
_W = "The ministry said that rice shipments to the region rose again this year."
_FULL = "Ankara has kept a 15% duty on most imported rice since March 3, 2025, and"


def _paragraphs(*lines: str) -> list[str]:
    return reflow("\n".join((_W, _W, _W, *lines))).split("\n\n")


def test_a_share_row_with_a_copy_link_button_is_page_control() -> None:
    assert chrome_line("Chia sẻ Zalo Sao chép liên kết") == "page control"
    assert chrome_line("Share on Telegram Copy link Email") == "page control"
    assert chrome_line("Chia sẻ Facebook Copy link Theo dõi Báo Mẫu trên Google News")


def test_a_sentence_about_copying_a_link_is_no_control_row() -> None:
    assert chrome_line("Sao chép liên kết của trang và gửi cho đối tác qua Zalo.") == ""


def test_a_read_on_link_filling_its_line_ends_before_a_full_line_in_capitals() -> None:
    link = "Related: Jakarta-Hanoi rice talks: what exporters should expect now"
    paragraphs = _paragraphs(link, _FULL, "rice is a staple.")
    assert link in paragraphs
    assert any(p.startswith("Ankara has kept") for p in paragraphs)


def test_a_read_on_link_wrapped_onto_a_short_tail_stays_whole() -> None:
    link = "Related: Jakarta-Hanoi rice talks: what exporters should expect"
    paragraphs = _paragraphs(link, "From the next season", _FULL)
    assert f"{link} From the next season" in paragraphs


def test_a_related_headline_ending_on_a_name_closes_before_a_full_line() -> None:
    paragraphs = _paragraphs(
        "Cà phê sang châu Phi tăng 12% trong quý III",
        "Thủ tướng tiếp Đại sứ các nước Trung Đông",
        "Bộ trưởng đề nghị phía Ai Cập tạo thuận lợi cho hàng thủy sản, gạo và",
        "linh kiện của Việt Nam.",
    )
    assert "Thủ tướng tiếp Đại sứ các nước Trung Đông" in paragraphs


def test_a_name_still_runs_on_from_a_short_line_inside_a_paragraph() -> None:
    text = reflow(
        "\n".join(
            (
                _W,
                "Đoàn đã hội đàm với Đại sứ Ai Cập tại Hà Nội, ông Ahmed",
                "Nabil Salem, và hai bên nhất trí thúc đẩy thương mại song phương hơn nữa trong",
                "năm tới.",
            )
        )
    )
    assert "ông Ahmed Nabil Salem" in text


def test_a_weekday_written_out_after_the_byline_is_no_part_of_the_name() -> None:
    assert byline_in("By Minh Chau Tuesday, Mar 4, 2025, 08:10 (GMT+7)") == "Minh Chau"
    assert byline_in("Bởi Lan Phương Thứ Sáu, 07/03/2025 09:00") == "Lan Phương"


def test_a_short_weekday_like_word_stays_in_the_name() -> None:
    assert byline_in("By Hoai Thu, Mar 4, 2025") == "Hoai Thu"


def test_a_writer_initialled_after_the_stamp_keeps_the_dot() -> None:
    assert stamp_writer("Posted: 2024-11-03 09:12:44 B.Tuya") == "B.Tuya"
    assert stamp_writer("Posted: 2024-11-03 09:12:44 Sh.Enkhjin") == "Sh.Enkhjin"


def test_a_plain_name_after_the_stamp_is_left_as_it_is() -> None:
    assert stamp_writer("Posted: 2024-11-03 09:12:44 Bold Erdene") == "Bold Erdene"


_ROW = "Thời sự Thế giới Kinh doanh Giải trí Sức khỏe Giáo dục Pháp luật Du lịch"
_HEADLINE = "Kenya mua thêm 200.000 tấn gạo Việt trong quý IV"
_PROSE = "Theo Bộ Nông nghiệp Kenya, lượng gạo nhập từ Việt Nam năm 2025 tăng 30% so với 2024."


def test_a_run_on_menu_row_taken_for_the_title_gives_way_to_the_headline() -> None:
    lines = [Line("Báo Mẫu Sơn", "masthead"), Line(_ROW, "title"), Line("Kinh doanh")]
    lines += [Line(_HEADLINE), Line(_PROSE)]
    assert title_past_menu(lines, _ROW, Found()) == _HEADLINE
    assert lines[1].reason == "menu"


def test_a_title_with_no_repeated_label_stays() -> None:
    lines = [Line("Báo Mẫu Sơn", "masthead"), Line(_ROW, "title"), Line("Thị trường")]
    lines += [Line(_HEADLINE), Line(_PROSE)]
    assert title_past_menu(lines, _ROW, Found()) == _ROW
    assert lines[1].reason == "title"


def test_a_row_between_the_menu_and_its_label_leaves_the_title_to_later_readers() -> None:
    lines = [Line("Báo Mẫu Sơn", "masthead"), Line(_ROW, "title"), Line("English Deutsch 日本語")]
    lines += [Line("Kinh doanh"), Line(_HEADLINE), Line(_PROSE)]
    assert title_past_menu(lines, _ROW, Found()) == _ROW


def test_a_breadcrumb_under_its_gapped_menu_item_is_a_section() -> None:
    raw = [
        "BÁO MẪU SƠN",
        "Trang chủ  Thời sự  Kinh tế đối ngoại  Văn hóa  Thể thao",
        "Kinh tế đối ngoại - Nông sản châu Phi",
        "Việt Nam - Kenya ký thỏa thuận về gạo",
    ]
    lines = [Line(" ".join(r.split())) for r in raw]
    mark_crumb_rows(lines, raw)
    assert lines[2].reason == "section"
    assert lines[3].kept


def test_a_pair_headline_under_a_menu_naming_neither_part_stays() -> None:
    raw = [
        "Trang chủ  Thời sự  Việt Nam và thế giới  Văn hóa",
        "Việt Nam - Kenya ký thỏa thuận về gạo",
        "Thời sự - Bạn đọc viết",
    ]
    lines = [Line(" ".join(r.split())) for r in raw]
    mark_crumb_rows(lines, raw)
    assert lines[1].kept
    assert lines[2].reason == "section"
