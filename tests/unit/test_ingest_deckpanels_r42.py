"""A slide deck's points printed in small type are its text; outside a deck, and a deck's
notes fields and thanks, small type stays the layout's."""

from briefer.ingest.deckpanels import small_layout
from briefer.ingest.found import Line


def _deck(points: list[str]) -> list[Line]:
    return [
        Line("Slide 1/3", small=True),
        Line("Ghi chú: ..........", small=True),
        Line("Slide 2/3", small=True),
        Line("Opportunities", large=True),
        *(Line(p, small=True) for p in points),
        Line("Xin cảm ơn! Liên hệ: a@b.vn", small=True),
    ]


def test_a_decks_points_in_small_type_stay_en() -> None:
    lines = _deck(["Strong demand for rice and cheap consumer goods.", "Photo: Reuters"])
    dropped = [line.text for line in small_layout(lines)]
    assert "Strong demand for rice and cheap consumer goods." not in dropped
    assert "Photo: Reuters" in dropped and "Ghi chú: .........." in dropped


def test_a_decks_points_in_small_type_stay_vi() -> None:
    lines = _deck(["Rủi ro thanh toán, cần dùng thư tín dụng khi giao dịch."])
    dropped = [line.text for line in small_layout(lines)]
    assert "Rủi ro thanh toán, cần dùng thư tín dụng khi giao dịch." not in dropped
    assert "Xin cảm ơn! Liên hệ: a@b.vn" in dropped


def test_small_type_outside_a_deck_is_the_layouts() -> None:
    lines = [Line("Kim ngạch đạt 20 triệu USD trong năm 2024 theo số liệu hải quan.", small=True)]
    assert small_layout(lines) == lines
