"""Round r101: a caption with no stop set over the paragraph it retells (a long post in the
paragraph shortened in it), and a joint credit's label joined by a hyphen ("Tin-ảnh:")."""

from __future__ import annotations

from briefer.ingest.echocaption import mark_echo_captions
from briefer.ingest.found import Line
from briefer.ingest.metadata import BYLINE, writer_of

_STANDFIRST = (
    "Thủ tướng đề nghị Việt Nam và Paraguay mở rộng hợp tác nông nghiệp, tương xứng với"
    " quan hệ hữu nghị giữa hai nước."
)
_LEAD = (
    "Sáng 14/4, tại Trụ sở Chính phủ, Thủ tướng đã tiếp Bộ trưởng Công nghiệp, Thương mại và"
    " Hội nhập kinh tế Paraguay Javier Giménez đang thăm làm việc tại Việt Nam."
)


def test_a_caption_without_a_stop_over_the_paragraph_it_retells_is_furniture() -> None:
    lines = [
        Line(_STANDFIRST),
        Line("Thủ tướng tiếp Bộ trưởng Công nghiệp Paraguay Javier Giménez"),
        Line(_LEAD),
    ]
    mark_echo_captions(lines)
    assert lines[1].reason == "photo caption"
    assert lines[2].kept


def test_a_sentence_over_the_paragraph_is_the_articles() -> None:
    # (near miss: the same words with their stop are a sentence of the article)
    lines = [
        Line(_STANDFIRST),
        Line("Thủ tướng tiếp Bộ trưởng Công nghiệp Paraguay Javier Giménez."),
        Line(_LEAD),
    ]
    mark_echo_captions(lines)
    assert lines[1].kept


def test_a_joint_credit_joined_by_a_hyphen_names_the_writer() -> None:
    match = BYLINE.match("Tin-ảnh: Quỳnh Anh")
    assert match is not None and match.group("author") == "Quỳnh Anh"
    assert writer_of("Bài - ảnh: Đức Thịnh") == "Đức Thịnh"
    # (near miss: a section and its topic joined by a dash names no writer)
    assert BYLINE.match("Tin - Thế giới") is None


def test_a_caption_closed_by_a_bracket_over_its_paragraph_is_furniture() -> None:
    # review finding 11: "no stop of its own" is furniture.ends_sentence's reading: a
    # bracket closing the line is no full stop
    lines = [
        Line(_STANDFIRST),
        Line("Thủ tướng tiếp Bộ trưởng Công nghiệp (Paraguay) Javier Giménez (ảnh)"),
        Line(
            "Sáng 14/4, Thủ tướng đã tiếp Bộ trưởng Công nghiệp (Paraguay) Javier Giménez (ảnh)"
            " tại Trụ sở Chính phủ, nhân chuyến thăm làm việc tại Việt Nam."
        ),
    ]
    mark_echo_captions(lines)
    assert lines[1].reason == "photo caption"


def test_a_joint_credit_reads_alike_whichever_label_comes_first() -> None:
    # review finding 12: one joiner for every joint credit, the photo's label first or a
    # capital after the dash included
    for byline in ("Ảnh - bài: Đỗ Minh Khoa", "Bài – Ảnh: Đỗ Minh Khoa", "Ảnh & tin: Đỗ Minh Khoa"):
        found = BYLINE.match(byline)
        assert found is not None and found.group("author") == "Đỗ Minh Khoa", byline
    # near miss: a photo's credit alone names no writer
    found = BYLINE.match("Ảnh: Đỗ Minh Khoa")
    assert found is None or found.group("author") != "Đỗ Minh Khoa"
