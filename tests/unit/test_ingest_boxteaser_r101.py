"""Round r101: a teaser printed in small type under a listed headline keeps the related box
open (the next headline is the box's too), where a sentence in the body's type closes it."""

from __future__ import annotations

from briefer.ingest.blocks import mark_sidebars
from briefer.ingest.found import Line


def _box(small: bool) -> list[Line]:
    return [
        Line("Thủ tướng tiếp Đại sứ Chile tại Hà Nội chiều nay."),
        Line("Xem thêm", "sidebar"),
        Line("Bộ trưởng tiếp Đoàn doanh nghiệp Peru"),
        Line("Hai bên bàn về hợp tác nông sản và thủy sản trong năm tới.", small=small),
        Line("Giá cà phê hôm nay 12/5"),
    ]


def test_a_small_type_teaser_keeps_the_box_open() -> None:
    lines = _box(small=True)
    mark_sidebars(lines)
    assert not lines[3].kept  # (review finding 6: the teaser itself is no body text)
    assert lines[4].reason == "related headline"


def test_a_sentence_in_the_bodys_type_closes_the_box() -> None:
    # (near miss: the same sentence printed as the article's text is the article again)
    lines = _box(small=False)
    mark_sidebars(lines)
    assert lines[4].kept


def test_a_long_prose_teaser_in_small_type_is_still_the_boxs() -> None:
    # review finding 6: a teaser long enough to read as prose, with figures and commas, is
    # still the listed headline's teaser in small type
    lines = _box(small=True)
    lines[3] = Line(
        "Theo Cục Thống kê, kim ngạch thương mại giữa Việt Nam và Colombia năm 2023 đạt 0,9"
        " tỷ USD, tăng 12% so với năm trước, trong đó xuất khẩu chiếm phần lớn.",
        small=True,
    )
    mark_sidebars(lines)
    assert not lines[3].kept
    assert lines[4].reason == "related headline"
    # near miss: the same prose in the body's type is the article again
    lines[3] = Line(lines[3].text)
    lines[4] = Line("Giá cà phê hôm nay 12/5")
    mark_sidebars(lines)
    assert lines[3].kept and lines[4].kept
