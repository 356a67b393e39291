"""A row's bare stamp before a cell labelled as the last update dates the page (r46): the
row read whole, as a printed or pasted page gives it."""

from briefer.ingest.found import Found
from briefer.ingest.lines import line_noise
from briefer.ingest.stampcells import day_before_update

_ROW = "HARBOUR TIMES WITH WIRE · PORT TOWN · Mar 3, 2025 9:05 am · Last Update: Mar 4, 2025 7:00"


def test_bare_stamp_before_update_en_vi() -> None:
    row = _ROW
    assert day_before_update(row) == "2025-03-03"
    row_vi = "Ban Thời sự · Sông Mây · 12/05/2025 08:30 · Cập nhật: 13/05/2025 10:15"
    assert day_before_update(row_vi) == "2025-05-12"


def test_no_update_cell_or_a_sentence_gives_nothing() -> None:
    assert day_before_update("Desk · Port Town · Mar 3, 2025 9:05 am") == ""
    prose = "The minister spoke at length today. · Mar 3, 2025 · Updated Mar 4, 2025 10:00"
    assert day_before_update(prose) == ""


def test_line_reader_takes_the_row_as_a_stamp() -> None:
    found = Found()
    row = _ROW
    assert line_noise(row, found) == "timestamp"
    assert found.published == "2025-03-03"
    assert found.author == ""
