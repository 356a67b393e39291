"""A short label left as the text's last line over a box's rows the rules took away heads
that box, not the article; a subheading with text under it, a sentence or a figure stays."""

from __future__ import annotations

from briefer.ingest.found import Line
from briefer.ingest.trailinglabel import mark_trailing_label

_PROSE = (
    "In the first half of 2026, two-way trade between Viet Nam and Kenya reached 410 million "
    "USD, up 12 per cent year on year."
)


def _lines(label: str, rows: list[tuple[str, str]]) -> list[Line]:
    return [Line(_PROSE), Line(label), *(Line(text, reason) for text, reason in rows)]


_ROWS = [("1 EUR = 27,300 VND", "small type"), ("Hotline: +254 20 000", "contact")]


def test_a_label_over_a_box_gone_goes() -> None:
    for label in ("Weather this week", "Giá vàng hôm nay", "Lịch phát sóng"):
        lines = _lines(label, _ROWS)
        mark_trailing_label(lines)
        assert lines[0].kept
        assert lines[1].reason == "box heading", label


def test_what_stays() -> None:
    cases = [
        _lines("Weather this week", [_ROWS[0]]),  # one row only: no box
        _lines("Trade outlook", [("More trade is expected in 2027.", ""), *_ROWS]),  # text
        _lines("Contacts: the embassy", _ROWS),  # a label with its value
        _lines("Exports rose strongly in 2026", _ROWS),  # a figure
        _lines("The ministers agreed to meet again soon.", _ROWS),  # a sentence
        _lines("Nine words at the foot are rather more than a label", _ROWS),
    ]
    for lines in cases:
        kept = [line.text for line in lines if line.kept]
        mark_trailing_label(lines)
        assert [line.text for line in lines if line.kept] == kept
        assert len(kept) >= 2
    # under a label, not a sentence: a list of labels is no article's foot
    lines = [Line("Tin mới"), Line("Thể thao"), *(Line(t, r) for t, r in _ROWS)]
    mark_trailing_label(lines)
    assert lines[1].kept
