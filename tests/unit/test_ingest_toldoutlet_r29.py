"""Round 29: a periodical the story's sources spoke to names the outlet, as a last resort."""

from __future__ import annotations

from briefer.ingest.toldoutlet import told_outlet


def test_told_periodical_is_named() -> None:
    text = "Exports rose 9%, port officials told Harbour Freight Weekly on Monday."
    assert told_outlet(text) == "Harbour Freight Weekly"
    assert told_outlet("The envoy told The Island Times that talks went well.") == (
        "The Island Times"
    )


def test_no_periodical_named() -> None:
    assert told_outlet("The minister told reporters that trade rose 5%.") == ""
    assert told_outlet("Bộ trưởng cho biết thương mại tăng 5%.") == ""
