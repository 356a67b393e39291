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
    assert lines[4].reason == "related headline"


def test_a_sentence_in_the_bodys_type_closes_the_box() -> None:
    # (near miss: the same sentence printed as the article's text is the article again)
    lines = _box(small=False)
    mark_sidebars(lines)
    assert lines[4].kept
